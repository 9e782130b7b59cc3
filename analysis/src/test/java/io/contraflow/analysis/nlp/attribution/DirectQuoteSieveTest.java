package io.contraflow.analysis.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.nlp.Attribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectQuoteSieveTest {
  private static List<Attribution> quotes(String text) {
    return SieveTesting.attribute(text, new DirectQuoteSieve());
  }

  @Test
  void speakerAfterTheClosingMark() {
    List<Attribution> as = quotes("\"We will rebuild every home that was lost,\" Mayor Ilse Brandt said.");
    assertThat(as).singleElement().satisfies(a -> {
      assertThat(a.speaker().canonical()).isEqualTo("Ilse Brandt");
      assertThat(a.direct()).isTrue();
      assertThat(a.sieve()).isEqualTo("quote-speaker-after");
    });
  }

  @Test
  void speakerBeforeTheOpeningMark() {
    List<Attribution> as = quotes("Premier Tomas Vell told parliament: \"Our engineers warned about this bridge for years.\"");
    assertThat(as).singleElement().satisfies(a -> {
      assertThat(a.speaker().canonical()).isEqualTo("Tomas Vell");
      assertThat(a.sieve()).isEqualTo("quote-speaker-before");
    });
  }

  /**
   * 'Marn said "a ferry disaster without precedent" appeared to be "due to human error"': the quoted words open the clause
   * said, which is the claim; only after a plain verb of saying.
   */
  @Test
  void aQuoteOpeningTheClauseSaid() {
    assertThat(quotes("Premier Ivo Marn said \"a ferry disaster without precedent\" appeared to be \"due to a tragic human error\".")).anySatisfy(a -> {
      assertThat(a.sieve()).isEqualTo("quoted-subject");
      assertThat(a.content()).contains("appeared to be").contains("human error");
    });
    // (After "found", the quote is a finding the speaker passed on: no clause of the inquiry's said.)
    assertThat(quotes("Premier Ivo Marn said an inquiry had found \"missiles fired due to human error\" brought down the plane."))
        .noneMatch(a -> a.sieve().equals("quoted-subject"));
  }

  /** A participle opening the sentence has no speaker before it: the quote is left to the speaker after it. */
  @Test
  void aParticipleOpeningTheSentenceHasNoSpeakerBeforeIt() {
    assertThat(quotes("Announcing \"the council today blames the fire on the Kessa depot,\" Ana Berg said the port had been warned."))
        .noneMatch(a -> a.sieve().equals("quote-speaker-before"));
  }

  /** A participle after a comma has no subject of its own: the clause's subject speaks, not the noun before the comma. */
  @Test
  void aQuoteIntroducedByAParticipleIsTheClauseSubjects() {
    List<Attribution> as = quotes("Senator Ana Berg held Ostravia responsible for the raid, adding: \"Kessa has armed them for years.\"");
    assertThat(as).singleElement().satisfies(a -> {
      assertThat(a.speaker().canonical()).isEqualTo("Ana Berg");
      assertThat(a.sieve()).isEqualTo("quote-speaker-participle");
    });
  }

  @Test
  void aQuoteStandingAloneContinuesThePreviousSpeakerInItsParagraph() {
    List<Attribution> as = quotes("\"The levee held for a week,\" Kvist said. \"Then the rain came back and nobody was ready.\"");
    assertThat(as).as(SieveTesting.describe(as)).hasSize(2);
    assertThat(as.get(1).speaker().canonical()).isEqualTo("Kvist");
    assertThat(as.get(1).sieve()).isEqualTo("quote-goes-on");
  }

  @Test
  void aQuoteLeftOpenAtItsParagraphEndTakesTheNextParagraphsSpeaker() {
    List<Attribution> as = quotes("Fire chief Dana Okafor was blunt. \u00b6 \"We found three separate points of origin. \u00b6 "
        + "\"Whoever did this knew exactly what they were doing,\" she said.");
    assertThat(as).as(SieveTesting.describe(as)).anySatisfy(a -> {
      assertThat(a.content()).startsWith("We found");
      assertThat(a.speaker().canonical()).isEqualTo("Dana Okafor");
      assertThat(a.sieve()).isEqualTo("quote-continued");
    });
  }
}
