package io.contraflow.analysis.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who made what a harm is linked to: "linked to the use of tainted cooking oil produced by Vell Foods" names the
 * maker at the end of a long phrase, past the few words a "linked to" is read for.
 */
final class MakerPhrase {
  private static final Pattern MADE_BY = Pattern.compile("(?i)\\b(?:made|manufactured|produced|supplied|sold|distributed|"
      + "imported|exported|owned|operated|run|built|marketed)\\s+by\\s+((?:the\\s+)?(?:[\\w.'-]+\\s*){1,5})");

  /** Where the clause of the link ends. */
  private static final Pattern CLAUSE_END = Pattern.compile("[,;:]|\\.\\s");
  /** How far into the clause the maker may stand. */
  private static final int REACH = 120;

  private MakerPhrase() {}

  /**
   * " by " and the maker's words when the clause that opens {@code text} names one ("... made by X"), else an empty
   * string.
   */
  static String in(String text) {
    Matcher end = CLAUSE_END.matcher(text);
    String clause = end.find() ? text.substring(0, end.start()) : text;
    Matcher m = MADE_BY.matcher(clause.length() > REACH ? clause.substring(0, REACH) : clause);
    return m.find() ? " by " + m.group(1) : "";
  }
}
