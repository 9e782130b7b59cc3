package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an existential statement says was, or was not, there; one construction per row, in our own words. */
class ExistenceDetectorTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      there was a large, controlled fire at the Varno landfill in May        | fire     | false | landfill
      there was no fire at the landfill                                      | fire     | true  | landfill
      the panel said there were indeed fires at the quarry                  | fire     | false | quarry
      there had been no explosion on board                                   | explosion| true  | board
      there were no soldiers near the gate, the statement said              | soldier  | true  | gate
      there was sufficient evidence to confirm there was a blaze at the pit | blaze    | false | pit
      there is no evidence that the pickers were moved                      | -        | -     | -
      there was no sign of a struggle at the flat                            | -        | -     | -
      the ferry sank within two hours                                        | -        | -     | -
      """)
  void readsWhatWasThere(String content, String thing, Boolean denied, String placeWord) {
    List<ExistenceDetector.Existence> found = ExistenceDetector.statements(content, false);
    if (thing == null) {
      assertThat(found).isEmpty();
      return;
    }
    assertThat(found).anySatisfy(e -> {
      assertThat(e.thing()).isEqualTo(thing.strip());
      assertThat(e.denied()).isEqualTo(denied);
      assertThat(e.place()).contains(placeWord);
    });
  }
}
