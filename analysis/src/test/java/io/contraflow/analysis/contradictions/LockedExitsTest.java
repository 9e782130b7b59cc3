package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimExtractor;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which way a content answers "was the way out locked?", one construction per row, in our own words. */
class LockedExitsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      two of the fire exits were still locked when the smoke spread         | locked
      the side doors of the club had been chained shut                       | locked
      the organisers padlocked the gates before the concert began            | locked
      guards were slow in unlocking the hall's gates as people ran           | locked
      the doors were open but far too narrow for the crowd                   | open
      as for the north turnstiles, they were not locked at any point       | open
      every emergency exit was unlocked that night                           | open
      no doors were locked at any point                                      | open
      none of the exits had been locked                                      | open
      the gates open at six for ticket holders                               | -
      the fire started near the kitchen door                                 | -
      """)
  void readsWhetherTheWayOutWasLocked(String content, String expected) {
    assertThat(new LockedExits().answer(content)).isEqualTo(expected == null ? null : expected.equals("locked"));
  }

  /** A league that says some gates were locked and the police who say they were open: one finding between them. */
  @Test
  void aPartySayingTheGatesWereLockedMeetsOneSayingTheyWereOpen() {
    ClaimExtractor extractor = ClaimExtractor.englishWithoutGist();
    List<Claim> claims = extractor.analyze(new ArticleText("a", "Crush at Kessa arena: league blames locked gates", """
        The Norland Football League said a few gates were still chained when supporters fled the smoke. The Kessa \
        police said the gates stood open and were merely too small for the crowd.""", "Harbour Gazette", null,
        Instant.parse("2029-09-14T08:00:00Z"), "en")).claims();
    List<Finding> findings = new ContradictionDetector().detect("evt-test", claims);
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("exits");
      assertThat(String.join(" ", f.sideA().claimants())).contains("League");
      assertThat(String.join(" ", f.sideB().claimants())).containsIgnoringCase("police");
    });
  }
}
