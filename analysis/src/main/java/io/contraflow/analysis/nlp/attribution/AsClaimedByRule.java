package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Token;
import java.util.List;

/**
 * "fled to Belarus, not Ukraine as claimed by X": X holds the alternative the main clause rules out; "denied claims
 * that P as suggested by X": X holds P.
 */
final class AsClaimedByRule implements CueRule {

  @Override
  public List<Attribution> apply(SentenceState st, int i, String lemma) {
    List<Token> t = st.t;
    if (!(i > 0 && t.get(i - 1).is("as") && i + 1 < t.size() && t.get(i + 1).is("by"))) return null;
    Mention holder = st.speakers().resolve(t, i + 2, Phrases.phraseEnd(t, i + 2));
    int clauseStart = st.here.isEmpty() ? 0 : Phrases.firstTokenFrom(t, st.last().contentStart());
    if (holder == null || clauseStart < 0 || i - 1 <= clauseStart) return List.of();
    // "refuted claims she was ill as suggested by X": X holds what the claims say, not the refutation.
    for (int k = i - 2; k >= clauseStart; k--) {
      if (Lexicon.CLAIM_NOUNS.contains(t.get(k).lower()) && k + 2 < i - 1) {
        clauseStart = t.get(k + 1).is("that") ? k + 2 : k + 1;
        break;
      }
    }
    return List.of(new Attribution(holder, "as claimed", t.get(clauseStart).start(), t.get(i - 2).end(),
        Phrases.slice(st.body(), t, clauseStart, i - 1), st.sentence.index(), Polarity.AFFIRMED, Modality.ALLEGED, false, null, null));
  }
}
