package io.contraflow.analysis.events;

import io.contraflow.analysis.nlp.Lexicon;
import java.util.Locale;

/**
 * Maps demonyms and country-name variants to one canonical, lower-case place name ("Belarusian" and "Belarussian"
 * to "belarus", "Ukrainians" to "ukraine", "U.S." to "united states"), so that "the Belarusian leader" and "Belarus"
 * count as the same entity. The words come from the project's one place lexicon (lexicon/places.txt); capitals are
 * left as the cities they are, which is more specific than their country when comparing stories.
 */
final class Demonyms {
  private static final Lexicon LEXICON = Lexicon.english();

  private Demonyms() {}

  /** The canonical place for a lower-cased word or phrase that names or describes a country, or null. */
  static String place(String lower) {
    String country = LEXICON.countryByNameOrDemonym(lower);
    return country == null ? null : country.toLowerCase(Locale.ROOT);
  }

  /** True for a canonical country or region name: broad context, rarely what distinguishes one story from another. */
  static boolean isCountry(String canonical) {
    String country = LEXICON.countryByNameOrDemonym(canonical);
    return country != null && country.equalsIgnoreCase(canonical);
  }
}
