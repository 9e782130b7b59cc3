package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Token;
import java.util.List;

/**
 * The country a speaker's phrase places its speaker in, when no name in it is a party of its own: by a country or a
 * demonym of one or two words ("a Saudi Arabian official", "the Kessan consul"), or by "the country's" standing for the
 * country the article last named ("Norland denied it ... the country's police chief said"), whose government it is.
 */
final class CountryOfPhrase {
  private CountryOfPhrase() {}

  private static final java.util.Set<String> COUNTRY_NOUNS = java.util.Set.of("country", "nation");

  static String of(Lexicon lexicon, List<Token> t, int from, int to, List<Mention> mentions) {
    for (int k = from; k < to; k++) {
      String c = k + 1 < to ? lexicon.countryByNameOrDemonym(t.get(k).text() + " " + t.get(k + 1).text()) : null;
      if (c != null || (c = lexicon.country(t.get(k).text())) != null) return c;
      if (k + 1 < to && COUNTRY_NOUNS.contains(t.get(k).lower()) && Phrases.possessiveMark(t.get(k + 1).text())
          || COUNTRY_NOUNS.contains(t.get(k).lower().replaceAll("['’]s$", "")) && t.get(k).lower().matches(".*['’]s")) {
        return lastCountryBefore(mentions, t.get(k).start());
      }
    }
    return null;
  }

  /** The country of the last government the article named before {@code at}, or null. */
  private static String lastCountryBefore(List<Mention> mentions, int at) {
    String country = null;
    for (Mention m : mentions) if (m.start() < at && m.type() == ClaimantType.GOVERNMENT && m.affiliation() != null) country = m.affiliation();
    return country;
  }
}
