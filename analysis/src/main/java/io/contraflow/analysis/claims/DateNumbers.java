package io.contraflow.analysis.claims;

import java.util.regex.Pattern;

/**
 * Numbers that are a day or a year, never a count: "in 2019", "since March 3", "Oct. 7", "on 4 August", "the 14th".
 * Read by {@link QuantityReader} before it asks what a number counts.
 */
final class DateNumbers {
  private DateNumbers() {}

  /**
   * What a day or a year follows: "in 2019", "since March", "Oct. 7", "Sept 11". Not "of": "a total of 25", "the deaths of
   * 12 people" are counts ("the night of 24 February" is a date by the month after it).
   */
  private static final Pattern YEAR_OR_DATE = Pattern.compile("(?i)(in|since|by|from|until|year|march|april|may|june|july|august|september|october|"
      + "november|december|january|february|\\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?)\\s*$");

  /** Only a month names the day for sure: after "in", "since", "by", "from" or "until" a number of people is a count. */
  private static final Pattern PREPOSITION_BEFORE = Pattern.compile("(?i)\\b(?:in|since|by|from|until)\\s*$");

  /** People counted right after the number: "resulted in 12 people being injured", "from 3 civilians". */
  private static final Pattern PEOPLE_AFTER = Pattern.compile("(?i)\\s+(?:[\\p{L}-]+\\s+)?(?:people|persons|civilians|soldiers|troops|"
      + "men|women|children|protesters|demonstrators|officers|policemen|workers|passengers|residents|villagers|migrants)\\b");

  /** "14th", "3rd", "21st": an ordinal, a day or a rank, never a count. */
  private static final Pattern ORDINAL_SUFFIX = Pattern.compile("(?:st|nd|rd|th)\\b");

  /** A month after a day, perhaps after a second day: "9 and 11 March", "4 Aug". */
  private static final Pattern DATE_AFTER = Pattern.compile("(?i)\\s*(?:(?:and|to|-)\\s*\\d{1,2}\\s+)?(?:january|february|march|april|"
      + "may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b");

  private static final Pattern IN_BEFORE = Pattern.compile("\\bin\\s*$");

  /** Whether the number written in digits at {@code start}..{@code end} of {@code text} is a day or a year. */
  static boolean dayOrYear(String text, int start, int end, String qualifier, double value) {
    String before = text.substring(Math.max(0, start - 12), start);
    if (qualifier.isEmpty() && (value >= 1900 && value <= 2100 || value >= 1600 && IN_BEFORE.matcher(before).find())) return true; // a year
    if (qualifier.isEmpty() && value <= 31 && YEAR_OR_DATE.matcher(before).find()) {
      String ahead = text.substring(end, Math.min(text.length(), end + 40));
      if (!PREPOSITION_BEFORE.matcher(before).find() || !PEOPLE_AFTER.matcher(ahead).lookingAt()) return true; // a date
    }
    // "between 9 and 11 March", "on 4 August": a day of a month
    if (value <= 31 && DATE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 24))).lookingAt()) return true;
    // "on 14th June", "the 3rd victim": no count
    return ORDINAL_SUFFIX.matcher(text.substring(end, Math.min(text.length(), end + 12))).lookingAt();
  }
}
