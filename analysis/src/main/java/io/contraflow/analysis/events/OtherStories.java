package io.contraflow.analysis.events;

import java.util.Map;

/**
 * Signs that an article sharing names with a story tells another story of the same kind: an incident named for
 * another place, or the same party at odds with another country. {@link EventFocus} records them on its match;
 * {@link JoinTests} decides how far they weigh (months on, or undated).
 */
final class OtherStories {
  private OtherStories() {}

  /**
   * The article names an incident of its own ("the Kessa gas attack") that the story never names, and none of the
   * story's named incidents ("the Vell gas attack"), nor their places, is in the article: another incident of the same
   * kind, which JoinTests keeps apart months or years on, however alike the two read.
   */
  static boolean rivalIncident(EventFeatures article, EventProfile event) {
    boolean storyNamesOne = false;
    for (String name : event.entities.keySet()) {
      String base = incidentBase(name);
      // (The story's own incidents: those at a place its reports place things in, or named in what they are about;
      // not "the Dorov attack", named for whoever is blamed.)
      if (base == null || !ownBase(base) || !event.placeCounts.containsKey(base) && !event.focalCounts.containsKey(name)) continue;
      if (article.entities().containsKey(name) || article.entities().containsKey(base)) return false;
      storyNamesOne = true;
    }
    if (!storyNamesOne) return false;
    for (String name : article.entities().keySet()) {
      String base = incidentBase(name);
      if (base == null || !ownBase(base) || event.entities.containsKey(name) || event.entities.containsKey(base)) continue;
      if (article.places().contains(base) || article.focal().contains(base) || article.focal().contains(name)) return true;
    }
    return false;
  }

  /**
   * The story is about a country (one that at least {@code needed} of its articles are about) that the article never
   * names, anywhere in its text, and the article is about a country that none of the story's articles is about: one
   * party's clash with another neighbour ("Kessan forces and Portugal's border guards" against a story of Kessan
   * forces and Spain's). Both reports share the party, its spokesmen and the kind of incident, and read alike; who
   * the other side is tells them apart. (A report that names both countries, or a story one of whose reports is
   * about the article's country too, is not this; a story that mentions it in passing may be.)
   */
  static boolean otherCounterpart(EventFeatures article, EventProfile event, double needed) {
    boolean storyCountryMissing = false;
    for (Map.Entry<String, Integer> e : event.focalCounts.entrySet()) {
      if (e.getValue() >= needed && Demonyms.isCountry(e.getKey()) && !article.entities().containsKey(e.getKey())) {
        storyCountryMissing = true;
        break;
      }
    }
    if (!storyCountryMissing) return false;
    for (String name : article.focal()) {
      if (Demonyms.isCountry(name) && !event.focalCounts.containsKey(name)) return true;
    }
    return false;
  }

  /** A name an incident can be told apart by: not a country, a seat of government, a world body or an outlet. */
  private static boolean ownBase(String base) {
    return !Demonyms.isCountry(base) && !Demonyms.isGovernmentSeat(base) && !CommonNames.attendsEveryCrisis(base) && !CommonNames.isNewsOutlet(base);
  }

  /** The name an incident's name is built on ("kessa" of "kessa attack"), or null for a name that is no incident's. */
  private static String incidentBase(String name) {
    String kind = IncidentKinds.kindOfIncidentName(name);
    return kind == null || name.length() <= kind.length() + 1 ? null : name.substring(0, name.length() - kind.length() - 1);
  }
}
