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

/** Which way a content answers "did the operation succeed?", one construction per row, in our own words. */
class OutcomeTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      the raid on the Kessa compound was a huge success                          | success
      the rescue was a "tremendous success"                                     | success
      it was a successful operation by any measure                              | success
      the sailor died on a winning mission, not a failure                        | success
      the mission accomplished its goals                                         | success
      the raid was a failure from the start                                      | failure
      the operation was a complete fiasco                                        | failure
      it was a botched raid that cost eleven lives                               | failure
      the rescue went badly wrong when the boat came under fire                  | failure
      the raid was not a success                                                 | failure
      he would not describe any operation that costs a sailor's life as a success | failure
      the assault was no failure, the general insisted                           | success
      the talks in Vell were a success                                           | -
      the ministry failed to warn the villagers                                  | -
      officials said the ferry operation resumed on Monday                       | -
      critics mocked claims that the raid was a success                          | -
      """)
  void readsWhetherTheOperationSucceeded(String content, String expected) {
    assertThat(new Outcome().answer(content)).isEqualTo(expected == null ? null : expected.equals("success"));
  }

  /** The palace's "huge success" and the senator's "a failure": one finding between them. */
  @Test
  void aSuccessMeetsAFailure() {
    ClaimExtractor extractor = ClaimExtractor.englishWithoutGist();
    List<Claim> claims = new ArrayList<>(extractor.analyze(new ArticleText("a", "Palace hails Kessa raid", """
        Commandos raided a Kessa Front compound near Vell on Sunday. Palace spokesman Ivo Dorov said the raid was a huge \
        success.""", "Harbour Gazette", null, Instant.parse("2029-09-14T08:00:00Z"), "en")).claims());
    claims.addAll(extractor.analyze(new ArticleText("b", "Senator faults Kessa raid", """
        Senator Lina Vesk said the raid on the Kessa Front compound was a failure that cost a sailor's life.""",
        "Vell Times", null, Instant.parse("2029-09-15T08:00:00Z"), "en")).claims());
    List<Finding> findings = new ContradictionDetector().detect("evt-test", claims);
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("outcome");
      assertThat(f.sideA().claimants().toString() + f.sideB().claimants()).contains("Ivo Dorov").contains("Lina Vesk");
    });
  }
}
