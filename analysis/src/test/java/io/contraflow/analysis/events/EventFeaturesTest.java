package io.contraflow.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.ArticleAnalysis;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventFeaturesTest {
  private static EventFeatures features(String title, String body) {
    return EventFeatures.of(new ArticleText("a", title, body, null, null, Instant.EPOCH, "en"));
  }

  @Test
  void foldsTitlesDemonymsAndPossessivesIntoOneName() {
    EventFeatures f = features("", """
        Belarusian President Alexander Lukashenko spoke on Tuesday. Mr. Lukashenko said the convoy turned back.
        Later, Lukashenko's office published a transcript in which the Belarus leader repeated the claim.""");
    assertThat(f.entities()).containsKeys("lukashenko", "belarus")
        .doesNotContainKeys("alexander lukashenko", "president", "mr", "belarusian", "lukashenko's", "later");
    assertThat(f.entities().get("lukashenko")).isGreaterThan(f.entities().get("belarus"));
  }

  /** "Harlow Tower recently underwent": a sentence that opens with a name is about it, as the lead's subject. */
  /** A carrier named for its country is the company, which its own accident is about: not the country and a common noun. */
  @Test
  void aCarrierNamedForItsCountryIsOneName() {
    EventFeatures f = features("Estonian Airlines jet lands safely after engine fire", """
        An Estonian Airlines jet landed safely in Riga after an engine caught fire, Latvian officials said.""");
    assertThat(f.entities()).containsKeys("estonian airlines", "latvia").doesNotContainKeys("airlines");
  }

  @Test
  void aNameOpeningASentenceIsKeptWhenItsSecondWordIsCapitalisedMidSentence() {
    EventFeatures f = features("Builders involved in refit respond to the fire", """
        Builders involved in refit respond to the fire

        Harlow Tower recently underwent a costly refit signed off by the borough council. Rescuers said the tower burned
        for hours. Officials Monday gave no figures.""");
    assertThat(f.entities()).containsKey("harlow tower").doesNotContainKeys("officials monday", "rescuers");
    assertThat(f.focal()).contains("harlow tower");
  }

  /**
   * "Lina Vesk ... Lina's phone went silent": a given name alone, in an article that gives it with a surname, is the
   * same girl, keyed by the surname; two people of one given name leave it alone, and so does a place.
   */
  @Test
  void aGivenNameAloneIsThePersonTheArticleNamesInFull() {
    EventFeatures f = features("Family of Lina Vesk asks about the last evening of the march", """
        Lina Vesk, 17, left home for the march in Kessa on a Tuesday evening. Lina called a friend at nine to say she was
        being followed. Her body was returned to the family ten days later.""");
    assertThat(f.entities()).containsKey("vesk").doesNotContainKey("lina");
    EventFeatures two = features("Two sisters missing after the march", """
        Lina Vesk and Lina Dorova both marched in Kessa. Lina called home at nine.""");
    assertThat(two.entities()).containsKey("lina");
    EventFeatures place = features("Chile Ostrova speaks", """
        Chile Ostrova, a singer, spoke in Kessa. Later she flew to Chile.""");
    assertThat(place.entities()).containsKey("chile");
    EventFeatures town = features("Fire at the Kessa Mining pit", """
        Flames spread through a pit in Kessa on Tuesday. Kessa Mining Chairman Ivo Dorov said the fire was out. Kessa Mining
        runs four pits near Kessa.""");
    assertThat(town.entities()).containsKey(NameKeys.fold("kessa"));
  }

  /** "West Peru, Maine": a point of the compass and a country's name that name no country are a town of their own. */
  @Test
  void aCompassPointBeforeACountrysNameNamesATown() {
    EventFeatures f = features("Freight train derails near West Peru", """
        A freight train carrying chlorine derailed near West Peru, Maine, on Friday, and residents of West Peru were told to
        stay indoors.""");
    assertThat(f.entities()).containsKey("west peru").doesNotContainKey("peru");
  }

  /** "Human rights groups say", and the "Norland Human Rights Council" further on: a sentence's capital is no name of its own. */
  @Test
  void aWordCapitalisedOnlyInsideALongerNameIsNoNameAtASentencesStart() {
    EventFeatures f = features("Rights groups put Tartu march toll at 30", """
        Human rights groups say 30 people were killed when police fired on a march in Tartu. The Tartu Human Rights Council
        put the number of wounded at 200. Human rights lawyers asked for an inquiry.""");
    assertThat(f.entities()).containsKey("tartu").doesNotContainKey("human");
  }

  /**
   * "Kremlin-run television said": the name only says who runs the source. A headline citing it is about what the
   * source reported, not about the sponsor; the name still counts as a mention.
   */
  @Test
  void aNameThatOnlySaysWhoRunsASourceIsNotWhatTheArticleIsAbout() {
    EventFeatures f = features("Eleven killed at a Kessa bus depot, Kremlin-run television says", """
        Eleven people were killed when a fuel tanker exploded at a bus depot in Kessa on Friday, Kremlin-backed
        officials and Vienna-based monitors said. Firefighters worked through the night.""");
    assertThat(f.entities()).containsKey("kremlin");
    assertThat(f.focal()).contains("kesa").doesNotContain("kremlin", "viena");
    EventFeatures actor = features("Kremlin orders an inquiry into the Kessa depot blast", """
        The Kremlin ordered an inquiry on Saturday into the explosion at a bus depot in Kessa.""");
    assertThat(actor.focal()).contains("kremlin");
  }

  /**
   * A village named twice, deep in the text, where the article also reads it into an incident and a place ("a strike on
   * Dountami": the Dountami attack; "the village of Dountami"): those count as mentions of it, so the article is about
   * it, though its lead is all captions.
   */
  @Test
  void mentionsReadIntoLongerNamesCountForTheName() {
    EventFeatures f = features("Minister says no helicopters flew that day", """
        The minister speaks at a briefing in the capital in 2019. Photo agency.
        The minister speaks at a briefing in the capital in 2019. Photo agency.
        Followed by readers.
        Ana Berg, the defence minister, told reporters on Sunday that her pilots followed the rules of war. She said the
        jets hit a gathering of armed men and that no helicopter was flying in the area. Elders said guests at a wedding
        in the village of Dountami were hit. A farmers' association said twenty people were lost in a strike on Dountami.""");
    assertThat(f.focal()).contains("duntamy");
  }

  /**
   * A name written family name first: one outlet hyphenates the given name, another writes it as two words, a third
   * uses it alone in a headline. All three are one man; his brother, who shares both the family name and the first
   * syllable, is another. A descriptive tail ("Seoul-run", "Soviet-era") still leaves the name on its own.
   */
  @Test
  void aGivenNameWrittenWithOrWithoutItsHyphenIsOneName() {
    EventFeatures hyphen = features("Envoy says Park Min-soo died of a stroke", """
        Park Min-soo, the exiled banker, collapsed at the airport on Monday, police said.""");
    EventFeatures apart = features("Police question three men over Park Min Soo's death", """
        Three men were held on Tuesday over the death of Park Min Soo, the elder brother of Park Min-jae.""");
    EventFeatures alone = features("Min-soo killing: envoy rejects autopsy", """
        The envoy said the autopsy on Min-soo was not valid, Seoul-run television and Soviet-era papers said.""");
    assertThat(hyphen.focal()).contains("minsu");
    assertThat(apart.focal()).contains("minsu");
    assertThat(apart.entities()).containsKey("minjae");
    assertThat(alone.focal()).contains("minsu");
    assertThat(alone.entities()).containsKey("seoul").doesNotContainKeys("seoulrun", "seoul-run", "sovietera");
  }

  @Test
  void newOpeningAPaperIsPartOfItsName() {
    EventFeatures f = features("New clashes near the border", """
        New Russian drones struck the port overnight, the New Kessa Times reported. Officials in Varna said they were
        following the reports.""");
    assertThat(f.entities()).containsKeys("new kesa times", "varna").doesNotContainKeys("kesa times", "new russian", "new clashes");
  }

  /**
   * What a page puts above its first paragraph (a timestamp line, an app promotion addressed to the reader, a byline)
   * is no lead: its names are not what the article is about.
   */
  @Test
  void pageFurnitureAboveTheFirstParagraphIsNoLead() {
    EventFeatures f = features("Border guards say they fired on armed smugglers", """
        Tue Mar 04 09:12:55 EET 2025
        Scan the Vellboard code to read every edition on your phone

        Good news for readers: download your Vellboard pass and get a free month of the print edition.

        By Wire Staff | 2025-03-04

        Border guards opened fire on a group of armed smugglers near the Kessa crossing, killing four, the regional
        commander Tomas Ulmen said on Tuesday. He said the smugglers had fired first.""");
    assertThat(f.focal()).contains("kesa").doesNotContain("vellboard", "eet", "tue", "mar");
  }

  /**
   * A widget that failed to load leaves its message above the lead ("Oops! Something went wrong. Please try again
   * later."): three short sentences that would push the lead's second sentence, where the mine is named, out of it.
   */
  @Test
  void aFailedWidgetsMessageIsNoLead() {
    EventFeatures f = features("Nine miners trapped after a slope gives way", """
        Nine miners trapped after a slope gives way

          \u2022 Oops!
            Something went wrong.
            Please try again later.

        KESSA (Wire) \u2014 A slope of spoil gave way at a copper pit in northern Norland on Tuesday, trapping nine
        workers, officials said.

        The slide at the Halvik mine came down at noon near the town of Ostel in the hill province of Vardo.""");
    assertThat(f.focal()).contains("halvik mine");
  }

  /** A hashtag labels a movement of many weeks and towns: a word in common, not a name of one incident. */
  @Test
  void aHashtagIsNoNameOfTheIncident() {
    EventFeatures f = features("Soldiers fire on marchers", """
        Soldiers fired on #EndRaids marchers at the Kessa toll gate on Tuesday night, killing 12, witnesses said.
        The #EndRaids protests have spread to nine towns since May.""");
    assertThat(f.entities()).doesNotContainKey("endraids");
    assertThat(f.focal()).noneMatch(n -> n.contains("endraids"));
    assertThat(f.terms()).containsKey("endraid");
  }

  /** A photo's caption above the lead, of another scene and with its photographer's name, is no lead either. */
  @Test
  void aCaptionAboveTheFirstParagraphIsNoLead() {
    EventFeatures f = features("Council denies firing on the Kessa camp", """
        Council denies firing on the Kessa camp

        Marchers in Ostria hold up portraits of the Varno Front's leader on 2 May. REUTERS/Ana Selvik

        KESSA, 3 May: The ruling council has denied that its troops fired on the protest camp outside the barracks.""");
    assertThat(f.focal()).contains("kesa").doesNotContain("ostria", "varno front", "selvik", "ana selvik");
  }

  @Test
  void anEverydayAbbreviationInCapitalsIsNoName() {
    EventFeatures f = features("Glide bomb sets a DIY store in Varna ablaze", """
        A glide bomb hit a DIY store in Varna on Saturday, the regional governor said. The chain's CEO said CCTV showed
        shoppers fleeing before the blast.""");
    assertThat(f.entities()).containsKey("varna").doesNotContainKeys("diy", "ceo", "cctv");
  }

  @Test
  void aCreedOrAPointOfTheCompassAloneIsNoName() {
    EventFeatures f = features("Islamist fighters raid a border post in the North", """
        Islamist fighters attacked a border post in the North of Niger on Monday. The North has seen raids by Sunni
        militants and by Islamic State since the spring, and the West has sent advisers.""");
    assertThat(f.entities()).containsKeys("niger", "islamic state")
        .doesNotContainKeys("islamist", "north", "sunni", "north of niger");
  }

  @Test
  void anAreaOfAPlaceIsThePlaceAndANumberOpeningASentenceIsNoName() {
    EventFeatures f = features("Crush at a food depot", """
        Twenty Palestinians were killed at a food depot in the Gaza Strip on Monday. Another crush in the Swat Valley killed
        nine last year.""");
    assertThat(f.entities()).containsKey("gaza").doesNotContainKeys("strip", "twenty", "valley");
  }

  @Test
  void aSurnameWithheldToItsInitialLeavesTheGivenName() {
    EventFeatures f = features("Officer charged over the death of Karim D.", """
        The officer who shot Karim D. at a checkpoint in Varno was charged on Friday. Lawyers for Karim D. said the
        officer, Paul R., had not been in danger.""");
    assertThat(f.entities()).containsKeys("karim", "paul").doesNotContainKeys("d", "r");
  }

  @Test
  void protestsAfterAShootingReportTheShooting() {
    assertThat(features("Protests in Varno after teen shot dead by police", "Crowds gathered.").incident()).isEqualTo("killing");
    assertThat(features("Protests in Varno over fuel prices", "Crowds gathered.").incident()).isEqualTo("protest");
  }

  /** Arrests over an incident, in the headline or opening the lead, report the incident they follow. */
  @Test
  void arrestsOverAnIncidentReportTheIncident() {
    assertThat(features("Two managers arrested over Kesta warehouse fire", "Police held them overnight.").incident()).isEqualTo("fire");
    assertThat(features("Night of grief in Kesta", "Police arrested two smugglers on Tuesday. At least 20 people drowned when "
        + "their boat sank off the coast.").incident()).isEqualTo("sinking");
    assertThat(features("Kesta police arrest two smugglers", "The two were held overnight.").incident()).isEqualTo("arrest");
  }

  /** A body whose first line is its lead (it ends with a stop) is read past it as it stands: a line saying "you" is kept. */
  @Test
  void aLeadOnTheFirstLineLeavesTheRestAsItIs() {
    EventFeatures f = features("Depot fire in Kessa", """
        Fire crews fought a blaze at the Kessa fuel depot through Monday night, officials said.
        You could see the smoke from the Halvik bridge all night, a resident told reporters on the Halvik bridge.
        The depot's owner, Norland Fuel, said no one was hurt.""");
    assertThat(f.entities()).containsKey("halvik bridge");
  }

  /** A slope giving way at a mine or a dump is a collapse; a vote won by a landslide is no incident. */
  @Test
  void aLandslideIsACollapse() {
    assertThat(features("Seven workers missing after landslide at Halvik copper mine", "Rescuers dug through the night.").incident())
        .isEqualTo("collapse");
    assertThat(features("Mudslide buries homes below the Kessa dump", "Rescuers dug through the night.").incident()).isEqualTo("collapse");
    assertThat(features("Mayor kept by a landslide in Kessa vote", "The count ended on Sunday.").incident()).isEqualTo("election");
    assertThat(features("Landslide victory for Kessa mayor", "The count ended on Sunday.").incident()).isNull();
  }

  /**
   * "The Kessa Range police chief": a police range, zone or precinct named after its town is a body, not a person whose
   * surname is "Range"; the town written alone stays the town.
   */
  @Test
  void aPoliceRangeIsNoPersonsName() {
    EventFeatures f = features("Crash near Kessa leaves nine dead: police",
        "KESSA: The truck hit the bus at dawn, Kessa Range deputy inspector Ivo Marn said on Sunday.");
    assertThat(f.entities()).containsKeys("kesa", "kesa range").doesNotContainKey("range");
  }

  /** Two parties that clash over the cause of a collapse quarrel in words: the collapse is the incident, not a clash. */
  @Test
  void aClashOverTheCauseIsNoFight() {
    assertThat(features("Norland and Vell Builders Clash over Cause of Dam Collapse", "The firm rejected the findings on Monday.")
        .incident()).isEqualTo("collapse");
    assertThat(features("Herders and farmers clash over land near Kessa", "Three people were hurt.").incident()).isEqualTo("clash");
  }

  /** A jailbreak, a mass escape or a prison riot is a kind of incident of its own, not a protest nor a killing. */
  @Test
  void aJailbreakIsAKindOfIncident() {
    assertThat(features("Varno prison riot leaves 12 dead", "Guards fired on inmates on Monday.").incident()).isEqualTo("jailbreak");
    assertThat(features("Inquiry into mass escape from Varno jail", "The government named three judges.").incident()).isEqualTo("jailbreak");
    assertThat(features("Hundreds of inmates escape from Kessa prison amid unrest", "Police said 900 had fled.").incident()).isEqualTo("jailbreak");
    assertThat(IncidentKinds.conflict("jailbreak", "protest")).isTrue();
    assertThat(IncidentKinds.conflict("jailbreak", "clash")).isFalse();
  }

  /** A wire's label ("UPDATE 2-", "EXCLUSIVE-"), a photo's ("FILE -") and a time zone ("IST") name nothing the story is about. */
  @Test
  void aWiresLabelNamesNothing() {
    EventFeatures f = features("UPDATE 2-Ferry sinks off Kessa, 12 dead", "Updated: 26-12-2027 01:27 IST\n\nFILE - A ferry at the Kessa pier.\n\n"
        + "EXCLUSIVE: A ferry sank off Kessa on Monday.");
    assertThat(f.entities()).doesNotContainKey("ist");
    assertThat(f.entities()).doesNotContainKeys("update", "file", "exclusive");
  }

  @Test
  void aStormsNameNamesTheIncident() {
    EventFeatures f = features("Hurricane Orla toll rises to 40", "Typhoon Kesa is expected to weaken. Puerto Rico counted 40 dead.");
    assertThat(f.entities()).containsKeys("orla storm", "kesa storm", "puerto rico").doesNotContainKey("rico");
  }

  @Test
  void aDatelineOpensTheStoryWithItsPlaceAndTheFirstWordAfterItIsNoName() {
    EventFeatures f = features("", """
        DORVIK, Norway - Searchers combed the fjord on Monday after a ferry sank with 40 people aboard.""");
    assertThat(f.places()).contains("dorvik");
    assertThat(f.entities()).doesNotContainKey("searchers");
  }

  /**
   * A byline and a repeated headline run into the dateline: the agency in brackets still ends it, and the city in
   * capitals before the country is where the report was filed, a place and not what the report leads with.
   */
  @Test
  void anAgencyInBracketsEndsADatelineFurtherIn() {
    EventFeatures f = features("", """
        Norwegian farmers turn on soldiers after a checkpoint shooting
        By ANA BERG
        Vell Press
        DORVIK, Norway (VP) — Angry farmers set fire to three patrol trucks on Sunday, a day after soldiers at a road \
        checkpoint shot dead a dozen people they took for smugglers.""");
    assertThat(f.entities()).doesNotContainKey("angry");
    assertThat(f.places()).contains("dorvik");
    assertThat(f.focal()).doesNotContain("dorvik");
  }

  /** "Kessa's governor", "Kessa state's chief minister": a name opening a sentence in the possessive, or before a region. */
  @Test
  void aNameOpeningASentenceInThePossessiveOrBeforeARegionIsKept() {
    assertThat(features("", "Soldiers shot four farmers on Monday. Kessa’s governor ordered an inquiry.").entities()).containsKey("kesa");
    assertThat(features("", "Soldiers shot four farmers on Monday. Kessa state's chief minister ordered an inquiry.").entities())
        .containsKey("kesa");
    assertThat(features("", "Soldiers shot four farmers on Monday. Today's hearing was short. Everyone's car was searched.").entities())
        .doesNotContainKeys("today", "everyone");
  }

  @Test
  void aBoatThatCrashedSankATrainCrashIsARailAccidentAndARoadCrashLosesNoAircraft() {
    assertThat(features("Migrant boat crashed off Kesta, dozens missing", "Dozens were missing.").incident()).isEqualTo("sinking");
    assertThat(features("Bus crash kills nine near Kesta", "Nine died.").incident()).isNotEqualTo("aircraft loss");
    assertThat(features("Airliner crashed near Kesta, nine dead", "Nine died.").incident()).isEqualTo("aircraft loss");
    assertThat(features("Night train crashed near Kesta, nine dead", "Nine died.").incident()).isEqualTo("rail accident");
    assertThat(features("Kesta rail disaster: signalman charged", "Nine died when two trains met.").incident()).isEqualTo("rail accident");
  }

  @Test
  void anOrganisationsShortNamesAreItsName() {
    EventFeatures f = features("", """
        ISIS said its fighters carried out the bombing. Islamic State has claimed such attacks before, and officials
        said Daesh cells were still active in the province.""");
    assertThat(f.entities()).containsKey("islamic state").doesNotContainKeys("isis", "daesh");
    assertThat(features("", "The Hellenic Coast Guard said it found no one.").entities()).containsKey("greece");
  }

  @Test
  void anAidGroupOrACityWrittenTwoWaysIsOneNameAndAGroupIsKeyedWhole() {
    EventFeatures a = features("", "On Monday the charity Doctors Without Borders said its clinic in Zaporizhzhia was shelled.");
    EventFeatures b = features("", "On Monday the charity Medecins Sans Frontieres said its clinic in Zaporozhye was shelled.");
    assertThat(a.entities().keySet()).isEqualTo(b.entities().keySet()).contains("doctors without borders", NameKeys.fold("zaporizhzhia"));
    EventFeatures groups = features("", "On Monday a report by the group Human Rights Watch and one by Amnesty International were published.");
    assertThat(groups.entities()).containsKeys("human rights watch", "amnesty international").doesNotContainKeys("watch", "international");
  }

  @Test
  void frenchAndEnglishTransliterationsOfOneVowelGiveOneKey() {
    EventFeatures a = features("", "Doctors in Tell Mardoukh treated the wounded on Monday.");
    EventFeatures b = features("", "Doctors in Tell Mardukh treated the wounded on Monday.");
    assertThat(a.entities().keySet()).isEqualTo(b.entities().keySet());
    // English words keep their spelling: the head noun of "the Kesta House".
    assertThat(features("", "Guards stood outside the Kesta House on Monday.").entities()).containsKey("kesta house");
  }

  @Test
  void differentSpellingsOfAFirstNameGiveTheSameKey() {
    EventFeatures a = features("", "The statement came from Aleksandr Lukashenko himself on the radio.");
    EventFeatures b = features("", "The statement came from Alexander Lukashenko himself on the radio.");
    assertThat(a.entities().keySet()).isEqualTo(b.entities().keySet()).contains("lukashenko");
  }

  @Test
  void keepsOrganisationAndIncidentNamesWholeAndSplitsOffTheirOwner() {
    EventFeatures f = features("", """
        Gunmen attacked Moscow's Crocus City Hall on Friday, and the head of the Federal Security Service said the
        Institute for the Study of War was wrong. Crews at the Kakhovka dam worked through the night.""");
    assertThat(f.entities()).containsKeys("moscow", "crocus city hall", "federal security service",
        "institute for the study of war", "kakhovka dam", "kakhovka")
        .doesNotContainKeys("moscow crocus city hall", "hall", "crocus city hall on friday", "friday");
  }

  @Test
  void aHolidayIsWhenNotWhatAndADescribingWordMayStandInAnIncidentsName() {
    EventFeatures f = features("", "Twelve people died in the Varno crowd crush during Halloween celebrations, police said.");
    assertThat(f.entities()).containsKey("varno stampede").doesNotContainKey("haloween");
    assertThat(f.focal()).doesNotContain("haloween");
  }

  @Test
  void aStructureIsKeyedByItsOwnNameAndItsKindWhateverDescribingWordsOutletsAdd() {
    EventFeatures capitals = features("", "Soldiers opened fire at the Varno Toll Gate on Tuesday night, witnesses said.");
    EventFeatures oneWord = features("", "Soldiers opened fire at the Varno Tollgate on Tuesday night, witnesses said.");
    EventFeatures lower = features("", "Soldiers opened fire at the Varno toll gate on Tuesday night, witnesses said.");
    assertThat(capitals.entities()).containsKey("varno gate").doesNotContainKey("gate");
    assertThat(oneWord.entities()).containsKey("varno gate").doesNotContainKey("tolgate");
    assertThat(lower.entities()).containsKey("varno gate");
    EventFeatures apart = features("", "The blast hit Al Marsa Arab Hospital in the north of the city, doctors said.");
    EventFeatures joined = features("", "The blast hit the Al-Marsa hospital in the north of the city, doctors said.");
    assertThat(apart.entities()).containsKey("marsa hospital");
    assertThat(joined.entities()).containsKey("marsa hospital");
    // An institution's long name keeps its inner names.
    EventFeatures institute = features("", "The wounded were taken to Varno State University Teaching Hospital, doctors said.");
    assertThat(institute.entities()).doesNotContainKey("varno hospital");
  }

  @Test
  void aTowerOrAMineWithANameIsKeyedWholeNotByItsLastWordLikeASurname() {
    EventFeatures tower = features("", "Fire swept through Kessel Tower on Wednesday. Residents of Kessel Tower had warned of the risk.");
    assertThat(tower.entities()).containsKey("kesel tower").doesNotContainKey("tower");
    // The article writes "the tower" and "the mine" in lower case: the capitalised run is still the building's name.
    EventFeatures written = features("", "Fire swept through Kessel Tower on Wednesday, and the tower burned for hours. Miners "
        + "at Dorvik Mine said the mine had flooded before.");
    assertThat(written.entities()).containsKeys("kesel tower", "dorvik mine");
  }

  @Test
  void aBuildingNamedAfterItsTownIsOneNameWhicheverWayItIsWritten() {
    EventFeatures inverted = features("", "Shells hit a theatre in Kesta where families were sheltering.");
    EventFeatures direct = features("", "Shells hit the Kesta theater where families were sheltering.");
    assertThat(inverted.entities()).containsKey("kesta theater");
    assertThat(direct.entities()).containsKey("kesta theater");
    // A capital is too big a place to tell one building from another.
    assertThat(features("", "Shells hit a school in Paris overnight.").entities()).doesNotContainKey("paris school");
  }

  @Test
  void aNamedPipelineOrCanalIsKeyedWholeNotByItsLastWordLikeASurname() {
    EventFeatures f = features("", "Divers reached the Varna Stream pipeline on Sunday, and the Kestel Canal reopened.");
    assertThat(f.entities()).containsKeys("varna stream", "kestel canal").doesNotContainKeys("stream", "canal");
  }

  @Test
  void compoundNamesAndAcronymsSplitIntoTheirParts() {
    EventFeatures f = features("", """
        They headed to the Ukrainian-Russian border, said FSB Director Alexander Bortnikov, citing the U.S. Embassy
        and a Washington-based think tank.""");
    assertThat(f.entities()).containsKeys("ukraine", "russia", "fsb", "bortnikov", "united states", "washington")
        .doesNotContainKeys("ukrainian-russian", "fsb director alexander bortnikov", "washington-based");
  }

  @Test
  void sentenceInitialAndHeadlineCapitalsAreNotNamesUnlessSeenMidSentence() {
    EventFeatures f = features("Moscow Concert Hall Attackers First Headed To Belarus, Says Putin Ally", """
        Shortly after the attack, officials in Moscow spoke to reporters. Attackers were detained near Belarus, and
        Putin thanked the border guards.""");
    assertThat(f.entities()).containsKeys("moscow", "belarus", "putin")
        .doesNotContainKeys("shortly", "attackers", "concert", "headed", "says", "ally", "first");
    assertThat(f.terms()).containsKeys("attacker", "concert", "concert hall");
  }

  /** The text writes the headline's word only in the plural ("matches", "crashes"): it is still a word, not a name. */
  @Test
  void aHeadlineWordTheTextWritesOnlyInThePluralIsNotAName() {
    EventFeatures f = features("Dozens hurt in Narva after Cup Match", """
        Dozens of fans were hurt in a crush at a football ground in Narva on Sunday. The league suspended all matches
        for a week.""");
    assertThat(f.entities()).containsKeys("narva").doesNotContainKeys("match", "cup match");
  }

  @Test
  void softWrappedLinesDoNotStartSentences() {
    EventFeatures f = features("", """
        Growers in the region, many of whom relied on canals fed by the
        Kakhovka reservoir, reported smaller harvests this year than last.""");
    assertThat(f.entities()).containsKeys("kakhovka", "kakhovka reservoir");
  }

  @Test
  void termsAreStemmedAndStopwordsDropped() {
    EventFeatures f = features("Refineries attacked", "Drones attacked two refineries. The attacks stopped production at the refinery.");
    assertThat(f.terms()).containsKeys("refinery", "attack", "drone", "production")
        .doesNotContainKeys("the", "at", "two", "refineries", "attacked");
    assertThat(f.terms().get("refinery")).as("headline words weigh more").isGreaterThan(f.terms().get("drone"));
  }

  @Test
  void syndicatedCopiesHaveNearlyEqualFingerprintsAndOtherTextsDoNot() {
    String wire = EventGrouperTest.DAM_COLLAPSE;
    long original = features("Dam collapses", wire).fingerprint();
    long copy = features("Dam breach floods the south", wire + " Distributed by an agency.").fingerprint();
    long other = features("Dam collapses", EventGrouperTest.DAM_INVESTIGATION).fingerprint();
    assertThat(original).isNotZero();
    assertThat(SimHash.distance(original, copy)).isLessThanOrEqualTo(8);
    assertThat(SimHash.distance(original, other)).isGreaterThan(16);
    assertThat(features("", "Too short.").fingerprint()).isZero();
  }

  @Test
  void prefersTheExtractorsFeaturesAndComputesOnlyWhatIsMissing() {
    ArticleText text = new ArticleText("a", "Kakhovka dam collapses", EventGrouperTest.DAM_COLLAPSE, null, null, Instant.EPOCH, "en");
    EventFeatures supplied = EventFeatures.of(new ArticleAnalysis(text, List.of(), Map.of("x", 1.0), Map.of("y", 1.0), 0L));
    assertThat(supplied.entities()).containsOnlyKeys("x");
    assertThat(supplied.terms()).containsOnlyKeys("y");
    assertThat(supplied.fingerprint()).isEqualTo(EventFeatures.of(text).fingerprint());

    ArticleText withoutBody = new ArticleText("a", "t", "", null, null, Instant.EPOCH, "en");
    EventFeatures carried = EventFeatures.of(new ArticleAnalysis(withoutBody, List.of(), Map.of("x", 1.0), Map.of(), 42L));
    assertThat(carried.fingerprint()).isEqualTo(42L);
    assertThat(carried.bodyWords()).isEqualTo(EventFeatures.UNKNOWN_LENGTH);

    EventFeatures computed = EventFeatures.of(new ArticleAnalysis(text, List.of(), Map.of(), Map.of(), 0L));
    assertThat(computed).isEqualTo(EventFeatures.of(text));
  }

  @Test
  void featureCountsAreBounded() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 400; i++) body.append("Officials from Placename").append((char) ('a' + i % 26)).append(i % 7)
        .append(" discussed ").append("topic").append(i).append(" again. ");
    EventFeatures f = features("", body.toString());
    assertThat(f.entities().size()).isLessThanOrEqualTo(EventFeatures.MAX_ENTITIES);
    assertThat(f.terms().size()).isLessThanOrEqualTo(EventFeatures.MAX_TERMS);
  }

  @Test
  void anArabicArticleAndADoubledLetterDoNotMakeAnotherName() {
    EventFeatures joined = features("", "Rockets hit the Ain al-Kassar air base in the desert overnight, officers said.");
    EventFeatures apart = features("", "Rockets hit the Al Kasar airbase in the desert overnight, officers said.");
    assertThat(joined.entities()).containsKey("kasar");
    assertThat(apart.entities()).containsKeys("kasar", "kasar airbase");
  }

  @Test
  void fireThatIsShotIsAnAttackAndFireThatBurnsIsAFire() {
    assertThat(features("Soldiers opened fire on a crowd at the depot, witnesses say", "").incident()).isEqualTo("attack");
    assertThat(features("Dozens killed by army fire at an aid point, doctors say", "").incidents()).contains("attack")
        .doesNotContain("fire");
    assertThat(features("Fire breaks out at the fuel depot, witnesses say", "").incident()).isEqualTo("fire");
    assertThat(features("Crews fight the fire at the depot for a second day", "").incident()).isEqualTo("fire");
  }

  /** Every deadly incident kills: the kind a headline names after "killed" says which incident it reports. */
  @Test
  void theKindAfterKilledInAHeadlineIsTheIncident() {
    assertThat(features("Ten killed as car collides with bus on the road to the Vell fair", "").incident()).isEqualTo("road accident");
    assertThat(features("Dozens dead in stampede at the Vell fair", "").incident()).isEqualTo("stampede");
    assertThat(features("Teen shot dead by police in Varno", "").incident()).isEqualTo("killing");
  }

  /** "Troops storm the sit-in", "ordered to storm the school": an assault; "the storm hit", "ahead of Storm Vera": weather. */
  @Test
  void forcesStormingAPlaceIsAnAttackAndAStormIsWeather() {
    assertThat(features("At least 30 killed as army storms Kessa sit-in", "").incidents()).contains("attack").doesNotContain("storm");
    assertThat(features("Police were ordered to storm the school at dawn", "").incidents()).contains("attack").doesNotContain("storm");
    assertThat(features("Hundreds feared dead after storm, floods hit the coast", "").incident()).isEqualTo("storm");
    assertThat(features("", "Towns braced for floods ahead of storm Vera on Monday.").incidents()).contains("storm").doesNotContain("attack");
  }

  /** A crane that toppled over, a roof that gave way: a collapse. */
  @Test
  void aStructureThatToppledOverCollapsed() {
    assertThat(features("", "A crane toppled over onto the Kessa mosque on Friday, killing 40 people.").incident()).isEqualTo("collapse");
  }

  /** "es", "dos", "das", "des" inside a name, as "de" and "da" are: one name, not two. */
  @Test
  void aParticleInsideANameKeepsItWhole() {
    EventFeatures f = features("", "Riot officers used tear gas on marchers in Bar es Kessa on Friday, said Ana dos Vell, a lawyer.");
    assertThat(f.entities()).containsKey("bar es kesa").doesNotContainKey("kesa");
    assertThat(f.entities().keySet()).anyMatch(k -> k.contains("dos vel"));
  }

  /** "Leaked audio", "the leaked memo": a record made public, not a spill; "oil leaked into the bay" is one. */
  @Test
  void aLeakedRecordIsNoSpill() {
    assertThat(features("Leaked audio suggests the minister ordered the raid", "").incidents()).doesNotContain("spill");
    assertThat(features("Paper publishes leaked memo on the Kessa dam", "").incidents()).doesNotContain("spill");
    assertThat(features("Crude oil leaked into the bay from the damaged tanker", "").incident()).isEqualTo("spill");
  }

  /** A crash or a sinking may end in a fire: the fireball after the collision is the collision's; a port's blast is not its fire. */
  @Test
  void aWreckMayBurnAnExplosionsFireIsAnotherIncident() {
    assertThat(IncidentKinds.conflict("fire", "rail accident")).isFalse();
    assertThat(IncidentKinds.conflict("aircraft loss", "fire")).isFalse();
    assertThat(IncidentKinds.conflict("fire", "sinking")).isFalse();
    assertThat(IncidentKinds.conflict("fire", "explosion")).isTrue();
    assertThat(IncidentKinds.conflict("fire", "flood")).isTrue();
    // A wreck may spill what it carried; a spill and a flood are two things.
    assertThat(IncidentKinds.conflict("spill", "rail accident")).isFalse();
    assertThat(IncidentKinds.conflict("sinking", "spill")).isFalse();
    assertThat(IncidentKinds.conflict("spill", "flood")).isTrue();
  }

  /**
   * A clash at a border, a hack of a firm, a hijacked train: each a kind of incident of its own, named after its place
   * or target ("the Vell Pass clash", "the Kessa Bank hack"). A clash is an attack to another outlet, and police
   * clashing with marchers is the protest's story; a hack is a cyberattack, no explosion.
   */
  @Test
  void clashesHacksAndHijackingsAreIncidentsOfTheirOwn() {
    assertThat(features("Troops killed in Vell Pass clash", "").incidents()).contains("clash");
    assertThat(features("", "Eight months after the Vell Pass clash, Norland named four of its dead.").entities().keySet())
        .anyMatch(k -> k.endsWith("clash"));
    assertThat(features("Kessa Bank hack: ministry blames Ostria", "").incident()).isEqualTo("cyberattack");
    assertThat(features("Gunmen hold 300 after train hijacking in Vell", "").incidents()).contains("hijacking");
    assertThat(IncidentKinds.conflict("clash", "attack")).isFalse();
    assertThat(IncidentKinds.conflict("clash", "protest")).isFalse();
    assertThat(IncidentKinds.conflict("clash", "explosion")).isTrue();
    assertThat(IncidentKinds.conflict("cyberattack", "attack")).isFalse();
    assertThat(IncidentKinds.conflict("cyberattack", "explosion")).isTrue();
    assertThat(IncidentKinds.conflict("hijacking", "attack")).isFalse();
    assertThat(IncidentKinds.conflict("hijacking", "flood")).isTrue();
  }

  @Test
  void aDescribedBuildingInATownIsTheTownsBuilding() {
    assertThat(features("", "Missiles hit a crowded shopping mall in Kesta on Monday afternoon.").entities()).containsKey("kesta mall");
    assertThat(features("", "Bombs struck the charity-run hospital in Kesta overnight.").entities()).containsKey("kesta hospital");
  }

  @Test
  void aGasAttackIsAChemicalAttackAOneOffIncidentThatAnyAttackMayBe() {
    assertThat(features("Hundreds die in poison gas attack outside Riga, activists say", "").incident()).isEqualTo("chemical attack");
    assertThat(features("Envoy blames army for use of chemical weapons near Riga", "").incidents()).contains("chemical attack");
    assertThat(EventFocus.DISCRETE_KINDS).contains("chemical attack");
    assertThat(IncidentKinds.conflict("chemical attack", "attack")).isFalse();
    assertThat(IncidentKinds.conflict("chemical attack", "explosion")).isFalse();
    assertThat(IncidentKinds.conflict("chemical attack", "flood")).isTrue();
  }

  @Test
  void anIncidentsProperNameIsWhatComesBeforeItsHead() {
    EventFeatures f = features("", """
        Families of the victims of the Dorvik Tragedy met the minister on Monday. Survivors of the Kesta Massacre
        marched in the capital, and relatives of the Dorvik tragedy joined them.""");
    assertThat(f.entities()).containsKeys("dorvik", "kesta mass killing").doesNotContainKeys("tragedy", "massacre");
    // A person's surname is never preceded by "the": "Mayor Tom Flood" stays a name.
    assertThat(features("", "Mayor Tom Flood spoke on Monday, and later Flood met the families.").entities()).containsKey("flood");
  }

  @Test
  void aNameWithItsRegionOrGovernorIsAPlace() {
    EventFeatures f = features("Strike on Dorvik kills nine, Dorvik governor says", """
        Dorvik governor Tom Arle said nine people died when a missile hit a market. Rescuers in the Dorvik region worked
        through the night, and the Dorvik regional administration declared three days of mourning. Arle visited Dorvik.""");
    assertThat(f.places()).contains("dorvik");
    assertThat(f.places()).doesNotContain("arle");
  }

  @Test
  void whoAStoryWasReportedBySpeaksInIt() {
    EventFeatures f = features("Shelling hits a convoy near Dorvik", """
        A convoy of cars leaving Dorvik was shelled on Friday and 20 people died. This was reported by the head of the
        regional military administration Tom Arle on the morning of the attack.""");
    assertThat(f.speakers()).contains("arle");
  }

  @Test
  void aNameInCapitalsThroughoutIsOneName() {
    // A dateline in capitals is the place it names, not three acronyms.
    EventFeatures f = features("Mud from a burst dam reaches the coast", """
        PORTO DE VALMAR, Brazil - Mud from the dam that burst last week reached the coast on Tuesday, United Nations
        experts said. The U.N. experts said the mud held heavy metals.""");
    assertThat(f.entities()).containsKeys("porto de valmar", "united nations").doesNotContainKeys("de", "porto", "valmar", "nations");
    assertThat(f.places()).contains("porto de valmar");
  }

  @Test
  void timeZonesAreNoNames() {
    EventFeatures f = features("Ferry sinks off Dorvik", "The ferry sank at 08:50 KST on Wednesday, and the coastguard "
        + "reached it at 09:30 KST. Survivors were taken to Dorvik, where KST clocks read ten.");
    assertThat(f.entities()).doesNotContainKey("kst");
  }

  @Test
  void aCaptainUnderFireForWhatHeDidReportsNoShooting() {
    assertThat(features("Ferry captain under fire for leaving sinking ship", "The captain of the Dorvik ferry left "
        + "the ship before the passengers, survivors said.").incident()).isEqualTo("sinking");
    assertThat(features("Convoy comes under fire near Dorvik", "A convoy of aid trucks came under fire near Dorvik.")
        .incident()).isEqualTo("attack");
  }

  @Test
  void aTitleInCapitalsBeforeANameIsNoName() {
    EventFeatures f = features("Mine fire kills 30 in Dorvik", "PM Tom Arle said on Tuesday that accidents happen in "
        + "mines. MP Ida Brun said the Dorvik mine had failed two inspections.");
    assertThat(f.entities()).containsKeys("arle", "brun").doesNotContainKeys("pm", "mp");
  }

  /** A place called a village, before or after its name, is also named as one; a city is not. */
  @Test
  void aPlaceCalledAVillageIsNamedAsOne() {
    assertThat(features("Shell hits the village of Ulmen", "Two died in Ulmen.").entities()).containsKey("ulmen village");
    assertThat(features("Shell hits a farm", "Two died in Ulmen, a small border village, on Tuesday.").entities())
        .containsKey("ulmen village");
    assertThat(features("Shell hits a farm", "Two died in the city of Kesta, a regional capital, on Tuesday.").entities())
        .containsKey("kesta").doesNotContainKey("kesta village");
  }

  @Test
  void aGenerationMarkAfterASurnameLeavesTheSurname() {
    EventFeatures f = features("Town sues the power company over the Kessa blaze", """
        Ivan Dorov Jr., counsel for the town, said the firm had ignored a faulty cable near Kessa. Dorov said the Vell
        Power Co. had known of the fault for weeks.""");
    assertThat(f.entities()).containsKey("dorov").doesNotContainKeys("jr", "co");
  }

  @Test
  void aBuildingNamedForAPersonKeepsItsWholeName() {
    EventFeatures f = features("Kessa Plaza owner arrested as toll rises", """
        The owner of the Kessa Plaza, Anton Kessa, was arrested on Sunday as rescuers pulled more bodies from the
        collapsed building. The Dorov Hotel next door was evacuated.""");
    assertThat(f.entities()).containsKeys("kesa plaza", "dorov hotel").doesNotContainKeys("plaza", "hotel");
  }

  @Test
  void powerLinesBroughtDownAreNoAircraftLost() {
    assertThat(features("Kessa grass fire traced to downed power lines, investigators say", "Homes burned.").incidents())
        .contains("fire").doesNotContain("aircraft loss");
    assertThat(features("Storm downed a transmission line and cut power to Kessa", "Crews worked overnight.").incidents())
        .doesNotContain("aircraft loss");
    assertThat(features("Missile downed a cargo plane near Kessa", "Two crew died.").incidents()).contains("aircraft loss");
  }

  @Test
  void aBylineNamingAPostIsNoLead() {
    EventFeatures f = features("Collapse toll passes 300", """
        Kessa Correspondentvellnews.com

        Rescuers have recovered more than 300 bodies from the collapsed building in Narva, officials said on Friday.""");
    assertThat(f.entities()).containsKey("narva").doesNotContainKeys("corespondentvelnews.com", "corespondentvelnews",
        "kesa corespondentvelnews.com");
    assertThat(f.focal()).doesNotContain("kesa");
  }

  @Test
  void aTwoWordTownWrittenWhereTownsGoIsKeyedAsOneWordAsOtherOutletsSpellIt() {
    EventFeatures apart = features("Four anglers drown near Kesta Vale", """
        Four anglers drowned when their boat overturned near Kesta Vale, police in Kesta Vale said on Friday.""");
    EventFeatures joined = features("Boat hire firm questioned in Kestavale", """
        Police in Kestavale questioned the firm that hired out the boat in which four anglers drowned.""");
    assertThat(apart.focal()).contains("kestavale", "vale");
    assertThat(joined.focal()).contains("kestavale");
    // A person named again by her surname is a person, wherever the article first put her.
    EventFeatures person = features("Boat owner questioned", """
        Police said on Friday that the boat was hired from Ana Berg. Berg denied renting it out.""");
    assertThat(person.entities()).containsKey("berg").doesNotContainKey("anaberg");
  }

  /** The days an article names are read from its opening, where a report that looks back names its story's day. */
  @Test
  void readsTheDaysTheOpeningNames() {
    String opening = "The inquiry into the 19 September strike on the Kesta depot reported on Monday. ";
    String filler = "Witnesses described the scene in detail to the panel over several weeks of hearings. ".repeat(30);
    EventFeatures f = EventFeatures.of(new ArticleText("a", "Depot inquiry", opening + filler + "A memorial is planned for 2 October.",
        null, null, Instant.parse("2032-03-01T09:00:00Z"), "en"));
    assertThat(f.days()).containsExactly(java.time.LocalDate.of(2031, 9, 19));
  }

  /**
   * A regional bureau files on the countries around it: the dateline's city and country are where the reporter sat,
   * not what the report is about, unless the text comes back to them. A body that opens with a name and its verb has
   * no dateline; "French-speaking" says which people, not that the story is about France.
   */
  @Test
  void aDatelineSaysWhereTheReportWasFiledNotWhatItIsAbout() {
    EventFeatures bureau = features("Thirty villagers killed in Ostria", """
        Dorvik, Republic of Norland — Gunmen killed thirty people in the village of Kesta in Ostria's French-speaking
        north on Friday, a regional official said. Survivors fled to the hills above Kesta.
        Ostria has seen a string of raids this year.""");
    assertThat(bureau.entities()).containsKey("republic of norland");
    assertThat(bureau.focal()).contains("kesta", "ostria").doesNotContain("republic of norland", "france");
    EventFeatures noDateline = features("Mayor speaks on the raid", """
        Republic of Norland officials said on Friday that the raid on Kesta was planned across the border.""");
    assertThat(noDateline.focal()).contains("norland");
  }

  /**
   * "Shipwreck in Selvik" and "the Selvik boat disaster" both name the sinking at Selvik: a headline's opening capital
   * says nothing, and a boat's disaster is a sinking as a train's is a rail accident.
   */
  @Test
  void aShipwreckAndABoatDisasterNameTheSinking() {
    EventFeatures wreck = features("Shipwreck in Selvik: survivors wait at the port", """
        Survivors waited at the port on Thursday as the search went on.""");
    EventFeatures disaster = features("Coast guard denies blame for Selvik boat disaster", """
        The coast guard rejected accusations from survivors on Friday.""");
    assertThat(wreck.focal()).contains("selvik sinking");
    assertThat(disaster.focal()).contains("selvik sinking");
  }

  /** A country of three words is one country, and its short name is it too: not "Arab" and a name "Emirates". */
  @Test
  void aCountryOfThreeWordsIsOneCountry() {
    EventFeatures f = features("Ferry held off Kessa", "The ferry was sailing from the United Arab Emirates to Kessa when it "
        + "was stopped. Its owner denied any link to the Emirates. The Central African Republic sent no ship.");
    assertThat(f.entities().keySet()).contains("united arab emirates", "central african republic").doesNotContain("emirates");
  }

  /**
   * A country in its state form is the country, not a "Democratic Republic" beside it: two reports from one country
   * would otherwise share a name as a person or a body is shared.
   */
  @Test
  void aCountryInItsStateFormIsTheCountry() {
    EventFeatures f = features("Raid on a village in the Democratic Republic of Congo", "Gunmen raided a village in the east "
        + "of the Democratic Republic of the Congo, a local official said.");
    assertThat(f.entities().keySet()).contains("congo").noneMatch(k -> k.contains("republic"));
  }
}
