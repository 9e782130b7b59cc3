package io.contraflow.analysis.claims;

import java.util.Locale;
import java.util.Set;

/** Numbers that are part of a name, not counts: "Boeing 777", "Flight 752", "the Il-76", "an F-16", "S-300 systems". */
final class NamedNumbers {
  private NamedNumbers() {}

  /** Capitalised words a count follows ("Some 30", "About 40" open sentences; months are dates). */
  private static final Set<String> NOT_NAMES = Set.of("some", "about", "around", "nearly", "almost", "over", "under", "only",
      "just", "all", "another", "at", "least", "more", "than", "up", "to");

  /**
   * The number at {@code start} is joined by a hyphen to a model's letters (wherever it stands), or the word before it
   * (past spaces) is capitalised and no sentence starts with it.
   */
  static boolean partOfName(String text, int start) {
    if (start > 1 && text.charAt(start - 1) == '-' && Character.isLetter(text.charAt(start - 2)) && modelLetters(text, start - 1)) return true;
    int e = start;
    while (e > 0 && text.charAt(e - 1) == ' ') e--;
    if (e == start || e == 0 || !Character.isLetter(text.charAt(e - 1))) return false;
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
    if (!Character.isUpperCase(text.charAt(b))) return false;
    if (NOT_NAMES.contains(text.substring(b, e).toLowerCase(Locale.ROOT))) return false;
    int p = b;
    while (p > 0 && text.charAt(p - 1) == ' ') p--;
    return p > 0 && ".!?\"\n".indexOf(text.charAt(p - 1)) < 0;
  }

  /**
   * "the Five Eyes network", "a Big Three meeting": a number word written with a capital inside a sentence, before a
   * capitalised word, opens a name.
   */
  static boolean opensName(String text, int start) {
    if (start >= text.length() || !Character.isUpperCase(text.charAt(start))) return false;
    int e = start;
    while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
    if (e == start + 1 || e >= text.length() - 1 || text.charAt(e) != ' ' || !Character.isUpperCase(text.charAt(e + 1))) return false;
    // (After a word in lower case: on a line in headline style, "Gunmen Kill Five People", every word has a capital.)
    int p = start;
    while (p > 0 && text.charAt(p - 1) == ' ') p--;
    int b = p;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
    return b < p && Character.isLowerCase(text.charAt(b));
  }

  /** "Il", "Su", "MH", "F", "Covid": up to five letters, the first a capital, before the hyphen. */
  private static boolean modelLetters(String text, int hyphen) {
    int b = hyphen;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
    return Character.isUpperCase(text.charAt(b)) && hyphen - b <= 5;
  }
}
