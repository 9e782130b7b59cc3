package io.contraflow.analysis.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names whose family name comes first (Korean, Chinese, Vietnamese): in "Park Min Soo" the man is told from his
 * relatives by the last two words, and outlets write them "Min Soo", "Min-soo" or "Min-Soo". A name's key is then
 * the given name with no hyphen, whichever way it was written.
 */
final class GivenNames {
  private GivenNames() {}

  /** Common family names that come first. A Western name that starts with one of them is rare in three words. */
  private static final Set<String> FAMILY_NAME_FIRST = Set.of(
      "kim", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "moon", "kwon", "hwang", "ahn", "jeon", "shin",
      "xi", "wang", "zhang", "liu", "chen", "zhao", "huang", "zhou", "xu", "zhu", "guo", "zheng", "liang", "nguyen",
      "tran", "pham");

  /** Arabic articles joined to a name ("al-Sisi"): an article and a name, not two syllables of one. */
  private static final Set<String> ARTICLES = Set.of("al", "el", "ad", "an", "ar", "as", "ash", "at", "az");

  /** The second syllable of a hyphenated given name ("Min-soo", "Hyun-woo"), not a describing word ("Seoul-run"). */
  static boolean isSyllable(String tail) {
    return io.contraflow.analysis.nlp.HyphenTails.isSyllable(tail);
  }

  /** "Min-soo", "Ji-hye": two syllables of one given name joined by a hyphen. */
  static boolean hyphenated(Token t) {
    String text = t.text();
    int hyphen = text.indexOf('-');
    return hyphen >= 2 && hyphen == text.lastIndexOf('-') && hyphen + 1 < text.length()
        && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(hyphen + 1))
        && !ARTICLES.contains(text.substring(0, hyphen).toLowerCase(Locale.ROOT))
        && isSyllable(text.substring(hyphen + 1));
  }

  /** "Min-soo" as "minsoo". */
  static String joined(Token t) {
    return t.lower().replace("-", "");
  }

  /**
   * The key of a person's name in tokens [start, end) when it is written family name first, or null: "Park Min-soo"
   * and "Park Min Soo" are both "minsoo".
   */
  static String key(List<Token> tokens, int start, int end) {
    Token last = tokens.get(end - 1);
    if (hyphenated(last)) return joined(last);
    if (end - start == 3 && FAMILY_NAME_FIRST.contains(tokens.get(start).lower())) {
      return tokens.get(start + 1).lower() + last.lower();
    }
    return null;
  }
}
