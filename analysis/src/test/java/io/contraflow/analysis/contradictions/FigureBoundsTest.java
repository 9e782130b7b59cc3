package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimExtractor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How far an exact figure reaches when set against another: which read as rounded, and by how much. Our own words. */
class FigureBoundsTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.englishWithoutGist();
  private static final Instant DAY1 = Instant.parse("2029-09-14T08:00:00Z");

  private static List<Claim> article(String id, Instant at, String body) {
    return EXTRACTOR.analyze(new ArticleText(id, "Ferry fire", body, "Harbour Gazette", null, at, "en")).claims();
  }

  private static boolean disputed(String first, String later) {
    List<Claim> all = new ArrayList<>(article("a", DAY1, first));
    all.addAll(article("b", DAY1.plus(Duration.ofDays(40)), later));
    return new ContradictionDetector().detect("evt-test", all).stream()
        .anyMatch(f -> f.kind() == ContradictionKind.NUMERIC_DISCREPANCY);
  }

  private static final String FLOOR = "Hospital officials said the ferry fire killed at least 275 people.";

  /** "260" is rounded to the ten at most (255 to 265): it stands against "at least 275". */
  @Test
  void aFigureOfTwoSignificantDigitsIsRoundedToItsLastDigitAtMost() {
    assertThat(disputed(FLOOR, "The transport ministry said 260 people were killed in the ferry fire.")).isTrue();
  }

  /** "300" may be a tenth off: it does not stand against "at least 275". */
  @Test
  void aFigureOfOneSignificantDigitMayBeATenthOff() {
    assertThat(disputed(FLOOR, "The transport ministry said 300 people were killed in the ferry fire.")).isFalse();
  }

  /** "130" for a count of 131 is the same count rounded: no dispute. */
  @Test
  void aCountRoundedToTheTenIsNoRivalOfTheExactCount() {
    assertThat(disputed("The port authority said 131 people were killed in the ferry fire.",
        "The fishermen's union said 130 people were killed in the ferry fire.")).isFalse();
  }

  /**
   * Figures thirty times apart count different things, unless one is given as small: "only one man died" answers the
   * larger toll however far below it. "Lost his life" is a death, as "lost their lives" is.
   */
  @Test
  void aCountGivenAsSmallAnswersTheLargerOneHoweverFar() {
    String larger = "The seamen's union said at least 30 died in the ferry fire.";
    assertThat(disputed(larger, "The port authority said only one man lost his life in the ferry fire.")).isTrue();
    assertThat(disputed(larger, "The port authority said one man lost his life in the ferry fire.")).isFalse();
  }
}
