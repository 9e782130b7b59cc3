package io.contraflow.analysis.contradictions;

import java.util.regex.Pattern;

/**
 * "Only eight civilians died", "just one man lost his life", "a mere twelve": a count its speaker gives as small, to set
 * against the larger counts of others (an accused force, a minister answering a massacre reported by rights groups).
 * {@link FigureDetector} sets such a count against larger ones however far below them it is.
 */
final class MinimisedCounts {
  private MinimisedCounts() {}

  private static final Pattern MINIMISED_BEFORE = Pattern.compile("(?i)\\b(?:only|just|merely|mere)\\s+$");
  /** As far before the count as "merely " reaches. */
  private static final int LOOKBACK = 8;

  /**
   * A count given as small beside the speaker's own larger one, too far below it to count the same thing: a part ("only
   * one died in Kesta" beside the country's twenty), no revision.
   */
  static boolean ownPart(FigureDetector.Figure x, FigureDetector.Figure y) {
    return minimised(x) && EventStances.sameSide(x.party(), y.party()) && !FigureDetector.withinRatio(x, y.quantity().value());
  }

  /** The figure is written "only N", "just N", "a mere N" in its claim. */
  static boolean minimised(FigureDetector.Figure x) {
    String content = x.claim().content();
    String text = x.quantity().text();
    // (Most contents hold none of the words: a plain search, once, skips the rest; "nly " is "only" and "Only".)
    if (content == null || text.isEmpty() || content.indexOf("nly ") < 0 && content.indexOf("ust ") < 0 && content.indexOf("mere") < 0) return false;
    for (int at = content.indexOf(text); at >= 0; at = content.indexOf(text, at + 1)) {
      if (MINIMISED_BEFORE.matcher(content.substring(Math.max(0, at - LOOKBACK), at)).find()) return true;
    }
    return false;
  }
}
