package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Quote;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * A quoted clause inside reported speech is a claim of its own: 'X said the missile was withdrawn in 1999 and "the
 * concern could not have supplied these missiles to anyone"' (a quoted clause after "and" or "that"). A quoted phrase
 * ('was part of "normal promotion processes"') stays inside the reported claim.
 */
final class EmbeddedQuoteSieve implements Sieve {
  /** Words a quoted clause follows. */
  private static final Set<String> CLAUSE_OPENERS = Set.of("and", "that", "but");
  private static final int MIN_WORDS = 6;

  @Override
  public void apply(SentenceState st) {
    List<Token> t = st.t;
    for (Quote q : st.doc.quotes) {
      if (q.start() < st.sentence.start() || q.end() > st.sentence.end() || q.words() < MIN_WORDS) continue;
      if (st.here.stream().anyMatch(h -> h.direct() && h.contentStart() <= q.start() && h.contentEnd() >= q.end())) continue;
      int before = Phrases.lastTokenBefore(t, q.start());
      while (before >= 0 && t.get(before).text().equals("\"")) before--;
      if (before < 0 || !CLAUSE_OPENERS.contains(t.get(before).lower())) continue;
      for (Attribution h : List.copyOf(st.here)) {
        if (h.direct() || h.challenged() != null || h.contentStart() > q.start() || h.contentEnd() + 1 < q.end()) continue;
        st.add(new Attribution(h.speaker(), "quote", q.start(), q.end(), q.text(), st.sentence.index(), Assertion.polarityOf(q.text()),
            Assertion.modalityOf(q.text(), "quote", st.sentence.text()), true, h.relay(), null), name());
        break;
      }
    }
  }
}
