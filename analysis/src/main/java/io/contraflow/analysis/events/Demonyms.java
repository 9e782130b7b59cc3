package io.contraflow.analysis.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Maps demonyms and country-name variants to one canonical place name ("Belarusian" and "Belarussian" to "belarus",
 * "Ukrainians" to "ukraine", "U.S." to "united states"), so that "the Belarusian leader" and "Belarus" count as the
 * same entity. A general lexicon of countries and a few large regions and capitals, not a list for any one story.
 */
final class Demonyms {
  private static final Map<String, String> PLACE_BY_WORD = new HashMap<>();

  private static void add(String place, String... words) {
    PLACE_BY_WORD.put(place, place);
    for (String w : words) PLACE_BY_WORD.put(w, place);
  }

  static {
    add("afghanistan", "afghan", "afghans");
    add("albania", "albanian");
    add("algeria", "algerian");
    add("argentina", "argentine", "argentinian");
    add("armenia", "armenian");
    add("australia", "australian");
    add("austria", "austrian");
    add("azerbaijan", "azerbaijani", "azeri");
    add("bangladesh", "bangladeshi");
    add("belarus", "belarusian", "belarussian", "byelorussian", "belarusians");
    add("belgium", "belgian");
    add("bolivia", "bolivian");
    add("bosnia", "bosnian");
    add("brazil", "brazilian");
    add("bulgaria", "bulgarian");
    add("cambodia", "cambodian");
    add("canada", "canadian");
    add("chile", "chilean");
    add("china", "chinese");
    add("colombia", "colombian");
    add("croatia", "croatian");
    add("cuba", "cuban");
    add("cyprus", "cypriot");
    add("czechia", "czech");
    add("denmark", "danish", "dane");
    add("egypt", "egyptian");
    add("estonia", "estonian");
    add("ethiopia", "ethiopian");
    add("finland", "finnish", "finn");
    add("france", "french");
    add("georgia", "georgian");
    add("germany", "german");
    add("ghana", "ghanaian");
    add("greece", "greek");
    add("hungary", "hungarian");
    add("iceland", "icelandic");
    add("india", "indian");
    add("indonesia", "indonesian");
    add("iran", "iranian");
    add("iraq", "iraqi");
    add("ireland", "irish");
    add("israel", "israeli");
    add("italy", "italian");
    add("japan", "japanese");
    add("jordan", "jordanian");
    add("kazakhstan", "kazakh", "kazakhstani");
    add("kenya", "kenyan");
    add("kosovo", "kosovar");
    add("kyrgyzstan", "kyrgyz");
    add("latvia", "latvian");
    add("lebanon", "lebanese");
    add("libya", "libyan");
    add("lithuania", "lithuanian");
    add("malaysia", "malaysian");
    add("mexico", "mexican");
    add("moldova", "moldovan");
    add("mongolia", "mongolian");
    add("morocco", "moroccan");
    add("netherlands", "dutch");
    add("new zealand");
    add("nigeria", "nigerian");
    add("north korea", "north korean");
    add("norway", "norwegian");
    add("pakistan", "pakistani");
    add("palestine", "palestinian");
    add("peru", "peruvian");
    add("philippines", "filipino", "philippine");
    add("poland", "polish", "pole");
    add("portugal", "portuguese");
    add("qatar", "qatari");
    add("romania", "romanian");
    add("russia", "russian", "russian federation");
    add("saudi arabia", "saudi");
    add("serbia", "serbian", "serb");
    add("slovakia", "slovak");
    add("slovenia", "slovenian", "slovene");
    add("somalia", "somali");
    add("south africa", "south african");
    add("south korea", "south korean");
    add("spain", "spanish", "spaniard");
    add("sudan", "sudanese");
    add("sweden", "swedish", "swede");
    add("switzerland", "swiss");
    add("syria", "syrian");
    add("taiwan", "taiwanese");
    add("tajikistan", "tajik", "tajikistani");
    add("thailand", "thai");
    add("tunisia", "tunisian");
    add("turkey", "turkish", "turk", "turkiye", "türkiye");
    add("turkmenistan", "turkmen");
    add("ukraine", "ukrainian");
    add("united kingdom", "uk", "u.k.", "britain", "great britain", "british", "briton");
    add("united states", "us", "u.s.", "usa", "u.s.a.", "america", "american");
    add("uzbekistan", "uzbek");
    add("venezuela", "venezuelan");
    add("vietnam", "vietnamese");
    add("yemen", "yemeni");
    // Continents and blocs read as places too.
    add("europe", "european");
    add("africa", "african");
    add("asia", "asian");
    add("crimea", "crimean");
    add("chechnya", "chechen");
    add("gaza", "gazan");
    add("west", "western", "westerners");
    add("middle east", "mideast");
  }

  private static final Set<String> PLACES = Set.copyOf(PLACE_BY_WORD.values());

  private Demonyms() {}

  /** The canonical place for a lower-cased word or phrase that names or describes a country, or null. */
  static String place(String lower) {
    String p = PLACE_BY_WORD.get(lower);
    if (p == null && lower.endsWith("s")) {
      // Plural demonyms: "Ukrainians", "Russians".
      String singular = lower.substring(0, lower.length() - 1);
      p = PLACE_BY_WORD.get(singular);
      if (p != null && p.equals(singular)) p = null; // "Russias" is not a word; only demonyms pluralise
    }
    return p;
  }

  /** True for a canonical country or region name: broad context, rarely what distinguishes one story from another. */
  static boolean isCountry(String canonical) {
    return PLACES.contains(canonical);
  }
}
