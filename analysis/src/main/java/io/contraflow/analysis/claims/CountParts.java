package io.contraflow.analysis.claims;

import java.util.regex.Pattern;

/**
 * Numbers that count a part of what a toll counts, or something else beside it, and so are never the count itself:
 * "one of the bodies", "10 out of the hundreds injured", "the nine other victims", "have identified 165 bodies", "one
 * hospital received 10 bodies", "three hospitals". {@link QuantityReader} skips them.
 */
final class CountParts {
  private static final Pattern IDENTIFIED_BEFORE = Pattern.compile("(?i)\\b(?:identified|named|examined|autopsied|received|admitted)\\s+(?:the\\s+)?$");
  private static final Pattern PARTITIVE_AFTER = Pattern.compile("(?i)\\s*(?:out\\s+)?of\\s+(?:the|those|them|these|its|their)\\b"
      + "|\\s*(?:[\\p{L}]+\\s+)?out\\s+of\\b");
  private static final Pattern PLACES_AFTER = Pattern.compile("(?i)\\s*(?:hospitals?|clinics?|morgues?)\\b");
  private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");
  private static final Pattern OTHERS_AFTER = Pattern.compile("(?i)\\s*others?\\b");

  private CountParts() {}

  /**
   * Whether the number in {@code text} from {@code numberStart} to {@code numberEnd} counts a part or a place.
   */
  static boolean isPart(String text, int numberStart, int numberEnd) {
    String before = text.substring(Math.max(0, numberStart - 24), numberStart);
    String after = text.substring(numberEnd, Math.min(text.length(), numberEnd + 24));
    // "have identified 165 bodies", "one hospital received 10 bodies": how many one place named or took in.
    if (IDENTIFIED_BEFORE.matcher(before).find()) return true;
    // "one of the bodies", "two of them were children", "10 casualties out of the hundreds".
    if (PARTITIVE_AFTER.matcher(after).lookingAt()) return true;
    // "one hospital", "three clinics": how many places, not how many people in them.
    if (PLACES_AFTER.matcher(after).lookingAt()) return true;
    // "Prigozhin and the nine other victims": the rest of a set one of whom is named apart ("800 others were
    // arrested" is a count of its own).
    return OTHERS_AFTER.matcher(after).lookingAt() && THE_BEFORE.matcher(before).find();
  }
}
