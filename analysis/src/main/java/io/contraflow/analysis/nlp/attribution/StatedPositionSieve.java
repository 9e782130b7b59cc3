package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * A position named by a noun and stated with "is that": "The official account is that 12 died", "The government's
 * account is that the guards fired first", "Kessa's position is that the dam held". The holder is the possessor;
 * "official" with no possessor is the officials, whoever they are.
 */
final class StatedPositionSieve implements Sieve {
  /** Nouns for what someone holds to be so. */
  private static final Set<String> POSITIONS = Set.of("line", "account", "version", "position", "narrative", "explanation", "story", "stance");

  @Override
  public void apply(SentenceState st) {
    List<Token> t = st.t;
    for (int i = 1; i + 3 < t.size(); i++) {
      if (st.quoted[i] || !POSITIONS.contains(t.get(i).lower()) || !t.get(i + 1).is("is") && !t.get(i + 1).is("was")
          || !t.get(i + 2).is("that")) continue;
      Mention holder = holder(st, t, i);
      int[] span = Phrases.clause(t, i + 3, t.size());
      if (holder == null || span == null) continue;
      String content = Phrases.slice(st.body(), t, span[0], span[1]);
      st.add(new Attribution(holder, "state", t.get(span[0]).start(), t.get(span[1] - 1).end(), content, st.sentence.index(),
          Assertion.polarityOf(content), Assertion.modalityOf(content, "state", st.sentence.text()), false, null, null), name());
    }
  }

  /** "The official account": the officials; "the government's account", "Kessa's position": the possessor; else null. */
  private static Mention holder(SentenceState st, List<Token> t, int noun) {
    Token before = t.get(noun - 1);
    if (before.is("official") || before.is("officials'")) {
      int start = noun - 1 > 0 && (t.get(noun - 2).is("the") || t.get(noun - 2).is("an")) ? noun - 2 : noun - 1;
      return new Mention(t.get(start).start(), t.get(noun).end(), Phrases.slice(st.body(), t, start, noun + 1), "officials", "officials",
          ClaimantType.UNNAMED_SOURCE, null, null, true);
    }
    if (!(before.text().equals("'s") || before.text().equals("’s")) || noun < 2) return null;
    int end = noun - 1;
    return st.speakers().resolve(t, Phrases.npStart(t, end - 1), end);
  }
}
