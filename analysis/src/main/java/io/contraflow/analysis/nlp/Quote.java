package io.contraflow.analysis.nlp;

/**
 * A direct quotation: offsets of its content (without the quote marks) in the body.
 *
 * @param paragraph paragraph it sits in
 */
public record Quote(int start, int end, String text, int paragraph, int words) {
  public Quote(int start, int end, String text, int paragraph) {
    this(start, end, text, paragraph, countWords(text));
  }

  private static int countWords(String text) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) n++;
      inWord = !space;
    }
    return n;
  }
}
