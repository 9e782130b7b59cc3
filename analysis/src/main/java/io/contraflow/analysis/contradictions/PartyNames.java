package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.nlp.Lexicon;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** How a party's name is read: its surname, its initials, the country it names, without article or possessive. */
final class PartyNames {
  private static final Lexicon LEXICON = Lexicon.english();
  /** Splits a name into words, keeping apostrophes and hyphens inside them. */
  static final Pattern TOKENS = Pattern.compile("[^\\p{L}\\p{N}'’-]+");
  private static final Set<String> NAME_FUNCTION_WORDS = Set.of("of", "the", "and", "for", "in", "on", "de", "al");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
  private static final Pattern ARTICLE = Pattern.compile("^(?i)(the|a|an)\\s+");

  private PartyNames() {}

  /** The acronym a name of two to six capitalised words makes, or null. */
  static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.trim().split("[\\s-]+")) {
      if (w.isEmpty() || NAME_FUNCTION_WORDS.contains(w)) continue;
      if (!Character.isUpperCase(w.charAt(0))) return null;
      b.append(w.charAt(0));
    }
    return b.length() >= 2 && b.length() <= 6 && b.length() < name.trim().length() - 1 ? b.toString() : null;
  }

  /** The last word of a person's name, lower case, or null when the name has no letters. */
  static String surname(String name) {
    String[] parts = TOKENS.split(name.trim());
    for (int i = parts.length - 1; i >= 0; i--) {
      if (!parts[i].isEmpty() && Character.isLetter(parts[i].charAt(0))) return withoutPossessive(parts[i].toLowerCase(Locale.ROOT));
    }
    return null;
  }

  /** The country a demonym, country name or seat in the name refers to ("Russian Defense Ministry", "Kremlin"). */
  static String countryIn(String lowerName) {
    for (String w : TOKENS.split(lowerName)) {
      String c = LEXICON.country(withoutPossessive(w));
      if (c != null) return c;
    }
    return null;
  }

  /** {@code w.replaceAll("['’]s$", "")}, with the pattern compiled once (this runs for every word of every claim's sentence). */
  static String withoutPossessive(String w) {
    return POSSESSIVE.matcher(w).replaceAll("");
  }

  /** {@code s.replaceFirst("^(?i)(the|a|an)\\s+", "")}, compiled once. */
  static String withoutArticle(String s) {
    return ARTICLE.matcher(s).replaceFirst("");
  }

  /**
   * The claimant's names as its sentence writes them: the mention, without its article ("a top Russian official", "top
   * Russian official"), and with the article the sentence gives it ("The United States believes").
   */
  static java.util.List<String> asWritten(io.contraflow.analysis.claims.Claim c) {
    if (c.claimantMention() == null || c.claimantMention().isBlank()) return java.util.List.of();
    String mention = c.claimantMention().strip();
    java.util.List<String> out = new java.util.ArrayList<>(java.util.List.of(mention, withoutArticle(mention)));
    String withArticle = withArticleIn(c.sentence(), mention);
    if (withArticle != null) out.add(withArticle);
    return out;
  }

  /** "The United States" where {@code sentence} writes {@code name} after "the"; null when it does not. */
  static String withArticleIn(String sentence, String name) {
    if (sentence == null || name.isEmpty() || !Character.isUpperCase(name.charAt(0))) return null;
    for (int at = sentence.indexOf(name); at >= 4; at = sentence.indexOf(name, at + 1)) {
      String before = sentence.substring(at - 4, at);
      boolean wordStart = at == 4 || !Character.isLetter(sentence.charAt(at - 5));
      if ((before.equals("the ") || before.equals("The ")) && wordStart) return sentence.substring(at - 4, at + name.length());
    }
    return null;
  }
}
