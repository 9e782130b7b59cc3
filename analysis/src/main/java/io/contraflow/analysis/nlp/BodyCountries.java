package io.contraflow.analysis.nlp;

import java.util.List;

/** The country a body's name or an office holder's title names, for {@link MentionFinder}. */
final class BodyCountries {
  private BodyCountries() {}

  /**
   * "The Latvian State Emergency Service", "Latvia's State Emergency Service", "Latvia's police chief Ivo Marek": the
   * country a body's name (or an office holder's title) opens with or that possesses it; null when there is none.
   */
  static String of(List<Token> t, int from, int to, Lexicon lexicon) {
    int first = t.get(from).is("the") || t.get(from).is("The") ? from + 1 : from;
    if (to - first > 1 && lexicon.country(t.get(first).text()) != null) return lexicon.country(t.get(first).text());
    if (from >= 2 && (t.get(from - 1).text().equals("'s") || t.get(from - 1).text().equals("’s"))) {
      String two = from >= 3 ? lexicon.country(t.get(from - 3).text() + " " + t.get(from - 2).text()) : null; // ("South Africa's")
      return two != null ? two : lexicon.country(t.get(from - 2).text());
    }
    return null;
  }
}
