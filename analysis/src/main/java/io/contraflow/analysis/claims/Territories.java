package io.contraflow.analysis.claims;

import io.contraflow.analysis.nlp.Lexicon;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A country's ground named by its people or its name: "Peruvian territory", "Bolivia's soil", "Norland's territorial
 * waters". Where something happened is then the country, so two parties placing it in two countries disagree.
 */
final class Territories {
  private Territories() {}

  private static final Pattern TERRITORY = Pattern.compile("([\\p{L}-]+?)(?:'s|’s)?\\s+(?:territory|soil|land|ground|"
      + "(?:territorial\\s+)?waters|airspace|side(?:\\s+of\\s+the\\s+border)?)");

  /** The country {@code place} is the ground of, lower-cased, or {@code place} itself. */
  static String country(Lexicon lexicon, String place) {
    Matcher m = TERRITORY.matcher(place);
    if (!m.matches()) return place;
    String country = lexicon.countryByNameOrDemonym(m.group(1));
    return country == null ? place : country.toLowerCase(Locale.ROOT);
  }
}
