package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.nlp.Lexicon;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts of one nation's people: "45 Ostrian soldiers died", "five British citizens are missing", "it lost three of its
 * soldiers", "the number of deaths on the Ostrian side was 31". In a clash between two states, or a siege with
 * hostages of many countries, each nation's dead are a count of their own: "20 Norland soldiers" does not dispute "four
 * Ostrian soldiers", while two parties' counts of Ostria's dead dispute each other however far apart (an army admits
 * four, a rival's report says 45). {@link FigureDetector} keys such a figure's measure by the nation.
 */
final class NationalCounts {
  private NationalCounts() {}

  /** Measures a nation's count can key: what befell people. */
  private static final java.util.Set<String> FATES = java.util.Set.of("killed", "injured", "missing", "detained", "casualties");

  /** Counts of one nation's dead given by two parties may lie this far apart and still be one count in dispute. */
  static final double NATION_RATIO = 20.0;

  /**
   * A demonym right after the number: "45 Ostrian servicemen", "20 Norland and 45 Ostrian", "five British citizens",
   * "67 South Africans" (two words when they name a people together, as "South Africans" or "New Zealanders" do).
   */
  private static final Pattern DEMONYM_AFTER = Pattern.compile("^\\s+(\\p{Lu}\\p{L}+)(?:\\s+(\\p{Lu}\\p{L}+))?\\b");
  /** "three of its soldiers", "seven of their nationals": the speaking country's own people. */
  private static final Pattern OWN_AFTER = Pattern.compile("(?i)^\\s+of\\s+(?:its|their|our)\\s+(?:own\\s+)?(?:citizens|nationals|soldiers|troops|"
      + "servicemen|service\\s+members|personnel|sailors|seamen|crew\\s+members|crewmen|marines|pilots|border\\s+guards|guards|officers|"
      + "police\\s+officers|men|people)\\b");
  /** "the number of deaths on the Ostrian side was 31", "casualties on the Norland side": a side named before the figure. */
  private static final Pattern SIDE_BEFORE = Pattern.compile("\\bon\\s+the\\s+(\\p{Lu}\\p{L}+)\\s+side\\b[^.;]{0,40}$");

  /**
   * The measure of a figure as one nation's count ("killed (ostria)"), or {@code measure} itself when the figure counts
   * no one nation's people or already names a part ("killed (children)").
   *
   * @param content the claim's content, in which {@code figureText} stands
   * @param party who gives the figure: "its soldiers" are its government's country's
   */
  static String keyed(String measure, String content, String figureText, Party party) {
    if (measure == null) return null;
    int open = measure.indexOf(" (");
    String base = open < 0 ? measure : measure.substring(0, open);
    int at = content.indexOf(figureText);
    if (!FATES.contains(base) || at < 0) return measure;
    String after = content.substring(at + figureText.length(), Math.min(content.length(), at + figureText.length() + 60));
    // A part the reader named from the list's own noun ("20 Norland and 45 Ostrian soldiers died") or a force gives way
    // to the nation; a part that is a kind of victim ("three Ostrian children") stays what it is.
    if (open >= 0 && !listNoun(measure.substring(open + 2, measure.length() - 1), after)) return measure;
    String country = null;
    Matcher demonym = DEMONYM_AFTER.matcher(after);
    if (demonym.lookingAt() && demonym.group(2) != null) country = nation(demonym.group(1) + " " + demonym.group(2));
    if (demonym.lookingAt() && country == null) country = nation(demonym.group(1));
    if (country == null && OWN_AFTER.matcher(after).lookingAt() && party.isGovernment()) {
      country = party.key().substring(Party.GOVERNMENT.length());
    }
    if (country == null) {
      Matcher side = SIDE_BEFORE.matcher(content.substring(Math.max(0, at - 80), at));
      if (side.find()) country = nation(side.group(1));
    }
    return country == null ? measure : base + " (" + country + ")";
  }

  private static boolean listNoun(String part, String after) {
    if (part.equals("fighters") || part.equals("part")) return true;
    if (CHILDREN.contains(part)) return false;
    String[] words = after.trim().toLowerCase(Locale.ROOT).split("[^\\p{L}-]+", 5);
    for (int i = 0; i < Math.min(4, words.length); i++) if (words[i].equals(part)) return true;
    return false;
  }

  private static final java.util.Set<String> CHILDREN = java.util.Set.of("children", "child", "minors", "kids", "babies", "infants",
      "boys", "girls", "women", "students", "pupils");

  /** Whether a measure is one nation's count, as {@link #keyed} gives it. */
  static boolean isNational(String measure) {
    int open = measure.lastIndexOf(" (");
    if (open < 0 || !FATES.contains(measure.substring(0, open))) return false;
    return nation(measure.substring(open + 2, measure.length() - 1)) != null;
  }

  /** The country a demonym or a country's name stands for, lower case ("Ostrian" and "Ostria" alike), or null. */
  private static String nation(String word) {
    String country = Lexicon.english().countryByNameOrDemonym(word);
    return country == null || Lexicon.english().isRegion(country) ? null : country.toLowerCase(Locale.ROOT);
  }
}
