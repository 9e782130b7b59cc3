package io.contraflow.analysis.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.nlp.Attribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureSourceSieveTest {
  /** A figure whose source a participle names after it ("reported by", "given by") is that source's claim. */
  @Test
  void theSourceNamedAfterTheFigureGivesIt() {
    List<Attribution> as = SieveTesting.attribute("The death toll reported by the health ministry rose to 44 on Friday.", new FigureSourceSieve());
    assertThat(as).singleElement().satisfies(a -> {
      assertThat(a.speaker().canonical()).containsIgnoringCase("health ministry");
      assertThat(a.cue()).isEqualTo("report");
      assertThat(a.sieve()).isEqualTo("figure-source");
    });
    assertThat(SieveTesting.attribute("The toll given by state media stood at 31.", new FigureSourceSieve()))
        .singleElement().satisfies(a -> assertThat(a.speaker().canonical()).isEqualTo("state media"));
  }

  /** "Reported from Dalen" says where the news came from: a town gives no figure. Nor does a sentence someone else said. */
  @Test
  void aPlaceTheNewsCameFromIsNoSource() {
    assertThat(SieveTesting.attribute("The toll reported from Dalen after the blast had risen to 70.", new FigureSourceSieve())).isEmpty();
    assertThat(SieveTesting.attribute("The mayor said the toll reported by the ministry was too low.", new CueVerbSieve(List.of(
        new ReportedSpeechRule())), new FigureSourceSieve())).noneMatch(a -> a.sieve().equals("figure-source"));
  }

  /**
   * A text cut inside its first word ("ccording to the mayor, ...") leaves a sentence the tagger gives no tags: the
   * sieves read it all the same, and the source's phrase still ends at "by".
   */
  @Test
  void aSentenceWithoutTagsStopsNothing() {
    assertThat(io.contraflow.analysis.claims.ClaimExtractor.englishWithoutGist().analyze(new io.contraflow.analysis.ArticleText("a", "T",
        "ccording to Ana Berg, the house was not searched and neither was a case number issued by the police.", "S", null,
        java.time.Instant.EPOCH, "en")).claims()).isNotNull();
  }
}
