package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Token;
import java.util.List;

/**
 * Headlines and summary lines that give a second source after a semicolon, by its name and a colon: "Ostravia puts
 * the toll at 40, blames the army; army: troops did not fire on the crowd". What follows the colon is that source's,
 * and a claim read before the semicolon ends there rather than running into it. Only a line with no full stop reads so.
 */
final class ColonSourceSieve implements Sieve {
  /** The longest source name read before a colon, in tokens ("Norland Defence Ministry"). */
  private static final int MAX_SOURCE = 4;

  @Override
  public void apply(SentenceState st) {
    List<Token> t = st.t;
    int n = t.size();
    if (n < 6 || t.get(n - 1).text().equals(".")) return;
    for (int semi = 1; semi < n - 4; semi++) {
      if (!t.get(semi).text().equals(";")) continue;
      int colon = -1;
      for (int k = semi + 2; k <= Math.min(n - 3, semi + 1 + MAX_SOURCE); k++) {
        if (t.get(k).text().equals(":")) {
          colon = k;
          break;
        }
        if (!Character.isLetter(t.get(k).text().charAt(0))) break; // ("army", "ministry" may follow the name)
      }
      if (colon < 0 || !t.get(semi + 1).capitalized() || st.quoted[semi + 1]) continue;
      Mention source = st.speakers().resolve(t, semi + 1, colon);
      if (source == null) continue;
      int end = colon + 1;
      while (end < n && !t.get(end).text().equals(";")) end++;
      if (end - colon - 1 < 3) continue;
      endBefore(st, t.get(semi).start());
      String content = Phrases.slice(st.body(), t, colon + 1, end);
      st.add(new Attribution(source, "say", t.get(colon + 1).start(), t.get(end - 1).end(), content, st.sentence.index(),
          Assertion.polarityOf(content), Assertion.modalityOf(content, "say", st.sentence.text()), false, null, null), name());
      st.speakers().spoke(source);
    }
  }

  /** Claims of the line made before the semicolon at {@code at} end there. */
  private static void endBefore(SentenceState st, int at) {
    for (int i = 0; i < st.here.size(); i++) {
      Attribution a = st.here.get(i);
      if (a.contentStart() >= at || a.contentEnd() <= at) continue;
      String content = st.body().substring(a.contentStart(), at).strip();
      st.here.set(i, new Attribution(a.speaker(), a.cue(), a.contentStart(), a.contentStart() + content.length(), content,
          a.sentenceIndex(), a.polarity(), a.modality(), a.direct(), a.relay(), a.challenged(), a.sieve()));
    }
  }
}
