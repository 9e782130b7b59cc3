package io.contraflow.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A headline that names its source is read as a claim when the body does not repeat it (fictional events). */
class HeadlineClaimsTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.englishWithoutGist();
  private static final Instant AT = Instant.parse("2029-04-02T10:00:00Z");
  private static final String BODY = "At least 40 people were killed when gunmen raided the Kessa cattle market on Sunday. "
      + "Traders said the attackers came on motorcycles and set stalls on fire.";

  private static List<Claim> claims(String title, String body) {
    return EXTRACTOR.analyze(new ArticleText("a", title, body, "Vell Daily", null, AT, "en")).claims();
  }

  @Test
  void aHeadlineNamingItsSourceAfterAColonIsThatSourcesClaim() {
    List<Claim> claims = claims("Kessa market raid left 40 dead: rights group", BODY);
    assertThat(claims).anySatisfy(c -> {
      assertThat(c.claimant()).containsIgnoringCase("rights group");
      assertThat(c.quantities()).anySatisfy(q -> assertThat(q.value()).isEqualTo(40d));
      // (Offsets count back from the body's start: the headline stands before it.)
      assertThat(c.charStart()).isNegative();
      assertThat(c.id()).startsWith("a:-");
    });
  }

  @Test
  void aHeadlineTheBodyRepeatsIsReadThereOnce() {
    String title = "Kessa market raid left 40 dead: rights group";
    List<Claim> claims = claims(title, title + "\n\n" + BODY);
    assertThat(claims).filteredOn(c -> c.claimant().toLowerCase().contains("rights group")).hasSize(1)
        .allSatisfy(c -> assertThat(c.charStart()).isNotNegative());
  }

  /** A headline without a source at its end adds nothing; nor does one with a cue verb, which the body tells more fully. */
  @Test
  void aHeadlineWithoutASourceAtItsEndAddsNoClaim() {
    assertThat(claims("Market raid in Kessa", BODY)).allSatisfy(c -> assertThat(c.charStart()).isNotNegative());
    assertThat(claims("Rights group says 40 killed in Kessa market raid", BODY)).allSatisfy(c -> assertThat(c.charStart()).isNotNegative());
  }
}
