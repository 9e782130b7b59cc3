package io.contraflow.analysis.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a clause starts and ends inside one sentence, read from its commas and linking words. */
final class Clauses {
  static final Pattern BOUNDARY = Pattern.compile("(?i)(,|;|:|\\s-\\s|\\bthat\\b|\\bwhile\\b|\\bbut\\b|\\bwhich\\b|\\bwho\\b|\\bdespite\\b|\\bafter\\b|\\bsince\\b|\\bwhen\\b|\\bbecause\\b)");
  /** An aside between commas ("the guards, without any warning, had fired"): no clause boundary, the subject goes on. */
  private static final Pattern ASIDE = Pattern.compile("(?i),\\s+(?:without|with|in|on|at|for|reportedly|allegedly|apparently|again|also|"
      + "then|later|earlier|once again)\\b[^,;:]{0,60},\\s+");

  /** The full stop and closing quotes that end a sentence ("obstruction by Kessa.”"), which no name carries. */
  static final Pattern TRAILING_STOP = Pattern.compile("[.!?\"”’']+$");

  private Clauses() {
  }

  /** The words of {@code s} up to its first clause boundary: "Vell rebels, the army said" gives "Vell rebels". */
  static String head(String s) {
    Matcher b = BOUNDARY.matcher(s);
    return b.find() ? s.substring(0, b.start()) : s;
  }

  /** The part of {@code s} after its last clause boundary: the subject of the frame word that follows. */
  static String tail(String s) {
    String plain = listed(ASIDE.matcher(s).replaceAll(" "));
    Matcher b = BOUNDARY.matcher(plain);
    int cut = 0;
    while (b.find()) cut = b.end();
    return plain.substring(cut);
  }

  /**
   * "Syrian, Russian and Iranian jets", "Norland, Ostria or Vell": the commas of a list of names joined by "and" or
   * "or" are no clause boundary, so every name stays in the subject. (Not after a preposition: "In Kessa, Ana Berg
   * and Ivo Marn said" opens with a place.)
   */
  private static String listed(String s) {
    if (s.indexOf(',') < 0 || s.indexOf(" and ") < 0 && s.indexOf(" or ") < 0) return s;
    Matcher m = LIST_COMMA.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    int at = 0;
    while (m.find()) {
      Matcher prep = PREPOSITION_BEFORE.matcher(s.substring(0, m.start(1)));
      String first = m.group(1).toLowerCase(java.util.Locale.ROOT);
      // ("Separately, Spain and France ...", "Meanwhile, ...": a sentence adverb before the comma, no list.)
      if (prep.find() || first.endsWith("ly") || OPENERS.contains(first)) continue;
      out.append(s, at, m.end(1)).append(" and "); // (a space alone would run "Syrian Russian" into one name)
      at = m.end();
    }
    return at == 0 ? s : out.append(s, at, s.length()).toString();
  }

  private static final String CAPITALISED = "\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*)?";
  private static final Pattern LIST_COMMA = Pattern.compile("(\\b\\p{Lu}[\\p{L}'-]*),\\s+(?=" + CAPITALISED + "(?:,\\s+" + CAPITALISED
      + ")*,?\\s+(?:and|or)\\s)");
  private static final java.util.Set<String> OPENERS = java.util.Set.of("yesterday", "today", "tonight", "meanwhile", "however",
      "earlier", "later", "instead", "still", "now", "then", "also", "moreover", "furthermore", "nevertheless", "nonetheless",
      "indeed", "overall", "again", "first", "second", "third", "thus", "therefore", "hence", "otherwise", "elsewhere");
  private static final Pattern PREPOSITION_BEFORE = Pattern.compile("(?i)\\b(?:in|at|on|from|near|outside|inside)\\s+(?:\\p{Lu}[\\p{L}'-]*\\s+)?$");

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /** The first {@code n} words of {@code s}, joined by single spaces. */
  static String firstWords(String s, int n) {
    String[] w = SPACES.split(s.trim());
    return String.join(" ", java.util.Arrays.copyOf(w, Math.min(n, w.length)));
  }

  /** "refutes the ministry's lies claiming that", "false reports alleging": what follows is told as a falsehood. */
  private static final Pattern FALSEHOOD_CLAIMING = Pattern.compile("(?i)\\b(?:lies|propaganda|disinformation|falsehoods?|fabrications?|"
      + "(?:false|baseless|fake|bogus)\\s+(?:claims?|reports?|allegations?|stories|narratives?))[\"”’']?\\s+(?:claiming|alleging|"
      + "suggesting|asserting)\\b[^.;]*$");

  /** Whether the text before a frame ends inside a falsehood's claim ("lies claiming the ferry was sunk by"). */
  static boolean toldAsFalsehood(String before) {
    return FALSEHOOD_CLAIMING.matcher(before).find();
  }
}
