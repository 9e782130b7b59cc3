package io.contraflow.analysis.nlp;

import java.util.List;

/**
 * "U.S. Secretary of State Mike Pompeo", "Norland's Minister of Defence Ivo Marek": a title, "of" or "for", its
 * portfolio, then the name. {@link MentionFinder} reads the name's run from the portfolio on; the title before "of"
 * belongs to the role too, and a country just before the title says whom the holder speaks for.
 */
final class TitleOfPortfolio {
  private TitleOfPortfolio() {}

  /** The title before "of" ("Secretary of", "Deputy Minister of") and the country before it, or null for none. */
  private record Prefix(String role, String affiliation) {}

  /**
   * Whether the run from {@code from} to {@code to} follows a title and "for" or "of" (or "in the", "for the": "Minister
   * in the Presidency Ana Berg"), and does not end in a portfolio.
   */
  static boolean follows(List<Token> t, int from, int to, Lexicon lexicon) {
    int title = titleBefore(t, from);
    return title >= 0 && lexicon.isTitle(t.get(title).text()) && !lexicon.isPortfolio(t.get(to - 1).lower());
  }

  /**
   * "Minister of State for Home Ivo Marn": past a title inside a capitalised run, "for" or "of" and the portfolio words
   * after it are the role's too; returns where the name starts ({@code at} when no portfolio follows).
   */
  static int pastPortfolio(List<Token> t, int at, int to, StringBuilder role, Lexicon lexicon) {
    if (at >= to - 2 || !(t.get(at).is("for") || t.get(at).is("of"))) return at;
    int p = at + 1;
    while (p < to - 1 && lexicon.isPortfolio(t.get(p).lower())) p++;
    if (p == at + 1) return at;
    for (int j = at; j < p; j++) role.append(' ').append(t.get(j).text());
    return p;
  }

  /** Where the title would stand before "of", "for", "in the" or "for the" just before {@code from}; -1 for none. */
  private static int titleBefore(List<Token> t, int from) {
    if (from >= 2 && (t.get(from - 1).is("for") || t.get(from - 1).is("of"))) return from - 2;
    boolean the = from >= 3 && t.get(from - 1).is("the");
    return the && (t.get(from - 2).is("in") || t.get(from - 2).is("for") || t.get(from - 2).is("of")) ? from - 3 : -1;
  }

  /**
   * Puts the title before the portfolio that opens the run at {@code from} in front of {@code role}; returns the
   * affiliation: the one already read, else the country before the title, else null.
   */
  static String prefixRole(StringBuilder role, List<Token> t, int from, Lexicon lexicon, String affiliation) {
    Prefix title = before(t, from, lexicon);
    if (title == null) return affiliation;
    role.insert(0, title.role() + " ");
    return affiliation != null ? affiliation : title.affiliation();
  }

  /** The prefix of the run that starts at {@code from}, right after "of" or "for" and a title; null when there is none. */
  private static Prefix before(List<Token> t, int from, Lexicon lexicon) {
    int k = titleBefore(t, from);
    if (k < 0 || !lexicon.isTitle(t.get(k).text())) return null;
    int start = k;
    while (start > 0 && t.get(start - 1).capitalized() && lexicon.isTitle(t.get(start - 1).text())) start--;
    StringBuilder role = new StringBuilder();
    for (int j = start; j < from; j++) role.append(role.isEmpty() ? "" : " ").append(t.get(j).text());
    // ("U.S. Secretary of", "Norland's Minister of", "the Russian Minister of")
    int c = start - 1;
    if (c >= 1 && t.get(c).text().matches("['’]s?")) c--;
    String affiliation = c >= 0 && t.get(c).capitalized() ? lexicon.country(t.get(c).text()) : null;
    return new Prefix(role.toString(), affiliation);
  }
}
