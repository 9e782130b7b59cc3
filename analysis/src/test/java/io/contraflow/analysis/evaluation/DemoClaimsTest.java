package io.contraflow.analysis.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.claims.ClaimExtractor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Claim extraction on the project's own demo articles, against demo-gold.json. */
class DemoClaimsTest {

  @Test
  void meetsPrecisionAndRecallTargetsOnTheDemoArticles() throws Exception {
    String root = System.getProperty("contraflow.root");
    Path demo = (root != null ? Path.of(root) : Path.of("..").toAbsolutePath().normalize()).resolve("cli/src/main/resources/demo");
    Path gold = Path.of(getClass().getResource("/claims/demo-gold.json").toURI());
    ClaimEvaluation.Report report = ClaimEvaluation.evaluate(gold, demo, ClaimExtractor.english());
    report.print(System.out, true);
    assertThat(report.precision()).isGreaterThanOrEqualTo(0.85);
    assertThat(report.recall()).isGreaterThanOrEqualTo(0.80);
  }
}
