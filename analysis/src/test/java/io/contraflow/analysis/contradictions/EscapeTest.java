package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which way a content answers "did the captives escape on their own?", one construction per row, in our own words. */
class EscapeTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      the last eight hostages made a daring escape through the hills            | escaped
      the kidnapped nurses escaped while their guards slept                     | escaped
      two of the abducted workers broke out of the compound at night            | escaped
      the gang allowed the hostages to escape on purpose                        | let go
      the guards deliberately left the gate unguarded for the captives          | let go
      the captors let them walk to the road                                     | let go
      residents escaped the fire through a back door                            | -
      the army let families leave the besieged town                             | -
      the hostages were freed by their captors after the payment                | let go
      one hostage tried to escape but was caught                                | -
      there was no way for the captives to escape the camp                      | -
      the hostages did not escape                                               | -
      """)
  void readsWhetherTheCaptivesEscaped(String content, String expected) {
    assertThat(new Escape().answer(content)).isEqualTo(expected == null ? null : expected.equals("escaped"));
  }
}
