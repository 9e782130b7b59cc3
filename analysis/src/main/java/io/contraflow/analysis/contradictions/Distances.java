package io.contraflow.analysis.contradictions;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A distance is a measure only together with where it is measured from: "5 miles from the base" and "15 miles north of
 * the border" measure two different things, and say nothing against each other. Two distances compare only when they
 * are measured from one named place ("6 km from Vell", "8 kilometres from Vell").
 */
final class Distances {
  private static final Set<String> UNITS = Set.of("kilometres", "miles", "metres");
  /** "from the town of Vell", "north of Vell", "inside Norland", "away from Vell": the place a distance is measured from. */
  private static final Pattern FROM = Pattern.compile("^\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:from|of|inside|into|outside|beyond)\\s+"
      + "(?:the\\s+(?:\\p{Ll}+\\s+)?(?:of\\s+)?)?(\\p{Lu}[\\p{L}'-]+)");

  private Distances() {}

  static boolean isDistance(String measure) {
    return measure != null && UNITS.contains(measure);
  }

  /** The distance's measure with its place ("miles from Vell"), or null when the content names no place it is from. */
  static String fromPlace(String measure, String content, String figureText) {
    int at = content.indexOf(figureText);
    if (at < 0) return null;
    String after = content.substring(at + figureText.length());
    Matcher m = FROM.matcher(after);
    // ("from Iranian shores" and "from Iran": the country either way.)
    if (m.find()) return measure + " from " + java.util.Objects.requireNonNullElse(LEXICON.country(m.group(1)), m.group(1)).toLowerCase(Locale.ROOT);
    // "34 kilometres from the nearest point of land on the Iranian coast", "eight miles off Iran's shores": a country's
    // coast or land, however the sentence names it, is the country.
    Matcher coast = FROM_COUNTRY.matcher(after);
    String country = coast.find() ? LEXICON.country(coast.group(1)) : null;
    return country == null ? null : measure + " from " + country.toLowerCase(Locale.ROOT);
  }

  private static final io.contraflow.analysis.nlp.Lexicon LEXICON = io.contraflow.analysis.nlp.Lexicon.english();
  /** "from the nearest point of land on the Iranian coast", "off Iran's shores": a capitalised word within eight words. */
  private static final Pattern FROM_COUNTRY = Pattern.compile("^\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:from|off|of)\\s+(?:[\\p{Ll}-]+\\s+){0,8}?"
      + "(\\p{Lu}[\\p{L}'’-]+)");
}
