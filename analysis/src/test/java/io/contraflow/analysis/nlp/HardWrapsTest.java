package io.contraflow.analysis.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimExtractor;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HardWrapsTest {
  /** Wire copy broken at a fixed width, one paragraph after another with no blank line between. */
  private static final String WRAPPED = String.join("\n",
      "VELL, March 3 - The charity Nurses Without Borders denied on",
      "Tuesday that gunmen had fired on troops from its clinic in",
      "Vell before an air strike killed nine of its staff.",
      "The interior ministry said the gunmen had used the U.S.",
      "built clinic as a base for two days.",
      "\"Nobody but staff and patients was inside,\" the charity's",
      "director, Ana Ruiz, said in a statement.",
      "Fighting went on in the north of the city.");

  @Test
  void joinsTheLinesOfASentenceAndKeepsEveryOffset() {
    String unwrapped = HardWraps.unwrap(WRAPPED);
    assertEquals(WRAPPED.length(), unwrapped.length());
    assertTrue(unwrapped.contains("denied on Tuesday that gunmen had fired on troops from its clinic in Vell before"), unwrapped);
    assertTrue(unwrapped.contains("the U.S. built clinic"), "a full stop before a small letter ends no line");
    assertTrue(unwrapped.contains("inside,\" the charity's director"), "a quote closed on a comma goes on");
    // A line that ends a sentence keeps its break: it may end a paragraph.
    assertTrue(unwrapped.contains("nine of its staff.\nThe interior ministry"), unwrapped);
    assertTrue(unwrapped.contains("said in a statement.\nFighting"), unwrapped);
  }

  @Test
  void leavesTextThatIsNotWrapped() {
    String paragraphsPerLine = String.join("\n",
        "Flood wall breaks in Vell",
        "The flood wall on the east bank of the river gave way early on Tuesday, sending water into three streets of the old town.",
        "The mayor said no one had been hurt and that pumps would run through the night.",
        "Residents said they had warned the council about cracks in the wall for years, and were angry that nothing had been done.",
        "Photo by the author",
        "The council denied that it had been warned and said the wall had been inspected in the spring.");
    assertEquals(paragraphsPerLine, HardWraps.unwrap(paragraphsPerLine));
    String fewShortLines = "Flood wall breaks\nin Vell\nThe wall gave way.";
    assertFalse(HardWraps.looksWrapped(fewShortLines));
  }

  @Test
  void aWrappedArticleYieldsItsClaimsWhole() {
    ArticleText article = new ArticleText("w1", "Clinic strike", WRAPPED, "Wire", null, Instant.parse("2026-03-03T00:00:00Z"), "en");
    List<Claim> claims = ClaimExtractor.englishWithoutGist().analyze(article).claims();
    assertTrue(claims.stream().anyMatch(c -> c.claimant().contains("Nurses Without Borders") && c.content().contains("gunmen had fired on troops")),
        claims.toString());
    assertTrue(claims.stream().anyMatch(c -> c.claimant().contains("ministry") && c.content().contains("used the U.S. built clinic")),
        claims.toString());
  }
}
