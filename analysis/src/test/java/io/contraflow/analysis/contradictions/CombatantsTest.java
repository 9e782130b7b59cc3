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
      the patrol said it shot dead seven suspected rebels near the river               | fighters
      fourteen members of an armed gang were killed at the checkpoint                  | fighters
      all the men killed in the raid were members of the Kessa Front                   | fighters
      the twelve belonged to an armed gang that ran the border crossing               | fighters
      the four the patrol shot were farmers on their way to market, not rebels         | civilians
      several of the dead from that night were unarmed civilians                       | civilians
      he was only a fisherman, never a militant                                        | civilians
      the soldiers had massacred villagers in their homes                             | civilians
      the unit did not kill any civilians                                              | fighters
      they weren't fighters at all                                                     | civilians
      at least 60 are dead so far, among them nine children and four women             | civilians
      some 45 people died, 20 of whom were women or children                          | civilians
      the dead were mostly women and elderly men                                       | civilians
      it rejected reports of a heavy civilian toll                                     | civilians
      the army denied a role in any civilian deaths along the valley                   | -
      twelve died in the fire, including two firefighters                               | -
      the victims were members of one family                                           | -
      the crew were members of the dock workers' union                                 | -
      the fighters crossed the river at dawn                                           | -
      the workers went on strike over pay                                              | -
      forty herders were slaughtered at the well by a band of raiders                 | civilians
      eleven were shot dead by suspected rebels at the market                          | -
      the brigade was blamed for killing the farmers at the ford                        | -
      some 30 traders killed in a gunmen attack on the Kessa market                    | -
      the gang said it had no part in killing the shepherds                              | -
      it had carried out a massacre that killed more than 80 villagers                   | -
      claims of negligence in the fire that killed 40 workers                             | -
      """)
  void readsWhetherThoseKilledWereFighters(String content, String expected) {
    assertThat(new Combatants().answer(content)).isEqualTo(expected == null ? null : expected.equals("fighters"));
  }

  /** An army that counts its dead as rebels and a farmers' union that says they were farmers: one finding between them. */
  @Test
  void anArmyCountingRebelsMeetsAUnionSayingTheyWereFarmers() {
    List<Claim> claims = ClaimExtractor.englishWithoutGist().analyze(new ArticleText("a", "Eight killed in Vell valley raid", """
        Eight people died in a raid on a hamlet in the Vell valley on Sunday. The Norland army said its soldiers shot dead \
        eight Kessa Front rebels in a gun battle. "The eight they shot grew maize and never held a rifle. They were farmers," \
        said Ana Berg, who leads the valley's farmers' union.""",
        "Harbour Gazette", null, Instant.parse("2029-09-14T08:00:00Z"), "en")).claims();
    List<Finding> findings = new ContradictionDetector().detect("evt-test", claims);
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("combatants");
      assertThat(f.sideA().claimants() + " " + f.sideB().claimants()).contains("Norland").contains("Berg");
    });
  }
}
