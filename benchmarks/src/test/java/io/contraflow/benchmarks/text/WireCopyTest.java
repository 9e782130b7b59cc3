package io.contraflow.benchmarks.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimExtractor;
import io.contraflow.analysis.nlp.Polarity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireCopyTest {
  private static String article(long seed, int words) {
    return new WireCopy(seed).article(Scenario.invent(new FictionalNames(seed)), words);
  }

  @Test
  void articlesReachTheRequestedLengthWithoutOvershootingByMoreThanAParagraph() {
    int words = WireCopy.countWords(article(11, 800));
    assertThat(words).isBetween(800, 900);
  }

  @Test
  void theSameSeedWritesTheSameArticle() {
    assertThat(article(5, 800)).isEqualTo(article(5, 800)).isNotEqualTo(article(6, 800));
  }

  @Test
  void everySlotIsFilledAndParagraphsAreSeparatedByBlankLines() {
    String text = article(9, 800);
    assertThat(text).doesNotContain("{").doesNotContain("}");
    assertThat(text.split("\n\n")).hasSizeGreaterThan(10);
  }

  @Test
  void theAnalysisFindsAttributedClaimsDenialsAndFiguresInIt() {
    Scenario s = Scenario.invent(new FictionalNames(4));
    ArticleText a = new ArticleText("w", new WireCopy(4).headline(s), new WireCopy(4).article(s, 800), "Northern Wire", null,
        Instant.parse("2025-05-02T09:00:00Z"), "en");
    List<Claim> claims = ClaimExtractor.english().analyze(a).claims();
    assertThat(claims).hasSizeGreaterThan(15);
    assertThat(claims).anyMatch(c -> c.claimant().contains(s.ministerSurname()));
    assertThat(claims).anyMatch(c -> !c.quantities().isEmpty());
    assertThat(claims).anyMatch(c -> c.polarity() == Polarity.DENIED);
  }

  @Test
  void wordsAreRunsOfNonSpace() {
    assertThat(WireCopy.countWords("  one two\n\nthree, four ")).isEqualTo(4);
    assertThat(WireCopy.countWords("")).isZero();
  }
}
