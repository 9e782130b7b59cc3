package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoughWaterTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      the ferry overturned near the pier because of a violent wave                      | rough
      strong winds and high waves pushed the boat onto the rocks                         | rough
      the barge sank in rough seas off the Kessa coast                                   | rough
      a storm struck the lake just as the ferry left Varno                               | rough
      the water was calm when the boat tilted and capsized                               | calm
      the video shows the vessel listing in calm waters before it overturned             | calm
      conditions on the lake were perfectly calm that morning                            | calm
      it was not a strong wave that sank the ferry but the weight of its cargo           | calm
      strong winds fanned the fire through the hills above Varno                         | -
      the minister appealed for calm as families waited at the port                      | -
      the ferry was carrying 300 people, three times its capacity                        | -
      huge waves of refugees reached the lake town after the fighting                    | -
      """)
  void readsWhetherTheWaterWasRough(String content, String expected) {
    assertThat(new RoughWater().answer(content)).isEqualTo(expected == null ? null : expected.equals("rough"));
  }
}
