package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimExtractor;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which way a content answers "did they fire on people?", one construction per row, in our own words. */
class GunfireTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      soldiers opened fire on the marchers at the bridge                               | fired
      a sergeant discharged shotguns deliberately at the boy                          | fired
      the footage shows police shooting at the young man as he stood still             | fired
      the guards fired rifles directly into the crowd                                  | fired
      the troops never shot at anyone                                                  | not
      the man was not a victim of army gunfire                                         | not
      the student was not a victim of police firing                                    | not
      the guards only used non-lethal rounds on the march                             | not
      the unit fired tear gas and blank shots to clear the square                      | not
      doctors saw a large number of gunshot wounds among the injured                   | fired
      most of the wounded had been struck by gunfire near the convoy                    | fired
      dozens were injured as a result of pushing and trampling                          | not
      most of the dead were trampled as the crowd surged                                | not
      the police fired their first shots of the year on the range                      | -
      the video shows police shot Ana Berg from across the street                      | fired
      soldiers shot dead two farmers at the checkpoint                                 | fired
      his back was full of pellets fired by police                                     | fired
      she was shot by security forces as she fled                                      | fired
      the police fired shotguns as the students ran                                    | fired
      the coroner found a bullet injury to the skull                                   | fired
      the boy was killed by bullets fired by rioters                                   | -
      police shot down the drone over the stadium                                      | -
      the minister came under fire for his remarks                                     | -
      """)
  void readsWhetherTheyFiredOnPeople(String content, String expected) {
    assertThat(new Gunfire().answer(content)).isEqualTo(expected == null ? null : expected.equals("fired"));
  }

  /** A rights group and the footage against police who blame rioters and their own non-lethal weapons: one dispute. */
  @Test
  void shotsAtOneStudentAgainstNonLethalWeaponsIsADispute() {
    List<Claim> claims = ClaimExtractor.englishWithoutGist().analyze(new ArticleText("a", "Student shot in Kesta", """
        A student died at a march in Kesta on Monday. Kessa Watch, a rights group, said two police officers fired shotguns \
        directly at the student from across the road. The deputy police commissioner, Ivo Dorov, said the student had been \
        killed by rioters and that his officers had only used non-lethal weapons.""",
        "Harbour Gazette", null, Instant.parse("2029-07-16T08:00:00Z"), "en")).claims();
    assertThat(new ContradictionDetector().detect("evt-test", claims)).anySatisfy(f -> {
      assertThat(f.trail()).contains("gunfire");
      assertThat(f.sideA().claimants() + " " + f.sideB().claimants()).contains("Kessa Watch").contains("Dorov");
    });
  }
}
