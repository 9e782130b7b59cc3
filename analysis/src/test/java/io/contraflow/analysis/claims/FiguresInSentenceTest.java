package io.contraflow.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A claim's figures read with the words before its content: the cue and an "earlier" say which figure was given up. */
class FiguresInSentenceTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.englishWithoutGist();

  private static List<Double> figures(String body, String cue) {
    return EXTRACTOR.analyze(new ArticleText("a", "Ferry toll", body, "Harbour Gazette", null, Instant.parse("2029-09-14T08:00:00Z"), "en"))
        .claims().stream().filter(c -> c.cue().equals(cue)).flatMap(c -> c.quantities().stream()).map(Quantity::value).toList();
  }

  /** "Revised the toll from 64 to 57": the content "the toll from 64 to 57" holds 57, not a range from 64. */
  @Test
  void aTollRevisedFromOneFigureToAnotherHoldsTheSecond() {
    assertThat(figures("On Friday, harbour master Marek Vell revised the death toll from 64 to 57.", "revise"))
        .containsExactly(57.0);
  }

  /** "Having earlier told reporters that 120 had died": the figure given first is held by neither claim. */
  @Test
  void aFigureTheSpeakerGaveEarlierAndCorrectedIsNotHeld() {
    String body = "The deputy governor, Ana Berg, revised the death toll from the ferry fire to 95, having earlier told "
        + "reporters that 120 people had died.";
    assertThat(figures(body, "revise")).containsExactly(95.0);
    assertThat(figures(body, "tell")).isEmpty();
  }

  /** Nothing before the content gives a figure up: it stands. */
  @Test
  void aFigureWithNothingGivingItUpStands() {
    assertThat(figures("Rescue chief Tomas Ulmen told reporters there were 76 deaths in the ferry fire.", "tell")).containsExactly(76.0);
  }
}
