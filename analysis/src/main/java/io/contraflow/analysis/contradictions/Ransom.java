package io.contraflow.analysis.contradictions;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "A ransom of two million was paid" against "not a single coin was paid": whether captives were bought free. The
 * government, the employer or the family most often deny it; the captors, the freed, local sources and rumour say it.
 * A negation before the payment ("no ransom was paid", "did not pay any ransom"), or "not a penny", answers no.
 */
final class Ransom extends Judgement {
  /** "a ransom was paid", "paid a ransom", "paid $4 million as ransom", "ransom payment", "received a ransom". */
  private static final Pattern PAID = Pattern.compile("(?i)\\bransoms?\\s+(?:[\\w$,.-]+\\s+){0,5}?(?:was|were|had\\s+been|has\\s+been|been|being)"
      + "\\s+(?:[\\w-]+\\s+)?(?:paid|handed\\s+over|given|made)\\b|\\b(?:paid|pay|pays|paying|received|receiving)\\s+(?:[\\w$,.-]+\\s+){0,6}?"
      + "(?:as\\s+)?(?:a\\s+|the\\s+|any\\s+)?ransoms?\\b|\\bransom\\s+payments?\\b");
  /** "not a (single) kobo", "not a penny", "no money was given": a denial of any payment in the words people use. */
  private static final Pattern NOT_A_COIN = Pattern.compile("(?i)\\b(?:not|no)\\s+(?:a\\s+)?(?:single\\s+)?(?:kobo|penny|cent|dime|naira|"
      + "dollar|coin|shilling|franc)\\b|\\bno\\s+money\\s+(?:was|has\\s+been|had\\s+been)\\s+(?:paid|given|exchanged)\\b"
      + "|\\bdid\\s+not\\s+(?:offer|pay|give)\\s+(?:a|any)\\s+(?:single\\s+)?(?:kobo|penny|cent|dime|coin|money)\\b");
  private static final List<String> WORDS = List.of("ransom", "kobo", "penny", "cent", "dime", "money", "coin", "naira", "shilling", "franc",
      "dollar");

  Ransom() {
    super("ransom", "whether a ransom was paid", "a ransom was paid", "no ransom was paid");
  }

  @Override
  Boolean answer(String content) {
    if (holdsNone(content, WORDS)) return null;
    if (NOT_A_COIN.matcher(content).find()) return Boolean.FALSE;
    Matcher paid = PAID.matcher(content);
    if (!paid.find()) return null;
    return !(negatedAt(content, paid, 4) || NO_BEFORE.matcher(content.substring(0, paid.start())).find());
  }

  /** "no ransom was paid": "no" just before the word the payment pattern opens on. */
  private static final Pattern NO_BEFORE = Pattern.compile("(?i)\\bno\\s+(?:[\\w-]+\\s+)?$");

  /** Rumour, local sources and the freed themselves are the usual voices that say a ransom changed hands. */
  @Override
  boolean heardFromWitnesses() {
    return true;
  }

  @Override
  boolean ofConduct() {
    return true;
  }
}
