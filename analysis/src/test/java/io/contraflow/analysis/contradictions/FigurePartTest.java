package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimExtractor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The figure part searches a pair of values again only from the figures an article brings: the first two figures that
 * dispute may then be an old one and a new one, two new ones, or still the old two, and a claim that sets two values
 * side by side or against each other changes whether any two dispute at all. After every article, in any order, the
 * kept detection gives exactly the whole-event findings. A fictional warehouse fire, in our own words.
 */
class FigurePartTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.englishWithoutGist();
  private static final ContradictionDetector DETECTOR = new ContradictionDetector();
  private static final Instant T0 = Instant.parse("2030-05-02T06:00:00Z");

  private static final String[] BODIES = {
      "A fire destroyed a warehouse in Kestrel Bay on Friday. Fire chief Lena Moor said 12 workers were killed.",
      "The Kestrel Bay mayor said 14 workers were killed in the warehouse fire.",
      "Union leader Pavel Ostrin said 12 workers were killed. A hospital spokesman said 15 workers were killed.",
      "Police said at least 16 workers were killed. Fire chief Lena Moor said 14 workers were killed.",
      "The mayor said only 40 tonnes of paint burned, rather than the 120 tonnes first believed.",
      "The warehouse owner said 120 tonnes of paint burned. Police said 30 workers were injured in the hall and 90 in the yard.",
      "A hospital spokesman said 90 workers were injured. The union said 30 workers were injured.",
      "Union leader Pavel Ostrin said between 10 and 13 workers were killed. The mayor said 16 workers were killed.",
      "The researchers said the official death toll of 64 is a gross underestimate. Researchers at the Kestrel Institute "
          + "found that 160 workers were killed. The night watchman said 64 workers were killed.",
      "The union is estimating that 90 workers were killed, though a police spokesman said the confirmed toll remains 16.",
      "The dockers' guild said the true death toll exceeds 300. The harbour master said 12 workers were killed and dozens hurt."};

  private static List<List<Claim>> articles() {
    List<List<Claim>> out = new ArrayList<>();
    for (int i = 0; i < BODIES.length; i++) {
      out.add(EXTRACTOR.analyze(new ArticleText("fire-" + i, "Warehouse fire", BODIES[i], "Outlet " + i, null,
          T0.plusSeconds(900L * i), "en")).claims());
    }
    return out;
  }

  @Test
  void givesTheWholeEventsFiguresAfterEveryArticleInAnyOrder() {
    List<List<Claim>> articles = articles();
    List<Claim> all = new ArrayList<>();
    articles.forEach(all::addAll);
    assertThat(DETECTOR.detect("fire", all).stream().filter(f -> f.trail().contains("figure")).count())
        .as("the story has several figure disputes").isGreaterThan(2);
    EventDetectionTest.matchesTheWholeEventInAnyOrder(articles, new Random(2030), 10);
  }

  /** An article's figures one claim at a time: each claim touches the pairs of its values again. */
  @Test
  void givesTheWholeEventsFiguresClaimByClaim() {
    EventDetection kept = DETECTOR.start("fire", List.of());
    List<Claim> held = new ArrayList<>();
    List<Claim> all = new ArrayList<>();
    articles().forEach(all::addAll);
    Collections.reverse(all);
    for (Claim c : all) {
      held.add(c);
      assertThat(kept.add(List.of(c))).isEqualTo(DETECTOR.detect("fire", held));
    }
  }
}
