package io.contraflow.analysis.contradictions;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The hostages made a daring escape" against "the gang left the door open and let them walk out": whether captives
 * got away on their own or were allowed to go. Those who paid for a release, or who would not be seen to, tell of an
 * escape; others say the captors let them leave, as a deal provided. "Allowed them to escape" is the second answer, not
 * the first.
 */
final class Escape extends Judgement {
  /** "escaped", "made a daring escape", "broke out", "slipped away from their captors". */
  private static final Pattern ESCAPED = Pattern.compile("(?i)\\b(?:escaped|escaping|escapes|escape|broke\\s+out|breaking\\s+out|"
      + "slipped\\s+away)\\b");
  /** "allowed the captives to escape", "let them go", "left the door unguarded", "released by the gang". */
  private static final Pattern LET_GO = Pattern.compile("(?i)\\b(?:allowed|allowing|let|letting|permitted)\\s+(?:[\\w-]+\\s+){0,3}?"
      + "(?:to\\s+)?(?:escape|go|leave|walk)\\b|\\b(?:deliberately|intentionally)\\s+left\\s+(?:[\\w-]+\\s+){0,3}?(?:unguarded|open|unlocked)\\b"
      + "|\\b(?:escape|escaped)\\s+(?:[\\w-]+\\s+){0,2}?on\\s+purpose\\b"
      + "|\\b(?:released|freed|set\\s+free)\\s+by\\s+(?:their\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?" + Rescue.CAPTORS + "\\b");
  /** "tried to escape", "no way for the captives to escape": an attempt or its lack says nothing of how they got out. */
  private static final Pattern ATTEMPT = Pattern.compile("(?i)\\b(?:tried|trying|tries|attempt(?:ed|ing|s)?|way|chance|plan(?:ned|s)?|"
      + "hope[ds]?)\\b(?:[^.;,]{0,30}?\\bto)?\\s+$");
  private static final List<String> WORDS = List.of("escap", "broke out", "breaking out", "slipped away", "allow", "let", "permitted",
      "left", "released", "freed", "set free");

  Escape() {
    super("escape", "whether the captives escaped", "escaped on their own", "let go by their captors");
  }

  /**
   * Words of captivity, one of which an answer must hold: "residents escaped the fire" and "the army let families leave"
   * tell of no captives.
   */
  private static final List<String> CAPTIVITY = List.of("hostage", "captive", "captivity", "kidnap", "abduct", "captor", "gang", "ransom",
      "freedom");

  @Override
  Boolean answer(String content) {
    if (holdsNone(content, WORDS) || holdsNone(content, CAPTIVITY)) return null;
    Matcher letGo = LET_GO.matcher(content);
    if (letGo.find()) return negatedAt(content, letGo, 2) ? null : Boolean.FALSE;
    Matcher escaped = ESCAPED.matcher(content);
    while (escaped.find()) {
      if (ATTEMPT.matcher(content.substring(Math.max(0, escaped.start() - 50), escaped.start())).find()) continue;
      return negatedAt(content, escaped, 2) ? null : Boolean.TRUE;
    }
    return null;
  }

  @Override
  boolean ofConduct() {
    return true;
  }
}
