package io.contraflow.analysis.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.SharedSeeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/** The cached linear scorer must tag exactly as OpenNLP's own tagger with beam size 1 does. */
class GreedyPosTaggerTest {
  private static final Pipeline TOKENS = new Pipeline(List.of(new BoilerplateRemover(), new SentenceSplitter(), new Tokenizer()));

  @Test
  void tagsAsOpenNlpOnTheTestArticles() throws IOException {
    assertSameTags(sentences(articlesIn(Path.of("src/test/resources/events"))), 2_000);
  }

  @Test
  void tagsAsOpenNlpOnTheSeedArticles() throws IOException {
    assertSameTags(sentences(articlesIn(SharedSeeds.dir())), 2_000);
  }

  @Test
  void tagsAsOpenNlpOnOddInput() {
    List<String[]> odd = List.of(new String[0], new String[] {"Hello"}, new String[] {"\"", "No", "."},
        new String[] {"ÜBER", "3,000", "km/h", "U.S.-backed", "e-mail", "@user", "#tag", "1990s", "Mr.", "O'Neill", "'s"},
        "A , , , ; ; : ( ) [ ] - -- ...".split(" "));
    assertSameTags(odd, 0);
  }

  @Test
  void cachesStayBoundedAndStillTagCorrectly() {
    GreedyPosTagger tagger = new GreedyPosTagger(OpenNlpModels.POS);
    POSTaggerME reference = new POSTaggerME(OpenNlpModels.POS);
    String[] sentence = null;
    // More distinct words than the cache holds, so both caches are emptied and refilled on the way.
    for (int i = 0; i < GreedyPosTagger.CACHE_LIMIT + 10; i++) {
      sentence = new String[] {"Officials", "said", "word" + i, "was", "spoken", "."};
      tagger.tag(sentence);
    }
    assertArrayEquals(reference.tag(sentence), tagger.tag(sentence));
  }

  private static void assertSameTags(List<String[]> sentences, int atLeastTokens) {
    GreedyPosTagger tagger = new GreedyPosTagger(OpenNlpModels.POS);
    POSTaggerME reference = new POSTaggerME(OpenNlpModels.POS);
    int tokens = 0;
    for (String[] words : sentences) {
      assertArrayEquals(reference.tag(words), tagger.tag(words), () -> String.join(" ", words));
      tokens += words.length;
    }
    assertTrue(tokens >= atLeastTokens, "only " + tokens + " tokens compared");
    assertEquals(0, tagger.tag(new String[0]).length);
  }

  private static List<String[]> sentences(List<ArticleText> articles) {
    List<String[]> out = new ArrayList<>();
    for (ArticleText a : articles) {
      for (Sentence s : TOKENS.annotate(new Document(a)).get(Annotations.SENTENCES)) {
        out.add(s.tokens().stream().map(Token::text).toArray(String[]::new));
      }
    }
    return out;
  }

  private static List<ArticleText> articlesIn(Path dir) throws IOException {
    List<ArticleText> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        out.add(new ArticleText(f.getFileName().toString(), "", text, null, null, Instant.EPOCH, "en"));
      }
    }
    assertTrue(out.size() >= 5, "expected articles in " + dir);
    return out;
  }
}
