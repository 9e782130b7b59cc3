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
        String word = span.getCoveredText(normalized).toString();
        int start = s.start() + span.getStart();
        int end = s.start() + span.getEnd();
        // The UD model keeps possessives and contractions on the word ("Sorel's", "weren't"); split them as
        // Penn-style tokenizers do, so names and negations stand alone.
        int cut = word.length() > 2 && word.endsWith("'s") ? word.length() - 2
            : word.length() > 3 && word.toLowerCase().endsWith("n't") ? word.length() - 3
            : word.length() > 2 && word.endsWith("'") && Character.isLetter(word.charAt(word.length() - 2)) ? word.length() - 1 : -1;
        if (cut > 0) {
          tokens.add(new Token(word.substring(0, cut), start, start + cut, null));
          tokens.add(new Token(word.substring(cut), start + cut, end, null));
        } else {
          tokens.add(new Token(word, start, end, null));
        }
      }
      out.add(s.withTokens(tokens));
    }
    document.set(Annotations.SENTENCES, out);
  }
}
