package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * "State television, citing the interior ministry, said P", "a report, citing two police sources, said P": the source a
 * speaker cites in an aside before its verb is the one who holds P; the speaker passes it on (its relay). Read over
 * what the other sieves attributed, where no relay is named yet.
 */
final class CitedSourceSieve implements Sieve {
  private static final Set<String> CITING = Set.of("citing", "quoting");
  /** Words that end the cited source's phrase: a relative clause about it ("sources who were not named"). */
  private static final Set<String> PHRASE_ENDS = Set.of("that", "who", "which", "whom");
  /** How many tokens the cited source's phrase may run before its closing comma. */
  private static final int REACH = 12;

  @Override
  public void apply(SentenceState st) {
    List<Token> t = st.t;
    for (int i = 0; i < st.here.size(); i++) {
      Attribution a = st.here.get(i);
      if (a.relay() != null || a.speaker() == null) continue;
      for (int k = 1; k + 2 < t.size() && t.get(k).start() < a.contentStart(); k++) {
        if (!CITING.contains(t.get(k).lower()) || !t.get(k - 1).text().equals(",") || st.quoted[k]) continue;
        // The aside stands right after the speaker ("State television, citing ..."), before what it said.
        if (t.get(k - 1).start() < a.speaker().end() || t.get(k - 1).start() > a.speaker().end() + 1) continue;
        int close = k + 1;
        while (close < t.size() && close < k + REACH && !t.get(close).text().equals(",")) close++;
        if (close >= t.size() || !t.get(close).text().equals(",") || t.get(close).start() > a.contentStart()) break;
        int end = k + 1;
        while (end < close && !PHRASE_ENDS.contains(t.get(end).lower())) end++;
        Mention source = st.speakers().resolve(t, k + 1, end);
        if (source == null || source.key().equals(a.speaker().key())) break;
        st.here.set(i, new Attribution(source, a.cue(), a.contentStart(), a.contentEnd(), a.content(), a.sentenceIndex(), a.polarity(),
            a.modality(), a.direct(), a.speaker().canonical(), a.challenged(), a.sieve()));
        break;
      }
    }
  }
}
