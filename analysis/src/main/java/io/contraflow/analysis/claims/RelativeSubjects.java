package io.contraflow.analysis.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The unit, which was wholly responsible for the losses": a frame word in a relative clause has the clause's
 * antecedent as its subject. Clause tails stop at "which", "that" and "who", so the subject is read back across it.
 */
final class RelativeSubjects {
  private RelativeSubjects() {}

  /** Up to four words, then a relative pronoun and "was" or "were" (an adverb may follow), at the end of the text. */
  private static final Pattern RELATIVE_BEFORE_FRAME = Pattern.compile("(?i)((?:[\\p{L}\\p{N}.'’-]+\\s+){0,3}[\\p{L}\\p{N}.'’-]+),?\\s+"
      + "(?:which|that|who)\\s+(?:was|were|is|are|has\\s+been|had\\s+been|have\\s+been)\\s+(?:\\p{L}+ly\\s+)?$");

  /**
   * The clause's own words before the frame ({@code tail}), with the relative clause's antecedent after them when the
   * frame stands in one: what {@code textBefore} ("... planned by the unit that was wholly ") ends with.
   */
  static String withAntecedent(String textBefore, String tail) {
    Matcher m = RELATIVE_BEFORE_FRAME.matcher(textBefore);
    return m.find() ? tail + " " + m.group(1) : tail;
  }
}
