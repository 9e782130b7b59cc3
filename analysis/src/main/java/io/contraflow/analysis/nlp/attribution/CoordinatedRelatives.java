package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Token;
import java.util.List;

/**
 * "The statement followed a Gazette report that cited the inquiry and claimed P": the second verb of a relative clause
 * shares the relative's subject, the text or body the clause describes, not the sentence's subject.
 */
final class CoordinatedRelatives {
  private CoordinatedRelatives() {}

  /**
   * The body or text a subject relative clause describes, when that clause holds the "and" or "but" at {@code andAt}
   * ("a report that cited X and claimed"); null when the conjunction joins no such clause's verbs.
   */
  static Mention antecedent(List<Token> t, int andAt, SpeakerResolver speakers) {
    for (int k = andAt - 1; k >= Math.max(1, andAt - 25); k--) {
      Token w = t.get(k);
      if (w.text().equals(",") || w.text().equals(";") || w.is("and") || w.is("but")) return null;
      if (!(w.is("that") || w.is("which")) || !"NOUN".equals(t.get(k - 1).tag()) || !"VERB".equals(t.get(k + 1).tag())) continue;
      Mention m = speakers.resolve(t, Phrases.afterLastOf(t, Phrases.npStart(t, k - 1), k), k);
      return m != null && m.type() != ClaimantType.PERSON && m.type() != ClaimantType.UNKNOWN ? m : null;
    }
    return null;
  }
}
