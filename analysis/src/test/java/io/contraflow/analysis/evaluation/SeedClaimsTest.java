package io.contraflow.analysis.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.SharedSeeds;
import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimExtractor;
import io.contraflow.analysis.nlp.Polarity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Claim extraction on the five real seed articles, against our claim gold set (seeds-gold.json). */
class SeedClaimsTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.english();
  private static Path seeds;
  private static List<Claim> claims;

  @BeforeAll
  static void extract() throws Exception {
    seeds = SharedSeeds.dir();
    claims = new ArrayList<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String raw = Files.readString(f).strip();
        int nl = raw.indexOf('\n');
        claims.addAll(EXTRACTOR.analyze(new ArticleText(f.getFileName().toString(), raw.substring(0, nl), raw.substring(nl + 1), null, null,
            Instant.EPOCH, "en")).claims());
      }
    }
  }

  @Test
  void meetsPrecisionAndRecallTargetsOnTheGoldSet() throws Exception {
    Path gold = Path.of(getClass().getResource("/claims/seeds-gold.json").toURI());
    ClaimEvaluation.Report report = ClaimEvaluation.evaluate(gold, seeds, EXTRACTOR);
    report.print(System.out, true);
    assertThat(report.precision()).as("precision").isGreaterThanOrEqualTo(0.85);
    assertThat(report.recall()).as("recall").isGreaterThanOrEqualTo(0.80);
    assertThat(report.claimantAccuracy()).as("claimant normalisation").isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void extractsEveryClaimantOfTheRequiredContradictionsWithTheRightPolarity() {
    // flight-direction: Lukashenko says Belarus; Putin (or the Kremlin / Russian officials) say Ukraine.
    assertThat(claims).anySatisfy(c -> {
      assertThat(c.claimant()).contains("Lukashenko");
      assertThat(c.predicate()).isEqualTo("move");
      assertThat(c.arguments().get("destination")).isEqualTo("Belarus");
      assertThat(c.polarity()).isEqualTo(Polarity.AFFIRMED);
    });
    assertThat(claims).anySatisfy(c -> {
      assertThat(c.claimant()).containsAnyOf("Putin", "Russian");
      assertThat(c.predicate()).isEqualTo("move");
      assertThat(c.arguments().get("destination")).isEqualTo("Ukraine");
    });
    // ukraine-involvement: Russian officials assert Ukraine's role; Ukraine denies it.
    assertThat(claims).anySatisfy(c -> {
      assertThat(c.claimant()).containsAnyOf("Putin", "Bortnikov", "Russian");
      assertThat(c.arguments().get("agent")).isEqualTo("Ukraine");
      assertThat(c.polarity()).isEqualTo(Polarity.AFFIRMED);
    });
    assertThat(claims).anySatisfy(c -> {
      assertThat(c.claimant()).contains("Ukrainian");
      assertThat(c.arguments().get("agent")).isEqualTo("Ukraine");
      assertThat(c.polarity()).isEqualTo(Polarity.DENIED);
    });
  }
}
