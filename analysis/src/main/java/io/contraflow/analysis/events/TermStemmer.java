package io.contraflow.analysis.events;

/**
 * Light suffix stripping so that "attacks"/"attack", "fleeing"/"flee", "denied"/"denies" and British/American
 * "-isation"/"-ization" meet. Not a full stemmer: grouping only needs inflections of one word to collide, and a
 * light rule set keeps keys readable in the event's key terms.
 */
final class TermStemmer {
  private TermStemmer() {}

  static String stem(String lower) {
    String w = lower;
    if (w.length() <= 3) return w;
    w = w.replace("isation", "ization").replace("ised", "ized").replace("ising", "izing");
    if (w.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
    if (w.endsWith("ied") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
    if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.substring(0, w.length() - 1);
    if (w.endsWith("ing") && w.length() > 5) return undouble(w.substring(0, w.length() - 3));
    if (w.endsWith("ed") && !w.endsWith("eed") && w.length() > 4) return undouble(w.substring(0, w.length() - 2));
    return w;
  }

  /** The singular of a plural noun, including "-es" after a hissing sound ("matches", "crashes"); else the word. */
  static String singularOfNoun(String lower) {
    int n = lower.length();
    if (n > 4 && lower.endsWith("es") && (lower.endsWith("ches") || lower.endsWith("shes") || lower.endsWith("xes")
        || lower.endsWith("sses") || lower.endsWith("zes"))) {
      return lower.substring(0, n - 2);
    }
    return singular(lower);
  }

  /** Plural nouns to singular only ("refineries" -> "refinery", "dams" -> "dam"). */
  static String singular(String lower) {
    if (lower.endsWith("ies") && lower.length() > 4) return lower.substring(0, lower.length() - 3) + "y";
    if (lower.endsWith("s") && !lower.endsWith("ss") && lower.length() > 3) return lower.substring(0, lower.length() - 1);
    return lower;
  }

  /** "stopped" -> "stopp" -> "stop". */
  private static String undouble(String w) {
    int n = w.length();
    if (n >= 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0
        && !isVowel(w.charAt(n - 1))) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
