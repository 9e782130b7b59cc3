package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which way a content answers "did the vessel or aircraft switch off its tracking?", one construction per row, in our own words. */
class TrackerOffTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      the freighter had turned off its tracker before the coast guard boarded it          | off
      the crew were switching off the AIS as they neared the strait                       | off
      the jet's transponder had been switched off an hour before it vanished              | off
      the trawler disabled its automatic identification system and went on fishing       | off
      the ship went dark two days before the raid                                         | off
      the crew did not turn off its transponder at any point                              | on
      its navigation gear, transponders included, was fully functioning at the time       | on
      the AIS was working and transmitting throughout the voyage                           | on
      the transponder was not working when the jet left Kessa                             | off
      the tanker was carrying 40,000 tonnes of fuel oil                                   | -
      the coast guard tracked the ferry for an hour                                       | -
      the whole port went dark when the storm cut the power                               | -
      rescuers tracking the drifting boat were working through the night                  | -
      """)
  void readsWhetherTrackingWasSwitchedOff(String content, String expected) {
    assertThat(new TrackerOff().answer(content)).isEqualTo(expected == null ? null : expected.equals("off"));
  }
}
