package io.contraflow.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.ArticleAnalysis;
import io.contraflow.analysis.time.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One test per way real coverage ties articles to one event or keeps them apart, each on a fictional story in our
 * own words: the grouper must hold for news in general, not for the stories it was measured on.
 */
class GroupingConstructionsTest {
  private static final Instant DAY0 = Instant.parse("2027-03-02T10:00:00Z");

  private final EventGrouper grouper = new EventGrouper(Duration.ofDays(7));
  private final Map<String, EventProfile> open = new LinkedHashMap<>();

  private EventDecision feed(String id, Instant at, String title, String body) {
    return feed(id, at, TimeSource.PUBLISHER, title, body);
  }

  private EventDecision feed(String id, Instant at, TimeSource time, String title, String body) {
    ArticleAnalysis a = new ArticleAnalysis(new ArticleText(id, title, body, "Test Wire", null, at, "en", time), List.of(), null);
    return grouper.group(a, open);
  }

  /**
   * A report that leads with a killing of its own ("the town mourns X, shot at the marches over Y's death") tells that
   * killing: the story's, which it names further down as the marches' cause, is its background.
   */
  @Test
  void aReportLeadingWithAnotherKillingIsNotTheStoryItRecalls() {
    EventDecision first = feed("a", DAY0, "Outrage over Tomas Kell's death in a Varno police cell",
        "The death of Tomas Kell in a Varno police cell has set off marches in Norland. Tomas Kell, a teacher, was held on Friday "
            + "over a post about a senior officer. Police said Kell hurt himself; his family said the death of Tomas Kell was murder.");
    EventDecision second = feed("b", DAY0.plus(Duration.ofHours(20)), "Inquiry opens into Tomas Kell's death",
        "An inquiry into the death of Tomas Kell opened in Varno on Saturday. Kell died in a police cell after his arrest; the "
            + "officers on duty were sent home. Marches over the death of Tomas Kell went on in Norland.");
    EventDecision mourned = feed("c", DAY0.plus(Duration.ofDays(2)), "Selvik mourns Ivo Marn, the hawker shot at a march",
        "The death of Ivo Marn, a hawker shot by police at a march in Varno, was mourned in Selvik on Monday. The march was one of "
            + "many in Norland over the death of Tomas Kell in a police cell.");
    assertThat(second.eventId()).as(second.reason()).isEqualTo(first.eventId());
    assertThat(mourned.eventId()).as(mourned.reason()).isNotEqualTo(first.eventId());
  }

  /**
   * A pilgrimage held every year is when something happened, not who or what it happened to: a crane that fell on a
   * mosque before the Hajj and a crush in a tent valley during it, two weeks apart, are two stories.
   */
  @Test
  void aYearlyPilgrimageInCommonIsNoNameInCommon() {
    EventDecision crane = feed("a", DAY0, "Crane falls on worshippers in Saudi Arabia days before the Hajj",
        "A construction crane toppled onto a courtyard of the great mosque in Saudi Arabia on Friday, killing 90 worshippers "
            + "gathered for prayers ahead of the Hajj, the civil defence authority said. High winds had battered the city.");
    EventDecision crush = feed("b", DAY0.plus(Duration.ofDays(14)), "Hundreds die in crush at Hajj rites in Saudi Arabia",
        "More than 700 pilgrims died on Thursday when two columns of marchers met in a narrow street of the tent valley outside "
            + "the city during the Hajj, Saudi officials said. Iran said its own pilgrims were among the dead and blamed the organisers.");
    assertThat(crush.eventId()).as(crush.reason()).isNotEqualTo(crane.eventId());
  }

  /** A country's protests in one fresh week are one wave of unrest, however differently each report leads. */
  @Test
  void aCountrysProtestsInOneWeekAreOneStory() {
    EventDecision first = feed("a", DAY0, "Two dead as bread-price protests spread across Bolivia",
        "Protests against a sudden rise in bread prices spread to a dozen Bolivian cities on Monday, and police fired tear gas "
            + "at crowds blocking highways. Two demonstrators were killed in clashes, the ombudsman said, and scores were arrested.");
    ArticleAnalysis later = new ArticleAnalysis(new ArticleText("b", "Government rejects rights group's count of dead in Bolivia riots",
        "Officials on Saturday rejected a count by a local rights group that put the number of people killed in a week of "
            + "riots over bread prices at 31. The government said 9 people had died in the clashes between police and protesters, "
            + "two of them officers, and that the roadblocks had been cleared.",
        "Test Wire", null, DAY0.plus(Duration.ofDays(5)), "en", TimeSource.PUBLISHER), List.of(), null);
    String why = grouper.verdict(later, open.get(first.eventId())).reason();
    assertThat(grouper.group(later, open).eventId()).as(why).isEqualTo(first.eventId());
  }

  /** A rights group that counts the dead of one country's crackdown and, the same month, of another's: two stories. */
  @Test
  void oneWatchdogsCountsInTwoCountriesAreTwoStories() {
    EventDecision peru = feed("a", DAY0, "Watchdog says 40 killed in crackdown on Peru protests",
        "Forty protesters were shot dead by security forces in two weeks of unrest in Peru, most with live rounds, according "
            + "to a count Amnesty International published on Tuesday. The government said officers had acted lawfully.");
    EventDecision paraguay = feed("b", DAY0.plus(Duration.ofDays(12)), "Watchdog says 18 killed as Paraguay police fire on marchers",
        "Eighteen marchers were shot dead by police in protests in Paraguay, most with live rounds, according to a count "
            + "Amnesty International published on Sunday. The interior ministry said officers had come under attack first.");
    assertThat(paraguay.eventId()).as(paraguay.reason()).isNotEqualTo(peru.eventId());
  }

  @Test
  void anArticleNamingTheIncidentBothWaysMergesTheTwoEventsItOpenedAs() {
    EventDecision byNumber = feed("a", DAY0, "Flight KV208 disappears from radar after leaving Dorvan",
        "Flight KV208, carrying 96 passengers and crew, disappeared from radar screens twenty minutes after leaving Dorvan "
            + "on Friday evening. The airline said it had lost all contact with the aircraft.");
    EventDecision byPlace = feed("b", DAY0.plus(Duration.ofHours(3)), "Lake Ostra crash: wreckage found near Tarnby",
        "Fishermen found wreckage and life jackets floating on Lake Ostra near the village of Tarnby late on Friday. Rescue "
            + "boats searched the water through the night after residents reported a loud bang and a fireball over the lake.");
    assertThat(byPlace.eventId()).as(byPlace.reason()).isNotEqualTo(byNumber.eventId());
    EventDecision bridge = feed("c", DAY0.plus(Duration.ofDays(1)), "Divers recover recorders of Flight KV208 from Lake Ostra crash site",
        "Navy divers on Saturday recovered both flight recorders of Flight KV208 from the bottom of Lake Ostra, where the "
            + "airliner came down near Tarnby. Investigators said the Lake Ostra crash left no survivors among the 96 on board.");
    assertThat(bridge.eventId()).as(bridge.reason()).isEqualTo(byNumber.eventId());
    assertThat(bridge.absorbs()).containsExactly(byPlace.eventId());
    assertThat(open).doesNotContainKey(byPlace.eventId());
    assertThat(open.get(byNumber.eventId()).articles).containsExactly("a", "b", "c");
    EventDecision later = feed("d", DAY0.plus(Duration.ofDays(2)), "Tarnby mourns victims of Lake Ostra crash",
        "Hundreds gathered on the shore of Lake Ostra at Tarnby on Sunday to remember the victims of the crash.");
    assertThat(later.eventId()).as(later.reason()).isEqualTo(byNumber.eventId());
  }

  @Test
  void aReportAboutTheSubjectsOfTwoOpenStoriesMergesThem() {
    EventDecision victim = feed("a", DAY0, "Former officer Anton Marek critically ill after collapsing on a bench in Selvik",
        "Anton Marek, a former intelligence officer who settled in Selvik after a spy swap, was found unconscious on a bench "
            + "in the town centre on Sunday together with his daughter. Marek and his daughter are in a critical condition in "
            + "hospital, and police have sealed off the bench and a nearby restaurant.");
    EventDecision lab = feed("b", DAY0.plus(Duration.ofDays(4)), "Halden Park laboratory names Kessel-7 as agent used in Selvik",
        "Scientists at the Halden Park defence laboratory have identified the substance used in Selvik as Kessel-7, a "
            + "military-grade agent developed in Norland. The head of Halden Park said the laboratory could not say where "
            + "the batch used in Selvik was made.");
    assertThat(lab.eventId()).as(lab.reason()).isNotEqualTo(victim.eventId());
    EventDecision bridge = feed("c", DAY0.plus(Duration.ofDays(9)), "Anton Marek poisoned with Kessel-7, Halden Park confirms",
        "The Halden Park laboratory confirmed on Tuesday that Anton Marek and his daughter were poisoned with Kessel-7 in "
            + "Selvik. Marek remains in hospital in a critical condition, while his daughter is recovering; Halden Park said "
            + "traces of the agent were found on the door of Marek's home.");
    assertThat(bridge.eventId()).as(bridge.reason()).isIn(victim.eventId(), lab.eventId());
    assertThat(bridge.absorbs()).as(bridge.reason()).hasSize(1);
    assertThat(open.get(bridge.eventId()).articles).containsExactlyInAnyOrder("a", "b", "c");
  }

  @Test
  void aNameTheFirstReportsGaveOnlyFurtherDownLeadsTheNextDaysReport() {
    EventDecision first = feed("a", DAY0, "Passenger ship with 300 aboard sinks off the coast of Norland",
        "A passenger ship carrying about 300 people, most of them pupils on a school trip, sank off the southern coast of "
            + "Norland on Wednesday, leaving at least four dead and more than 200 missing.\n\n"
            + "Rescue boats and helicopters searched the cold water through the afternoon, and divers were trying to reach "
            + "those trapped inside the hull.\n\n"
            + "Officials said 150 people had been rescued. Parents gathered at the harbour, waiting for news.\n\n"
            + "The 5,000-tonne Valda sent a distress call shortly before nine in the morning, the coastguard said.");
    EventDecision captain = feed("b", DAY0.plus(Duration.ofDays(2)), "Valda captain left pupils behind as passenger ship sank with 300 aboard",
        "Prosecutors questioned the captain of the Valda on Friday over why he left his passengers, after video showed "
            + "him stepping onto a rescue boat while hundreds of pupils were still inside the sinking ship. More than 200 "
            + "people are still missing, and divers have recovered 30 bodies from the hull.");
    assertThat(captain.eventId()).as(captain.reason()).isEqualTo(first.eventId());
    assertThat(captain.reason()).startsWith("mentioned: valda");
  }

  /**
   * The first report names the dam only near its end; another, leading with the dam, read too differently to join it.
   * A third that leads with the dam's flood and reads like both shows the two are one story.
   */
  @Test
  void anArticleOneEventIsAboutAndAnotherNamesLowerDownMergesThem() {
    EventDecision first = feed("a", DAY0, "Floodwater sweeps through towns in southern Estonia after dam gives way",
        "Floodwater swept through towns along the river in southern Estonia on Tuesday after a dam upstream gave way, "
            + "forcing thousands of residents onto rooftops.\n\n"
            + "Rescue boats pulled people from flooded houses through the morning, and officials said at least six had "
            + "drowned.\n\n"
            + "Water levels were still rising in the evening, the regional governor said.\n\n"
            + "The Kessa dam, built in the 1950s, held back one of the largest reservoirs in the country.");
    EventDecision engineers = feed("b", DAY0.plus(Duration.ofHours(6)), "Operator blames weeks of heavy rain for Kessa dam collapse",
        "The company that runs the Kessa dam said on Tuesday that weeks of heavy rain had pushed the reservoir above its "
            + "safe level before the collapse of the Kessa dam. Its chief executive told reporters that inspections last "
            + "year had found no fault in the concrete wall.");
    assertThat(engineers.eventId()).as(engineers.reason()).isNotEqualTo(first.eventId());
    EventDecision bridge = feed("c", DAY0.plus(Duration.ofDays(1)), "Kessa dam collapse: toll rises as floodwater recedes in Estonia",
        "The collapse of the Kessa dam has killed at least eleven people in southern Estonia, officials said on Wednesday, "
            + "as floodwater began to recede from towns along the river. Rescue boats were still searching flooded houses, "
            + "and engineers said cracks in the wall of the Kessa dam had been reported last spring.");
    assertThat(bridge.absorbs()).as(bridge.reason()).hasSize(1);
    assertThat(open.get(bridge.eventId()).articles).containsExactlyInAnyOrder("a", "b", "c");
  }

  @Test
  void aStoryThatNamesAnotherIncidentAsBackgroundIsNotItsStory() {
    EventDecision jets = feed("a", DAY0, "Two Chadian Su-25 jets shot down over northern Chad",
        "Two Chadian Su-25 attack jets were shot down over northern Chad on Wednesday, the defence ministry said, "
            + "and both pilots ejected.\n\n"
            + "The ministry blamed missiles fired from across the border and said the jets had been flying at 5,000 metres.\n\n"
            + "Rescue teams found both pilots alive by nightfall.\n\n"
            + "The jets were lost a week after Flight KV208, a passenger airliner, came down in the same region.");
    EventDecision airliner = feed("b", DAY0.plus(Duration.ofDays(1)), "Flight KV208 shot down over northern Chad, investigators say",
        "Flight KV208 was brought down over northern Chad by a missile, investigators said on Thursday, a week after "
            + "the passenger airliner disappeared with 96 people on board. The missile was fired from across the border.");
    assertThat(airliner.eventId()).as(airliner.reason()).isNotEqualTo(jets.eventId());
  }

  @Test
  void outletsLeadingWithDifferentPeopleStillReportOneStory() {
    EventDecision first = feed("a", DAY0, "Premier Ilse Varga says Norland behind nerve agent attack on defector in Selvik",
        "Prime Minister Ilse Varga told parliament on Monday that Norland was highly likely responsible for the nerve agent "
            + "attack on a former intelligence officer and his daughter in Selvik. Both remain in hospital in a critical "
            + "condition, and Varga gave Norland until midnight to explain how the agent came to be used.");
    EventDecision second = feed("b", DAY0.plus(Duration.ofDays(1)), "Norland foreign ministry calls nerve agent accusation a provocation",
        "The foreign ministry in Ostrava said on Tuesday that accusations over the nerve agent attack on a former "
            + "intelligence officer and his daughter were a provocation, and demanded samples of the agent. The ministry "
            + "denies any part in the poisoning, which left the pair in a critical condition in hospital. Police in Selvik "
            + "said the nerve agent had been found at the officer's home.");
    assertThat(second.eventId()).as(second.reason()).isEqualTo(first.eventId());
    assertThat(second.reason()).startsWith("corroborated");
  }

  @Test
  void anAidGroupInTwoStoriesYearsApartInTwoCountriesIsNoStory() {
    EventDecision gas = feed("a", DAY0, "Clinics of Medics Across Borders treated thousands after gas attack in Chad",
        "Three clinics supported by Medics Across Borders near Abeche in Chad treated about 2,000 patients with symptoms of "
            + "nerve gas poisoning within hours on Saturday, and 300 of them died. Doctors at the clinics of Medics Across "
            + "Borders ran out of antidotes, staff said.");
    EventDecision more = feed("b", DAY0.plus(Duration.ofDays(1)), "Chad gas attack: clinics of Medics Across Borders run short of antidotes",
        "The clinics supported by Medics Across Borders near Abeche in Chad had treated 3,000 patients after the gas attack "
            + "by Sunday, and doctors there were short of antidotes, staff said.");
    assertThat(more.eventId()).as(more.reason()).isEqualTo(gas.eventId());
    // Two years on, the same group's clinics hit in another country: the group and the words of clinics and patients
    // are all the two share.
    EventDecision strike = feed("c", DAY0.plus(Duration.ofDays(760)), "Air attack hits clinics of Medics Across Borders in Peru, patients killed",
        "An air attack hit two clinics supported by Medics Across Borders near Iquitos in Peru on Saturday, killing twelve "
            + "patients, and doctors at the clinics of Medics Across Borders treated 40 wounded, staff said.");
    assertThat(strike.eventId()).as(strike.reason()).isNotEqualTo(gas.eventId());
  }

  @Test
  void aShipwreckOffOneCountryTwoWaysReportedIsOneStoryWhileFresh() {
    EventDecision sinking = feed("a", DAY0, "Hundreds feared missing after fishing boat sinks off Greece",
        "DORVIK, Greece - Searchers combed the sea off southern Greece on Wednesday after an overcrowded fishing boat "
            + "carrying migrants sank overnight. At least 60 people drowned and 63 were pulled from the water, officials in "
            + "Dorvik said. Survivors said hundreds more had been below deck.");
    // The next day's report names neither the town nor anyone the first did: only the country and what happened.
    EventDecision denial = feed("b", DAY0.plus(Duration.ofDays(1)), "Officials say the boat refused help before it capsized",
        "Greek officials insisted on Thursday that the migrants aboard the fishing boat that capsized in international "
            + "waters had refused all offers of help, and denied that a patrol vessel had tried to tow it. Survivors told "
            + "lawyers that the boat overturned after a rope was tied to its bow. Hundreds are feared drowned in the sinking.");
    assertThat(denial.eventId()).as(denial.reason()).isEqualTo(sinking.eventId());
    // Weeks later another boat sinks off the same country: another incident.
    EventDecision another = feed("c", DAY0.plus(Duration.ofDays(25)), "Another migrant boat sinks off Greece, eight dead",
        "A rubber boat carrying migrants sank off the island of Lesbos in Greece on Sunday, and eight people drowned, "
            + "officials said. Rescuers pulled 22 survivors from the water. The boat had set off from the Turkish coast overnight.");
    assertThat(another.eventId()).as(another.reason()).isNotEqualTo(sinking.eventId());
  }

  /**
   * One armed group's border clash with one neighbour's guards and, two years on (or undated), its clash with another
   * neighbour's army: the group, its spokesman and the kind of fighting in common, the other side not.
   */
  @Test
  void theSamePartysClashWithAnotherCountryIsAnotherStory() {
    EventDecision first = feed("a", DAY0, "Vell Front fighters and Portuguese border guards trade fire",
        "Fighters of the Vell Front exchanged heavy fire with Portuguese border guards near a mountain crossing on Saturday, "
            + "and two guards were killed, Portugal's interior ministry said. Vell Front spokesman Ivo Dorov said the "
            + "guards had fired first and that one of the group's fighters had died.");
    EventDecision next = feed("b", DAY0.plus(Duration.ofDays(1)), "Portugal says Vell Front attack on border post killed two guards",
        "Portugal said on Sunday that Vell Front fighters had attacked a border post without warning, killing two guards. "
            + "Vell Front spokesman Ivo Dorov denied it and said the Portuguese guards had opened fire on the group's fighters.");
    assertThat(next.eventId()).as(next.reason()).isEqualTo(first.eventId());
    String title = "Vell Front says it killed 40 Spanish soldiers in border clashes";
    String body = "The Vell Front said on Sunday that its fighters had killed 40 Spanish soldiers and seized six border posts "
        + "in overnight clashes along the frontier. Vell Front spokesman Ivo Dorov said the group had answered Spanish "
        + "shelling. Spain's army said 12 of its soldiers had died and denied losing any post.";
    ArticleAnalysis undated = new ArticleAnalysis(new ArticleText("c", title, body, "Test Wire", null, DAY0.plus(Duration.ofDays(3)),
        "en", TimeSource.INGESTION), List.of(), null);
    String why = grouper.verdict(undated, open.get(first.eventId())).reason();
    EventDecision apart = grouper.group(undated, open);
    assertThat(apart.eventId()).as(why).isNotEqualTo(first.eventId());
    open.remove(apart.eventId());
    EventDecision twoYearsOn = feed("d", DAY0.plus(Duration.ofDays(800)), title, body);
    assertThat(twoYearsOn.eventId()).as(twoYearsOn.reason()).isNotEqualTo(first.eventId());
  }

  /**
   * A crush at a railway station among pilgrims on their way to a festival, and an undated report of the crush at the
   * festival's riverside town: each names its own incident for its own place, and the two share the festival's name
   * and few other words.
   */
  @Test
  void anUndatedReportOfAnotherNamedCrushAtTheSameFestivalIsAnotherIncident() {
    EventDecision station = feed("a", DAY0, "Kessa station stampede kills 12 pilgrims bound for the Kavala Festival",
        "A stampede at Kessa railway station on Saturday night left 12 people dead, including five women, after two delayed "
            + "trains crowded the platforms with pilgrims travelling to the Kavala Festival. The railway minister ordered an "
            + "inquiry and the station police chief blamed the late announcement of a platform change.");
    ArticleAnalysis festival = new ArticleAnalysis(new ArticleText("b", "Hours after Sarnath stampede at Kavala Festival, families search riverbank camps for the missing",
        "Nearly a day after the Sarnath stampede at the Kavala Festival, the festival administration confirmed that 30 "
            + "devotees had died at the river steps when crowds broke through barricades before dawn. Relatives queued at lost-and-found "
            + "tents in the Kavala Festival camps, holding photographs of mothers and sons who never came back.",
        "Test Wire", null, DAY0.plus(Duration.ofDays(2)), "en", TimeSource.INGESTION), List.of(), null);
    String why = grouper.verdict(festival, open.get(station.eventId())).reason();
    assertThat(grouper.group(festival, open).eventId()).as(why).isNotEqualTo(station.eventId());
  }

  @Test
  void aFollowUpTwoWeeksOnThatTellsTheSameSinkingIsItsStory() {
    EventDecision sinking = feed("a", DAY0, "Hundreds feared drowned after overcrowded fishing boat sinks off Italy",
        "An overcrowded fishing boat carrying migrants sank off the southern coast of Italy early on Wednesday. "
            + "The coastguard said 41 bodies had been recovered and 63 survivors rescued, while hundreds more are feared "
            + "drowned. Survivors said few passengers had life jackets.");
    // Ten days on: the survivors' accounts and the coastguard's reply, told in the first reports' words.
    EventDecision survivors = feed("b", DAY0.plus(Duration.ofDays(10)), "Hundreds still feared drowned after fishing boat sinking off Italy; survivors blame the coastguard",
        "Survivors of the overcrowded fishing boat that sank off the southern coast of Italy told investigators that a "
            + "coastguard vessel had tied a rope to the boat and towed it shortly before it capsized. The coastguard denied "
            + "it. Hundreds of migrants are still feared drowned, and few passengers had life jackets, survivors said.");
    assertThat(survivors.eventId()).as(survivors.reason()).isEqualTo(sinking.eventId());
  }

  @Test
  void theSameSeatOfGovernmentCommentingMonthsApartIsNoStory() {
    EventDecision dam = feed("a", DAY0, "Kremlin denies blowing up Varna dam as floods spread",
        "The Kremlin on Tuesday denied that its forces had blown up the Varna dam, as floodwater spread through villages "
            + "downstream. Thousands of residents were evacuated, and officials warned the reservoir could empty within days.");
    EventDecision pipeline = feed("b", DAY0.plus(Duration.ofDays(200)), "Kremlin calls pipeline blasts an act of international terrorism",
        "The Kremlin said on Wednesday that the explosions that ruptured two gas pipelines under the Sound were an act of "
            + "international terrorism and called for an inquiry. Seismologists recorded two blasts before the leaks began.");
    assertThat(pipeline.eventId()).as(pipeline.reason()).isNotEqualTo(dam.eventId());
  }

  /** "The Varno dam" is "Varno" in a later headline: a named structure without its head noun is the same story. */
  @Test
  void aNamedStructureCalledByItsNameAloneIsTheSameStory() {
    EventDecision first = feed("a", DAY0, "Varno dam bursts, flooding villages downstream",
        "The Varno dam burst before dawn on Monday, sending a wall of water through six villages downstream. Engineers said "
            + "the Varno dam had been weakened by weeks of rain, and rescuers evacuated thousands of residents.");
    EventDecision second = feed("b", DAY0.plus(Duration.ofHours(6)), "Thousands evacuated after Varno dam failure",
        "Rescuers evacuated thousands of residents after the Varno dam failed on Monday. The water reached the rooftops "
            + "in two villages, officials said, and the Varno dam operator blamed the rain.");
    assertThat(second.eventId()).as(second.reason()).isEqualTo(first.eventId());
    EventDecision later = feed("c", DAY0.plus(Duration.ofDays(4)), "Varno: villagers count losses as floodwater recedes",
        "Villagers below Varno returned on Friday to homes buried in mud, days after the water swept through six villages. "
            + "Residents said the warning came too late, and officials promised an inquiry into why Varno burst.");
    assertThat(later.eventId()).as(later.reason()).isEqualTo(first.eventId());
  }

  @Test
  void aTransliteratedNameIsTheSamePerson() {
    EventDecision first = feed("a", DAY0, "Mayor Rafiq Aqwani shot dead outside town hall in Selvik",
        "Rafiq Aqwani, the mayor of Selvik, was shot dead outside the town hall on Tuesday morning. Police said two men on a "
            + "motorbike fired at Aqwani as he left a council meeting. His family said he had received threats for months.");
    EventDecision second = feed("b", DAY0.plus(Duration.ofDays(2)), "Thousands mourn slain Selvik mayor Akwani",
        "Thousands of people followed the coffin of Rafiq Akwani through Selvik on Thursday. Akwani, who was shot dead "
            + "outside the town hall, had campaigned against smuggling gangs. Police have not named any suspects.");
    assertThat(second.eventId()).isEqualTo(first.eventId());
  }

  @Test
  void theIncidentNamedEitherWayIsOneEventMonthsLater() {
    EventDecision first = feed("a", DAY0, "Velmora bridge collapse leaves three dead",
        "Three people died when a section of the Velmora bridge fell into the river during the evening rush hour. Engineers "
            + "said cracks had been reported in the main span last year. The regional transport office ordered checks on "
            + "every bridge of the same design.");
    EventDecision inquiry = feed("b", DAY0.plus(Duration.ofDays(140)), "Inquiry blames corroded cables for the collapse of the Velmora bridge",
        "A government inquiry has found that corroded steel cables caused the collapse of the Velmora bridge in March. The "
            + "report said warnings from inspectors were ignored, and the transport office accepted its findings.");
    assertThat(inquiry.eventId()).isEqualTo(first.eventId());
    assertThat(inquiry.reason()).startsWith("incident");
  }

  /**
   * A village is the place of one story: a report about it months on (the prosecutors' findings) is that story's,
   * where a city's name months on is any week's.
   */
  @Test
  void aVillageNamedMonthsLaterIsTheSameStory() {
    EventDecision first = feed("a", DAY0, "Stray shell kills two farmers in the border village of Ulmen",
        "Two farmers were killed on Tuesday when a shell landed on a grain store in Ulmen, a village three kilometres from "
            + "the Ostravian border. The defence ministry in Varna said it was still unclear who had fired the shell.");
    EventDecision second = feed("b", DAY0.plus(Duration.ofDays(1)), "Varna says shell that hit Ulmen was not Ostravian",
        "The shell that killed two farmers in Ulmen was probably fired by Varna's own air defences, ministers said on "
            + "Wednesday, while Ostravia denied any part in the blast.");
    assertThat(second.eventId()).as(second.reason()).isEqualTo(first.eventId());
    EventDecision findings = feed("c", DAY0.plus(Duration.ofDays(200)), "Prosecutors close inquiry into the Ulmen shell blast",
        "Prosecutors in Varna said on Monday that the shell which killed two farmers in Ulmen last spring was fired by "
            + "Varna's air defence battery, and closed the inquiry without charges.");
    assertThat(findings.eventId()).as(findings.reason()).isEqualTo(first.eventId());
  }

  @Test
  void anotherKindOfIncidentAtTheSamePlaceIsAnotherEvent() {
    EventDecision blast = feed("a", DAY0, "Explosion at the port of Selvik kills four workers",
        "A powerful explosion tore through a warehouse at the port of Selvik on Monday, killing four workers and injuring "
            + "dozens. Officials said fertiliser stored in the warehouse had detonated.");
    EventDecision fire = feed("b", DAY0.plus(Duration.ofDays(20)), "Selvik fire: blaze sweeps port area wrecked by explosion",
        "A large fire broke out on Thursday at the port of Selvik, where last month's explosion destroyed several "
            + "warehouses. Firefighters fought the blaze for six hours; no one was hurt.");
    assertThat(fire.eventId()).as(fire.reason()).isNotEqualTo(blast.eventId());
    EventDecision cause = feed("c", DAY0.plus(Duration.ofDays(22)), "Selvik port fire started in a diesel store, investigators say",
        "Investigators said Thursday's fire at the port of Selvik started in a diesel store and had nothing to do with "
            + "last month's explosion, which was caused by fertiliser.");
    assertThat(cause.eventId()).as(cause.reason()).isEqualTo(fire.eventId());
    assertThat(cause.absorbs()).as("another incident at the same place is not merged").isEmpty();
  }

  @Test
  void anAirlinerDownedOverACountryIsOneIncidentWithoutAName() {
    EventDecision first = feed("a", DAY0, "Freedonian airliner shot down over Sylvania, killing all on board",
        "A Freedonian passenger airliner was shot down over Sylvania on Wednesday shortly after take-off, killing all 140 "
            + "people on board. Freedonia demanded an explanation from Sylvania, whose air defences were on alert.");
    EventDecision later = feed("b", DAY0.plus(Duration.ofDays(300)), "Sylvania offers compensation for downed Freedonian plane",
        "Sylvania said it would pay compensation to the families of the victims of the Freedonian plane its air defences "
            + "downed last year. Freedonia said the offer did not replace a full account of what happened.");
    assertThat(later.eventId()).as(later.reason()).isEqualTo(first.eventId());
  }

  @Test
  void anotherAircraftDownedInTheSameWarIsAnotherIncident() {
    EventDecision transport = feed("a", DAY0, "Freedonian An-26 transport shot down near the Sylvanian border",
        "Sylvanian forces shot down a Freedonian An-26 military transport near the border on Monday. Freedonia said the "
            + "crew of eight had bailed out and were being searched for.");
    EventDecision airliner = feed("b", DAY0.plus(Duration.ofDays(3)), "Freedonian airliner shot down over Sylvania",
        "A Freedonian passenger airliner with 140 people on board was shot down over Sylvania on Thursday. Freedonia blamed "
            + "Sylvanian air defences; Sylvania said it was investigating.");
    assertThat(airliner.eventId()).isNotEqualTo(transport.eventId());
  }

  @Test
  void anotherKillingInTheSameTownTheSameMonthIsAnotherEvent() {
    EventDecision reporter = feed("a", DAY0, "Reporter Mira Castell shot dead while covering a raid in Dorvik",
        "Mira Castell, a veteran reporter for the Coastal Broadcaster, was shot dead on Wednesday while covering a police raid "
            + "in Dorvik. Her colleagues said she was wearing a vest marked press. Castell's employer accused the police of "
            + "killing her; the police said she may have been hit by gunmen.");
    EventDecision teenager = feed("b", DAY0.plus(Duration.ofDays(9)), "Police shoot dead teenager in Dorvik",
        "Police shot dead a 16-year-old boy during clashes in Dorvik on Friday, the health ministry said. Police said officers "
            + "came under fire from gunmen during an arrest operation.");
    assertThat(teenager.eventId()).isNotEqualTo(reporter.eventId());
  }

  @Test
  void anUndatedArticleDatedByItsUrlIsComparedInTime() {
    EventDecision first = feed("a", DAY0, "Velmora bridge collapse leaves three dead",
        "Three people died when a section of the Velmora bridge fell into the river during the evening rush hour.");
    Instant fromUrl = io.contraflow.analysis.time.PublicationTimes.resolve(null,
        "https://news.example/2027/03/04/velmora-bridge-victims-named", "The victims were named.", DAY0.plus(Duration.ofDays(900))).at();
    EventDecision second = feed("b", fromUrl, TimeSource.URL, "Victims of the Velmora bridge collapse named",
        "Police named the three people who died when the Velmora bridge collapse sent a span into the river.");
    assertThat(fromUrl).isEqualTo(Instant.parse("2027-03-04T12:00:00Z"));
    assertThat(second.eventId()).isEqualTo(first.eventId());
    assertThat(second.reason()).contains("2 days");
  }

  @Test
  void aNewsAgencyCreditedOnTwoStoriesDoesNotTieThem() {
    EventDecision floods = feed("a", DAY0, "Floods cut off villages in the Arven valley",
        "Heavy rain flooded the Arven valley on Sunday, cutting off a dozen villages, Reuters reported. Rescue teams used "
            + "boats to reach stranded families, the Associated Press said.");
    EventDecision talks = feed("b", DAY0.plusSeconds(3600), "Trade talks between Freedonia and Sylvania stall",
        "Trade talks between Freedonia and Sylvania stalled on Sunday over tariffs on grain, Reuters reported, citing "
            + "diplomats. The Associated Press said the negotiators would meet again next month.");
    assertThat(talks.eventId()).isNotEqualTo(floods.eventId());
  }

  @Test
  void coverageOfANamedStructureMonthsOnIsStillItsStory() {
    // The structure is where it happened ("holes at Varna Stream"), a setting, not a name the story is about.
    EventDecision first = feed("a", DAY0, "Divers find two large holes at Varna Stream",
        "Navy divers found two large holes at Varna Stream on Monday, the operator said. Engineers at Varna Stream said the "
            + "repairs would take months and that the holes were made on purpose.");
    EventDecision later = feed("b", DAY0.plus(Duration.ofDays(45)), "Foreign divers made the holes at Varna Stream, ministry says",
        "Foreign divers made the two holes at Varna Stream, a defence ministry said on Saturday, weeks after the damage was found "
            + "at Varna Stream. The ministry said the holes at Varna Stream were made on purpose.");
    assertThat(later.eventId()).as(later.reason()).isEqualTo(first.eventId());
  }

  @Test
  void oneSidesCrushIsTheOtherSidesShootingAndStillOneIncident() {
    EventDecision crush = feed("a", DAY0, "Dozens die in crush as crowd rushes aid lorries in Port Arlen",
        "Dozens of people died in a crush when a crowd rushed a convoy of aid lorries on the coast road of Port Arlen before "
            + "dawn on Thursday, the army said, adding that its soldiers fired only warning shots.");
    EventDecision shooting = feed("b", DAY0.plus(Duration.ofHours(20)), "Survivors say soldiers opened fire on crowd at Port Arlen aid convoy",
        "Survivors of Thursday's deaths at the aid convoy in Port Arlen said soldiers opened fire on the crowd waiting for "
            + "flour, and doctors said most of the wounded they treated had been shot. The army denies firing on the crowd.");
    assertThat(shooting.eventId()).as(shooting.reason()).isEqualTo(crush.eventId());
  }

  @Test
  void aModelDesignationOnlyOneReportNamesIsNotWhatTheStoryIsAbout() {
    EventDecision first = feed("a", DAY0, "Missile destroys apartment block in Corvin",
        "A Zr-40 missile hit a nine-storey apartment block in Corvin on Saturday afternoon, killing at least 20 people, the "
            + "regional governor said. Rescuers searched the rubble of the block through the night.");
    EventDecision second = feed("b", DAY0.plus(Duration.ofHours(6)), "Death toll in Corvin apartment block strike rises",
        "Rescuers in Corvin pulled more bodies from the rubble of the apartment block hit on Saturday, and the governor said "
            + "the toll had risen. Dozens of residents are still missing.");
    assertThat(second.eventId()).as(second.reason()).isEqualTo(first.eventId());
  }

  @Test
  void anExplosionInTheSameTwoCountriesIsNotTheSameExplosionUnlessTheReportsReadAlike() {
    EventDecision depot = feed("a", DAY0, "Fuel depot blast in Latvia kills two workers",
        "Two workers died when a fuel depot exploded in eastern Latvia on Monday night, and firefighters fought the flames "
            + "until dawn. Latvian officials said Estonian saboteurs were to blame.");
    EventDecision ferry = feed("b", DAY0.plus(Duration.ofDays(3)), "Ferry explosion: all 300 passengers rescued by lifeboats",
        "Lifeboats and tugs took all 300 passengers off the ferry Aurora on Thursday, the Estonian navy said, after an explosion "
            + "opened her hull off the Latvian coast. Divers will inspect the wreck next week.");
    assertThat(ferry.eventId()).as(ferry.reason()).isNotEqualTo(depot.eventId());
  }

  /**
   * A kind of incident in one country is a setting only while the story is fresh, which an undated report cannot show;
   * it is then judged as a report with nothing in common would be, and two that read alike and share their words join.
   */
  @Test
  void anUndatedReportOfTheSameSinkingInOneCountryJoinsWhenItReadsAlike() {
    EventDecision first = feed("a", DAY0, "Ferry carrying 400 sinks off Norway's west coast, dozens missing",
        "A ferry carrying more than 400 people, most of them school pupils on a class trip, sank off Norway's west coast "
            + "on Wednesday, leaving at least three people dead and about 250 missing, the coastguard said. Rescue boats "
            + "and helicopters pulled survivors from the cold water through the day.");
    EventDecision undated = feed("b", DAY0.plus(Duration.ofDays(900)), TimeSource.INGESTION,
        "Hundreds missing after Norway ferry sinks with school pupils aboard",
        "More than 250 people, most of them school pupils on a class trip, were missing after a ferry carrying more than "
            + "400 people sank off Norway's west coast, the coastguard said. At least three people were dead, and rescue "
            + "boats and helicopters searched the cold water for survivors.");
    assertThat(undated.eventId()).as(undated.reason()).isEqualTo(first.eventId());
  }

  /**
   * Undated, the same town and a kind of incident the story's may be (the mine "collapse" of the blast at the mine):
   * the story's, though its lead is about the prime minister's words rather than the blast.
   */
  @Test
  void anUndatedReportOfTheSameKindOfIncidentInTheSameTownJoins() {
    EventDecision first = feed("a", DAY0, "Explosion at coal mine in Kesta kills 240, hundreds trapped",
        "An explosion at a coal mine in the town of Kesta in western Latvia killed at least 240 miners on Tuesday and "
            + "left hundreds trapped underground, officials said. Prime Minister Ilse Varga visited the pit and promised "
            + "an inquiry into safety at the mine.");
    EventDecision undated = feed("b", DAY0.plus(Duration.ofDays(3)), TimeSource.INGESTION,
        "Varga says accidents happen as anger grows over Kesta mine collapse",
        "Prime Minister Ilse Varga said on Friday that accidents happen in mining everywhere, as anger grew in Kesta over "
            + "the deaths of miners in the collapse. Thousands of protesters marched in Kesta, and unions called a strike "
            + "over safety in the town's coal mines.");
    assertThat(undated.eventId()).as(undated.reason()).isEqualTo(first.eventId());
  }

  /**
   * An incident named after a festival or a pilgrimage that outlets write in capitals or not ("the Umrah stampede",
   * "the umrah stampede"): one name, though the second report is about other people.
   */
  @Test
  void anIncidentNameWrittenInLowerCaseIsStillItsName() {
    EventDecision first = feed("a", DAY0, "Governor's convoy triggered Umrah stampede, broadcaster reports",
        "A convoy carrying Governor Tom Arle caused the Umrah stampede that killed 90 pilgrims outside Dorvik on Friday, the "
            + "broadcaster Kesta TV reported. Arle's office called the report false. The Umrah stampede was the worst in a decade.");
    EventDecision second = feed("b", DAY0.plus(Duration.ofDays(2)), "Neighbouring president blames hosts for umrah stampede",
        "President Ida Brun of Norland on Sunday blamed the hosts for the umrah stampede outside Dorvik that killed at "
            + "least 90 pilgrims, among them 12 of her citizens. Brun said the umrah stampede showed that the crowds had been badly managed.");
    assertThat(second.eventId()).as(second.reason()).isEqualTo(first.eventId());
  }

  /**
   * A report months on that leads with the toll and the place ("the shooting at Vell harbour in which 21 dockworkers were
   * killed") continues the story, however its lead otherwise reads; another incident at the same place with another
   * toll does not.
   */
  @Test
  void theTollAndThePlaceOfAnIncidentJoinAReportMonthsOn() {
    EventDecision first = feed("a", DAY0, "Police fire on striking dockworkers at Vell harbour",
        "Police opened fire on striking dockworkers at Vell harbour on Thursday and 21 of them were killed, the regional "
            + "police chief Marek Vell said, adding that officers had been attacked with iron bars. Union leaders said the "
            + "strikers had been trying to leave.");
    EventDecision later = feed("b", DAY0.plus(Duration.ofDays(300)), "Families still wait for answers",
        "Relatives gathered at Vell harbour on Sunday to remember the 21 dockworkers killed there, and lawyers for the "
            + "families said no officer had yet been charged. An inquiry chaired by Judge Ana Berg is due to report in May.");
    EventDecision fire = feed("c", DAY0.plus(Duration.ofDays(360)), "Warehouse fire at Vell harbour",
        "A fire swept through a grain warehouse at Vell harbour on Tuesday and 9 workers were killed, the fire brigade "
            + "said. The cause of the blaze was not known.");
    assertThat(later.eventId()).as(later.reason()).isEqualTo(first.eventId());
    assertThat(fire.eventId()).as(fire.reason()).isNotEqualTo(first.eventId());
  }

  @Test
  void aStoryRetoldMonthsLaterInNearlyTheSameWordsIsStillTheStory() {
    EventDecision first = feed("a", DAY0, "Health agency warns Portuguese eye drops may have blinded 40 patients in Uruguay",
        "The health agency warned on Wednesday that three brands of eye drops made in Portugal may be responsible for "
            + "the blinding of 40 patients by an infection in Uruguay, and told clinics to stop using them.");
    EventDecision later = feed("b", DAY0.plus(Duration.ofDays(150)), "Uruguay inquiry links blinding of 40 patients to Portuguese eye drops",
        "An inquiry in Uruguay said on Monday that the blinding of 40 patients by an infection was linked to three "
            + "brands of contaminated eye drops made in Portugal, and asked for the maker to be prosecuted.");
    assertThat(later.eventId()).as(later.reason()).isEqualTo(first.eventId());
    assertThat(later.reason()).startsWith("continued");
    // Months on, patients harmed the same way in another country are another story, however alike it reads.
    EventDecision elsewhere = feed("c", DAY0.plus(Duration.ofDays(220)), "Chile bans all eye drops after 30 patients are blinded by an infection",
        "Chile banned the sale of all eye drops on Friday after 30 patients were blinded by an infection, the health "
            + "ministry said, adding that some of the drops had been made in Portugal.");
    assertThat(elsewhere.eventId()).as(elsewhere.reason()).isNotEqualTo(first.eventId());
  }

  /**
   * A year on, a report on the attack on an embassy that names the capital, the host country and the embassy's country
   * reads less closely than a rewrite of the lead, but shares three of the names the story is about and its terms
   * strongly: it is still the story. Another attack in the same capital a year on shares only the place.
   */
  @Test
  void aReportAYearOnSharingThreeOfTheStorysNamesStillContinuesIt() {
    EventDecision first = feed("a", DAY0, "Gunman kills guard at Portuguese embassy in Rabat",
        "A gunman armed with a rifle stormed the Portuguese embassy in Rabat on Friday, killing the head of its security "
            + "and wounding two guards. Lisbon called it a terrorist attack; Moroccan police said the gunman, a local man, "
            + "acted over a personal dispute.");
    EventDecision another = feed("c", DAY0.plus(Duration.ofDays(405)), "Car bomb hits market in Rabat",
        "A car bomb exploded in a crowded market in Rabat on Sunday, killing six people, Moroccan police said. No group "
            + "claimed the attack.");
    EventDecision later = feed("b", DAY0.plus(Duration.ofDays(410)), "Portugal reopens Rabat embassy a year after gunman killed its security chief",
        "A year after a gunman armed with a rifle stormed the Portuguese embassy in Rabat and killed the head of its security, "
            + "Portugal reopened the embassy on Monday. Lisbon had called the attack terrorism; Moroccan police said the gunman "
            + "acted over a personal dispute.");
    assertThat(another.eventId()).as(another.reason()).isNotEqualTo(first.eventId());
    assertThat(later.eventId()).as(later.reason()).isEqualTo(first.eventId());
    assertThat(later.reason()).startsWith("continued");
  }
}
