package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Token;
import java.util.List;

/**
 * An absolute clause the outlet adds after what was said: "P, with the capital still under curfew and the government
 * denying any use of force". Its participle of saying belongs to another party, so what was said ends before it.
 */
final class AbsoluteClauses {
  /** How far past "with" its participle may stand. */
  private static final int REACH = 16;

  private AbsoluteClauses() {}

  /** ", with ... denying/saying ..." opens at the comma {@code k}. */
  static boolean opensAt(List<Token> t, int k) {
    if (k + 2 >= t.size() || !t.get(k).text().equals(",") || !t.get(k + 1).is("with")) return false;
    for (int m = k + 2; m < Math.min(t.size(), k + REACH); m++) {
      String w = t.get(m).lower();
      if (w.equals(",") || w.equals(";")) return false;
      if (w.endsWith("ing") && Phrases.cueLemma(t, m) != null) return true;
    }
    return false;
  }
}
