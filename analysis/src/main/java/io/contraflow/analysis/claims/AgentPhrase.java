package io.contraflow.analysis.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The doer's words after a passive's "by": "killed by troops in Kesta on Friday" names the troops; the place and the
 * time after them are where and when, not who (a town is no doer).
 */
final class AgentPhrase {
  private static final Pattern WHERE_OR_WHEN = Pattern.compile("(?i)\\b(?:in|at|near|on|during|outside|inside|across|around|amid|"
      + "while|when|after|before)\\b");

  private AgentPhrase() {}

  private static final Pattern EITHER_OR = Pattern.compile("(?i)\\bor\\b");

  /**
   * The by-phrase names one doer or another ("strikes by Norland or Ostrian jets"), which the speaker does not say: no
   * doer to set against another party's.
   */
  static boolean alternatives(String byPhrase) {
    return EITHER_OR.matcher(beforeWhereOrWhen(byPhrase)).find();
  }

  /** {@code words} up to the first preposition of place or time. */
  static String beforeWhereOrWhen(String words) {
    Matcher m = WHERE_OR_WHEN.matcher(words);
    return m.find() ? words.substring(0, m.start()) : words;
  }

  /** A possessive just before the frame word: "the leader's accusations", "Norland's allegations". */
  private static final java.util.regex.Pattern POSSESSIVE_END = java.util.regex.Pattern.compile("(?:['’]s|s['’])\\s*$");

  /**
   * "rejected the Ukrainian leader's accusations": a charge named by its owner's possessive is the owner's; it says who
   * accuses, and nothing of whom (what is alleged is told elsewhere, if at all).
   */
  static boolean ownersCharge(String before, String frame) {
    return (frame.startsWith("accusation") || frame.startsWith("allegation")) && POSSESSIVE_END.matcher(before).find();
  }

  /**
   * "find those responsible", "the groups responsible for the killings", "whoever was responsible": doers the frame
   * itself names, unnamed, after which it stands; no party before them did the deed ("the Front said it would find
   * those responsible" is no claim of its own deed). A name before the noun keeps it a doer ("the Vell Front fighters
   * responsible").
   */
  static boolean unnamedDoers(String before, String frame) {
    return UNNAMED_DOER_FRAMES.contains(frame.toLowerCase(java.util.Locale.ROOT)) && UNNAMED_DOERS.matcher(before).find();
  }

  private static final java.util.Set<String> UNNAMED_DOER_FRAMES = java.util.Set.of("responsible", "accountable", "culpable", "behind");
  private static final java.util.regex.Pattern UNNAMED_DOERS = java.util.regex.Pattern.compile("(?i)\\b(?:those|whoever|anyone|"
      + "(?:who|whoever)\\s+(?:was|were|is|are)|the\\s+(?-i:[a-z-]+\\s+){0,2}?(?:groups?|people|persons|men|individuals|ones|perpetrators|"
      + "parties|culprits|attackers|gunmen|killers))\\s+$");
}
