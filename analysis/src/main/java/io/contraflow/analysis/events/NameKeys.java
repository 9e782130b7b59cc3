package io.contraflow.analysis.events;

/**
 * Spelling-tolerant keys for names: transliterations of one name from Arabic, Russian or Ukrainian differ in a few
 * letters ("Akleh"/"Aqleh", "Zelensky"/"Zelenskyy"/"Zelenskiy", "Navalny"/"Navalnyy"), and grouping must see one
 * person. The key folds the variations that English transliteration schemes disagree on, and stays readable, since
 * an event's key terms show it.
 */
final class NameKeys {
  private NameKeys() {}

  /** The comparison key of one lower-case word of a name. Words of three letters or fewer are kept as they are. */
  static String fold(String lower) {
    // "Przewodów" and "Przewodow", "Zaporizhzhia" however accented: one name.
    lower = java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    if (lower.length() <= 3) return lower;
    StringBuilder b = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      char previous = i > 0 ? lower.charAt(i - 1) : 0;
      char next = i + 1 < lower.length() ? lower.charAt(i + 1) : 0;
      if (c == 'q' && isVowel(previous) && next != 0 && !isVowel(next) && next != 'u') c = 'k'; // "Aqleh" is "Akleh"
      if (c == 'c' && next == 'k' && isVowel(previous)) continue; // "Ackleh" is "Akleh"
      if (c == 'j' && i > 0 && next == 0 && previous == 'i') c = 'y'; // "Zelenskij"
      if ((c == 'y' || c == 'i') && previous == c) continue; // "Zelenskyy", "Navalnyy"
      b.append(c);
    }
    // Endings -iy and -yi are "-y" ("Zelenskiy", "Zelenskyi"): one sound, and "y" keeps the key readable.
    String s = b.toString();
    if (s.endsWith("iy") || s.endsWith("yi")) s = s.substring(0, s.length() - 2) + "y";
    return s;
  }

  /** Each word folded ({@link #fold}). */
  static String foldWords(String lowerPhrase) {
    if (lowerPhrase.indexOf(' ') < 0) return fold(lowerPhrase);
    StringBuilder b = new StringBuilder(lowerPhrase.length());
    for (String w : lowerPhrase.split(" ")) {
      if (b.length() > 0) b.append(' ');
      b.append(fold(w));
    }
    return b.toString();
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
