package io.contraflow.analysis.claims;

import java.util.regex.Pattern;

/**
 * Numbers near a count's words that are not the count: a part of what a toll counts ("one of the bodies", "10 out of
 * the hundreds injured", "the nine other victims", "have identified 165 bodies", "one hospital received 10 bodies"),
 * places ("three hospitals"), ages ("an 18-year-old was wounded") and times ("two years ago"). {@link QuantityReader} skips them.
 */
final class NonCounts {
  private static final Pattern IDENTIFIED_BEFORE = Pattern.compile("(?i)\\b(?:identified|named|examined|autopsied|received|admitted)\\s+(?:the\\s+)?$");
  private static final Pattern PARTITIVE_AFTER = Pattern.compile("(?i)\\s*(?:out\\s+)?of\\s+(?:the|those|them|these|its|their)\\b"
      + "|\\s*(?:[\\p{L}]+\\s+)?out\\s+of\\b");
  private static final Pattern PLACES_AFTER = Pattern.compile("(?i)\\s*(?:hospitals?|clinics?|morgues?)\\b");
  private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");
  private static final Pattern OTHERS_AFTER = Pattern.compile("(?i)\\s*others?\\b");
  private static final Pattern AGO_AFTER = Pattern.compile("(?i)\\s*(?:years?|months?|weeks?|days?|hours?|decades?)\\s+ago\\b");
  private static final Pattern AGE_AFTER = Pattern.compile("(?i)\\s*-?\\s*years?[- ]olds?\\b");

  private NonCounts() {}

  /**
   * Whether the number in {@code text} from {@code numberStart} to {@code numberEnd} counts a part, a place or years.
   */
  static boolean notTheCount(String text, int numberStart, int numberEnd) {
    String before = text.substring(Math.max(0, numberStart - 24), numberStart);
    String after = text.substring(numberEnd, Math.min(text.length(), numberEnd + 24));
    // "have identified 165 bodies", "one hospital received 10 bodies": how many one place named or took in.
    if (IDENTIFIED_BEFORE.matcher(before).find()) return true;
    // "one of the bodies", "two of them were children", "10 casualties out of the hundreds".
    if (PARTITIVE_AFTER.matcher(after).lookingAt()) return true;
    // "two years ago": when, not how many.
    if (AGO_AFTER.matcher(after).lookingAt()) return true;
    // "an 18-year-old": how old, not how many.
    if (AGE_AFTER.matcher(after).lookingAt()) return true;
    // "one hospital", "three clinics": how many places, not how many people in them.
    if (PLACES_AFTER.matcher(after).lookingAt()) return true;
    // "Prigozhin and the nine other victims": the rest of a set one of whom is named apart ("800 others were
    // arrested" is a count of its own).
    return OTHERS_AFTER.matcher(after).lookingAt() && THE_BEFORE.matcher(before).find();
  }
}
