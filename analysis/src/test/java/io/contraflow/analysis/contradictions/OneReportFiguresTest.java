package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimExtractor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two parties' tolls in one report are a dispute only when the report sets them against each other. */
class OneReportFiguresTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.englishWithoutGist();
  private static final Instant DAY = Instant.parse("2029-09-14T08:00:00Z");

  private static List<Finding> findings(String... bodies) {
    List<Claim> all = new ArrayList<>();
    for (int i = 0; i < bodies.length; i++) {
      all.addAll(EXTRACTOR.analyze(new ArticleText("r" + i, "Bus falls into the Vell gorge", bodies[i], "Outlet " + i, null, DAY, "en")).claims());
    }
    return new ContradictionDetector().detect("evt-test", all);
  }

  private static boolean numeric(List<Finding> fs) {
    return fs.stream().anyMatch(f -> f.kind() == ContradictionKind.NUMERIC_DISCREPANCY);
  }

  @Test
  void aReportTellingHowTheCountGrewIsNoDispute() {
    assertThat(numeric(findings("The Vell regional police said 21 people were killed when the bus left the road. "
        + "Doctors at the Kessa hospital said on Saturday evening that 38 people had died."))).isFalse();
  }

  @Test
  void aReportSettingOneFigureAgainstAnotherIsADispute() {
    assertThat(numeric(findings("The Vell regional police said 21 people were killed when the bus left the road. "
        + "But doctors at the Kessa hospital said 38 people had died."))).isTrue();
  }

  /** "Officially, the ministry has acknowledged no deaths": the official figure, set against a source's, is a dispute. */
  @Test
  void anOfficialFigureSetAgainstAnothersIsADispute() {
    assertThat(numeric(findings("A source close to the crew said 37 sailors died when the ferry went down. "
        + "Officially, the Vell transport ministry has acknowledged no deaths among the crew."))).isTrue();
  }

  @Test
  void twoReportsFiguresNeedNoSuchWords() {
    assertThat(numeric(findings("The Vell regional police said 21 people were killed when the bus left the road.",
        "Doctors at the Kessa hospital said 38 people had died when the bus left the road."))).isTrue();
  }

  /** A town's count above the count for the whole area it lies in: both cannot be right, side by side or not. */
  @Test
  void aPartsCountAboveTheWholesIsADispute() {
    assertThat(numeric(findings("The Vell regional authorities said 41 people drowned in the territory they control. "
        + "Nurses in Kessa said they believe 150 to 200 people died in the town."))).isTrue();
    assertThat(numeric(findings("The Vell regional authorities said 41 people drowned in the territory they control. "
        + "Nurses in Kessa said 12 people died in the town."))).isFalse();
  }
}
