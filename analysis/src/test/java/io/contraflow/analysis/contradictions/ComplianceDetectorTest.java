package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which way a content answers "were the rules kept?", one construction per row, in our own words. */
class ComplianceDetectorTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      the refurbishment met all required building and fire safety standards | KEPT
      the beacon was installed in compliance with the relevant regulations     | KEPT
      the pier was built according to the construction code of the time       | KEPT
      the mine passed its last two safety inspections                          | KEPT
      the installation was legal                                               | KEPT
      the barrier did not meet international safety standards                  | BROKEN
      the operator failed to comply with the rules on ventilation              | BROKEN
      the crew violated several company procedures                             | BROKEN
      the panels were unlawful under existing building regulations             | BROKEN
      such a wall should never have been built at the end of a runway          | BROKEN
      the panels are banned not merely abroad but here too                     | BROKEN
      the company did not violate any rule                                     | KEPT
      such panels are to be banned next year                                   | -
      according to the law, the body should have been returned at once         | -
      the ferry sank within two hours                                          | -
      """)
  void readsWhetherTheRulesWereKept(String content, ComplianceDetector.Position expected) {
    assertThat(ComplianceDetector.read(content)).isEqualTo(expected);
  }
}
