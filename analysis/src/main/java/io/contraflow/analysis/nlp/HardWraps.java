package io.contraflow.analysis.nlp;

/**
 * Joins the lines of hard-wrapped text. Wire copy and plain-text feeds often break every line at a fixed width
 * ("The charity Nurses Without\nBorders denied that gunmen had fired on troops from its\nclinic"), and a
 * reader that takes each line for a paragraph sees fragments: no sentence is whole, the speaker sits on one line and
 * the cue on the next. A line break inside a sentence becomes a space, one character for one, so every offset into the
 * body stays valid.
 *
 * <p>Only text that looks wrapped is touched: no line longer than a wrap width allows, and most lines ending inside a
 * sentence. Pages that put each paragraph on a line, or short headlines and captions above prose, are left alone.
 */
public final class HardWraps {
  /** The longest line of a wrapped text; wrappers break at 60–80 characters. */
  static final int MAX_WRAPPED_LINE = 100;
  /** Lines a text needs before it is judged wrapped; a few short lines say nothing. */
  static final int MIN_LINES = 5;

  private HardWraps() {}

  /** {@code body} with line breaks inside sentences turned into spaces when it is hard-wrapped, else itself. */
  public static String unwrap(String body) {
    if (!looksWrapped(body)) return body;
    char[] c = body.toCharArray();
    int lineStart = 0;
    for (int i = 0; i < c.length; i++) {
      if (c[i] != '\n') continue;
      int next = i + 1;
      boolean followedByText = next < c.length && c[next] != '\n' && !Character.isWhitespace(c[next]);
      if (followedByText && i > lineStart && continuesSentence(body, lineStart, i, next)) c[i] = ' ';
      lineStart = i + 1;
    }
    return new String(c);
  }

  /**
   * A break inside a sentence: the line does not end like one ("...firing from its"), or it ends on a full stop that
   * the next line's small letter shows to be an abbreviation's ("the U.S.\nmilitary").
   */
  private static boolean continuesSentence(String body, int lineStart, int lineEnd, int next) {
    int last = lineEnd - 1;
    while (last > lineStart && body.charAt(last) == '\r') last--;
    char end = body.charAt(last);
    if (".!?".indexOf(end) < 0 && !closesQuote(body, lineStart, last)) return true;
    return end == '.' && Character.isLowerCase(body.charAt(next));
  }

  /** A line ending on a quote closed after a sentence's end ("...correcting that statement here.\""), not after a comma. */
  private static boolean closesQuote(String body, int lineStart, int last) {
    char end = body.charAt(last);
    boolean quote = end == '"' || end == '\u201D' || end == '\'' || end == '\u2019';
    return quote && last > lineStart && ".!?".indexOf(body.charAt(last - 1)) >= 0;
  }

  /** Many lines, none wider than a wrapper makes them, and at least half of them ending inside a sentence. */
  static boolean looksWrapped(String body) {
    int lines = 0;
    int midSentence = 0;
    int start = 0;
    while (start <= body.length()) {
      int end = body.indexOf('\n', start);
      if (end < 0) end = body.length();
      int length = end - start;
      if (length > MAX_WRAPPED_LINE) return false;
      if (blank(body, start, end)) {
        start = end + 1;
        continue;
      }
      lines++;
      boolean followedByText = end + 1 < body.length() && !Character.isWhitespace(body.charAt(end + 1));
      if (followedByText && continuesSentence(body, start, end, end + 1)) midSentence++;
      start = end + 1;
    }
    return lines >= MIN_LINES && midSentence * 2 >= lines;
  }

  private static boolean blank(String body, int from, int to) {
    for (int i = from; i < to; i++) if (!Character.isWhitespace(body.charAt(i))) return false;
    return true;
  }
}
