package io.contraflow.analysis.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/** Tokenizes each sentence with OpenNLP's tokenizer, keeping offsets in the body. */
public final class Tokenizer implements Annotator {
  private final ThreadLocal<TokenizerME> tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(OpenNlpModels.TOKENS));

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Annotations.SENTENCES);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Annotations.SENTENCES);
  }

  @Override
  public void annotate(Document document) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : document.get(Annotations.SENTENCES)) {
      String normalized = TextNormalizer.forModels(s.text());
      List<Token> tokens = new ArrayList<>();
      for (Span span : tokenizer.get().tokenizePos(normalized)) {
        tokens.add(new Token(span.getCoveredText(normalized).toString(), s.start() + span.getStart(), s.start() + span.getEnd(), null));
      }
      out.add(s.withTokens(tokens));
    }
    document.set(Annotations.SENTENCES, out);
  }
}
