package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Token;
import java.util.List;

/**
 * Headlines that name their source after a dash, with no cue verb: "MH17 crash: 'Old Buk missile used' - Russian
 * firm", "'We did not fire' - army". The quote before the dash is the source's. Only a line with no full stop whose
 * end is the source's name reads so.
 */
final class HeadlineSieve implements Sieve {
  @Override
  public void apply(SentenceState st) {
    List<Token> t = st.t;
    int n = t.size();
    if (n < 5 || t.get(n - 1).text().equals(".") || !st.here.isEmpty()) return;
    int dash = -1;
    for (int k = n - 2; k >= Math.max(1, n - 8); k--) {
      if (t.get(k).text().equals("-") && t.get(k - 1).end() < t.get(k).start()) {
        dash = k;
        break;
      }
    }
    if (dash < 1 || !isQuoteMark(t.get(dash - 1).text())) return;
    int open = -1;
    for (int k = dash - 2; k >= 0; k--) {
      if (t.get(k).text().equals(t.get(dash - 1).text())) {
        open = k;
        break;
      }
    }
    if (open < 0 || dash - 1 - open < 3) return;
    Mention source = st.speakers().resolve(t, dash + 1, n);
    if (source == null) return;
    String content = Phrases.slice(st.body(), t, open + 1, dash - 1);
    st.add(new Attribution(source, "quote", t.get(open + 1).start(), t.get(dash - 2).end(), content, st.sentence.index(),
        Assertion.polarityOf(content), Assertion.modalityOf(content, "quote", st.sentence.text()), true, null, null), name());
    st.speakers().spoke(source);
  }

  private static boolean isQuoteMark(String s) {
    return s.equals("\"") || s.equals("'");
  }
}
