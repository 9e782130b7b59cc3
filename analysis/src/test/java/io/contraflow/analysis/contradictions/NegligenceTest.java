package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which way a content answers "were those in charge negligent?", one construction per row, in our own words. */
class NegligenceTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      the owners were negligent and ignored repeated warnings from the crew   | negligent
      the quarry's managers cut corners on ventilation for years              | negligent
      dozens of pickers were left to die so the company could save money      | negligent
      the ministry and the operator of negligence                             | negligent
      the steps taken by the two firms to prevent harm were clearly insufficient | negligent
      measures taken by the port authority weren't sufficient                 | negligent
      the ministry failed to ensure the safety of the pickers                 | negligent
      the pilots fell short of their duty to check the cargo                  | negligent
      the inspectors failed in their duty of care                              | negligent
      the harbour masters who neglected their duties must answer for it      | negligent
      the board never neglected its safety responsibilities                  | not negligent
      there was no evidence of wrongdoing by the crew                         | not negligent
      the measures taken were sufficient                                       | not negligent
      there was insufficient evidence to charge anyone                        | -
      there was no negligence on the part of the company                      | not negligent
      the operator took every possible precaution                             | not negligent
      all necessary measures were taken before the shift began                | not negligent
      anyone found to have been negligent will be punished                    | -
      investigators will establish whether there was negligence              | -
      the pit flooded within an hour                                          | -
      """)
  void readsWhetherThoseInChargeWereNegligent(String content, String expected) {
    assertThat(new Negligence().answer(content)).isEqualTo(expected == null ? null : expected.equals("negligent"));
  }
}
