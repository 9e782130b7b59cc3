package io.contraflow.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an event is about when its reports joined on what they say rather than on a name. */
class EventFocusTest {
  @Test
  void anEventWhoseReportsShareNoNameKeepsEachOnesNamesAsItsCore() {
    // Two reports, joined because they read alike, each about a name the other does not mention.
    EventProfile event = new EventProfile();
    event.articleCount = 2;
    event.focalCounts.put("varna harbour", 1);
    event.focalCounts.put("ilse varga", 1);
    EventFeatures third = about("varna harbour", 1.5);

    EventFocus.Match m = EventFocus.match(third, event);

    assertThat(m.shared()).contains("varna harbour");
    assertThat(m.strength()).isNotEqualTo(EventFocus.Strength.NONE);
  }

  /** A named river is the setting of one disaster's story for months, as a named dam or bridge is; a country is not. */
  @Test
  void aNamedRiverIsAStructureAsADamIs() {
    assertThat(EventFocus.namedStructure("narva river")).isTrue();
    assertThat(EventFocus.namedStructure("varno dam")).isTrue();
    assertThat(EventFocus.namedStructure("narva")).isFalse();
  }

  @Test
  void aBodyThatSpeaksOnEveryCrisisIsASettingNotWhatTheStoryIsAbout() {
    // One report about a prison camp that names the United Nations; another story naming it shares no more than that.
    EventProfile event = story(1, "united nations", "varna camp");
    assertThat(EventFocus.weight("united nations", event)).isEqualTo(EventFocus.PLACE_WEIGHT);
    assertThat(EventFocus.weight("varna camp", event)).isEqualTo(EventFocus.NAME_WEIGHT);
    EventFeatures hospital = about("united nations", 1.0);
    assertThat(EventFocus.match(hospital, event).strength()).isNotEqualTo(EventFocus.Strength.NAME);
  }

  /** A country's rescue service is at every flood and collapse there: two disasters years apart share it and no more. */
  @Test
  void aRescueServiceIsASettingNotWhatTheStoryIsAbout() {
    EventProfile event = story(1, "ndrf", "halvik pit");
    assertThat(EventFocus.weight("ndrf", event)).isEqualTo(EventFocus.PLACE_WEIGHT);
    assertThat(EventFocus.weight("civil defence", story(1, "civil defence"))).isEqualTo(EventFocus.PLACE_WEIGHT);
    assertThat(EventFocus.match(about("ndrf", 1.0), event).strength()).isNotEqualTo(EventFocus.Strength.NAME);
  }

  @Test
  void anArticleAboutManyOfTheStorysNamesDoesNotMissItsCore() {
    // The story's first reports led with a police chief; a later one is about the town, its school, the district and the
    // minister who speaks in every report, but never names the chief. One such name is another story; four are this one.
    EventProfile event = new EventProfile();
    event.articleCount = 3;
    for (String n : new String[] {"dario menko", "varna", "varna school", "kesta district", "tomas vell"}) event.focalCounts.put(n, 3);
    for (String n : new String[] {"varna", "varna school", "kesta district"}) event.placeCounts.put(n, 3);
    event.speakerCounts.put("tomas vell", 3);
    Set<String> four = Set.of("varna", "varna school", "kesta district", "tomas vell");
    EventFeatures later = new EventFeatures(Map.of("varna", 1.5, "varna school", 1.5, "kesta district", 1.5, "tomas vell", 1.0),
        Map.of(), 0L, 120, four, Set.of(), Set.of(), null, null, Set.of(), null);
    EventFeatures another = about("varna", 1.5);

    assertThat(EventFocus.match(later, event).missedCore()).isFalse();
    assertThat(EventFocus.match(another, event).missedCore()).isTrue();
  }

  /**
   * The story's reports lead with a region the lexicon does not know ("Ostravia", read as a name); a report months on
   * leads with the stadium and gives the region only further down: it is not about something else. One that never
   * names the region is.
   */
  @Test
  void aCoreNameGivenFurtherDownIsNotMissed() {
    EventProfile event = story(2, "ostravia", "kesta stadium");
    event.placeCounts.put("kesta stadium", 2);
    EventFeatures later = new EventFeatures(Map.of("kesta stadium", 1.5, "ostravia", 0.4), Map.of(), 0L, 120, Set.of("kesta stadium"),
        Set.of("kesta stadium", "ostravia"), Set.of(), null, null, Set.of(), null);
    assertThat(EventFocus.match(later, event).missedCore()).isFalse();
    EventFeatures unaware = about("kesta stadium", 1.5);
    assertThat(EventFocus.match(unaware, event).missedCore()).isTrue();
  }

  @Test
  void anArticleAboutAPlacesPeopleIsAboutThePlace() {
    // A story about a region the lexicon does not list ("Ostravia"); a later report names only its people ("Ostravian").
    EventProfile event = story(2, "ostravia");
    EventFeatures later = about("ostravian", 1.0);
    EventFocus.Match m = EventFocus.match(later, event);
    assertThat(m.shared()).contains("ostravia");
    assertThat(m.missedCore()).isFalse();
    // A word that merely starts with the name is not its people.
    EventFeatures other = about("ostraviamed", 1.0);
    assertThat(EventFocus.match(other, event).missedCore()).isTrue();
  }

  @Test
  void aWeaponTheStoryNamesIsNotSomethingEachReportMustName() {
    // Two reports of a strike on Varna name the missile; a third names the town and the strike but not the missile.
    EventProfile event = story(2, "varna", "iskander");
    event.placeCounts.put("varna", 2);
    EventFeatures third = about("varna", 1.5);
    assertThat(EventFocus.match(third, event).missedCore()).isFalse();
    // An airliner's make is what the incident happened to: a report that never names it is about another aircraft.
    EventProfile downed = story(2, "varna", "boeing");
    downed.placeCounts.put("varna", 2);
    assertThat(EventFocus.match(third, downed).missedCore()).isTrue();
  }

  @Test
  void aCapitalTheStoryNeverPlacesAnythingInSpeaksForItsCountry() {
    // "Vienna denied any part in it" in two reports of a fire in Varna: the capital is its government speaking, a
    // setting of every story about that country; a town of the same standing stays a name.
    EventProfile event = story(2, "vienna", "kessburg");
    assertThat(EventFocus.weight("vienna", event)).isEqualTo(EventFocus.PLACE_WEIGHT);
    assertThat(EventFocus.weight("kessburg", event)).isEqualTo(EventFocus.NAME_WEIGHT);
    // Where the story's reports place something in it, the capital is where it happened, weighed as any place is.
    event.focalCounts.put("vienna", 3);
    event.placeCounts.put("vienna", 1);
    assertThat(EventFocus.weight("vienna", event)).isEqualTo(EventFocus.NAME_WEIGHT);
  }

  @Test
  void aPaperOtherOutletsCiteIsASettingNotWhatTheStoryIsAbout() {
    // Three reports of a drone strike cite what a big paper reported; a report of another strike that cites the same
    // paper shares no more than a setting with them.
    EventProfile event = story(3, "new york times", "varna");
    assertThat(EventFocus.weight("new york times", event)).isEqualTo(EventFocus.PLACE_WEIGHT);
    EventFeatures other = about("new york times", 1.0);
    assertThat(EventFocus.match(other, event).strength()).isNotEqualTo(EventFocus.Strength.NAME);
  }

  /**
   * "Three wardens arrested over the club linked to the deadly fire": an arrest over the story's own kind of incident is
   * its aftermath; an arrest that names no fire is another kind of incident.
   */
  @Test
  void anArrestOverTheStorysIncidentIsItsAftermath() {
    EventProfile fire = story(4, "kesta", "kesta fire");
    fire.incidents.put("fire", 4);
    EventFeatures aftermath = new EventFeatures(Map.of("kesta", 1.5), Map.of(), 0L, 120, Set.of("kesta"), Set.of(), Set.of(), null,
        "arrest", Set.of("arrest", "fire"), null);
    assertThat(EventFocus.match(aftermath, fire).incidentConflict()).isFalse();
    EventFeatures another = new EventFeatures(Map.of("kesta", 1.5), Map.of(), 0L, 120, Set.of("kesta"), Set.of(), Set.of(), null,
        "arrest", Set.of("arrest"), null);
    assertThat(EventFocus.match(another, fire).incidentConflict()).isTrue();
  }

  /**
   * "Thousands protest the air strike that killed 40 mourners": a protest against the story's own incident is its
   * aftermath; a protest that names no strike is another kind of incident.
   */
  @Test
  void aProtestAgainstTheStorysIncidentIsItsAftermath() {
    EventProfile strike = story(4, "varno", "norland");
    strike.incidents.put("attack", 4);
    EventFeatures protest = new EventFeatures(Map.of("varno", 1.5), Map.of(), 0L, 120, Set.of("varno"), Set.of(), Set.of(), null,
        "protest", Set.of("protest", "attack"), null);
    assertThat(EventFocus.match(protest, strike).incidentConflict()).isFalse();
    EventFeatures another = new EventFeatures(Map.of("varno", 1.5), Map.of(), 0L, 120, Set.of("varno"), Set.of(), Set.of(), null,
        "protest", Set.of("protest"), null);
    assertThat(EventFocus.match(another, strike).incidentConflict()).isTrue();
  }

  /**
   * A story whose first two reports led one with the collapse, one with the owner's arrest: the collapse is its kind,
   * and a later report of the collapse is no other incident.
   */
  @Test
  void anArrestNeverOutranksTheIncidentItFollows() {
    EventProfile collapse = story(2, "kesta", "kesta plaza");
    collapse.incidents.put("arrest", 1);
    collapse.incidents.put("collapse", 1);
    assertThat(EventFocus.dominantIncident(collapse)).isEqualTo("collapse");
    assertThat(EventFocus.namedStructure("kesta plaza")).isTrue(); // (a building named for its plaza is where the incident was)
    EventFeatures later = new EventFeatures(Map.of("kesta plaza", 1.5), Map.of(), 0L, 120, Set.of("kesta plaza"), Set.of(), Set.of(), null,
        "collapse", Set.of("collapse"), null);
    assertThat(EventFocus.match(later, collapse).incidentConflict()).isFalse();
    EventProfile arrests = story(2, "kesta");
    arrests.incidents.put("arrest", 2);
    assertThat(EventFocus.dominantIncident(arrests)).isEqualTo("arrest");
  }

  /** Every report of a massacre also reports killings: at a tie the massacre is the story's kind, whatever the order. */
  @Test
  void aTieWithKillingGoesToTheKindThatSaysMore() {
    EventProfile massacre = story(2, "kesta");
    massacre.incidents.put("mass killing", 2);
    massacre.incidents.put("killing", 2);
    assertThat(EventFocus.dominantIncident(massacre)).isEqualTo("mass killing");
    EventProfile shootings = story(3, "kesta");
    shootings.incidents.put("killing", 3);
    shootings.incidents.put("mass killing", 1);
    assertThat(EventFocus.dominantIncident(shootings)).isEqualTo("killing");
  }

  /** A story of {@code articles} reports, each about all of {@code names}. */
  private static EventProfile story(int articles, String... names) {
    EventProfile p = new EventProfile();
    p.articleCount = articles;
    for (String n : names) p.focalCounts.put(n, articles);
    return p;
  }

  /** A report about one name alone, weighed {@code weight}. */
  private static EventFeatures about(String name, double weight) {
    return new EventFeatures(Map.of(name, weight), Map.of(), 0L, 120, Set.of(name), Set.of(), Set.of(), null, null, Set.of(), null);
  }
}
