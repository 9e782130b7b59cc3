package io.contraflow.analysis.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.contraflow.analysis.ArticleText;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineCaseTest {
  @Test
  void lowersTheCommonWordsOfATitleCaseHeadline() {
    String body = "Norland Rejects Audit Findings, Fines From Brussels\n\nThe Norland finance ministry said the audit in Brussels was flawed.";
    Document d = new Document(new ArticleText("h", "Test", body, null, null, Instant.EPOCH, "en"));
    new Pipeline(List.of(new BoilerplateRemover(), new SentenceSplitter(), new Tokenizer(), new HeadlineCase())).annotate(d);
    List<String> words = d.get(Annotations.SENTENCES).get(0).tokens().stream().map(Token::text).toList();
    assertEquals(List.of("Norland", "rejects", "audit", "findings", ",", "fines", "from", "Brussels"), words);
    // Offsets and the sentence that is not a headline are unchanged.
    assertEquals("Rejects", body.substring(d.get(Annotations.SENTENCES).get(0).tokens().get(1).start(),
        d.get(Annotations.SENTENCES).get(0).tokens().get(1).end()));
    assertEquals("The", d.get(Annotations.SENTENCES).get(1).tokens().get(0).text());
  }
}
