package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimExtractor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which way a content answers "did the dead fall in a fight?", one construction per row, in our own words. */
class FirefightTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      a gun battle broke out between the patrol and the raiders                   | fight
      the unit lost two men in an exchange of fire with rebels                     | fight
      soldiers exchanged gunfire with the gang for an hour                         | fight
      the troops returned fire and eleven attackers died                           | fight
      the convoy was violently attacked by a band of heavily armed men             | fight
      the post came under heavy attack from separatist fighters                    | fight
      the patrol was ambushed in a clash that left four raiders dead               | fight
      the guards clashed with the smugglers near the ford                          | fight
      eight farmers were killed by stray bullets during the raid                  | fight
      two herders died in the crossfire near the ford                              | fight
      the villagers were killed in the fighting between the two armies             | fight
      heavy fighting went on around the town all week                              | -
      there was no gun battle that night                                           | none
      witnesses said there were no confrontations between the army and rebels      | none
      no exchange took place between soldiers and rebels                           | none
      there had never been any confrontation in the hamlet                         | none
      no fighting took place before the soldiers set the huts alight               | none
      the soldiers never exchanged fire with anyone                                | none
      the men were held for days and selected for execution at night              | none
      the troops summarily executed several farmers in the square                  | none
      the soldiers executed 30 villagers by the river                              | none
      the prisoners were not summarily executed                                    | -
      the rebels attacked the town last year                                       | -
      the minister came under fire from lawmakers over the raid                    | -
      fire destroyed the market                                                     | -
      """)
  void readsWhetherThereWasAFight(String content, String expected) {
    assertThat(new Firefight().answer(content)).isEqualTo(expected == null ? null : expected.equals("fight"));
  }

  /** The army's gun battle and the villagers' "no one fired on the soldiers": one finding between them. */
  @Test
  void aGunBattleMeetsNoFightingAtAll() {
    ClaimExtractor extractor = ClaimExtractor.englishWithoutGist();
    List<Claim> claims = new ArrayList<>(extractor.analyze(new ArticleText("a", "Army says raiders died in Kesta battle", """
        Eleven people died in the hamlet of Kesta on Sunday. Defence minister Ivo Dorov said the patrol had fought a gun \
        battle with rebel raiders there.""", "Harbour Gazette", null, Instant.parse("2029-09-14T08:00:00Z"), "en")).claims());
    claims.addAll(extractor.analyze(new ArticleText("b", "Kesta villagers say soldiers shot farmers", """
        Villagers in Kesta said there was no fighting at all before the soldiers began shooting farmers in their fields.""",
        "Vell Times", null, Instant.parse("2029-09-15T08:00:00Z"), "en")).claims());
    List<Finding> findings = new ContradictionDetector().detect("evt-test", claims);
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("firefight");
      assertThat(f.sideA().claimants().toString() + f.sideB().claimants()).contains("Ivo Dorov").contains("Villagers");
    });
  }
}
