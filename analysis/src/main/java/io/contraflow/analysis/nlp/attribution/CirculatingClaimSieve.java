package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * "There are rumours that a ransom was paid", "there have been reports that the army fired first", "there is
 * speculation that P": a claim that circulates with no one named as its author. An article often sets one up this way
 * to set an official's denial against it; with no holder, no other sieve read it, and the denial stood alone. The
 * claimant is the circulating talk itself ("unnamed rumours"), and what it holds is alleged, not stated.
 */
final class CirculatingClaimSieve implements Sieve {
  /** What circulates: talk that the article does not ascribe to anyone. */
  private static final Set<String> TALK = Set.of("rumours", "rumors", "rumour", "rumor", "reports", "report", "claims", "claim",
      "allegations", "suggestions", "speculation", "accounts", "indications", "suspicions", "whispers");
  /** The existential verbs before it: "there are", "there were", "there have been", "there is", "there has long been". */
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "be");
  /** How many words may describe the talk ("unconfirmed local media reports"). */
  private static final int LONGEST_DESCRIPTION = 3;

  @Override
  public void apply(SentenceState st) {
    List<Token> t = st.t;
    for (int there = 0; there + 3 < t.size(); there++) {
      if (!t.get(there).is("there") || st.quoted[there]) continue;
      int k = there + 1;
      while (k < t.size() && k <= there + 3 && !BE.contains(t.get(k).lower())) k++; // "there have long been"
      if (k >= t.size() || !BE.contains(t.get(k).lower())) continue;
      int noun = k + 1;
      while (noun < t.size() && noun <= k + LONGEST_DESCRIPTION && !TALK.contains(t.get(noun).lower())) noun++;
      if (noun + 2 >= t.size() || !TALK.contains(t.get(noun).lower()) || !t.get(noun + 1).is("that")) continue;
      if (!describes(t, k + 1, noun)) continue;
      int[] span = Phrases.clause(t, noun + 2, t.size());
      if (span == null) continue;
      String written = SpeakerResolver.text(t, k + 1, noun + 1);
      String name = "unnamed " + t.get(noun).lower();
      Mention talk = new Mention(t.get(k + 1).start(), t.get(noun).end(), written, name, name, ClaimantType.UNNAMED_SOURCE, null, null, false);
      String content = Phrases.slice(st.body(), t, span[0], span[1]);
      st.add(new Attribution(talk, "claim", t.get(span[0]).start(), t.get(span[1] - 1).end(), content, st.sentence.index(),
          Assertion.polarityOf(content), Modality.ALLEGED, false, null, null), name());
      return;
    }
  }

  /** The words before the noun only describe it ("widespread", "unconfirmed media"): none names who holds it. */
  private static boolean describes(List<Token> t, int from, int noun) {
    for (int k = from; k < noun; k++) {
      Token w = t.get(k);
      if (w.capitalized() || w.is("no") || w.text().equals(",") || "VERB".equals(w.tag()) && !w.lower().endsWith("ed") || w.text().endsWith("'s") || w.text().endsWith("’s")) return false;
    }
    return true;
  }
}
