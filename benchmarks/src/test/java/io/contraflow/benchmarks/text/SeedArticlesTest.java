package io.contraflow.benchmarks.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contraflow.analysis.ArticleText;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class SeedArticlesTest {
  @Test
  void theFirstNonEmptyLineIsTheTitleAndTheRestTheBody() {
    ArticleText a = SeedArticles.parse("x.txt", "\n\n  Bridge reopens in Tallmarsh  \n\nThe bridge reopened.\n\nTraffic resumed.\n");
    assertThat(a.title()).isEqualTo("Bridge reopens in Tallmarsh");
    assertThat(a.body()).isEqualTo("The bridge reopened.\n\nTraffic resumed.");
    assertThat(a.id()).isEqualTo("x.txt");
  }

  @Test
  void anEmptyFileIsRejectedWithItsName() {
    assertThatThrownBy(() -> SeedArticles.parse("empty.txt", "\n \n")).hasMessageContaining("empty.txt");
  }

  @Test
  void readsTheFiveSeedArticlesWhenTheyAreHere() {
    Optional<Path> dir = SeedArticles.locate();
    if (dir.isEmpty()) {
      String reason = "seed articles not found (" + SeedArticles.searchDescription() + ")";
      if ("true".equals(System.getenv("CI"))) throw new AssertionError(reason);
      Assumptions.abort(reason);
    }
    List<ArticleText> seeds = SeedArticles.read(dir.get());
    assertThat(seeds).hasSize(5).allSatisfy(a -> {
      assertThat(a.title()).isNotBlank();
      assertThat(a.body().split("\\s+").length).isGreaterThan(200);
      assertThat(a.body()).doesNotStartWith(a.title());
    });
  }
}
