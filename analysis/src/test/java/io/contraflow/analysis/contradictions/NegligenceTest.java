package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.ClaimExtractor;
import java.time.Instant;
import org.junit.jupiter.api.Test;
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
      the flood was a man-made catastrophe, not an act of nature              | negligent
      the collapse could easily have been prevented                           | negligent
      the deaths were entirely avoidable                                      | negligent
      the stewards failed to manage the flow of fans at the gate              | negligent
      extra patrols would not have prevented the flooding                     | not negligent
      the two former wardens failed to fulfil their legal obligations         | negligent
      the agency failed to discharge its statutory duties for a decade       | negligent
      the two wardens acted within the law and their powers at all times     | not negligent
      the harbour master acted lawfully throughout                            | not negligent
      the council had not acted in accordance with the rules                  | negligent
      the inspectorate fulfilled all its obligations                          | not negligent
      the flooding could not have been avoided                                | not negligent
      the blast was unavoidable given the storm                               | not negligent
      nothing more could have been done to save them                          | not negligent
      the ferry was avoiding the storm                                        | -
      the union blames the fire on flawed safety conditions below ground     | negligent
      miners had worked for years in unsafe conditions underground           | negligent
      the owners say they took all reasonable steps                           | not negligent
      the ministry failed to take the necessary safety measures at the pit    | negligent
      the pit's checks were not conducted properly for two years            | negligent
      the outage was a complete failure by the grid operator                  | negligent
      the crash followed a total failure of the brakes                        | -
      a lack of winter preparation left the turbines frozen                   | negligent
      the gas ignited in spite of all the safety measures on the shift        | not negligent
      no one could have foreseen a freeze of that length                       | not negligent
      our models could never have predicted a storm of that size              | not negligent
      we do not and never will tolerate any negligence at our pits           | -
      the ministry has never allowed negligence in the quarries               | -
      regulators allowed the owners to cut corners on ventilation             | negligent
      checks at the quarry were superficial at best, a picker said            | negligent
      inspections at the pit, where 40 men died in May, were perfunctory     | negligent
      the inspection of the shafts was not sufficiently thorough             | negligent
      the regulator carried out only cursory inspections of the hull          | negligent
      the pit was inspected regularly by the state                            | not negligent
      """)
  void readsWhetherThoseInChargeWereNegligent(String content, String expected) {
    assertThat(new Negligence().answer(content)).isEqualTo(expected == null ? null : expected.equals("negligent"));
  }

  /** A minister who says it could not have been prevented and a critic who calls it man-made: one finding. */
  @Test
  void aDisasterCalledManMadeMeetsOneCalledUnpreventable() {
    var claims = ClaimExtractor.englishWithoutGist().analyze(new ArticleText("a", "Crush in Vell", """
        Interior Minister Ivan Dorov said extra patrols in Vell could not have averted the crush. "What happened in \
        Vell was a man-made tragedy, and the ministry knows it," opposition leader Ana Berg said.""", "Harbour Gazette", null,
        Instant.parse("2029-09-14T08:00:00Z"), "en")).claims();
    assertThat(new ContradictionDetector().detect("evt-test", claims)).anySatisfy(f -> {
      assertThat(f.trail()).contains("negligence");
      assertThat(f.sideA().claimants()).contains("Ana Berg");
      assertThat(f.sideB().claimants()).contains("Ivan Dorov");
    });
  }
}
