package io.contraflow.analysis.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The count of the dead an article gives ("21 dockworkers were killed", "a fire that killed 63", "the death toll rose to
 * 117"), kept beside its names as the key "toll 21": reports of one incident repeat its toll for years, and two
 * incidents at one place seldom have the same one. Only counts from {@value #SMALLEST} on: one or two dead recur
 * at any place every week.
 */
final class Tolls {
  static final String PREFIX = "toll ";
  static final int SMALLEST = 5;

  private Tolls() {}

  /** A toll's key. */
  static boolean isToll(String key) {
    return key.startsWith(PREFIX);
  }

  private static final Set<String> DEATHS = Set.of("killed", "dead", "died", "deaths", "killings", "bodies", "lives");
  private static final Set<String> KILLING = Set.of("killed", "killing", "kills", "kill", "left", "claimed");
  private static final Set<String> APPROXIMATION = Set.of("at", "least", "more", "than", "nearly", "almost", "some", "about", "around",
      "over", "up", "to", "a", "further");
  /**
   * Counts of others than the dead, which end the search: "40 injured and 3 killed" gives no toll of 40. Any other
   * lower-case word may stand between a count and its dead ("21 striking dockworkers were killed", "63 people have died").
   */
  private static final Set<String> OTHER_COUNTS = Set.of("injured", "wounded", "hurt", "arrested", "detained", "missing", "rescued",
      "saved", "evacuated", "displaced", "survived", "survivors", "and", "or", "but", "while", "including", "in", "at", "on", "after",
      "when", "than", "from", "per", "percent", "years", "year", "days", "hours", "minutes", "seats", "votes");
  private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
      Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
      Map.entry("forty", 40), Map.entry("fifty", 50));

  /**
   * The toll an article leads with: the first its headline gives, else the first of its lead ({@code leadSentences}),
   * or null. One only: a report that weighs competing figures ("the ministry said 90, a monitor 40 to 60")
   * leads with the one it reports.
   */
  static String leading(List<Token> tokens, int leadSentences) {
    String inLead = null;
    for (Map.Entry<Integer, String> toll : find(tokens)) {
      Token at = tokens.get(toll.getKey());
      if (at.inTitle()) return toll.getValue();
      if (inLead == null && at.sentence() <= leadSentences) inLead = toll.getValue();
    }
    return inLead;
  }

  /** Each toll given in the tokens, as the index of its count and the key. */
  static List<Map.Entry<Integer, String>> find(List<Token> tokens) {
    List<Map.Entry<Integer, String>> out = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      Integer n = count(tokens.get(k));
      if (n == null || n < SMALLEST || inRange(tokens, k)) continue;
      if (countThenDeaths(tokens, k) || killingThenCount(tokens, k) || tollThenCount(tokens, k)) out.add(Map.entry(k, PREFIX + n));
    }
    return out;
  }

  /** "21 dockworkers were killed", "21 of the strikers died", "63 dead". */
  private static boolean countThenDeaths(List<Token> t, int k) {
    for (int j = k + 1; j < Math.min(t.size(), k + 6); j++) {
      String w = t.get(j).lower();
      if (DEATHS.contains(w)) return true;
      if (OTHER_COUNTS.contains(w) || t.get(j).capitalised() || t.get(j).breakBefore()) return false;
    }
    return false;
  }

  /** "killed 21 people", "left at least 63 dead", "claimed more than 117 lives". */
  private static boolean killingThenCount(List<Token> t, int k) {
    int j = k - 1;
    while (j >= 0 && APPROXIMATION.contains(t.get(j).lower())) j--;
    if (j < 0 || !KILLING.contains(t.get(j).lower())) return false;
    // ("left 21 injured", "claimed 21 seats": "left" and "claimed" count the dead only with "dead" or "lives" after.)
    String verb = t.get(j).lower();
    return !(verb.equals("left") || verb.equals("claimed")) || countThenDeaths(t, k);
  }

  /** "the death toll rose to 117", "a toll of 63". */
  private static boolean tollThenCount(List<Token> t, int k) {
    for (int j = k - 1; j >= Math.max(0, k - 5); j--) {
      if (t.get(j).lower().equals("toll")) return true;
      if (t.get(j + 1).breakBefore() && !APPROXIMATION.contains(t.get(j + 1).lower())) return false;
    }
    return false;
  }

  /** "between 40 and 60 killed", "40 to 60 dead": a bound of a range is no toll. */
  private static boolean inRange(List<Token> t, int k) {
    boolean before = k >= 2 && RANGE_WORDS.contains(t.get(k - 1).lower()) && count(t.get(k - 2)) != null;
    boolean after = k + 2 < t.size() && RANGE_WORDS.contains(t.get(k + 1).lower()) && count(t.get(k + 2)) != null;
    return before || after;
  }

  private static final Set<String> RANGE_WORDS = Set.of("to", "and", "or");

  private static Integer count(Token t) {
    String w = t.lower();
    Integer word = NUMBER_WORDS.get(w);
    if (word != null) return word;
    if (w.isEmpty() || w.length() > 6 || !digitsAndCommas(w)) return null;
    String digits = w.replace(",", "");
    // A year is a date, not a count.
    if (digits.isEmpty() || digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"))) return null;
    return Integer.parseInt(digits);
  }

  /** Every character a digit or a comma (a plain loop: a stream per word showed in profiles). */
  private static boolean digitsAndCommas(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isDigit(c) && c != ',') return false;
    }
    return true;
  }
}
