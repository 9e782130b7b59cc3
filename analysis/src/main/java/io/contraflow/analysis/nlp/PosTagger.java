package io.contraflow.analysis.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Adds Universal Dependencies part-of-speech tags with OpenNLP's maxent tagger model, decoded greedily ({@link GreedyPosTagger}). */
public final class PosTagger implements Annotator {
  private final ThreadLocal<GreedyPosTagger> tagger = ThreadLocal.withInitial(() -> new GreedyPosTagger(OpenNlpModels.POS));

  static boolean mayCarryAttribution(Sentence s) {
    for (Token t : s.tokens()) {
      String w = t.lower();
      if (w.equals("\"") || w.equals("according") || Lexicon.CUE_VERBS.containsKey(w) || Lexicon.CLAIM_NOUNS.contains(w)
          || Lexicon.DISAGREEMENT_VERBS.containsKey(w) || w.equals("go") || w.equals("goes") || w.equals("went") || w.equals("going")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(Annotations.SENTENCES);
  }

  @Override
  public Set<Key<?>> adds() {
    return Set.of(Annotations.POS);
  }

  @Override
  public void annotate(Document document) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : document.get(Annotations.SENTENCES)) {
      if (!mayCarryAttribution(s)) {
        // Narrative sentences with no cue, quote or claim noun are read without tags: only attribution needs them.
        // (Tagging every sentence changed no claim of the seed, demo or test articles, and costs a quarter more.)
        out.add(s);
        continue;
      }
      String[] words = s.tokens().stream().map(Token::text).toArray(String[]::new);
      String[] tags = tagger.get().tag(words);
      List<Token> tagged = new ArrayList<>(words.length);
      for (int i = 0; i < words.length; i++) tagged.add(s.tokens().get(i).withTag(tags[i]));
      out.add(s.withTokens(tagged));
    }
    document.set(Annotations.SENTENCES, out);
    document.set(Annotations.POS, true);
  }
}
