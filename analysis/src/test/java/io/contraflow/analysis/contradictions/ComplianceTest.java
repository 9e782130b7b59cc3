package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which way a content answers "were the rules kept?", one construction per row, in our own words. */
class ComplianceTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      the refurbishment met all required building and fire safety standards | yes
      the works met "all required building control, fire regulation, and safety standards | yes
      the beacon was installed in compliance with the relevant regulations     | yes
      the pier was built according to the construction code of the time       | yes
      the mine passed its last two safety inspections                          | yes
      the installation was legal                                               | yes
      the pit had received a pass in March on its safety checks                | yes
      the barrier did not meet international safety standards                  | no
      the operator failed to comply with the rules on ventilation              | no
      the crew violated several company procedures                             | no
      the panels were unlawful under existing building regulations             | no
      such a wall should never have been built at the end of a runway          | no
      the panels are banned not merely abroad but here too                     | no
      the company did not violate any rule                                     | yes
      the freighter was seized for failing to respect the shipping rules      | no
      the crew respected every rule of the strait                              | yes
      the trawler was sailing in "full compliance with all port regulations    | yes
      the coastguard's conduct was fully within the maritime rules             | yes
      there is no evidence that the freighter had broken any port regulations  | yes
      the freighter had broken the port regulations                            | no
      such panels are to be banned next year                                   | -
      according to the law, the body should have been returned at once         | -
      the ferry sank within two hours                                          | -
      """)
  void readsWhetherTheRulesWereKept(String content, String expected) {
    assertThat(new Compliance().answer(content)).isEqualTo(expected == null ? null : expected.equals("yes"));
  }
}
