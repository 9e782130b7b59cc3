package io.contraflow.analysis.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "was killed in a Portuguese airstrike", "were wounded in an Ostrian drone strike on the camp": a deed done in a strike that a
 * country's adjective names was that country's. (A passive deed names its doer after it, if at all; this is one way.)
 */
final class StrikeOwner {
  private StrikeOwner() {}

  private static final Pattern IN_A_STRIKE = Pattern.compile("^\\s*(?:(?:on|last|this)\\s+\\p{L}+\\s+)?(?:in|by)\\s+(?:an?|the)\\s+"
      + "(\\p{Lu}[\\p{L}-]+)\\s+(?:(?:air|drone|missile|rocket|artillery)\\s*)?(?:strikes?|raids?|bombings?|bombardments?|shelling|attacks?|fire)\\b");

  /** The word that names the strike's country ("Portuguese"), or the empty string when the phrase after the deed names none. */
  static String adjectiveIn(String afterDeed) {
    Matcher m = IN_A_STRIKE.matcher(afterDeed);
    return m.find() ? m.group(1) : "";
  }
}
