package io.contraflow.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The word scanner must find exactly the words ArticleTokenizer.WORD finds; sentences end where a reader ends them. */
class ArticleTokenizerTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "The U.S. and U.K. envoys met in Kyiv's centre; the E.U.-brokered talks (2024) ended.",
      "“Nobody’s leaving,” said O’Neill-Smith, 54 — at 9.30 a.m. in Vélez-Málaga.",
      "Ménage à trois, naïve café, Zürich's Straße; ½ of ⅔; Ⅻ chapters; ١٢٣ Arabic digits.",
      "A.B. a.b. A. B. AB.CD. I.-V. x-ray -dash trailing- 'quoted' rock 'n' roll workers' pay",
      "e\u0301te\u0301 combining marks, tabs\tand\u00a0no-break spaces, 3,000 and 3.5%",
      "",
      "...!!! ??? --- ''' ’’’",
  })
  void scannerFindsTheWordsThePatternFinds(String line) {
    assertEquals(byPattern(line), ArticleTokenizer.words(line));
  }

  @Test
  void scannerFindsTheWordsThePatternFindsInTheTestArticles() throws IOException {
    int words = 0;
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/events"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        for (String line : Files.readString(f, StandardCharsets.UTF_8).split("\\R")) {
          assertEquals(byPattern(line), ArticleTokenizer.words(line), line);
          words += byPattern(line).size();
        }
      }
    }
    assertTrue(words > 1_000, "only " + words + " words compared");
  }

  /** "p.m." and "U.S." end no sentence: the words after them are still the sentence's. */
  @Test
  void aStopAfterALoneLetterEndsNoSentence() {
    List<Token> tokens = ArticleTokenizer.tokenize("", "The slope gave way at 2:30 p.m. near the town of Ostel, the U.S. envoy said. Rescuers came.");
    int ostel = tokens.stream().filter(t -> t.text().equals("Ostel")).findFirst().orElseThrow().sentence();
    int rescuers = tokens.stream().filter(t -> t.text().equals("Rescuers")).findFirst().orElseThrow().sentence();
    assertEquals(tokens.get(0).sentence(), ostel);
    assertEquals(ostel + 1, rescuers);
  }

  private static List<String> byPattern(String line) {
    List<String> out = new ArrayList<>();
    Matcher m = ArticleTokenizer.WORD.matcher(line);
    while (m.find()) out.add(m.group());
    return out;
  }
}
