package io.contraflow.analysis.events;

/**
 * Spelling-tolerant keys for names: transliterations of one name from Arabic, Russian or Ukrainian differ in a few
 * letters ("Akleh"/"Aqleh", "Zelensky"/"Zelenskyy"/"Zelenskiy", "Navalny"/"Navalnyy", "Nahel"/"Nael": an "h" between
 * vowels that one scheme writes and another drops), and grouping must see one
 * person. The key folds the variations that English transliteration schemes disagree on, and stays readable, since
 * an event's key terms show it.
 */
final class NameKeys {
  private NameKeys() {}

  /** The comparison key of one lower-case word of a name. Words of three letters or fewer are kept as they are. */
  static String fold(String lower) {
    // "Przewodów" and "Przewodow", "Zaporizhzhia" however accented: one name.
    // (Below U+00C0 no character decomposes or is a mark, so plain words skip the normaliser and the regex.)
    if (!belowAccented(lower)) lower = MARKS.matcher(java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD)).replaceAll("");
    // "al-Asad", "Al Asad" and "Asad": outlets write the Arabic article joined, apart or not at all; the name is the rest.
    // (Only a word from an "a" or an "e" with a hyphen can match: the others need no matcher.)
    char first = lower.isEmpty() ? 0 : lower.charAt(0);
    if ((first == 'a' || first == 'e') && lower.indexOf('-') > 0) {
      java.util.regex.Matcher article = ARABIC_ARTICLE.matcher(lower);
      if (article.matches()) lower = article.group(1);
    }
    if (lower.length() <= 3) return lower;
    // "Houthis" and "Houthi", "Pakistanis" and "Pakistani": a people's plural in "-is" is the same name as its singular.
    if (lower.length() >= 7 && lower.endsWith("is") && !isVowel(lower.charAt(lower.length() - 3)) && !EnglishLexicon.keepsSpelling(lower)) {
      return fold(lower.substring(0, lower.length() - 1));
    }
    StringBuilder b = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      char previous = i > 0 ? lower.charAt(i - 1) : 0;
      char next = i + 1 < lower.length() ? lower.charAt(i + 1) : 0;
      if (c == 'q' && isVowel(previous) && next != 0 && !isVowel(next) && next != 'u') c = 'k'; // "Aqleh" is "Akleh"
      if (c == 'c' && next == 'k' && isVowel(previous)) continue; // "Ackleh" is "Akleh"
      if (c == 'j' && i > 0 && next == 0 && previous == 'i') c = 'y'; // "Zelenskij"
      // "Kalwar" and "Kalvar", "Ashwin" and "Ashvin": schemes for Indic and Slavic names write one sound either way
      // after a consonant.
      if (c == 'w' && previous != 0 && !isVowel(previous) && previous != 'w' && isVowel(next) && !EnglishLexicon.keepsSpelling(lower)) c = 'v';
      if ((c == 'y' || c == 'i') && previous == c) continue; // "Zelenskyy", "Navalnyy"
      // Cyrillic "я" and "ю" after a consonant are "ya"/"yu" in one scheme and "ia"/"iu" in another, inside a word
      // ("Kostyantynivka", "Kostiantynivka").
      if (c == 'i' && previous != 0 && !isVowel(previous) && (next == 'a' || next == 'u') && i + 2 < lower.length()
          && !isVowel(lower.charAt(i + 2)) && lower.length() >= 8 && !ENGLISH_IAN.matcher(lower).find() && !EnglishLexicon.keepsSpelling(lower)) c = 'y';
      // Cyrillic "ц" is "ts" in one scheme and "c" in another ("Novatsentr", "Novacentr") between vowels.
      if (c == 't' && next == 's' && isVowel(previous) && i + 2 < lower.length() && isVowel(lower.charAt(i + 2))
          && !EnglishLexicon.keepsSpelling(lower)) {
        b.append('c');
        i++;
        continue;
      }
      // Cyrillic "ж" is "zh" in one scheme and "j" in another ("Kolzhina", "Koljina").
      if (c == 'z' && next == 'h' && !EnglishLexicon.keepsSpelling(lower)) {
        b.append('j');
        i++;
        continue;
      }
      // ("Dahyan" and "Dayan" too: an "h" before a "y" that opens a syllable.)
      boolean syllableY = next == 'y' && i + 2 < lower.length() && isVowel(lower.charAt(i + 2));
      if (c == 'h' && isVowel(previous) && (isVowel(next) || syllableY) && !EnglishLexicon.keepsSpelling(lower)) continue; // "Nahel" is "Nael"
      // Arabic "dh" is "d" in another scheme ("Dhahyan", "Dahyan"); an "i" between vowels is a "y" ("Dhaian", "Dhayan").
      if (c == 'h' && previous == 'd' && i == 1 && !EnglishLexicon.keepsSpelling(lower)) continue;
      if (c == 'i' && isVowel(previous) && isVowel(next) && !EnglishLexicon.keepsSpelling(lower)) c = 'y';
      // A Persian "h" closing a syllable is written by one scheme and dropped by another ("Dehkordi", "Dekordi") in a
      // long name; a short one ("Tehran", "Ahmed") is written alike by all.
      if (c == 'h' && isVowel(previous) && next != 0 && !isVowel(next) && lower.length() >= 8 && !EnglishLexicon.keepsSpelling(lower)) continue;
      b.append(c);
    }
    // Endings -iy and -yi are "-y" ("Zelenskiy", "Zelenskyi"): one sound, and "y" keeps the key readable.
    String s = collapseDoubles(b.toString());
    if (s.endsWith("iy") || s.endsWith("yi")) s = s.substring(0, s.length() - 2) + "y";
    // A final "i" after a consonant is "y" in another scheme ("Kessanti", "Kessanty"; "Zelenski", "Zelensky").
    if (s.length() > 4 && s.endsWith("i") && !isVowel(s.charAt(s.length() - 2)) && !EnglishLexicon.keepsSpelling(s)) s = s.substring(0, s.length() - 1) + "y";
    // A final "h" after a vowel is one scheme's mark of an Arabic ending the other leaves off ("Kessiyah", "Kessiya").
    if (s.length() > 4 && s.endsWith("h") && isVowel(s.charAt(s.length() - 2)) && !EnglishLexicon.keepsSpelling(s)) s = s.substring(0, s.length() - 1);
    // A final Cyrillic "-тр" is "-tr" transliterated and "-ter" in English ("Novacentr", "Novacenter"; "Petr", "Peter").
    if (s.endsWith("ter") && s.length() > 5 && !EnglishLexicon.keepsSpelling(s)) s = s.substring(0, s.length() - 2) + "r";
    // "Sheikhoun" and "Sheikhun", "Youssef" and "Yusef": French and English transliterations of one vowel.
    if (s.contains("ou") && !EnglishLexicon.keepsSpelling(s) && !IncidentKinds.isIncidentWord(s)) s = s.replace("ou", "u");
    return s;
  }

  /**
   * Whether two keys of single long names are spelt alike but for the short "e" or "i" between two consonants after the
   * first syllable, which schemes write one way or the other or leave out ("Kessistan" and "Kessestan", "Tovelwani"
   * and "Tovelewani"), and "w" or "v". Not folded into the keys themselves: English words ("federal", "islamic") keep theirs.
   */
  static boolean spelledAlike(String a, String b) {
    if (a.equals(b) || Math.abs(a.length() - b.length()) > 2) return false;
    String skeleton = skeleton(a);
    return skeleton != null && skeleton.equals(skeleton(b));
  }

  /** What {@link #spelledAlike} compares of a key: null for a short name or one of several words. */
  static String skeleton(String key) {
    if (key.length() < MIN_ALIKE || key.indexOf(' ') >= 0) return null;
    return unstressedVowels(key).replace('w', 'v');
  }

  /** The shortest name {@link #spelledAlike} compares: shorter ones differ by a vowel often enough to be other names. */
  private static final int MIN_ALIKE = 7;

  private static String unstressedVowels(String s) {
    StringBuilder b = null;
    boolean firstVowelSeen = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean dropped = firstVowelSeen && (c == 'e' || c == 'i') && i + 1 < s.length() && consonant(s.charAt(i - 1)) && consonant(s.charAt(i + 1));
      if (dropped && b == null) b = new StringBuilder(s.substring(0, i));
      else if (!dropped && b != null) b.append(c);
      firstVowelSeen |= isVowel(c);
    }
    return b == null ? s : b.toString();
  }

  private static boolean consonant(char c) {
    return Character.isLetter(c) && !isVowel(c);
  }

  /**
   * "Assad" and "Asad", "Odessa" and "Odesa", "Mohammed" and "Mohamed": transliterations disagree on doubled
   * consonants, so a name's key has none. English words that keys are matched against as words (head nouns such as
   * "hall", incident words such as "killings", titles, function words) keep theirs.
   */
  private static String collapseDoubles(String word) {
    if (EnglishLexicon.keepsSpelling(word) || IncidentKinds.isIncidentWord(word)) return word;
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      // ("Kaseem" and "Kasem", "Dalmood" and "Dalmud": a long vowel written twice in one scheme, once in another.)
      // ("Saada" and "Sada": a long "a" too.)
      if (i > 0 && c == word.charAt(i - 1) && Character.isLetter(c) && (!isVowel(c) || c == 'e' || c == 'a')) continue;
      if (c == 'o' && i + 1 < word.length() && word.charAt(i + 1) == 'o') {
        b.append('u');
        i++;
        continue;
      }
      b.append(c);
    }
    return b.toString();
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

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

  private static boolean belowAccented(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= '\u00C0') return false;
    return true;
  }

  private static final java.util.regex.Pattern ARABIC_ARTICLE = java.util.regex.Pattern.compile(
      "(?:al|el|ad|an|ar|as|ash|at|az)-(\\p{L}{3,}.*)");

  /** English adjectives and demonyms in "-ian" ("Estonian", "Ukrainians"): spelt one way, and matched as words. */
  private static final java.util.regex.Pattern ENGLISH_IAN = java.util.regex.Pattern.compile("ians?$");

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
