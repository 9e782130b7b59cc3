package io.contraflow.analysis.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where sentences end, in our own words: abbreviations inside a sentence end nothing. */
class SentenceSplitterTest {
  private static final Pipeline SENTENCES = new Pipeline(List.of(new BoilerplateRemover(), new SentenceSplitter()));

  private static List<String> sentences(String body) {
    Document d = new Document(new ArticleText("t", "", body, null, null, Instant.EPOCH, "en"));
    SENTENCES.annotate(d);
    return d.get(Annotations.SENTENCES).stream().map(Sentence::text).toList();
  }

  @Test
  void anAbbreviatedMonthBeforeADayEndsNoSentence() {
    assertThat(sentences("Harbour officials blamed the Sept. 14 fire on a faulty crane. Divers searched the basin."))
        .containsExactly("Harbour officials blamed the Sept. 14 fire on a faulty crane.", "Divers searched the basin.");
    assertThat(sentences("The report blamed the Aug. 9 blast on stored fuel.")).hasSize(1);
  }

  @Test
  void aTitleBeforeANameEndsNoSentence() {
    assertThat(sentences("The order came from Lt. Gen. Ilse Varga, the navy said. She denied it."))
        .containsExactly("The order came from Lt. Gen. Ilse Varga, the navy said.", "She denied it.");
  }

  @Test
  void aPersonsInitialsEndNoSentence() {
    assertThat(sentences("Doctors at the Kessel J.R. Ostby Institute counted 412 deaths. The ministry disputed it."))
        .containsExactly("Doctors at the Kessel J.R. Ostby Institute counted 412 deaths.", "The ministry disputed it.");
  }

  @Test
  void aQuoteClosedAfterACommaGoesOnToItsSpeaker() {
    assertThat(sentences("\"The pumps had been off for a week <img src=y onerror=alert.now=2>,\" Hale told reporters. Nobody replied."))
        .containsExactly("\"The pumps had been off for a week <img src=y onerror=alert.now=2>,\" Hale told reporters.", "Nobody replied.");
  }

  @Test
  void sentencesGluedWithoutASpaceAreTwo() {
    assertThat(sentences("The minister apologised for the delay that evening.At a hearing on Monday, the police chief denied it."))
        .containsExactly("The minister apologised for the delay that evening.", "At a hearing on Monday, the police chief denied it.");
    assertThat(sentences("Officials in the U.S.A. said nothing. Reports cited e.g.Kessa radio.")).hasSize(2);
  }
}
