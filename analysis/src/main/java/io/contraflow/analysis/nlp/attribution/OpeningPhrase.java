package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Sentence;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * A phrase that opens a sentence before its main clause: "Contrary to X's claim that P, Y found Q", "Rejecting the
 * accusation of P, X said Q". Where it starts (past bullets, quotation marks and a joining "and" or "but"), where its
 * comma closes it, and the subject of the main clause after it.
 */
final class OpeningPhrase {
  private OpeningPhrase() {}

  /** The sentence's first word, past bullets, quotation marks and a joining "and" or "but". */
  static int firstWord(List<Token> t) {
    int first = 0;
    while (first < t.size() && (t.get(first).is("but") || t.get(first).is("and") || !Character.isLetterOrDigit(t.get(first).text().charAt(0)))) {
      first++;
    }
    return first;
  }

  /** The comma outside quotes that closes a phrase opened at {@code opened}, searched from {@code from} within {@code longest} words, or -1. */
  static int closingComma(SentenceState st, int opened, int from, int longest) {
    int limit = Math.min(st.t.size(), opened + longest);
    for (int k = from; k < limit - 1; k++) if (st.t.get(k).text().equals(",") && !st.quoted[k]) return k;
    return -1;
  }

  /** Words that open a phrase of time or circumstance before the main clause: "Since the ousting of X, ...". */
  private static final Set<String> CIRCUMSTANCE_OPENERS = Set.of("since", "after", "before", "under", "following", "during",
      "until", "despite", "unlike", "amid", "with", "without");

  /**
   * Whether the text offset {@code at} lies in a phrase of time or circumstance that opens {@code s} up to its first
   * comma: "Since the ousting of leader X, the country has had two governments": X is no subject of the sentence.
   */
  static boolean inCircumstanceOpening(Sentence s, int at) {
    List<Token> t = s.tokens();
    int first = firstWord(t);
    if (first >= t.size() || !CIRCUMSTANCE_OPENERS.contains(t.get(first).lower())) return false;
    for (int k = first + 1; k < t.size(); k++) if (t.get(k).text().equals(",")) return at < t.get(k).start();
    return false;
  }

  /** The first verb after the comma at {@code comma}: the main clause's subject stands between them. */
  static int mainVerb(List<Token> t, int comma) {
    int verb = comma + 1;
    while (verb < t.size() && !"VERB".equals(t.get(verb).tag()) && !"AUX".equals(t.get(verb).tag())) verb++;
    return verb;
  }
}
