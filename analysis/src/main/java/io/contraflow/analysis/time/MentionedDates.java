package io.contraflow.analysis.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar days a sentence names ("on March 14", "Aug. 4, 2020", "14 March"): when something it tells of happened.
 * A day without a year is taken in the year of the text, or the year before when that day would come after it. A
 * month with a year and no day ("in September 2022") stands for its last day, the nearest it can be to what follows;
 * so does a month alone after a preposition ("since February, when ..."), in the year of the text.
 */
public final class MentionedDates {
  private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
      + "|Nov(?:ember)?|Dec(?:ember)?)";
  // (The look-ahead fails at once where no month can start, which is almost everywhere: the alternation is not tried.)
  private static final Pattern MONTH_DAY = Pattern.compile("\\b(?=[JFMASOND])" + MONTH + "\\.?\\s+([0-3]?[0-9])(?:st|nd|rd|th)?\\b(?:,?\\s+((?:19|20)[0-9]{2})\\b)?");
  private static final Pattern DAY_MONTH = Pattern.compile("\\b([0-3]?[0-9])(?:st|nd|rd|th)?\\s+" + MONTH + "\\b(?:,?\\s+((?:19|20)[0-9]{2})\\b)?");
  /** "since February when", "in March": a month named alone, after a preposition, with no day or year after it. */
  private static final Pattern MONTH_ALONE = Pattern.compile("\\b(?:in|since|during|last|early|late)\\s+" + MONTH
      + "\\b(?![.,]?\\s*[0-9])");
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\.?,?\\s+((?:19|20)[0-9]{2})\\b");
  private MentionedDates() {}

  /**
   * The day named closest to position {@code at} of {@code text}, or null when it names none.
   *
   * @param written the day the text was written, for days named without a year
   */
  public static LocalDate nearest(String text, int at, LocalDate written) {
    // Within the clause of that position: "a strike on March 2 killed four; on April 8 another killed 39".
    int from = Math.max(text.lastIndexOf(';', at), text.lastIndexOf(" — ", at)) + 1;
    int semicolon = text.indexOf(';', at);
    int dash = text.indexOf(" — ", at);
    int to = semicolon < 0 ? (dash < 0 ? text.length() : dash) : dash < 0 ? semicolon : Math.min(semicolon, dash);
    text = text.substring(from, to);
    at -= from;
    LocalDate best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Pattern p : new Pattern[] {MONTH_DAY, DAY_MONTH}) {
      Matcher m = p.matcher(text);
      boolean monthFirst = p == MONTH_DAY;
      while (m.find()) {
        String month = monthFirst ? m.group(1) : m.group(2);
        String day = monthFirst ? m.group(2) : m.group(1);
        LocalDate d = date(month, Integer.parseInt(day), m.group(3), written);
        int distance = Math.abs(m.start() - at);
        if (d != null && distance < bestDistance) {
          best = d;
          bestDistance = distance;
        }
      }
    }
    for (Pattern p : new Pattern[] {MONTH_ALONE, MONTH_YEAR}) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        Integer mm = PublicationTimes.month(m.group(1));
        int distance = Math.abs(m.start() - at);
        if (mm == null || distance >= bestDistance) continue;
        // A month alone is in the year of writing, or the year before when that month is still to come.
        java.time.YearMonth month = java.time.YearMonth.of(p == MONTH_YEAR ? Integer.parseInt(m.group(2)) : written.getYear(), mm);
        if (p == MONTH_ALONE && month.atDay(1).isAfter(written)) month = month.minusYears(1);
        best = month.atEndOfMonth();
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Every calendar day the text names by month and day ("on March 14", "14 March 2020"), in order of the patterns. */
  public static java.util.List<LocalDate> days(String text, LocalDate written) {
    java.util.List<LocalDate> out = new java.util.ArrayList<>();
    for (Pattern p : new Pattern[] {MONTH_DAY, DAY_MONTH}) {
      Matcher m = p.matcher(text);
      boolean monthFirst = p == MONTH_DAY;
      while (m.find()) {
        LocalDate d = date(monthFirst ? m.group(1) : m.group(2), Integer.parseInt(monthFirst ? m.group(2) : m.group(1)), m.group(3), written);
        if (d != null) out.add(d);
      }
    }
    return out;
  }

  private static LocalDate date(String month, int day, String year, LocalDate written) {
    Integer mm = PublicationTimes.month(month);
    if (mm == null) return null;
    try {
      if (year != null) return LocalDate.of(Integer.parseInt(year), mm, day);
      LocalDate d = LocalDate.of(written.getYear(), mm, day);
      return d.isAfter(written) ? d.minusYears(1) : d;
    } catch (DateTimeException e) {
      return null; // "May 40" names no day
    }
  }
}
