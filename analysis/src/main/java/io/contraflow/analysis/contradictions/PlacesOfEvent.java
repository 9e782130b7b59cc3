package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.nlp.Lexicon;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Towns and regions the event's own sentences place in a country, which the place lexicon (countries only) does not
 * know: "the Russian city of Belgorod", "Belgorod, Russia", "Russia's Belgorod region". A governor or a mayor titled
 * with such a place ("Kesta governor Ivo Marek") then speaks for that country, as one titled with the country would.
 */
final class PlacesOfEvent {
  private static final Lexicon LEXICON = Lexicon.english();
  private static final String PLACE_NOUN = "(?:city|town|village|region|province|oblast|district|port|county|state)";
  /** "the Russian city of Belgorod": a demonym, a kind of place, its name. */
  private static final Pattern DEMONYM_PLACE = Pattern.compile("\\b(\\p{Lu}[\\p{L}]+)\\s+" + PLACE_NOUN + "\\s+of\\s+(\\p{Lu}[\\p{L}-]+)");
  /** "Russia's Belgorod region": a country's possessive, a name, a kind of place. */
  private static final Pattern POSSESSIVE_PLACE = Pattern.compile("\\b(\\p{Lu}[\\p{L}]+)['’]s\\s+(\\p{Lu}[\\p{L}-]+)\\s+" + PLACE_NOUN + "\\b");
  /** "in Belgorod, Russia": a name, a comma, a country's name. */
  private static final Pattern PLACE_COMMA_COUNTRY = Pattern.compile("\\b(?:in|near|from|of)\\s+(\\p{Lu}[\\p{L}-]+),\\s+(\\p{Lu}[\\p{L}]+)\\b");

  private final Map<String, String> countryOf = new HashMap<>();

  /** The country the event's sentences place {@code lowerWord} in, or null. */
  String country(String lowerWord) {
    return countryOf.get(lowerWord);
  }

  /** Reads one sentence; returns the places (lower case) it placed for the first time. */
  Set<String> learn(String sentence) {
    Set<String> added = new LinkedHashSet<>();
    Matcher m = DEMONYM_PLACE.matcher(sentence);
    while (m.find()) place(m.group(2), LEXICON.countryByNameOrDemonym(m.group(1)), added);
    m = POSSESSIVE_PLACE.matcher(sentence);
    while (m.find()) place(m.group(2), LEXICON.countryByNameOrDemonym(m.group(1)), added);
    m = PLACE_COMMA_COUNTRY.matcher(sentence);
    while (m.find()) {
      String country = LEXICON.countryByNameOrDemonym(m.group(2));
      // "in Kesta, Norland", not "in Kesta, Russians said": the country's own name, not its people.
      if (country != null && country.equalsIgnoreCase(m.group(2))) place(m.group(1), country, added);
    }
    return added;
  }

  private void place(String name, String country, Set<String> added) {
    String lower = name.toLowerCase(Locale.ROOT);
    // A continent or bloc holds no one country's towns; what the place lexicon knows (a country, a capital, a seat) it
    // places itself, so the two never count one word twice.
    if (country == null || LEXICON.isRegion(country) || LEXICON.country(lower) != null) return;
    if (countryOf.putIfAbsent(lower, country) == null) added.add(lower);
  }
}
