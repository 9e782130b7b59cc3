package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimExtractor;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The phrase a sentence names its speaker by, which a side shows beside the party's name. Sentences our own. */
class PartyNamesTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.englishWithoutGist();

  private static String phrase(String sentence) {
    Claim c = EXTRACTOR.analyze(new ArticleText("p", "Test", sentence, "Test Wire", null, Instant.EPOCH, "en")).claims().get(0);
    return PartyNames.phraseAsWritten(c);
  }

  @Test
  void aSpeakersPhraseRunsFromItsTitleToItsHeadNoun() {
    assertThat(phrase("Secretary of State Ana Ruiz said nothing showed that the drones had come from Vell.")).isEqualTo("Secretary of State Ana Ruiz");
    assertThat(phrase("A Norland armed forces spokesman said the drones hit the plant.")).isEqualTo("Norland armed forces spokesman");
    // A title in lower case, and the words that qualify it, are the phrase's too.
    assertThat(phrase("On Monday Kessa deputy police chief Tomas Ulmen said the bridge had held.")).isEqualTo("Kessa deputy police chief Tomas Ulmen");
    assertThat(phrase("The strike killed no one, said foreign minister Ana Berg.")).isEqualTo("foreign minister Ana Berg");
  }

  /** Where a body sits tells one of two rival governments from the other: the phrase keeps it, up to the verb. */
  @Test
  void aBodysSeatIsPartOfItsPhrase() {
    assertThat(phrase("The government based in the east of the country put the toll at 3,000.")).isEqualTo("government based in the east of the country");
    assertThat(phrase("The cabinet, based in Varno, said 40 people had died.")).isEqualTo("cabinet, based in Varno");
    assertThat(phrase("A rival administration headquartered in Kessa said the dam had been inspected.")).isEqualTo("administration headquartered in Kessa");
  }

  @Test
  void aMentionWrittenAloneAddsNothing() {
    assertThat(phrase("Ana Ruiz said the drones hit the plant.")).isNull();
    // ("Norland's Vell rebels" is the mention itself.)
    assertThat(phrase("Norland's Vell rebels have claimed responsibility for the attack on the oil plant.")).isNull();
  }

  /** A name is shown with the apostrophe its sentence uses, not the one extraction reads it with. */
  @Test
  void aNameKeepsItsSentencesApostrophe() {
    Claim c = EXTRACTOR.analyze(new ArticleText("p", "Test", "Chlorine was used in the town, the region\u2019s arms watchdog said on Friday.",
        "Test Wire", null, Instant.EPOCH, "en")).claims().get(0);
    assertThat(PartyNames.asWritten(c)).anyMatch(n -> n.contains("region\u2019s arms watchdog")).noneMatch(n -> n.contains("region's"));
  }

  /** "According to the Norland Relief Council (NRC), ...": the short name in brackets is one of the names as written. */
  @Test
  void aShortNameInBracketsIsANameAsWritten() {
    Claim c = EXTRACTOR.analyze(new ArticleText("q", "Test", "According to information from the Norland Relief Council (NRC), the real toll was closer to 300.",
        "Test Wire", null, Instant.EPOCH, "en")).claims().get(0);
    assertThat(PartyNames.asWritten(c)).contains("NRC", "Norland Relief Council (NRC)");
  }
}
