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

  private static final java.util.Set<String> SEATS = loadSeats();

  /** True for a building or address that stands for a government ("kremlin", "white house"; lexicon/government-seats.txt). */
  static boolean isGovernmentSeat(String lower) {
    return SEATS.contains(lower);
  }

  private static java.util.Set<String> loadSeats() {
    try (var in = Demonyms.class.getResourceAsStream("/lexicon/government-seats.txt")) {
      if (in == null) throw new IllegalStateException("lexicon/government-seats.txt is missing from the classpath");
      java.util.Set<String> out = new java.util.HashSet<>();
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        String l = line.strip().toLowerCase(Locale.ROOT);
        if (!l.isEmpty() && !l.startsWith("#")) {
          out.add(l);
          out.add(NameKeys.foldWords(l)); // as a name's key spells it ("whitehal")
        }
      }
      return java.util.Set.copyOf(out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * How many words from {@code k} (two to five) name a country, or 0: "United Arab Emirates", and in its state form,
   * "Democratic Republic of the Congo". Five or four only when the third word is "of", to keep the common case to two
   * lookups.
   */
  static int placeLength(java.util.List<Token> tokens, int k, int to) {
    int longest = k + 3 < to && tokens.get(k + 2).lower().equals("of") ? 5 : 3;
    for (int n = Math.min(longest, to - k); n >= 2; n--) if (place(phrase(tokens, k, k + n)) != null) return n;
    return 0;
  }

  static String phrase(java.util.List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) b.append(k > from ? " " : "").append(tokens.get(k).lower());
    return b.toString();
  }
}
