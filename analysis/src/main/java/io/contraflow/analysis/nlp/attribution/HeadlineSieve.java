package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Token;
import java.util.List;

/**
 * Headlines that name their source after a dash or a colon, with no cue verb: "MH17 crash: 'Old Buk missile used' -
 * Russian firm", "'We did not fire' - army", "Nine killed in port blast: officials", "Kessa: 40 dead in raid – governor".
 * The quote, or the whole line after a leading label, before the dash or the colon is the source's. Only a line with
 * no full stop whose end is the source's name reads so.
 */
final class HeadlineSieve implements Sieve {
  /** A hyphen, an en dash or an em dash before the source. */
  private static final java.util.Set<String> DASHES = java.util.Set.of("-", "\u2013", "\u2014");
  /** The longest source name read after the dash or the colon, in tokens ("Kessa regional health ministry"). */
  private static final int MAX_SOURCE = 5;

  @Override
  public void apply(SentenceState st) {
    List<Token> t = st.t;
    int n = t.size();
    if (n < 5 || t.get(n - 1).text().equals(".") || !st.here.isEmpty()) return;
    int dash = -1;
    for (int k = n - 2; k >= Math.max(1, n - 8); k--) {
      if (DASHES.contains(t.get(k).text()) && t.get(k - 1).end() < t.get(k).start()) {
        dash = k;
        break;
      }
    }
    if (dash < 1) dash = colonBeforeSource(t);
    if (dash < 1) return;
    if (!isQuoteMark(t.get(dash - 1).text())) {
      unquoted(st, t, dash);
      return;
    }
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

  /** A colon with spaces after it a few words before the line's end ("...: rights group"); -1 when there is none. */
  private static int colonBeforeSource(List<Token> t) {
    int n = t.size();
    for (int k = n - 2; k >= Math.max(1, n - 1 - MAX_SOURCE); k--) if (t.get(k).text().equals(":")) return k;
    return -1;
  }

  /**
   * "Nine killed in port blast: officials", "Kessa: 40 dead in raid – governor": the words before the separator, after
   * a leading label ("Kessa:"), are the source's, when what follows the separator is only a speaker's name or title.
   */
  private void unquoted(SentenceState st, List<Token> t, int sep) {
    int n = t.size();
    if (n - sep - 1 > MAX_SOURCE) return;
    for (int k = sep + 1; k < n; k++) {
      // (": It was not us", "- as it happened": a clause or a phrase, not a source.)
      if ("VERB".equals(t.get(k).tag()) || "AUX".equals(t.get(k).tag()) || "PRON".equals(t.get(k).tag()) || "ADP".equals(t.get(k).tag())) return;
      if (!Character.isLetter(t.get(k).text().charAt(0)) && !t.get(k).text().equals(".")) return;
    }
    Mention source = st.speakers().resolve(t, sep + 1, n);
    if (source == null) return;
    int start = 0;
    for (int k = 1; k < Math.min(sep - 3, 5); k++) {
      if (t.get(k).text().equals(":")) start = k + 1;
    }
    if (sep - start < 3) return;
    String content = Phrases.slice(st.body(), t, start, sep);
    st.add(new Attribution(source, "say", t.get(start).start(), t.get(sep - 1).end(), content, st.sentence.index(),
        Assertion.polarityOf(content), Assertion.modalityOf(content, "say", st.sentence.text()), false, null, null), name());
    st.speakers().spoke(source);
  }

  private static boolean isQuoteMark(String s) {
    return s.equals("\"") || s.equals("'");
  }
}
