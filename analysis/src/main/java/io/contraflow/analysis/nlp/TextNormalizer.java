package io.contraflow.analysis.nlp;

/**
 * Maps typographic quotes and apostrophes to their ASCII forms, one character for one, so offsets are unchanged.
 * The OpenNLP models were trained on ASCII punctuation and do not split "Ukraine’s" otherwise.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  public static String forModels(String text) {
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length; i++) {
      switch (c[i]) {
        case '\u2018', '\u2019', '\u02BC', '\u2032' -> c[i] = '\'';
        case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> c[i] = '"';
        // An em dash set between two words ("MOSCOW—An investigative group", "the attack—which killed 40—was") parts
        // them; as a hyphen it would join them into one.
        case '\u2014' -> c[i] = i > 0 && i + 1 < c.length && Character.isLetterOrDigit(c[i - 1]) && Character.isLetterOrDigit(c[i + 1]) ? ' ' : '-';
        case '\u2013' -> c[i] = '-';
        case '\u00A0' -> c[i] = ' ';
        default -> { }
      }
    }
    return new String(c);
  }
}
