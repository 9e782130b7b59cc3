package io.contraflow.analysis.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds when an article was published when its input did not say: about half of real articles arrive without a
 * date, while their URL or their first lines often carry one. Order of trust: the publisher's own date, a date in
 * the URL, a dateline at the start of a line near the top of the text, else the ingestion time (marked as such, so
 * that nobody mistakes it for the article's age).
 *
 * <p>A date is accepted only if it is a real calendar date between {@value #EARLIEST_YEAR} and the ingestion time
 * (an article cannot be published after we read it). A date-only value is placed at noon UTC, so that it is at most
 * half a day from the true time in any time zone.
 */
public final class PublicationTimes {
  static final int EARLIEST_YEAR = 1990;
  /** A dateline sits in the first lines; further down, dates are what the story is about, not when it was written. */
  static final int DATELINE_WINDOW = 400;

  private static final Map<String, Integer> MONTHS = months();
  private static final String MONTH_NAME = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
      + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

  /** /2022/05/11/, /2021/9/27/, /2020/Aug/07/, 2022-05-11, 2022_05_11; year and month alone at month precision. */
  private static final Pattern URL_YMD = Pattern.compile(
      "(?i)(?<![0-9])((?:19|20)[0-9]{2})[/_-](" + "[01]?[0-9]" + "|" + MONTH_NAME + ")(?:[/_-]([0-3]?[0-9]))?(?![0-9])");
  /** 20220625 or a longer timestamp that starts with one (20200818162632...). */
  private static final Pattern URL_COMPACT = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])([0-9]{6,})?(?![0-9])");

  /** "Sunday, 25 February 2024", "25 Feb 2024", at the start of a line, after an optional weekday or label. */
  private static final String LINE_START = "(?im)^[\\s•*·-]*(?:(?:published|updated|posted|last updated)\\s*:?\\s*)?"
      + "(?:(?-i:[A-Z][A-Z .'-]{1,40}),\\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?";
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(LINE_START
      + "([0-3]?[0-9])\\s+" + MONTH_NAME + "\\.?,?\\s+((?:19|20)[0-9]{2})\\b");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(LINE_START
      + MONTH_NAME + "\\.?\\s+([0-3]?[0-9])(?:st|nd|rd|th)?,?\\s+((?:19|20)[0-9]{2})\\b");
  private static final Pattern ISO_DATE = Pattern.compile(LINE_START
      + "((?:19|20)[0-9]{2})-([01][0-9])-([0-3][0-9])\\b");

  private PublicationTimes() {}

  /** A publication time and where it came from. */
  public record Resolved(Instant at, TimeSource source) {}

  /**
   * The article's publication time.
   *
   * @param given the input's own date (header, JSON field, feed), or null
   * @param url the article's URL, or null
   * @param body the article's text
   * @param ingestedAt when the article was read; the fallback, and the latest plausible date
   */
  public static Resolved resolve(Instant given, String url, String body, Instant ingestedAt) {
    if (given != null) return new Resolved(given, TimeSource.PUBLISHER);
    LocalDate latest = ingestedAt.atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate fromUrl = url == null ? null : fromUrl(url, latest);
    if (fromUrl != null) return new Resolved(noon(fromUrl), TimeSource.URL);
    LocalDate fromText = body == null ? null : dateline(body, latest);
    if (fromText != null) return new Resolved(noon(fromText), TimeSource.TEXT);
    return new Resolved(ingestedAt, TimeSource.INGESTION);
  }

  /** A date in a URL's path, or null. A year and month without a day give the middle of the month. */
  static LocalDate fromUrl(String url, LocalDate latest) {
    String path = url.replaceFirst("(?i)^[a-z]+://[^/]+", "");
    Matcher m = URL_YMD.matcher(path);
    while (m.find()) {
      Integer month = month(m.group(2));
      int day = m.group(4) == null ? 15 : Integer.parseInt(m.group(4));
      LocalDate d = date(Integer.parseInt(m.group(1)), month, day, latest);
      if (d != null) return d;
    }
    Matcher c = URL_COMPACT.matcher(path);
    while (c.find()) {
      LocalDate d = date(Integer.parseInt(c.group(1)), Integer.parseInt(c.group(2)), Integer.parseInt(c.group(3)), latest);
      if (d != null) return d;
    }
    return null;
  }

  /** A full date that starts one of the text's first lines (a dateline), or null. */
  static LocalDate dateline(String body, LocalDate latest) {
    String top = body.length() > DATELINE_WINDOW ? body.substring(0, DATELINE_WINDOW) : body;
    LocalDate best = null;
    int bestAt = Integer.MAX_VALUE;
    Matcher a = DAY_MONTH_YEAR.matcher(top);
    if (a.find()) {
      LocalDate d = date(Integer.parseInt(a.group(3)), MONTHS.get(key(a.group(2))), Integer.parseInt(a.group(1)), latest);
      if (d != null && a.start() < bestAt) {
        best = d;
        bestAt = a.start();
      }
    }
    Matcher b = MONTH_DAY_YEAR.matcher(top);
    if (b.find()) {
      LocalDate d = date(Integer.parseInt(b.group(3)), MONTHS.get(key(b.group(1))), Integer.parseInt(b.group(2)), latest);
      if (d != null && b.start() < bestAt) {
        best = d;
        bestAt = b.start();
      }
    }
    Matcher c = ISO_DATE.matcher(top);
    if (c.find()) {
      LocalDate d = date(Integer.parseInt(c.group(1)), Integer.parseInt(c.group(2)), Integer.parseInt(c.group(3)), latest);
      if (d != null && c.start() < bestAt) best = d;
    }
    return best;
  }

  /** A month by its number or name ("9", "Sept", "September"); null when it names none. */
  static Integer month(String text) {
    if (Character.isDigit(text.charAt(0))) return Integer.parseInt(text);
    return MONTHS.get(key(text));
  }

  private static String key(String monthName) {
    return monthName.substring(0, 3).toLowerCase(Locale.ROOT);
  }

  private static LocalDate date(int year, Integer month, int day, LocalDate latest) {
    if (month == null || year < EARLIEST_YEAR) return null;
    try {
      LocalDate d = LocalDate.of(year, month, day);
      return d.isAfter(latest) ? null : d;
    } catch (DateTimeException e) {
      return null; // 2022/13/45 is an id, not a date
    }
  }

  private static Instant noon(LocalDate d) {
    return d.atTime(12, 0).toInstant(ZoneOffset.UTC);
  }

  private static Map<String, Integer> months() {
    String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    Map<String, Integer> m = new java.util.HashMap<>();
    for (int i = 0; i < names.length; i++) m.put(names[i], i + 1);
    return Map.copyOf(m);
  }
}
