package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimExtractor;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which parties are one side. */
class EventStancesTest {
  @Test
  void aPersonQuotedBySurnameIsOnTheSideOfTheGovernmentTheyWereNamedForElsewhere() {
    Party government = new Party("government:portugal", "Portuguese government", Set.of("Portuguese government", "President Ilse Varga"));
    Party person = new Party(Party.PERSON + "varga", "Varga", Set.of("Varga"));
    Party other = new Party(Party.PERSON + "marek", "Marek", Set.of("Marek"));
    assertThat(EventStances.sameSide(person, government)).isTrue();
    assertThat(EventStances.sameSide(government, person)).isTrue();
    assertThat(EventStances.sameSide(other, government)).isFalse();
  }

  @Test
  void twoNamesOfOneMinistrySharingAPortfolioAreOneSide() {
    Party short_ = new Party(Party.ORGANISATION + "transport ministry", "Transport ministry", Set.of("Transport ministry"));
    Party full = new Party(Party.ORGANISATION + "ministry of land, infrastructure and transport",
        "Ministry of Land, Infrastructure and Transport", Set.of("Ministry of Land, Infrastructure and Transport"));
    Party health = new Party(Party.ORGANISATION + "health ministry", "Health ministry", Set.of("Health ministry"));
    assertThat(EventStances.sameSide(short_, full)).isTrue();
    assertThat(EventStances.sameSide(short_, health)).isFalse();
  }

  @Test
  void aRejectionWhoseContentOpensWithItsSpeakerNamesNoOwner() {
    List<Claim> claims = ClaimExtractor.englishWithoutGist().analyze(new ArticleText("a", "Varga disputes toll",
        "Varga disputed the death toll in Kessa following the storm, denying that 410 people died on the island.",
        "Harbour Gazette", null, Instant.EPOCH, "en")).claims();
    StanceReader reader = new StanceReader(new PartyResolver(claims));
    assertThat(claims).anySatisfy(c -> {
      Stance s = reader.read(c);
      assertThat(s.target()).isNotNull();
      assertThat(s.target().owner()).isNull();
    });
  }

  /** A resistance movement's spokesman named for a country's city speaks for the movement, not the country's government. */
  @Test
  void aResistanceSpokesmanNamedForACityIsNoGovernmentVoice() {
    List<Claim> claims = ClaimExtractor.englishWithoutGist().analyze(new ArticleText("a", "Lisbon parade attack",
        "Lisbon Resistance Front Spokesperson Ivo Berg told Portuguese television that the movement had carried out the attack on "
            + "the parade.",
        "Harbour Gazette", null, Instant.EPOCH, "en")).claims();
    PartyResolver parties = new PartyResolver(claims);
    assertThat(claims).isNotEmpty().allSatisfy(c -> assertThat(parties.of(c).isGovernment()).isFalse());
  }
}
