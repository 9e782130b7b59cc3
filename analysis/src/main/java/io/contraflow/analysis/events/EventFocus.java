package io.contraflow.analysis.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an event is about and whether an article is about the same thing: the event's core names (those most of its
 * articles are about), which of them the article is about too, and whether the two report the same kind of incident.
 *
 * <p>Reports of one incident share what it happened to (a victim, a flight, a named incident: "Abu Akleh", "MH17",
 * "the Bucha killings"); another incident of the same week shares the setting (the town, the country, the people who
 * comment on everything) but not that. So names weigh by what they are: an incident name most, a person or an
 * organisation fully, a place half, a country hardly at all. An incident with no name of its own ("a Ukrainian
 * airliner shot down over Iran") is identified by its kind and the countries or places it involves.
 */
final class EventFocus {
  /** A name is core to an event when at least this share of its articles are about it (and at least one is). */
  static final double CORE_SHARE = 0.4;
  static final double INCIDENT_WEIGHT = 1.5;
  /** A code as {@link NameFinder} keys it: two or three letters then two to four digits ("mh17", "ps752"). */
  private static final java.util.regex.Pattern FLIGHT_CODE = java.util.regex.Pattern.compile("[a-z]{2,3}\\d{2,4}");
  static final double NAME_WEIGHT = 1.0;
  static final double PLACE_WEIGHT = 0.5;
  static final double COUNTRY_WEIGHT = 0.1;
  /** Shared places and speakers weighing this much together count as a shared name. */
  static final double SETTINGS_AS_NAME = 1.5;
  /**
   * Kinds of event that are discrete happenings, so that two reports of one with the same countries, places or
   * speakers are one event (an election in one country, a summit of the same leaders); killings, attacks, arrests and
   * protests recur in the same places every week.
   */
  static final Set<String> DISCRETE_KINDS = Set.of("explosion", "fire", "aircraft loss", "stampede", "flood",
      "earthquake", "collapse", "sinking", "rail accident", "road accident", "spill", "storm", "mass killing", "jailbreak", "election", "summit",
      IncidentKinds.CHEMICAL_ATTACK);

  /** The discrete kinds that are something that happened to people or things: not a vote or a meeting. */
  private static final Set<String> HAPPENINGS = DISCRETE_KINDS.stream().filter(k -> !k.equals("election") && !k.equals("summit"))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final String PROTEST = "protest";
  private static final String ARREST = "arrest";

  private EventFocus() {}

  /**
   * How the article's focus meets the event's core.
   *
   * @param identity summed weight of the core names the article is about too
   * @param shared those names, heaviest first
   * @param missedCore the event's core has a name that is neither a place nor a country, and the article is about
   *     none of them: the event is about someone or something this article is not
   * @param incidentConflict the article reports another kind of incident than the event's usual one
   * @param strength the strongest thing the article and the event are both about
   * @param kindInCountries the incident is identified only by its kind in two countries ("an explosion in Russia and
   *     Ukraine"), which a war between them makes of every week's incidents: the reports must read alike to be one
   * @param elsewhere the article is about a place or country, and about none of the event's core places and countries
   * @param kindInOneCountry all the two share is a discrete kind of incident in one country ("a migrant boat sank off
   *     Greece"): as much as a place, for the days a story is fresh
   * @param coversIdentityName the article is about a person, organisation or incident the event is about
   * @param mentioned a name the article leads with that the event's articles give only further down, or null
   * @param kindAtPlace a town in common and a discrete kind of incident the event's may be
   * @param village a place in common that the article or the event's articles call a village: the place of one story,
   *     as a named structure is
   * @param tollAtPlace a toll of the dead and a place below the country in common: one incident, however long after
   * @param kindAtStructure a named structure or a village in common, and the article reports the event's usual kind of
   *     incident (any kind: shootings at one bridge, strikes on one hospital)
   * @param townInCommon a place below the country in common, and no make or model the event is about that the article
   *     misses (another aircraft downed the same week is another incident)
   * @param rivalIncident the article names an incident of its own the story never names (see
   *     {@link OtherStories#rivalIncident})
   * @param otherHappening the two report things that happened which cannot be one (a road crash, a crush; no vote)
   * @param otherCounterpart the story is about a country the article never names, and the article is about a country
   *     none of the story's reports is about (see {@link OtherStories#otherCounterpart})
   * @param kindInPlaces the incident is identified only by its kind in the same places ("a chemical attack in Aleppo,
   *     Syria"), no name of its own in common
   */
  record Match(double identity, List<String> shared, boolean missedCore, boolean incidentConflict, Strength strength,
               boolean kindInCountries, boolean elsewhere, boolean kindInOneCountry, boolean coversIdentityName,
               String mentioned, boolean kindAtPlace, boolean village, boolean tollAtPlace, boolean kindAtStructure, boolean townInCommon,
               boolean rivalIncident, boolean otherHappening, boolean otherCounterpart, boolean kindInPlaces) {
    Match(double identity, List<String> shared, boolean missedCore, boolean incidentConflict, Strength strength) {
      this(identity, shared, missedCore, incidentConflict, strength, false, false, false, false, null, false, false, false, false, false, false,
          false, false);
    }

    Match(double identity, List<String> shared, boolean missedCore, boolean incidentConflict, Strength strength,
          boolean kindInCountries, boolean elsewhere, boolean kindInOneCountry, boolean coversIdentityName,
          String mentioned, boolean kindAtPlace, boolean village, boolean tollAtPlace, boolean kindAtStructure, boolean townInCommon,
          boolean rivalIncident, boolean otherHappening, boolean otherCounterpart) {
      this(identity, shared, missedCore, incidentConflict, strength, kindInCountries, elsewhere, kindInOneCountry, coversIdentityName,
          mentioned, kindAtPlace, village, tollAtPlace, kindAtStructure, townInCommon, rivalIncident, otherHappening, otherCounterpart,
          false);
    }
  }

  /** What an article and an event are both about, strongest first. */
  enum Strength {
    /** The incident itself: its name ("the Beirut blast"), or its kind in the same places ("an airliner downed in Iran"). */
    INCIDENT,
    /** A person or organisation the event is about (who may be in other stories too: a president). */
    NAME,
    /** Only the place where it happened. */
    SETTING,
    /** Nothing the event is about. */
    NONE
  }

  static Match match(EventFeatures article, EventProfile event) {
    int articles = Math.max(1, event.articleCount);
    // One article's focus is all an event has to go on; from two on, a core name is one at least two are about.
    double needed = articles == 1 ? 1 : Math.max(2, Math.ceil(CORE_SHARE * articles));
    // Reports that joined on what they say, not on a name, leave no name that two are about: then each one's names are
    // the story's, as a single report's are.
    int mostShared = event.focalCounts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    if (mostShared < needed) needed = Math.max(1, mostShared);
    String dominant = dominantIncident(event);
    double identity = 0;
    List<String> shared = new ArrayList<>();
    List<String> sharedSettings = new ArrayList<>();
    boolean coreHasIdentityName = false;
    boolean mentionsIdentityName = false;
    boolean coveredIdentityName = false;
    boolean missedModel = false;
    Strength strength = Strength.NONE;
    for (Map.Entry<String, Integer> e : event.focalCounts.entrySet()) {
      if (e.getValue() < needed) continue;
      String name = e.getKey();
      double w = weight(name, event);
      boolean identityName = w >= NAME_WEIGHT;
      coreHasIdentityName |= identityName;
      // (A core name the article gives further down, "in East Java" in its fourth paragraph, is one it is not unaware of.)
      mentionsIdentityName |= identityName && article.entities().containsKey(name);
      // A make or model the event is about ("an An-26 shot down") does not make another report the same incident,
      // but a report that never mentions it is about another aircraft. Not so the weapon: the next report of the
      // same strike may not name the missile.
      if (CommonNames.isVehicleModel(name) && !Tolls.isToll(name) && !article.entities().containsKey(name)) missedModel = true;
      double covered = coverage(name, w, article);
      if (covered > 0) {
        identity += covered;
        shared.add(name);
        coveredIdentityName |= identityName && covered >= NAME_WEIGHT;
        if (w < NAME_WEIGHT) sharedSettings.add(name);
        Strength level = covered >= INCIDENT_WEIGHT ? Strength.INCIDENT : covered >= NAME_WEIGHT ? Strength.NAME
            : covered >= PLACE_WEIGHT ? Strength.SETTING : Strength.NONE;
        if (level.compareTo(strength) < 0) strength = level;
      }
    }
    // A report that leads with an incident of its own the story never names ("the county mourns X, shot at the protests
    // over Y's death") tells that incident; the story's named one, further down, is its background: as much as a name.
    // (Not a story known by no incident name: "Flight KV208 lost" and "the Lake Ostra crash" are two names of one.)
    String lead = article.headlineIncident();
    String leadKind = lead == null || event.entities.containsKey(lead) ? null : IncidentKinds.kindOfIncidentName(lead);
    if (strength == Strength.INCIDENT && leadKind != null && !event.entities.containsKey(lead.substring(0, lead.length() - leadKind.length() - 1))
        && shared.stream().allMatch(n -> IncidentKinds.kindOfIncidentName(n) != null || weight(n, event) < INCIDENT_WEIGHT)) {
      strength = Strength.NAME;
    }
    // "A Ukrainian airliner shot down over Iran" in two reports: the same kind of discrete incident in the same two
    // countries or places is one incident, named or not.
    // It does not stand in for a name the event is about: another aircraft shot down over the same war is another
    // incident.
    // Heaviest first, then by name: a profile's maps come back from the state store in another order after a restart.
    sharedSettings.sort(java.util.Comparator.comparingDouble((String n) -> -weight(n, event)).thenComparing(n -> n));
    boolean kindInCountries = false;
    boolean kindInPlaces = false;
    boolean elsewhere = sharedSettings.stream().noneMatch(n -> isPlace(n, event))
        && article.focal().stream().anyMatch(n -> article.places().contains(n) || Demonyms.isCountry(n));
    boolean sameDiscreteKind = dominant != null && DISCRETE_KINDS.contains(dominant)
        && IncidentKinds.reports(article.incidents(), dominant) && !IncidentKinds.conflict(article.incident(), dominant);
    if (sameDiscreteKind && sharedSettings.size() >= 2) {
      kindInCountries = strength != Strength.INCIDENT && strength != Strength.NAME
          && sharedSettings.stream().allMatch(n -> weight(n, event) <= COUNTRY_WEIGHT);
      kindInPlaces = strength != Strength.INCIDENT && strength != Strength.NAME;
      identity += NAME_WEIGHT;
      shared.add(dominant + " in " + sharedSettings.get(0) + " and " + sharedSettings.get(1));
      strength = Strength.INCIDENT;
    }
    boolean kindInOneCountry = false;
    // Protests recur, but a country's protests in the same fresh week are one wave of unrest (JoinTests keeps the
    // window that short), however each report leads: "two dead as protests spread" leads with the deaths.
    boolean sameKindThisWeek = sameDiscreteKind || (PROTEST.equals(dominant) || IncidentKinds.KILLING.equals(dominant))
        && IncidentKinds.reports(article.incidents(), PROTEST) && !IncidentKinds.conflict(article.incident(), PROTEST);
    if (sameKindThisWeek && sharedSettings.size() == 1 && strength == Strength.NONE) {
      kindInOneCountry = true;
      identity += PLACE_WEIGHT;
      shared.add((sameDiscreteKind ? dominant : PROTEST) + " in " + sharedSettings.get(0));
      strength = Strength.SETTING;
    }
    // Three of the event's places and speakers at once ("Putin, Lukashenko, Moscow") say as much as one name of its own.
    if (strength == Strength.SETTING && identity >= SETTINGS_AS_NAME) strength = Strength.NAME;
    shared.sort(java.util.Comparator.comparingDouble((String n) -> -weight(n, event)).thenComparing(n -> n));
    // The headline's own first incident decides: "Selvik fire: blaze sweeps the port wrecked by the explosion" reports
    // a fire, whatever else it mentions.
    // An arrest over the story's own kind of incident ("mayors arrested over the club linked to the deadly fire") is its
    // aftermath, not another incident; so is a protest against it ("thousands protest the strike that killed 140").
    boolean conflict = IncidentKinds.conflict(article.incident(), dominant)
        && !((ARREST.equals(article.incident()) || PROTEST.equals(article.incident())) && article.incidents().contains(dominant));
    // Three or more of the event's core names at once ("Ostrow", "the Ostrow school", the safety chief who speaks in every
    // report) say the article is about the same story, though not about the person its first reports led with.
    boolean manyInCommon = shared.size() >= 3 && identity >= 2 * NAME_WEIGHT && !missedModel;
    boolean village = sharedSettings.stream().anyMatch(n -> !Demonyms.isCountry(n) && (article.entities().containsKey(n + " village")
        || event.entities.containsKey(n + " village")));
    boolean kindAtStructure = dominant != null && IncidentKinds.reports(article.incidents(), dominant) && !conflict
        && (village || shared.stream().anyMatch(EventFocus::namedStructure));
    return new Match(identity, shared, !coveredIdentityName && !manyInCommon && (coreHasIdentityName && !mentionsIdentityName || missedModel), conflict, strength,
        kindInCountries, elsewhere, kindInOneCountry, coveredIdentityName,
        coveredIdentityName ? null : mentioned(article, event), kindAtPlace(article, event, sharedSettings, dominant), village,
        sharedSettings.stream().anyMatch(Tolls::isToll) && sharedSettings.stream().anyMatch(n -> !Tolls.isToll(n) && !Demonyms.isCountry(n)
            && !Demonyms.isGovernmentSeat(n) && isPlace(n, event)), kindAtStructure,
        !missedModel && sharedSettings.stream().anyMatch(n -> !Demonyms.isCountry(n) && !Demonyms.isGovernmentSeat(n) && !Tolls.isToll(n)
            && isPlace(n, event)), OtherStories.rivalIncident(article, event),
        conflict && HAPPENINGS.contains(article.incident()) && HAPPENINGS.contains(dominant),
        OtherStories.otherCounterpart(article, event, needed), kindInPlaces);
  }

  /**
   * The two share a place below the country (a town, a district) and the article reports a discrete kind of incident
   * that the event's may be: "the mine collapse" in Narva and "the explosion at the Narva mine", told without a date.
   */
  private static boolean kindAtPlace(EventFeatures article, EventProfile event, List<String> sharedSettings, String dominant) {
    if (dominant == null || !DISCRETE_KINDS.contains(dominant)) return false;
    boolean sameKind = article.incidents().stream().anyMatch(k -> DISCRETE_KINDS.contains(k) && !IncidentKinds.conflict(k, dominant));
    return sameKind && sharedSettings.stream().anyMatch(n -> !Demonyms.isCountry(n) && !Demonyms.isGovernmentSeat(n)
        && isPlace(n, event));
  }

  /**
   * A person, organisation or thing the article leads with that the event's articles name only further down: the
   * ship's name in a later report's headline, which the first wire stories ("a ferry sank off the coast") gave in their
   * fourth paragraph. (Not the other way round: a distractor that recalls the story's victim in passing is no report of
   * it.) The first such name in order, or null.
   */
  private static String mentioned(EventFeatures article, EventProfile event) {
    for (String name : new java.util.TreeSet<>(article.focal())) {
      if (article.places().contains(name) || article.speakers().contains(name) || Demonyms.isCountry(name)
          || Demonyms.isGovernmentSeat(name) || CommonNames.attendsEveryCrisis(name) || CommonNames.isNewsOutlet(name)) continue;
      // A speaker or a place of the event's own (an ayatollah who comments on every grievance) says nothing of the kind.
      if (event.entities.containsKey(name) && weight(name, event) >= NAME_WEIGHT) return name;
    }
    return null;
  }

  /** Without focus (an ablation): every name the article shares with the event counts as a name it is about. */
  static Match matchAnyName(EventFeatures features, EventProfile event) {
    EventFeatures all = new EventFeatures(features.entities(), features.terms(), features.fingerprint(),
        features.bodyWords(), features.entities().keySet(), Set.of(), Set.of(),
        features.headlineIncident(), features.incident(), features.incidents(), features.gist(), features.days());
    EventProfile flat = new EventProfile();
    flat.articleCount = 1;
    event.entities.keySet().forEach(k -> flat.focalCounts.put(k, 1));
    flat.incidents = event.incidents;
    return match(all, flat);
  }

  /**
   * How much of the core name {@code name} (weight {@code w}) the article is about: all of it when the name is in its
   * focus. An incident name ("bucha killing") is covered in full by an article about the name it is built on
   * ("bucha") that reports that kind of incident, and as a name by one about it that reports no incident.
   */
  private static double coverage(String name, double w, EventFeatures article) {
    if (article.focal().contains(name)) return w;
    String kind = IncidentKinds.kindOfIncidentName(name);
    if (kind == null && spelledAlike(name, article)) return w;
    if (kind == null) return structureNamedShort(name, article) || peopleOf(name, article) ? Math.min(w, NAME_WEIGHT) : 0;
    String base = name.substring(0, name.length() - kind.length() - 1);
    // "the hajj stampede" in lower case, as many outlets write a pilgrimage or a festival: the same incident, named.
    if (!article.focal().contains(base)) return writtenInLowerCase(article, base, kind) ? w : 0;
    if (anotherIncidentThere(article, base, kind)) return 0;
    if (IncidentKinds.reports(article.incidents(), kind)) return w;
    // The headline's own incident decides: "a fire at the port the blast destroyed" is not about the blast.
    if (IncidentKinds.conflict(article.incident(), kind)) return 0;
    return Math.min(w, NAME_WEIGHT);
  }

  /** The article is about a name the event is about, transliterated another way ({@link NameKeys#spelledAlike}). */
  private static boolean spelledAlike(String name, EventFeatures article) {
    if (NameKeys.skeleton(name) == null) return false; // (a short name, or one of several words: none compares)
    for (String n : article.focal()) if (NameKeys.spelledAlike(name, n)) return true;
    return false;
  }

  /**
   * The article is about the people of a place the event is about: "Ostravian" for "Ostravia", "Tigrayan" for "Tigray",
   * "Crimean" for "Crimea" (a region the lexicon's demonyms, which are countries', do not list).
   */
  private static boolean peopleOf(String name, EventFeatures article) {
    if (name.indexOf(' ') >= 0 || name.length() < 4) return false;
    String stem = name.endsWith("a") ? name.substring(0, name.length() - 1) : name;
    for (String suffix : PEOPLE_SUFFIXES) if (article.focal().contains(name + suffix) || article.focal().contains(stem + suffix)) return true;
    return false;
  }

  private static final List<String> PEOPLE_SUFFIXES = List.of("i", "is", "n", "ns", "an", "ans", "ian", "ians");

  /** The article's key terms hold the incident's name in lower case ("hajj stampede") and it reports that kind. */
  private static boolean writtenInLowerCase(EventFeatures article, String base, String kind) {
    if (base.indexOf(' ') >= 0 || !IncidentKinds.reports(article.incidents(), kind)) return false;
    for (String term : article.terms().keySet()) {
      int space = term.indexOf(' ');
      if (space > 0 && NameKeys.fold(term.substring(0, space)).equals(base) && kind.equals(IncidentKinds.kindOfWord(term.substring(space + 1)))) {
        return true;
      }
    }
    return false;
  }

  /** A structure with a name of its own ("nord stream", "kakhovka dam", "crocus city hall"): not a country's. */
  static boolean namedStructure(String name) {
    int space = name.lastIndexOf(' ');
    if (space < 2 || !io.contraflow.analysis.nlp.Lexicon.english().isStructure(name.substring(space + 1))) return false;
    String base = name.substring(0, space);
    return !Demonyms.isCountry(base) && !Demonyms.isGovernmentSeat(base);
  }

  /**
   * The core name is a named structure ("al-ahli hospital", "kakhovka dam") and the article is about its name without
   * the head noun ("al-ahli", "the al-ahli blast"). A country's name is too broad to stand for one of its buildings.
   */
  private static boolean structureNamedShort(String name, EventFeatures article) {
    int space = name.lastIndexOf(' ');
    if (space < 4 || !io.contraflow.analysis.nlp.Lexicon.english().isStructure(name.substring(space + 1))) return false;
    String base = name.substring(0, space);
    if (Demonyms.isCountry(base) || Demonyms.isGovernmentSeat(base)) return false;
    if (article.focal().contains(base)) return true;
    for (String n : article.focal()) if (n.startsWith(base + " ")) return true;
    return false;
  }

  /**
   * The article's headline names another kind of incident at the same place: "Beirut fire: blaze strikes port area
   * destroyed by explosion" is about a fire, not about the blast that destroyed the port.
   */
  private static boolean anotherIncidentThere(EventFeatures article, String base, String kind) {
    String own = article.headlineIncident();
    if (own == null) return false;
    String ownKind = IncidentKinds.kindOfIncidentName(own);
    return ownKind != null && own.equals(base + " " + ownKind) && IncidentKinds.conflict(ownKind, kind);
  }

  /** A country, a seat of government, or a name most of the event's articles read as a place ("in Kesta"). */
  private static boolean isPlace(String name, EventProfile event) {
    if (Demonyms.isCountry(name) || Demonyms.isGovernmentSeat(name)) return true;
    int about = event.focalCounts.getOrDefault(name, 0);
    return about > 0 && 2 * event.placeCounts.getOrDefault(name, 0) >= about;
  }

  /** The kind of incident most of the event's articles report, or null. */
  static String dominantIncident(EventProfile event) {
    String best = null;
    int count = 0;
    for (Map.Entry<String, Integer> e : event.incidents.entrySet()) {
      // (An arrest is what follows an incident: "owner of collapsed building arrested" leads a story about the
      // collapse, which stays its kind while any report gives one.)
      if (ARREST.equals(e.getKey()) && event.incidents.size() > 1) continue;
      // Ties go to the kind that says more ("a mass killing" over "a killing", which every deadly incident also is),
      // then to the first name in order, so that every JVM (and every restart) picks the same incident.
      boolean tieBroken = best != null && (IncidentKinds.KILLING.equals(best) != IncidentKinds.KILLING.equals(e.getKey())
          ? IncidentKinds.KILLING.equals(best) : e.getKey().compareTo(best) < 0);
      if (e.getValue() > count || e.getValue() == count && tieBroken) {
        best = e.getKey();
        count = e.getValue();
      }
    }
    return best;
  }

  /**
   * What a name weighs for the event, as most of the articles about it read it: a place or a speaker is the setting
   * (half), anyone or anything else the subject (whole).
   */
  static double weight(String name, EventProfile event) {
    String kind = IncidentKinds.kindOfIncidentName(name);
    if (kind != null) {
      // "the Beirut blast", "Navalny's death": one incident. "A raid in Jenin" recurs: a place and a kind, no more.
      String base = name.substring(0, name.length() - kind.length() - 1);
      return DISCRETE_KINDS.contains(kind) || weight(base, event) >= NAME_WEIGHT ? INCIDENT_WEIGHT : PLACE_WEIGHT;
    }
    // A toll in common is as much as a place in common; with a place, it is the incident's (JoinTests).
    if (Tolls.isToll(name)) return PLACE_WEIGHT;
    if (Demonyms.isCountry(name) || CommonNames.isMakeOrModel(name) || CommonNames.isModelDesignation(name)) return COUNTRY_WEIGHT;
    // "The Kremlin said", "Moscow says": a seat of government or a capital speaks for its country, in every story it
    // comments on.
    if (Demonyms.isGovernmentSeat(name)) return COUNTRY_WEIGHT;
    // "MH17", "PS752": a flight's code is named in the news for what happened to that flight, like an incident name.
    if (FLIGHT_CODE.matcher(name).matches()) return INCIDENT_WEIGHT;
    // The UN or the Red Cross speaks on every crisis, a country's rescue service attends every disaster there: at most a
    // setting, never what one story is about.
    if (CommonNames.attendsEveryCrisis(name)) return PLACE_WEIGHT;
    // "The New York Times reported": where a claim was published, cited in stories of every kind.
    if (CommonNames.isNewsOutlet(name)) return PLACE_WEIGHT;
    int about = event.focalCounts.getOrDefault(name, 0);
    int asPlace = event.placeCounts.getOrDefault(name, 0);
    // "Lisbon denies", "Lisbon has not confirmed": a capital the story's reports never place anything in speaks for its
    // country, as it does in every story about that country: a setting, never what one story is about.
    if (asPlace == 0 && io.contraflow.analysis.nlp.Lexicon.english().isGovernmentMetonym(name)) return PLACE_WEIGHT;
    int asSpeaker = event.speakerCounts.getOrDefault(name, 0);
    return about > 0 && (2 * asPlace >= about || 2 * asSpeaker >= about) ? PLACE_WEIGHT : NAME_WEIGHT;
  }
}
