package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which way a content answers "is it harmful?", one construction per row, in our own words. */
class HarmTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      the slurry held high levels of toxic metals                          | harmful
      the river water is contaminated with arsenic                         | harmful
      the smoke from the depot posed a danger to human health              | harmful
      the ash is unfit to drink from                                       | harmful
      residents face serious health risks from the spill                   | harmful
      the slurry is harmless and consists mostly of clay                   | harmless
      the tailings were chemically stable and would settle like silt       | harmless
      there is no danger to human health                                   | harmless
      the residue poses no risk to people living nearby                    | harmless
      the water from the reservoir is safe to drink                        | harmless
      the waste is mostly silica and does not contain chemicals that are harmful to health | harmless
      the well water is not safe to drink                                  | harmful
      the residue was not toxic                                            | harmless
      the crew were rescued safely after two hours                         | -
      the ferry sank within two hours                                      | -
      the smoke was thick, but it was toxic                                | harmful
      """)
  void readsWhetherItIsHarmful(String content, String expected) {
    assertThat(new Harm().answer(content)).isEqualTo(expected == null ? null : expected.equals("harmful"));
  }
}
