package io.contraflow.analysis.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.SharedSeeds;
import io.contraflow.analysis.claims.ClaimExtractor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Claim extraction on the real articles of three dev events (../shared/dev: mh17-downing, navalny-death,
 * ps752-shootdown), against our claim gold set (dev-gold.json). This test measures: it prints the figures and the
 * missed, spurious and wrong-polarity claims, and asserts only floors the extractor already meets, so that a change
 * that breaks reading real articles is caught without tuning the extractor to these sentences.
 */
class DevClaimsTest {

  @Test
  void measuresClaimsOnThreeDevEvents() throws Exception {
    Path dev = SharedSeeds.shared("dev", "the shared dev articles");
    Path gold = Path.of(getClass().getResource("/claims/dev-gold.json").toURI());
    ClaimEvaluation.Report report = ClaimEvaluation.evaluate(gold, dev, ClaimExtractor.english());
    report.print(System.out, true);

    assertThat(report.gold()).as("gold claims").isGreaterThan(150);
    // Floors, well under what the extractor measured when the gold set was written (precision 0.70, recall 0.46).
    assertThat(report.precision()).as("precision").isGreaterThanOrEqualTo(0.55);
    assertThat(report.recall()).as("recall").isGreaterThanOrEqualTo(0.35);
    assertThat(report.claimantAccuracy()).as("claimant normalisation").isGreaterThanOrEqualTo(0.55);
  }
}
