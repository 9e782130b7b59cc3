package io.contraflow.analysis.nlp;

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
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** Chunk-by-chunk tokenizing with a cache must give the tokens OpenNLP's tokenizer gives on the whole sentence. */
class TokenizerTest {
  private static final Pipeline SENTENCES = new Pipeline(List.of(new BoilerplateRemover(), new SentenceSplitter()));

  @Test
  void cutsAsOpenNlpOnTheTestArticles() throws IOException {
    assertSameCuts(articlesIn(Path.of("src/test/resources/events")));
  }

  @Test
  void cutsAsOpenNlpOnTheSeedArticles() throws IOException {
    assertSameCuts(articlesIn(SharedSeeds.dir()));
  }

  @Test
  void cutsAsOpenNlpOnOddInput() {
    String body = "“We weren’t told,” said Dr. O’Neill, 54, of the U.S.-backed group (the Harbour Trust) in Vélez-Málaga.\n"
        + "Prices rose 3.5% to $1,200.50 on 12/03/2024; e-mail desk@wire.example or see https://wire.example/a?b=1.\n"
        + "He said:\u00a0'No.'   A  B\tC -- D... E!? F's G' H.";
    assertSameCuts(List.of(new ArticleText("odd", "", body, null, null, Instant.EPOCH, "en")));
  }

  @Test
  void splitsPossessivesAndNegations() {
    List<String> words = firstSentenceWords("The mayor's office said it wouldn't comment on the workers' claims.");
    assertEquals(List.of("The", "mayor", "'s", "office", "said", "it", "would", "n't", "comment", "on", "the", "workers", "'", "claims", "."), words);
  }

  private static List<String> firstSentenceWords(String text) {
    Document d = new Document(new ArticleText("a", "", text, null, null, Instant.EPOCH, "en"));
    new Pipeline(List.of(new BoilerplateRemover(), new SentenceSplitter(), new Tokenizer())).annotate(d);
    return d.get(Annotations.SENTENCES).get(0).tokens().stream().map(Token::text).toList();
  }

  /** A prefix the model splits off at its hyphen stays on its word: "non-governmental", "anti-war". */
  @Test
  void keepsAPrefixOnItsWord() {
    List<String> words = firstSentenceWords("The non-governmental group held an anti-war rally near the Kessa-run port.");
    assertTrue(words.contains("non-governmental"), words.toString());
    // A compound the model cut after its hyphen ("Italian-" and "owned") is one word again.
    List<String> owned = firstSentenceWords("The train's Italian-owned operator denied any fault.");
    assertTrue(owned.contains("Italian-owned"), owned.toString());
    assertTrue(words.contains("anti-war"), words.toString());
  }

  /** A hyphen the model leaves on the word after it stands alone: "Prosecutor-General" reads as "Attorney-General" does. */
  @Test
  void aHyphenLeftOnTheNextWordStandsAlone() {
    List<String> words = firstSentenceWords("Prosecutor-General Ivo Dorov spoke to the press.");
    assertTrue(words.contains("General"), words.toString());
    assertTrue(words.contains("-"), words.toString());
  }

  @Test
  void aSentencesFullStopLeavesAName() {
    Document d = new Document(new ArticleText("a", "", "\"We disagree,\" said Peskov. The U.S. said so in the U.S.", null, null, Instant.EPOCH, "en"));
    new Pipeline(List.of(new BoilerplateRemover(), new SentenceSplitter(), new Tokenizer())).annotate(d);
    List<Sentence> sentences = d.get(Annotations.SENTENCES);
    assertEquals(List.of("\"", "We", "disagree", ",", "\"", "said", "Peskov", "."), sentences.get(0).tokens().stream().map(Token::text).toList());
    List<Token> last = sentences.get(sentences.size() - 1).tokens();
    assertEquals("U.S.", last.get(last.size() - 1).text());
  }

  private static void assertSameCuts(List<ArticleText> articles) {
    TokenizerME reference = new TokenizerME(OpenNlpModels.TOKENS);
    Tokenizer tokenizer = new Tokenizer();
    int compared = 0;
    for (ArticleText a : articles) {
      Document d = SENTENCES.annotate(new Document(a));
      List<Sentence> sentences = d.get(Annotations.SENTENCES);
      tokenizer.annotate(d);
      List<Sentence> tokenized = d.get(Annotations.SENTENCES);
      for (int k = 0; k < sentences.size(); k++) {
        Sentence s = sentences.get(k);
        List<Token> expected = new ArrayList<>();
        String normalized = TextNormalizer.forModels(s.text());
        for (Span span : Tokenizer.ChunkSplitter.keepPrefixes(normalized, reference.tokenizePos(normalized))) Tokenizer.add(expected, span.getCoveredText(normalized).toString(), s.start() + span.getStart());
        Tokenizer.splitFinalPeriod(expected);
        List<Token> actual = tokenized.get(k).tokens();
        assertEquals(expected, actual, s.text());
        compared += actual.size();
      }
    }
    assertTrue(compared > 0);
  }

  private static List<ArticleText> articlesIn(Path dir) throws IOException {
    List<ArticleText> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        out.add(new ArticleText(f.getFileName().toString(), "", Files.readString(f, StandardCharsets.UTF_8), null, null, Instant.EPOCH, "en"));
      }
    }
    assertTrue(out.size() >= 5, "expected articles in " + dir);
    return out;
  }
}
