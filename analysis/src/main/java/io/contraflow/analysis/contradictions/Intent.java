package io.contraflow.analysis.contradictions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The strike was a tragic mistake" against "the hospital was deliberately targeted": whether the harm was meant. The
 * side that struck calls it an error, an accident or unintended; the struck, rights groups and critics call it
 * deliberate, intentional, no accident. A negation turns either round ("was not deliberate", "was no mistake").
 */
final class Intent extends Judgement {
  static final String QUESTION = "intent";

  /** "deliberately targeted", "a deliberate attack", "intentional", "on purpose", "knowingly struck", "intent to kill". */
  private static final Pattern MEANT = Pattern.compile("(?i)\\b(?:deliberate(?:ly)?|intentional(?:ly)?|on\\s+purpose|knowingly|"
      + "wilful(?:ly)?|willful(?:ly)?|premeditated|"
      // "the intention of the troops was to kill", "with intent to murder", "meant to kill": what was meant, said outright.
      + "intent(?:ion)?s?\\s+(?:[\\w'’]+\\s+){0,5}?(?:is\\s+|was\\s+|had\\s+been\\s+)?to\\s+(?:kill|murder|harm|injure|maim)|"
      + "(?:meant|aimed|wanted|set\\s+out)\\s+to\\s+(?:kill|murder))\\b");
  /** "a tragic mistake", "by mistake", "in error", "accidentally", "unintentional", "mistakenly struck", "human error". */
  private static final Pattern ERROR = Pattern.compile("(?i)\\b(?:(?:was|were|is|been|as)\\s+(?:an?\\s+)?(?:\\w+\\s+)?(?:mistake|error|accident)|"
      + "by\\s+mistake|by\\s+accident|in\\s+error|accidental(?:ly)?|unintentional(?:ly)?|unintended|inadvertent(?:ly)?|mistaken(?:ly)?|"
      + "human\\s+error|misidentif\\w+)\\b");
  /** "no accident", "not a mistake": a denied error says it was meant. */
  private static final Pattern NO_ERROR = Pattern.compile("(?i)\\b(?:no|not\\s+an?|never\\s+an?)\\s+(?:\\w+\\s+)?(?:accident|mistake|error)\\b");

  Intent() {
    super(QUESTION, "whether it was deliberate", "deliberate", "a mistake");
  }

  @Override
  boolean ofConduct() {
    return true;
  }

  /** "whether the blast was intentional or not", "could not say whether it was deliberate": a question left open. */
  private static final Pattern OPEN_QUESTION = Pattern.compile("(?i)\\bwhether\\b");
  /** "denied it had deliberately targeted", "found no evidence that it was premeditated": what is meant is denied. */
  private static final Pattern DENIED_BEFORE = Pattern.compile("(?i)\\b(?:den(?:ied|ies|y|ying)|reject(?:ed|s)?|no\\s+(?:evidence|proof|"
      + "indication|sign)s?\\s+(?:that|of))\\b(?:\\s+[\\w'’-]+){0,8}\\s*$");
  /** "unintentional homicide", "accidental death": the name of a charge or a verdict, not a party's account. */
  private static final Pattern CHARGE_AFTER = Pattern.compile("(?i)^\\s+(?:homicide|manslaughter|killing|death|discharge)\\b");

  @Override
  Boolean answer(String content) {
    if (NO_ERROR.matcher(content).find()) return Boolean.TRUE;
    Matcher meant = MEANT.matcher(content);
    Matcher error = ERROR.matcher(content);
    boolean isMeant = meant.find();
    boolean isError = error.find() && !CHARGE_AFTER.matcher(content.substring(error.end())).lookingAt();
    Matcher first = isMeant && (!isError || meant.start() < error.start()) ? meant : isError ? error : null;
    if (first == null || OPEN_QUESTION.matcher(content.substring(0, first.start())).find()) return null;
    boolean denied = negatedBefore(content, first.start(), 2) || DENIED_BEFORE.matcher(content.substring(0, first.start())).find();
    return first == meant ? !denied : denied;
  }
}
