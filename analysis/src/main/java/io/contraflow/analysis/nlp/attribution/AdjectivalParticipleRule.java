package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * "keep suspected gunmen": a participle before a noun is an adjective, not a cue. After "has"/"had" it is a perfect
 * tense ("the group has claimed responsibility"); "said", denials and accusations stay cues.
 */
final class AdjectivalParticipleRule implements CueRule {
  private static final Set<String> PERFECT_AUX = Set.of("has", "have", "had", "'ve", "'d");
  private static final Set<String> ADJECTIVAL_CONTEXT = Set.of("VERB", "AUX", "ADP", "DET");

  @Override
  public List<Attribution> apply(SentenceState st, int i, String lemma) {
    List<Token> t = st.t;
    if (i + 1 < t.size() && "NOUN".equals(t.get(i + 1).tag()) && t.get(i).lower().endsWith("ed") && !lemma.equals("say")
        && !Lexicon.DENIAL_CUES.contains(lemma) && !Lexicon.BLAME_CUES.contains(lemma)
        && (i == 0 || t.get(i - 1).tag() != null && ADJECTIVAL_CONTEXT.contains(t.get(i - 1).tag()) && !PERFECT_AUX.contains(t.get(i - 1).lower()))) {
      return List.of();
    }
    return null;
  }
}
