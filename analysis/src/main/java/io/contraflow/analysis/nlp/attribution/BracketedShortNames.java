package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Token;
import java.util.List;

/**
 * A body's short name in brackets after its name: "the Vell Front (VF) militant group" is one phrase, whose brackets
 * belong to the name; the speaker's phrase goes on over them to the words before.
 */
final class BracketedShortNames {
  private BracketedShortNames() {}

  /** Whether the token at {@code k} is a bracket or the capitals of "(VF)" right after a capitalised word. */
  static boolean inside(List<Token> t, int k) {
    int open = t.get(k).text().equals("(") ? k : k >= 1 && t.get(k - 1).text().equals("(") ? k - 1
        : k >= 2 && t.get(k).text().equals(")") && t.get(k - 2).text().equals("(") ? k - 2 : -1;
    if (open < 1 || open + 2 >= t.size() || !t.get(open + 2).text().equals(")") || !t.get(open - 1).capitalized()) return false;
    String shortName = t.get(open + 1).text();
    return shortName.length() >= 2 && shortName.length() <= 8 && shortName.chars().allMatch(c -> Character.isUpperCase(c) || c == '-');
  }

  /** The name's last word when {@code k} closes its short name ("Kessa Forward (KF)"), else {@code k}. */
  static int nameBefore(List<Token> t, int k) {
    return k >= 3 && t.get(k).text().equals(")") && inside(t, k) ? k - 3 : k;
  }
}
