package io.contraflow.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficeCountriesTest {
  private static List<Claim> claims(String body) {
    return ClaimExtractor.englishWithoutGist().analyze(new ArticleText("a", "Blast at Kessa port", body, "Harbour Gazette", null,
        Instant.parse("2029-09-14T08:00:00Z"), "en")).claims();
  }

  /** "The health ministry" after "Estonia's health minister": the same government's office. */
  @Test
  void anUnqualifiedMinistryTakesTheCountryTheArticleGaveItsOfficeBefore() {
    List<Claim> cs = claims("Estonia's health minister said 30 people were killed in the blast. "
        + "Later the health ministry said 41 people were killed.");
    assertThat(cs).filteredOn(c -> c.content().contains("41")).singleElement()
        .satisfies(c -> assertThat(c.affiliation()).isEqualTo("Estonia"));
  }

  /** Another portfolio is another office: "the interior ministry" is not the health minister's. */
  @Test
  void anotherPortfolioStaysUnqualified() {
    List<Claim> cs = claims("Estonia's health minister said 30 people were killed in the blast. "
        + "Later the interior ministry said 41 people were killed.");
    assertThat(cs).filteredOn(c -> c.content().contains("41")).singleElement()
        .satisfies(c -> assertThat(c.affiliation()).isNull());
  }
}
