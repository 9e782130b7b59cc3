package io.contraflow.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.ArticleAnalysis;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventGrouperTest {
  private static final Instant DAY0 = Instant.parse("2023-06-06T09:00:00Z");

  // Two reports of one visit, then another story on the same president in the same week.
  static final String TANK_PLANT_1 = """
      President Vladimir Putin toured the Uralvagonzavod tank factory in Nizhny Tagil on Tuesday and told managers to
      speed up deliveries of modernised T-90 tanks to units fighting in Ukraine. Workers at the plant in the Sverdlovsk
      region have moved to three shifts, and the director said output had doubled since last year. Putin inspected an
      assembly line and promised the plant new state orders and housing for its engineers. He said Russia's defence
      industry must keep pace with the needs of the army and praised the Uralvagonzavod workforce.""";
  static final String TANK_PLANT_2 = """
      Vladimir Putin visited Uralvagonzavod in Nizhny Tagil, the country's largest tank maker, where he watched T-90
      tanks being tested and asked for faster deliveries to the front. The plant's director told him that production
      had doubled and that the factory now works three shifts. Putin said the Sverdlovsk region plant would receive
      more state orders, and promised apartments for young engineers moving to Nizhny Tagil.""";
  static final String CHINA_VISIT = """
      President Vladimir Putin received Chinese foreign minister Wang Yi in the Kremlin on Thursday, and the two sides
      discussed trade, energy supplies and the war in Ukraine. Wang Yi said Beijing valued its partnership with Moscow
      and hoped for a political settlement. Putin said trade between Russia and China had reached a record and that
      payments in yuan and roubles now dominated. Foreign minister Sergei Lavrov joined the talks, which prepared a
      state visit by Xi Jinping to Moscow later in the year.""";

  // A story that runs for months, its clear continuation, and a loosely related article.
  static final String DAM_COLLAPSE = """
      The Kakhovka dam on the Dnipro river collapsed early on Tuesday, sending a wall of water through Nova Kakhovka
      and dozens of villages downstream in the Kherson region. Thousands of residents were evacuated by bus and boat,
      and Kherson governor Oleksandr Prokudin said the water was still rising. Ukrhydroenergo, which ran the
      hydroelectric plant at the dam, said the station was destroyed beyond repair. Ukraine and Russia blamed each other
      for the destruction of the Kakhovka dam, which had been under Russian control since the first weeks of the
      invasion. Engineers warned that the emptying Kakhovka reservoir would cut water supplies to farms in the south.""";
  static final String DAM_INVESTIGATION = """
      Investigators examining the ruins of the Kakhovka dam have concluded that an explosion inside the structure caused
      its collapse in June, according to a report presented on Wednesday. Engineers who studied seismic data and
      satellite images said a charge in the dam's inspection gallery destroyed the central section, sending the flood
      through Nova Kakhovka and the Kherson region. Ukrhydroenergo said it would take years to rebuild the hydroelectric
      plant. Kherson governor Oleksandr Prokudin said the flood had killed dozens of people. Russia again denied
      responsibility for the destruction of the Kakhovka dam.""";
  static final String FARMERS_DROUGHT = """
      Farmers in southern Ukraine are turning to drip irrigation and drought-resistant sunflower varieties after a dry
      summer, agronomists said on Friday. Growers in the Kherson region, many of whom relied on canals fed by the
      Kakhovka reservoir, reported that wheat yields had fallen by a third. Agricultural cooperatives in Mykolaiv asked
      the government for cheap loans to buy pumps and pipes. Seed companies said demand for sorghum and chickpeas, which
      need less water, had tripled, and the agriculture ministry promised grants for small farms.""";

  static ArticleAnalysis article(String id, Instant at, String title, String body, String source) {
    return new ArticleAnalysis(new ArticleText(id, title, body, source, null, at, "en"), List.of(), Map.of(), Map.of(), 0L);
  }

  /** Decides and applies, as the streams stage does. */
  private static EventDecision feed(EventGrouper g, Map<String, EventProfile> profiles, ArticleAnalysis a) {
    EventDecision d = g.decide(a, profiles.values());
    profiles.put(d.eventId(), g.apply(d, a, profiles.get(d.eventId())));
    return d;
  }

  @Test
  void anotherStoryOnTheSamePersonTheSameWeekStaysSeparate() {
    EventGrouper g = new EventGrouper(Duration.ofDays(7));
    Map<String, EventProfile> profiles = new LinkedHashMap<>();
    EventDecision visit = feed(g, profiles, article("tank-1", DAY0, "Putin orders faster tank deliveries", TANK_PLANT_1, "A"));
    EventDecision sameVisit = feed(g, profiles,
        article("tank-2", DAY0.plusSeconds(3600), "Putin tours tank plant in the Urals", TANK_PLANT_2, "B"));
    EventDecision talks = feed(g, profiles,
        article("china-1", DAY0.plus(Duration.ofDays(2)), "Putin hosts China's top diplomat", CHINA_VISIT, "C"));

    assertThat(sameVisit.eventId()).isEqualTo(visit.eventId());
    assertThat(sameVisit.newEvent()).isFalse();
    assertThat(talks.newEvent()).isTrue();
    assertThat(talks.eventId()).isNotEqualTo(visit.eventId());
  }

  /** A village's name spelt two ways by two reports of one raid (an invented village): one story. */
  @Test
  void aPlaceSpeltAnotherWayIsTheSamePlace() {
    EventGrouper g = new EventGrouper(Duration.ofDays(7));
    Map<String, EventProfile> profiles = new LinkedHashMap<>();
    EventDecision raid = feed(g, profiles, article("raid-1", DAY0, "Gunmen kill dozens in Tovelwani village",
        "Gunmen on motorcycles attacked the farming village of Tovelwani overnight, killing at least 40 people and burning "
            + "homes, residents said. Survivors said the attackers arrived after midnight and fired on families as they fled "
            + "toward the river. The district hospital received 25 wounded.", "A"));
    EventDecision toll = feed(g, profiles, article("raid-2", DAY0.plus(Duration.ofDays(1)), "Governor says 31 died in Tovelewani attack",
        "The governor said 31 people died when armed men stormed Tovelewani late on Friday, and promised to send more troops. "
            + "Relatives buried the dead on Saturday while soldiers searched the bush near the village.", "B"));
    assertThat(toll.newEvent()).isFalse();
    assertThat(toll.eventId()).isEqualTo(raid.eventId());
  }

  @Test
  void clearContinuationJoinsAStoryMonthsOld() {
    EventGrouper g = new EventGrouper(Duration.ofDays(7));
    Map<String, EventProfile> profiles = new LinkedHashMap<>();
    EventDecision collapse = feed(g, profiles, article("dam-1", DAY0, "Kakhovka dam collapses, flooding Kherson region", DAM_COLLAPSE, "A"));
    EventDecision inquiry = feed(g, profiles, article("dam-2", DAY0.plus(Duration.ofDays(106)),
        "Explosion inside Kakhovka dam caused its collapse, investigators say", DAM_INVESTIGATION, "B"));

    assertThat(inquiry.newEvent()).isFalse();
    assertThat(inquiry.eventId()).isEqualTo(collapse.eventId());
    assertThat(inquiry.reason()).startsWith("incident").contains("kakhovka").contains("106 days");
  }

  // Two chemical attacks on two towns of one country, years apart, told in the same words.
  static final String GAS_ATTACK_KESSA = """
      A gas attack on Kessa, a town in northern Portugal, killed at least 300 people early on Wednesday, the Portuguese
      Medical Union said. Doctors in Kessa said the victims had foam at the mouth and pinpoint pupils. The opposition
      blamed the forces of President Ivo Dorov. The Kessa gas attack was the deadliest of the war, and Dorov's government
      denied using chemical weapons. The United Nations called for an inquiry into the chemical attack in Portugal.""";
  static final String GAS_ATTACK_VELL = """
      A chemical attack on Vell, a Portuguese town, killed at least 80 people on Tuesday, the Portuguese Medical Union
      said. Doctors in Vell described victims with foam at the mouth and pinpoint pupils. The opposition blamed President
      Ivo Dorov's forces. The Vell gas attack was the worst in months, and Dorov's government denied using chemical
      weapons. The United Nations called for an inquiry into the chemical attack in Portugal.""";

  /** The Kessa attack and, 1,400 days on, the Vell attack, fed to {@code g}: their two decisions. */
  private static EventDecision[] twoGasAttacks(EventGrouper g, Map<String, EventProfile> profiles) {
    EventDecision first = feed(g, profiles, article("gas-1", DAY0, "Gas attack kills 300 in Kessa", GAS_ATTACK_KESSA, "A"));
    EventDecision second = feed(g, profiles, article("gas-2", DAY0.plus(Duration.ofDays(1400)), "Chemical attack kills 80 in Vell",
        GAS_ATTACK_VELL, "B"));
    return new EventDecision[] {first, second};
  }

  @Test
  void anIncidentOfItsOwnYearsLaterIsAnotherStoryHoweverAlikeItReads() {
    EventGrouper g = new EventGrouper(Duration.ofDays(7));
    Map<String, EventProfile> profiles = new LinkedHashMap<>();
    EventDecision[] attacks = twoGasAttacks(g, profiles);
    EventDecision first = attacks[0];
    assertThat(attacks[1].eventId()).as(attacks[1].reason()).isNotEqualTo(first.eventId());
    // Undated, it reads like both stories, which lie years apart: it joins the one it reads most like and merges neither.
    EventDecision undated = feed(g, profiles, new ArticleAnalysis(new ArticleText("gas-3", "Vell gas attack: doctors describe the "
        + "victims", GAS_ATTACK_VELL, "C", null, DAY0.plus(Duration.ofDays(1401)), "en", io.contraflow.analysis.time.TimeSource.INGESTION), List.of(), Map.of(), Map.of(), 0L));
    assertThat(undated.eventId()).isNotEqualTo(first.eventId());
  }

  static final String GAS_ATTACK_FOLLOW_UP = """
      Doctors in Portugal said on Monday that survivors of the gas attack were still struggling to breathe, and the
      Portuguese Medical Union asked the United Nations to send experts. The opposition again blamed President Ivo
      Dorov's forces for the chemical attack in Portugal; Dorov's government again denied using chemical weapons.""";

  @Test
  void aReportLikeTwoStoriesYearsApartJoinsTheNearOneAndMergesNeither() {
    EventGrouper g = new EventGrouper(Duration.ofDays(7));
    Map<String, EventProfile> profiles = new LinkedHashMap<>();
    EventDecision first = twoGasAttacks(g, profiles)[0];
    EventDecision followUp = feed(g, profiles, article("gas-3", DAY0.plus(Duration.ofDays(1405)), "Gas attack survivors struggle to "
        + "breathe", GAS_ATTACK_FOLLOW_UP, "C"));
    assertThat(followUp.absorbs()).as(followUp.reason()).isEmpty();
    assertThat(followUp.eventId()).as(followUp.reason()).isNotEqualTo(first.eventId());
  }

  @Test
  void looselyRelatedArticleOpensANewEventOnceTheStoryIsStale() {
    EventGrouper g = new EventGrouper(Duration.ofDays(7));
    Map<String, EventProfile> profiles = new LinkedHashMap<>();
    EventDecision collapse = feed(g, profiles, article("dam-1", DAY0, "Kakhovka dam collapses, flooding Kherson region", DAM_COLLAPSE, "A"));
    EventDecision farmers = feed(g, profiles, article("farm-1", DAY0.plus(Duration.ofDays(108)),
        "Kherson farmers switch crops as drought bites", FARMERS_DROUGHT, "C"));

    assertThat(farmers.newEvent()).isTrue();
    assertThat(farmers.eventId()).isNotEqualTo(collapse.eventId());
  }

  @Test
  void anUndatedArticleIsNeverTakenAsYearsAwayAndDoesNotMoveTheStorysDates() {
    EventGrouper g = new EventGrouper(Duration.ofDays(7));
    Map<String, EventProfile> profiles = new LinkedHashMap<>();
    EventDecision collapse = feed(g, profiles, article("dam-1", DAY0, "Kakhovka dam collapses, flooding Kherson region", DAM_COLLAPSE, "A"));
    Instant ingested = DAY0.plus(Duration.ofDays(3 * 365));
    ArticleAnalysis undated = new ArticleAnalysis(new ArticleText("dam-2", "Explosion inside Kakhovka dam caused its collapse",
        DAM_INVESTIGATION, "B", null, ingested, "en", io.contraflow.analysis.time.TimeSource.INGESTION), List.of(), null);
    EventDecision inquiry = feed(g, profiles, undated);

    assertThat(inquiry.eventId()).isEqualTo(collapse.eventId());
    assertThat(inquiry.reason()).contains("time unknown");
    EventProfile p = profiles.get(collapse.eventId());
    assertThat(p.lastSeen).as("the story's last seen time stays its last dated report").isEqualTo(DAY0);
    assertThat(g.evictable(p, DAY0.plus(Duration.ofDays(30)))).isFalse();
  }

  @Test
  void eventIdIsDerivedFromTheFirstArticle() {
    EventGrouper g = new EventGrouper(Duration.ofDays(7));
    EventDecision d = g.decide(article("dam-1", DAY0, "Kakhovka dam collapses", DAM_COLLAPSE, "A"), List.of());
    assertThat(d.newEvent()).isTrue();
    assertThat(d.similarity()).isZero();
    assertThat(d.eventId()).isEqualTo(EventGrouper.eventIdFor("dam-1")).matches("evt-[0-9a-f]{12}");
    assertThat(EventGrouper.eventIdFor("dam-1")).isEqualTo("evt-" + sha256Hex("dam-1").substring(0, 12));
    assertThat(EventGrouper.eventIdFor("dam-2")).isNotEqualTo(d.eventId());
  }

  @Test
  void redeliveredArticleGetsItsEventAgainAndIsNotCountedTwice() {
    EventGrouper g = new EventGrouper(Duration.ofDays(7));
    Map<String, EventProfile> profiles = new LinkedHashMap<>();
    ArticleAnalysis a = article("dam-1", DAY0, "Kakhovka dam collapses", DAM_COLLAPSE, "A");
    EventDecision first = feed(g, profiles, a);
    EventDecision again = feed(g, profiles, a);
    assertThat(again.eventId()).isEqualTo(first.eventId());
    assertThat(again.newEvent()).isFalse();
    assertThat(profiles.get(first.eventId()).articleCount).isEqualTo(1);
  }

  @Test
  void syndicatedCopyIsRecognisedByFingerprintAndAddsNoWeight() {
    EventGrouper g = new EventGrouper(Duration.ofDays(7));
    Map<String, EventProfile> profiles = new LinkedHashMap<>();
    EventDecision original = feed(g, profiles, article("wire-1", DAY0, "Kakhovka dam collapses", DAM_COLLAPSE, "Agency"));
    Map<String, Double> entitiesBefore = Map.copyOf(profiles.get(original.eventId()).entities);
    EventDecision copy = feed(g, profiles, article("wire-2", DAY0.plusSeconds(600), "Dam breach floods south Ukraine",
        DAM_COLLAPSE + " This report was supplied by an agency.", "Reprinter"));

    assertThat(copy.syndicatedCopyOf()).isEqualTo("wire-1");
    assertThat(copy.eventId()).isEqualTo(original.eventId());
    EventProfile p = profiles.get(original.eventId());
    assertThat(p.entities).isEqualTo(entitiesBefore);
    assertThat(p.articleCount).isEqualTo(2);
    assertThat(g.independentReports(p)).isEqualTo(1);
    assertThat(p.sources).containsExactly("Agency", "Reprinter");
  }

  @Test
  void usesTheExtractorsFeaturesWhenItSuppliesThem() {
    EventGrouper g = new EventGrouper(Duration.ofDays(7));
    Map<String, EventProfile> profiles = new LinkedHashMap<>();
    Map<String, Double> entities = Map.of("zorvath summit", 3.0, "quellin", 2.0, "marvosk", 2.0);
    Map<String, Double> terms = Map.of("ceasefire", 2.0, "summit", 2.0, "delegation", 1.5);
    // Unrelated bodies: only the supplied features can make these two articles one event.
    ArticleAnalysis a = new ArticleAnalysis(new ArticleText("s-1", "", FARMERS_DROUGHT, null, null, DAY0, "en"),
        List.of(), entities, terms, 0L);
    ArticleAnalysis b = new ArticleAnalysis(new ArticleText("s-2", "", CHINA_VISIT, null, null, DAY0.plusSeconds(60), "en"),
        List.of(), entities, terms, 0L);
    EventDecision first = feed(g, profiles, a);
    EventDecision second = feed(g, profiles, b);
    assertThat(second.eventId()).isEqualTo(first.eventId());
    assertThat(profiles.get(first.eventId()).entities).containsOnlyKeys(entities.keySet());
  }

  @Test
  void profilesStayBounded() {
    EventGroupingSettings small = EventGroupingSettings.defaults().withProfileBounds(20, 5);
    EventGrouper g = new EventGrouper(small, new BoundedTermStatistics());
    EventProfile p = null;
    String[] bodies = {TANK_PLANT_1, TANK_PLANT_2, CHINA_VISIT, DAM_COLLAPSE, DAM_INVESTIGATION, FARMERS_DROUGHT};
    for (int i = 0; i < 30; i++) {
      ArticleAnalysis a = article("a-" + i, DAY0.plusSeconds(i), "t", bodies[i % bodies.length] + " Item " + i + ".", "S" + i);
      p = g.apply(new EventDecision("evt-x", p == null, 0, null), a, p);
    }
    assertThat(p.articleCount).isEqualTo(30);
    assertThat(p.articles).hasSize(5).endsWith("a-29");
    assertThat(p.fingerprints).hasSize(5);
    assertThat(p.sources).hasSize(5);
    assertThat(p.entities.size()).isLessThanOrEqualTo(20);
    assertThat(p.terms).hasSize(20);
  }

  @Test
  void evictsOnlyLongDeadEventsAndNeverTheStatisticsProfile() {
    EventGrouper g = new EventGrouper(Duration.ofDays(7));
    EventProfile p = g.apply(new EventDecision("evt-1", true, 0, null), article("x", DAY0, "t", DAM_COLLAPSE, "A"), null);
    assertThat(g.evictable(p, DAY0.plus(Duration.ofDays(300)))).isFalse();
    assertThat(g.evictable(p, DAY0.plus(g.settings().evictAfter()).plusSeconds(1))).isTrue();
    EventProfile stats = new BoundedTermStatistics().toProfile();
    stats.lastSeen = DAY0;
    assertThat(g.evictable(stats, DAY0.plus(Duration.ofDays(5000)))).isFalse();
  }

  @Test
  void ignoresTheReservedStatisticsProfileAmongOpenEvents() {
    BoundedTermStatistics stats = new BoundedTermStatistics();
    EventGrouper g = new EventGrouper(EventGroupingSettings.defaults(), stats);
    Map<String, EventProfile> profiles = new LinkedHashMap<>();
    feed(g, profiles, article("dam-1", DAY0, "Kakhovka dam collapses", DAM_COLLAPSE, "A"));
    EventProfile saved = stats.toProfile();
    saved.lastSeen = DAY0;
    List<EventProfile> open = new ArrayList<>(profiles.values());
    open.add(0, saved);
    EventDecision d = g.decide(article("tank-1", DAY0.plusSeconds(60), "Putin at tank plant", TANK_PLANT_1, "B"), open);
    assertThat(d.eventId()).isNotEqualTo(BoundedTermStatistics.RESERVED_PROFILE_ID);
  }

  @Test
  void applyRejectsADecisionForAnotherEvent() {
    EventGrouper g = new EventGrouper(Duration.ofDays(7));
    EventProfile p = g.apply(new EventDecision("evt-1", true, 0, null), article("x", DAY0, "t", DAM_COLLAPSE, "A"), null);
    assertThatThrownBy(() -> g.apply(new EventDecision("evt-2", false, 0.5, null), article("y", DAY0, "t", CHINA_VISIT, "B"), p))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("evt-2").hasMessageContaining("evt-1");
  }

  @Test
  void settingsRejectNonsense() {
    assertThatThrownBy(() -> EventGroupingSettings.defaults().withStaleAfter(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("staleAfter");
    assertThatThrownBy(() -> new EventGroupingSettings(Duration.ofDays(7), Duration.ofDays(365), Duration.ofDays(30), 1.5, 0.1, 0.4, 0.2,
        0.5, 0.2, 0.7, 0.1, 0.65, 0.2, 3, 8, 0.8, 50, 200, 100, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("identitySemantic");
    assertThat(EventGroupingSettings.defaults().withStaleAfter(Duration.ofDays(3)).staleAfter()).isEqualTo(Duration.ofDays(3));
  }

  private static String sha256Hex(String s) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (byte b : d) sb.append(String.format("%02x", b));
      return sb.toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aSharedNameYearsApartNeedsTheWordsToAgreeToo() {
    EventGrouper grouper = new EventGrouper(EventGroupingSettings.defaults(), new BoundedTermStatistics());
    EventFocus.Match aboutTheSamePerson = new EventFocus.Match(1.1, java.util.List.of("varga", "ostland"), false, false,
        EventFocus.Strength.NAME);
    // A similar gist, almost no words in common (another story about the same person, as happens two years on).
    EventSimilarity.Score score = new EventSimilarity.Score(0.06, 0.1, 0.05, 0.0, 1, false, "varga", 0.0).withSemantic(0.47);
    assertThat(grouper.judge(score, aboutTheSamePerson, java.time.Duration.ofDays(3)).joins()).isTrue();
    assertThat(grouper.judge(score, aboutTheSamePerson, java.time.Duration.ofDays(855)).joins()).isFalse();
    EventSimilarity.Score wordsAgree = new EventSimilarity.Score(0.30, 0.4, 0.2, 0.0, 3, true, "varga", 0.0).withSemantic(0.47);
    assertThat(grouper.judge(wordsAgree, aboutTheSamePerson, java.time.Duration.ofDays(855)).joins()).isTrue();
  }

  /**
   * A year or more on, a name in common and a similar gist are how the same parties' next incident reads (a second
   * border clash between one pair of armies): months on they join, a year on only when the words agree strongly too.
   */
  @Test
  void aSharedNameAYearApartNeedsTheWordsToAgreeStrongly() {
    EventGrouper grouper = new EventGrouper(EventGroupingSettings.defaults(), new BoundedTermStatistics());
    EventFocus.Match aboutTheSameGroup = new EventFocus.Match(1.1, java.util.List.of("kesa front", "ostria"), false, false,
        EventFocus.Strength.NAME);
    EventSimilarity.Score alike = new EventSimilarity.Score(0.25, 0.3, 0.2, 0.0, 2, true, "kesa front", 0.0).withSemantic(0.75);
    assertThat(grouper.judge(alike, aboutTheSameGroup, java.time.Duration.ofDays(200)).joins()).isTrue();
    assertThat(grouper.judge(alike, aboutTheSameGroup, java.time.Duration.ofDays(400)).joins()).isFalse();
    EventSimilarity.Score wordsAgree = new EventSimilarity.Score(0.35, 0.4, 0.3, 0.0, 3, true, "kesa front", 0.0).withSemantic(0.75);
    assertThat(grouper.judge(wordsAgree, aboutTheSameGroup, java.time.Duration.ofDays(400)).joins()).isTrue();
  }

  /** A festival's name in common, and a road crash on the way to it against the crush at it: two incidents. */
  @Test
  void aSharedNameWithAnotherKindOfHappeningStaysApart() {
    EventGrouper grouper = new EventGrouper(EventGroupingSettings.defaults(), new BoundedTermStatistics());
    EventSimilarity.Score score = new EventSimilarity.Score(0.10, 0.2, 0.1, 0.0, 1, false, "vell fair", 0.0).withSemantic(0.66);
    EventFocus.Match sameKind = new EventFocus.Match(1.1, java.util.List.of("vell fair"), false, false, EventFocus.Strength.NAME);
    EventFocus.Match roadCrash = new EventFocus.Match(1.1, java.util.List.of("vell fair"), false, true, EventFocus.Strength.NAME,
        false, false, false, false, null, false, false, false, false, false, false, true, false);
    assertThat(grouper.judge(score, sameKind, java.time.Duration.ofDays(1)).joins()).isTrue();
    assertThat(grouper.judge(score, roadCrash, java.time.Duration.ofDays(1)).joins()).isFalse();
  }

  @Test
  void aSharedNameMonthsApartJoinsWhenTheReportsReadAlikeStrongly() {
    EventGrouper grouper = new EventGrouper(EventGroupingSettings.defaults(), new BoundedTermStatistics());
    EventFocus.Match theShip = new EventFocus.Match(1.1, java.util.List.of("varna", "ostland"), false, false, EventFocus.Strength.NAME);
    // An inquiry's findings five weeks after a sinking: few words in common with the first reports, the same gist.
    EventSimilarity.Score findings = new EventSimilarity.Score(0.15, 0.2, 0.1, 0.0, 2, false, "varna", 0.0).withSemantic(0.68);
    assertThat(grouper.judge(findings, theShip, java.time.Duration.ofDays(33)).joins()).isTrue();
    EventSimilarity.Score anotherStory = new EventSimilarity.Score(0.15, 0.2, 0.1, 0.0, 2, false, "varna", 0.0).withSemantic(0.50);
    assertThat(grouper.judge(anotherStory, theShip, java.time.Duration.ofDays(33)).joins()).isFalse();
    // Another incident in the same port months on reads nearly as alike when the words barely agree: not alike enough.
    EventSimilarity.Score nextIncident = new EventSimilarity.Score(0.07, 0.1, 0.05, 0.0, 1, false, "varna", 0.0).withSemantic(0.62);
    assertThat(grouper.judge(nextIncident, theShip, java.time.Duration.ofDays(150)).joins()).isFalse();
  }

  /**
   * Only the kind of incident and the places in common ("a chemical attack in Kessa, Norland"), years apart: another
   * attack on the same city, unless the report names the day the story began.
   */
  @Test
  void aKindOfIncidentInTheSamePlacesYearsApartIsAnotherIncident() {
    EventGrouper grouper = new EventGrouper(EventGroupingSettings.defaults(), new BoundedTermStatistics());
    EventFocus.Match kindInPlaces = new EventFocus.Match(1.3, java.util.List.of("chemical attack in kessa and norland", "kessa",
        "norland"), false, false, EventFocus.Strength.INCIDENT, false, false, false, false, null, false, false, false, false, true,
        false, false, false, true);
    EventSimilarity.Score alike = new EventSimilarity.Score(0.30, 0.4, 0.2, 0.0, 3, false, "kessa", 0.0).withSemantic(0.72);
    assertThat(grouper.judge(alike, kindInPlaces, java.time.Duration.ofDays(3)).joins()).isTrue();
    JoinTests.Verdict yearsOn = grouper.judge(alike, kindInPlaces, java.time.Duration.ofDays(1900));
    assertThat(yearsOn.joins()).isFalse();
    assertThat(yearsOn.reason()).startsWith("another incident");
    assertThat(grouper.judge(alike, kindInPlaces, java.time.Duration.ofDays(1900), true).joins()).isTrue();
  }

  /**
   * An undated report that reads like two gas-attack stories of one war months apart and names the day of the first
   * continues the first: it does not show the two to be one.
   */
  @Test
  void anUndatedReportNamingOneStorysDayJoinsThatStoryAndMergesNone() {
    EventGrouper g = new EventGrouper(Duration.ofDays(7));
    Map<String, EventProfile> profiles = new LinkedHashMap<>();
    EventDecision kessa = feed(g, profiles, article("gas-1", DAY0, "Gas attack kills 300 in Kessa", GAS_ATTACK_KESSA, "A"));
    EventDecision vell = feed(g, profiles, article("gas-2", DAY0.plus(Duration.ofDays(150)), "Chemical attack kills 80 in Vell",
        GAS_ATTACK_VELL, "B"));
    assertThat(vell.eventId()).as(vell.reason()).isNotEqualTo(kessa.eventId());
    String body = """
        The United Nations said inspectors would examine the gas attack of 6 June, in which the Portuguese Medical Union
        counted at least 300 dead. The opposition blamed President Ivo Dorov's forces for the chemical attack in
        Portugal; Dorov's government denied using chemical weapons and said the opposition had gassed its own people.""";
    EventDecision undated = feed(g, profiles, new ArticleAnalysis(new ArticleText("gas-3", "UN inspectors to examine Portugal gas "
        + "attack", body, "C", null, DAY0.plus(Duration.ofDays(400)), "en", io.contraflow.analysis.time.TimeSource.INGESTION),
        List.of(), Map.of(), Map.of(), 0L));
    assertThat(undated.absorbs()).as(undated.reason()).isEmpty();
    assertThat(undated.eventId()).as(undated.reason()).isEqualTo(kessa.eventId());
  }

  /**
   * A person in common and a gist a little short of a name's bar: a report on a leaked file about her death leads with
   * the file. Names and terms that agree strongly make up for it; weakly agreeing ones do not.
   */
  @Test
  void aPersonInCommonWithAGistALittleShortJoinsWhenTheWordsAgreeStrongly() {
    EventGrouper grouper = new EventGrouper(EventGroupingSettings.defaults(), new BoundedTermStatistics());
    EventFocus.Match aboutHer = new EventFocus.Match(1.1, java.util.List.of("vesk", "ostland"), false, false, EventFocus.Strength.NAME);
    EventSimilarity.Score wordsAgree = new EventSimilarity.Score(0.36, 0.4, 0.3, 0.0, 4, false, "vesk", 0.0).withSemantic(0.40);
    assertThat(grouper.judge(wordsAgree, aboutHer, null).joins()).isTrue();
    EventSimilarity.Score wordsApart = new EventSimilarity.Score(0.20, 0.3, 0.1, 0.0, 2, false, "vesk", 0.0).withSemantic(0.40);
    assertThat(grouper.judge(wordsApart, aboutHer, null).joins()).isFalse();
    EventSimilarity.Score gistFar = new EventSimilarity.Score(0.36, 0.4, 0.3, 0.0, 4, false, "vesk", 0.0).withSemantic(0.30);
    assertThat(grouper.judge(gistFar, aboutHer, null).joins()).isFalse();
  }

  /**
   * A named incident in common ("the Kesta pier collapse") joins a report whose headline turns to something else ("Sack
   * the minister", over his remark on the collapse) when its names and terms agree, though its gist does not.
   */
  @Test
  void aNamedIncidentInCommonJoinsOnAgreeingWordsWhateverTheHeadline() {
    EventGrouper grouper = new EventGrouper(EventGroupingSettings.defaults(), new BoundedTermStatistics());
    EventFocus.Match theCollapse = new EventFocus.Match(1.5, java.util.List.of("kesta collapse", "kesta"), false, false,
        EventFocus.Strength.INCIDENT);
    EventSimilarity.Score wordsAgree = new EventSimilarity.Score(0.16, 0.2, 0.1, 0.0, 3, false, "kesta", 0.0).withSemantic(0.23);
    assertThat(grouper.judge(wordsAgree, theCollapse, null).joins()).isTrue();
    EventSimilarity.Score apart = new EventSimilarity.Score(0.06, 0.1, 0.05, 0.0, 1, false, "kesta", 0.0).withSemantic(0.23);
    assertThat(grouper.judge(apart, theCollapse, null).joins()).isFalse();
  }

  /**
   * Months on, a report that reads alike and names the day its story began ("the 19 September strike on the convoy")
   * looks back on that story; one that reads as much alike without naming the day may be the next incident there.
   */
  @Test
  void aReportMonthsOnThatNamesTheStorysFirstDayContinuesIt() {
    EventGrouper grouper = new EventGrouper(EventGroupingSettings.defaults(), new BoundedTermStatistics());
    EventFocus.Match theTown = new EventFocus.Match(0.3, java.util.List.of("kesta", "latvia"), false, false, EventFocus.Strength.SETTING);
    EventSimilarity.Score alike = new EventSimilarity.Score(0.40, 0.4, 0.3, 0.0, 3, false, "kesta", 0.0).withSemantic(0.74);
    assertThat(grouper.judge(alike, theTown, java.time.Duration.ofDays(160), false).joins()).isFalse();
    assertThat(grouper.judge(alike, theTown, java.time.Duration.ofDays(160), true).joins()).isTrue();

    EventProfile story = new EventProfile();
    story.datedFirst = Instant.parse("2031-09-20T10:00:00Z");
    java.time.LocalDate dayBefore = java.time.LocalDate.of(2031, 9, 19);
    assertThat(StorySpans.recallsStart(java.util.List.of(dayBefore), story)).isTrue();
    assertThat(StorySpans.recallsStart(java.util.List.of(java.time.LocalDate.of(2031, 9, 2)), story)).isFalse();
    assertThat(StorySpans.recallsStart(java.util.List.of(java.time.LocalDate.of(2031, 10, 20)), story)).isFalse();
  }

  /**
   * An undated report that names a day of the story's dated span, or of the fortnight before its first dated report
   * (the incident it tells of), is judged as a report of those days: its year is unknown, so month and day are matched.
   */
  @Test
  void anUndatedReportNamingADayOfTheStoryTellsOfItsDays() {
    EventProfile story = new EventProfile();
    story.datedFirst = Instant.parse("2031-04-10T08:00:00Z");
    story.datedLast = Instant.parse("2031-04-14T08:00:00Z");
    // (Placed in the year it was read, as an undated report's days are.)
    assertThat(StorySpans.tellsOfTheStorysDays(java.util.List.of(java.time.LocalDate.of(2034, 3, 30)), story)).isTrue();
    assertThat(StorySpans.tellsOfTheStorysDays(java.util.List.of(java.time.LocalDate.of(2034, 4, 15)), story)).isTrue();
    assertThat(StorySpans.tellsOfTheStorysDays(java.util.List.of(java.time.LocalDate.of(2034, 3, 20)), story)).isFalse();
    assertThat(StorySpans.tellsOfTheStorysDays(java.util.List.of(java.time.LocalDate.of(2034, 5, 2)), story)).isFalse();
    assertThat(StorySpans.tellsOfTheStorysDays(java.util.List.of(), story)).isFalse();
  }

  @Test
  void aSharedPlaceWithinDaysJoinsOnStronglyAgreeingWordsWhateverTheGist() {
    EventGrouper grouper = new EventGrouper(EventGroupingSettings.defaults(), new BoundedTermStatistics());
    EventFocus.Match thePlace = new EventFocus.Match(0.7, java.util.List.of("kesta", "latvia"), false, false, EventFocus.Strength.SETTING);
    EventSimilarity.Score wordsAgree = new EventSimilarity.Score(0.32, 0.4, 0.25, 0.0, 3, true, "kesta", 0.0).withSemantic(0.45);
    EventSimilarity.Score wordsApart = new EventSimilarity.Score(0.20, 0.3, 0.1, 0.0, 2, false, "kesta", 0.0).withSemantic(0.45);
    assertThat(grouper.judge(wordsAgree, thePlace, java.time.Duration.ofDays(1)).joins()).isTrue();
    assertThat(grouper.judge(wordsApart, thePlace, java.time.Duration.ofDays(1)).joins()).isFalse();
    // Months later the place is any week's: the gist must agree.
    assertThat(grouper.judge(wordsAgree, thePlace, java.time.Duration.ofDays(90)).joins()).isFalse();
  }

  /**
   * A report three weeks on that leads with an inquiry's findings on the town's killings reads a little short of the
   * setting's gist bar; names and terms that make up for it together with the gist still join it. Words that only
   * just corroborate, or the same pair months on, do not.
   */
  @Test
  void aSharedPlaceJoinsOnAGistShortOfTheBarWhenWordsMakeUpForIt() {
    EventGrouper grouper = new EventGrouper(EventGroupingSettings.defaults(), new BoundedTermStatistics());
    EventFocus.Match thePlace = new EventFocus.Match(0.7, java.util.List.of("kesta", "latvia"), false, false, EventFocus.Strength.SETTING);
    EventSimilarity.Score madeUp = new EventSimilarity.Score(0.24, 0.3, 0.1, 0.0, 3, false, "kesta", 0.0).withSemantic(0.47);
    EventSimilarity.Score notMadeUp = new EventSimilarity.Score(0.19, 0.3, 0.1, 0.0, 3, false, "kesta", 0.0).withSemantic(0.47);
    EventSimilarity.Score farShort = new EventSimilarity.Score(0.29, 0.3, 0.1, 0.0, 3, false, "kesta", 0.0).withSemantic(0.38);
    assertThat(grouper.judge(madeUp, thePlace, java.time.Duration.ofDays(21)).joins()).isTrue();
    assertThat(grouper.judge(notMadeUp, thePlace, java.time.Duration.ofDays(21)).joins()).isFalse();
    assertThat(grouper.judge(farShort, thePlace, java.time.Duration.ofDays(21)).joins()).isFalse();
    assertThat(grouper.judge(madeUp, thePlace, java.time.Duration.ofDays(90)).joins()).isFalse();
  }

  @Test
  void theSameKindOfIncidentAtOneNamedStructureWithinDaysIsTheStorysIncident() {
    EventGrouper grouper = new EventGrouper(EventGroupingSettings.defaults(), new BoundedTermStatistics());
    // "Soldiers fired on the marchers at the Kesta bridge" and, two days on, "the mayor disputes the bridge deaths".
    EventFocus.Match atTheGate = new EventFocus.Match(1.0, java.util.List.of("kesta bridge", "kesta"), false, false,
        EventFocus.Strength.SETTING, false, false, false, false, null, false, false, false, true, false, false, false, false);
    EventFocus.Match onlyThePlace = new EventFocus.Match(1.0, java.util.List.of("kesta bridge", "kesta"), false, false,
        EventFocus.Strength.SETTING);
    EventSimilarity.Score leadsApart = new EventSimilarity.Score(0.20, 0.3, 0.1, 0.0, 2, false, "kesta bridge", 0.0).withSemantic(0.41);
    assertThat(grouper.judge(leadsApart, atTheGate, java.time.Duration.ofDays(2)).joins()).isTrue();
    assertThat(grouper.judge(leadsApart, atTheGate, null).joins()).isTrue();
    assertThat(grouper.judge(leadsApart, onlyThePlace, java.time.Duration.ofDays(2)).joins()).isFalse();
    // Weeks on, the structure is where other things happen too: the setting's bar again.
    assertThat(grouper.judge(leadsApart, atTheGate, java.time.Duration.ofDays(20)).joins()).isFalse();
    // A person the story is about, reported apart, at the same structure: the structure decides.
    EventFocus.Match thePersonAtTheGate = new EventFocus.Match(1.5, java.util.List.of("berg", "kesta bridge"), false, false,
        EventFocus.Strength.NAME, false, false, false, true, null, false, false, false, true, false, false, false, false);
    assertThat(grouper.judge(leadsApart, thePersonAtTheGate, java.time.Duration.ofDays(2)).joins()).isTrue();
  }

  @Test
  void aReportOfTheStorysTownInItsFreshDaysThatReadsAlikeJoinsThoughItMissesTheStorysName() {
    EventGrouper grouper = new EventGrouper(EventGroupingSettings.defaults(), new BoundedTermStatistics());
    // "Fire at the Blue Lantern club in Kessavik" and, a day on, "prosecutors question the owner of the Kessavik
    // nightclub", which never names the club.
    EventFocus.Match theTown = new EventFocus.Match(0.5, java.util.List.of("kessavik"), true, false,
        EventFocus.Strength.SETTING, false, false, false, false, null, false, false, false, false, true, false, false, false);
    EventFocus.Match aCountryOnly = new EventFocus.Match(0.5, java.util.List.of("norland"), true, false,
        EventFocus.Strength.SETTING, false, false, false, false, null, false, false, false, false, false, false, false, false);
    EventSimilarity.Score alike = new EventSimilarity.Score(0.12, 0.3, 0.1, 0.0, 2, false, "kessavik", 0.0).withSemantic(0.66);
    JoinTests.Verdict nextDay = grouper.judge(alike, theTown, java.time.Duration.ofDays(1));
    assertThat(nextDay.joins()).isTrue();
    assertThat(nextDay.reason()).startsWith("town this week");
    // Undated, or weeks on, the town's next fire could read as much alike; a country in common is no town.
    assertThat(grouper.judge(alike, theTown, null).joins()).isFalse();
    assertThat(grouper.judge(alike, theTown, java.time.Duration.ofDays(20)).joins()).isFalse();
    assertThat(grouper.judge(alike, aCountryOnly, java.time.Duration.ofDays(1)).joins()).isFalse();
    assertThat(grouper.judge(alike.withSemantic(0.55), theTown, java.time.Duration.ofDays(1)).joins()).isFalse();
  }
}
