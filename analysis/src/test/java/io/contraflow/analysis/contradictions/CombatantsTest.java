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

/** Which way a content answers "were those killed fighters?", one construction per row, in our own words. */
class CombatantsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      the patrol had killed seven suspected rebels near the river                      | fighters
      nine members of the armed group were killed in the raid                          | fighters
      the dead villagers were members of the Kessa Front                              | fighters
      the twelve belonged to an armed gang that ran the border crossing               | fighters
      those shot by the patrol were not rebels but farmers on their way to market      | civilians
      at least three of the nine people killed that night were unarmed civilians        | civilians
      my brother was a fisherman, not a militant                                       | civilians
      the soldiers had massacred villagers in their homes                             | civilians
      the unit did not kill any civilians                                              | fighters
      they weren't fighters at all                                                     | civilians
      the victims were members of one family                                           | -
      the crew were members of the dock workers' union                                 | -
      the fighters crossed the river at dawn                                           | -
      the workers went on strike over pay                                              | -
      """)
  void readsWhetherThoseKilledWereFighters(String content, String expected) {
    assertThat(new Combatants().answer(content)).isEqualTo(expected == null ? null : expected.equals("fighters"));
  }

  /** An army that counts its dead as rebels and a farmers' union that says they were farmers: one finding between them. */
  @Test
  void anArmyCountingRebelsMeetsAUnionSayingTheyWereFarmers() {
    List<Claim> claims = ClaimExtractor.englishWithoutGist().analyze(new ArticleText("a", "Eight killed in Vell valley raid", """
        Eight people were killed in a raid on a hamlet in the Vell valley on Sunday. The Norland army said its troops had \
        killed eight rebels of the Kessa Front in a firefight. "Those killed by the soldiers were not rebels but farmers \
        who grew maize," said Ana Berg, who leads the valley's farmers' union.""",
        "Harbour Gazette", null, Instant.parse("2029-09-14T08:00:00Z"), "en")).claims();
    List<Finding> findings = new ContradictionDetector().detect("evt-test", claims);
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("combatants");
      assertThat(f.sideA().claimants() + " " + f.sideB().claimants()).contains("Norland").contains("Berg");
    });
  }
}
