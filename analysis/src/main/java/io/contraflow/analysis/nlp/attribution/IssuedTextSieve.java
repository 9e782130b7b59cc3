package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * "The Norland navy put out a short notice, in which it urged P": a body that puts out a text has
 * spoken, though no verb of saying names it. It attributes nothing itself; it makes the issuer the speaker that "it"
 * and "they" refer to, in the rest of its sentence and in the next ("'...,' it said"), instead of whoever spoke before.
 * It runs first, so the cue rules of the same sentence resolve their pronouns to the issuer.
 */
final class IssuedTextSieve implements Sieve {
  private static final Set<String> ISSUED = Set.of("issued", "released", "published", "posted", "sent", "circulated", "put");
  private static final Set<String> TEXTS = Set.of("statement", "statements", "message", "messages", "communique", "letter",
      "notice", "note", "release", "bulletin", "declaration");

  @Override
  public void apply(SentenceState st) {
    List<Token> t = st.t;
    for (int i = 1; i + 1 < t.size(); i++) {
      if (st.quoted[i] || !ISSUED.contains(t.get(i).lower()) || !issuesText(t, i)) continue;
      int end = i;
      // ("also issued": the subject ends before the adverb.)
      while (end > 0 && "ADV".equals(t.get(end - 1).tag())) end--;
      if (end < 1) return;
      Mention issuer = st.speakers().resolve(t, SubjectStart.of(t, end - 1), end);
      if (issuer != null && issuer.type() != ClaimantType.PERSON && issuer.type() != ClaimantType.UNKNOWN) st.speakers().spoke(issuer);
      return;
    }
  }

  /** The text issued follows its verb: "issued a (similar) statement", "put out its own message". */
  private static boolean issuesText(List<Token> t, int verb) {
    int k = verb + 1;
    if (t.get(verb).is("put")) {
      if (!t.get(k).is("out")) return false;
      k++;
    }
    for (int n = 0; n < 4 && k < t.size(); n++, k++) if (TEXTS.contains(t.get(k).lower())) return true;
    return false;
  }
}
