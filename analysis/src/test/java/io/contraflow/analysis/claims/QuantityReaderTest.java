package io.contraflow.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QuantityReaderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      at least 139 people were killed      | killed  | 139 | -
      nearly 140 people died               | killed  | 123 | 140
      about 90 people were hospitalized    | hospitalised | 81 | 99
      more than 3,000 people were evacuated | evacuated | 3000 | -
      between 100 and 300 were detained    | detained | 100 | 300
      organisers said close to three million people marched | attended | 2640000 | 3000000
      the police said the demonstration drew 240,000 at its height | attended | 240000 | 240000
      the police counted 90,000 people on the route of the protest | attended | 90000 | 90000
      a deputy said 5.000 pupils had fallen ill | affected | 5000 | 5000
      the clinic said about 1,000 schoolchildren fell ill | affected | 900 | 1100
      dozens were wounded                  | injured | 24  | 199
      four suspects were arrested          | detained | 4  | 4
      up to 12 people are missing          | missing | 6   | 12
      no more than 12 people are missing   | missing | 0   | 12
      the monitors said as many as 50 died | killed  | 25  | 50
      the officials said approximately a hundred people died | killed | 90 | 110
      police said some tens of thousands were displaced | displaced | 20000 | 199999
      hundreds of detentions were reported | detained | 200 | 1999
      the missile hit, killing all 176 people on board | killed | 176 | 176
      All 176 people on board Ukraine International Airlines Flight 752 were killed | killed | 176 | 176
      rescuers said no fewer than      7 people died, and 2 more were missing later | killed | 7 | -
      a crash in 2019 killed 9; in the fire about 40 more people were killed | killed | 36 | 44
      a second inspector put the number of dead at 30 or fewer | killed | 0 | 30
      the union said 200 or more workers were hurt | injured | 200 | -
      the charity said up to 600 people were on board | aboard | 300 | 600
      officials said 58 passengers were aboard the ferry | aboard | 58 | 58
      there were 31 people on the ferry when it sank | aboard | 31 | 31
      the blast killed all 31 passengers on the ferry | killed | 31 | 31
      officials said 45 people were killed in the landslide | killed | 45 | 45
      63 people have been confirmed dead so far | killed | 63 | -
      the number of dead climbed to 63 on Friday | killed | 63 | -
      rescuers dug out two more bodies, bringing the death toll to 63 | killed | 63 | -
      63 workers were confirmed dead and 40 more are still believed to be trapped below | killed | 63 | -
      officials said 59 people drowned in the flooded towns | killed | 59 | 59
      witnesses said 300 people were standing on the old pier when it gave way | present | 300 | 300
      the ministry said 81 bodies in its morgues remain unnamed | unidentified | 81 | 81
      officials said 40 died and 12 bodies are yet to be identified | unidentified | 12 | 12
      the agency said 900 people who were killed in the floods had been identified | identified | 900 | 900
      at least 12 passengers perished when the ferry sank | killed | 12 | -
      the coroner said 40 people, including two firefighters, lost their lives | killed | 40 | 40
      the union says its estimate is much higher than the official toll of about 250 dead | killed | 250 | -
      the mine's owners say the toll is lower than the union's count of 90 dead | killed | 0 | 90
      the district collector said 1.2 lakh people were evacuated before the cyclone | evacuated | 120000 | 120000
      nearly 2 crore people were displaced by the floods, the relief commissioner said | displaced | 17600000 | 20000000
      the organisers said 80,000 people marched through the capital | attended | 80000 | 80000
      police put the size of the crowd at 12,000 | attended | 12000 | 12000
      the report said more than 1.5 lakh pilgrims attended the fair | attended | 150000 | -
      the union said some 30,000 workers took part in the strike | attended | 27000 | 33000
      the organisers said 9,000 people turned out despite the rain | attended | 9000 | 9000
      more than three dozen miners lost their lives underground | killed | 36 | -
      two dozen miners died in the flood | killed | 24 | 24
      """)
  void readsFiguresAsIntervals(String text, String counted, Double low, Double high) {
    List<Quantity> qs = QuantityReader.read(text);
    assertThat(qs).anySatisfy(q -> {
      assertThat(q.counted()).isEqualTo(counted);
      assertThat(q.low()).isCloseTo(low, org.assertj.core.data.Offset.offset(1.0));
      if (high == null) assertThat(q.high()).isNull();
      else assertThat(q.high()).isCloseTo(high, org.assertj.core.data.Offset.offset(1.0));
    });
  }

  /** "About 40 of the port's 300 dockers were killed": the part is the count; the whole, a possessive's number, is none. */
  @Test
  void aPartOfAPossessivesWholeIsTheCountAndTheWholeIsNot() {
    assertThat(QuantityReader.read("About 40 of the port's 300 dockers were killed.")).extracting(Quantity::value).containsExactly(40d);
    assertThat(QuantityReader.read("Nearly two million of Norland's five million people joined the rally."))
        .extracting(Quantity::value).containsExactly(2_000_000d);
  }

  /** "rose by 11 to 187": the change is no count, and no range with the toll it led to. */
  @Test
  void aChangeOnTheWayIsNoCountNorARange() {
    assertThat(QuantityReader.read("the flood toll rose by 9 to 214 overnight")).extracting(Quantity::text, Quantity::counted)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("214", "killed"));
    assertThat(QuantityReader.read("the number of dead rose by 3 on Sunday")).isEmpty();
    assertThat(QuantityReader.read("between 9 to 214 people died")).extracting(Quantity::low).containsExactly(9.0);
  }

  /** "41 of its soldiers were killed": a force's own people counted is a toll; "two of their children", a part of one. */
  @Test
  void aCountOfAForcesOwnPeopleIsAToll() {
    assertThat(QuantityReader.read("the ministry said 41 of its soldiers died at the front"))
        .extracting(Quantity::value, Quantity::counted).containsExactly(org.assertj.core.groups.Tuple.tuple(41.0, "killed"));
    assertThat(QuantityReader.read("two of their children were killed")).isEmpty();
  }

  /** "those who died are 31 and 200 were hurt": a count after a copula counts what its subject names. */
  @Test
  void aCountAfterACopulaCountsItsSubject() {
    assertThat(QuantityReader.read("the dead in the unrest are 31 and some 200 people were hurt"))
        .extracting(Quantity::counted).containsExactly("killed", "injured");
  }

  /**
   * "three men charged with the shooting", "12 guards they say were involved in the beating": those held to account are
   * not those killed; nor are inquiries or feet ("within 300 feet of the tank").
   */
  @Test
  void thoseAccusedAndThingsCountedAreNoToll() {
    assertThat(QuantityReader.read("the court may jail three men who have been charged with the shooting")).isEmpty();
    assertThat(QuantityReader.read("the treasury froze the savings of 12 guards they say were involved in the beating")).isEmpty();
    assertThat(QuantityReader.read("she opened 11 inquiries into the deaths")).isEmpty();
    assertThat(QuantityReader.read("every worker within 300 feet of the tank was feared killed")).isEmpty();
    assertThat(QuantityReader.read("five officers accused of brutality were killed in the ambush")).extracting(Quantity::value).containsExactly(5.0);
  }

  /** "Killed in two air strikes", "two blasts killed 12": the number counts what struck, not whom. */
  @Test
  void countsOfStrikesOrBlastsAreNoToll() {
    assertThat(QuantityReader.read("two blasts killed 12 people at the depot")).extracting(Quantity::value).containsExactly(12.0);
    assertThat(QuantityReader.read("the guards were killed in two air strikes that night")).isEmpty();
  }

  /** A list whose verb comes after it counts one thing in every item, and their sum is the total. */
  @Test
  void aListBeforeItsVerbCountsOneThingInEveryItem() {
    assertThat(QuantityReader.read("the coroner said 84 men, 9 women and 7 children died when the ferry capsized"))
        .extracting(Quantity::text, Quantity::counted).contains(org.assertj.core.groups.Tuple.tuple("84", "killed (men)"),
            org.assertj.core.groups.Tuple.tuple("84 + 9 + 7", "killed"));
  }

  /** Two sentences of counts read as one content, the second a list: no item is read twice or out of order. */
  @Test
  void aListAfterASumInOneContentIsReadInOrder() {
    assertThat(QuantityReader.read("Five guards were wounded by shrapnel and 20 others abducted. At least 11 porters and three drivers were wounded"))
        .isNotEmpty();
  }

  /** Those interviewed or heard from were alive to be heard: no toll. */
  @Test
  void victimsInterviewedAreNoToll() {
    assertThat(QuantityReader.read("the reporters spoke with 40 victims at the shelter")).isEmpty();
    assertThat(QuantityReader.read("the panel held interviews with 25 victims of the raid")).isEmpty();
    assertThat(QuantityReader.read("the panel recorded 40 interviews with victims of the flood")).isEmpty();
    assertThat(QuantityReader.read("the raid killed 25 villagers")).extracting(Quantity::value).containsExactly(25d);
  }

  @Test
  void readsEveryFigureOfALongText() {
    String text = "Officials said 12 people were killed on Monday. ".repeat(3) + "By Friday some tens of thousands were displaced,"
        + " approximately a hundred were hospitalised and 4 remained missing.";
    assertThat(QuantityReader.read(text)).extracting(Quantity::counted)
        .containsExactly("killed", "killed", "killed", "displaced", "hospitalised", "missing");
  }

  @Test
  void aFigureChangedFromAnotherIsTheOnlyOneThatStands() {
    assertThat(QuantityReader.read("The regional governor raised the death toll from 42 to 57 on Thursday."))
        .extracting(Quantity::counted, Quantity::value).containsExactly(org.assertj.core.groups.Tuple.tuple("killed", 57d));
    assertThat(QuantityReader.read("The number of dead climbed to 57 from 42 overnight."))
        .extracting(Quantity::value).containsExactly(57d);
    // A count said only to have grown from a figure no longer stands, and names no new one here.
    assertThat(QuantityReader.read("The number of dead in the Kessa blast grew from 42 on Monday.")).isEmpty();
    assertThat(QuantityReader.read("The number of dead swelled from 42 to 57 overnight."))
        .extracting(Quantity::value).containsExactly(57d);
    // Without a change, "from 12 to 31" is an estimate's range.
    assertThat(QuantityReader.read("From 42 to 57 people died in the fire, the mayor estimated."))
        .extracting(Quantity::low, Quantity::high).containsExactly(org.assertj.core.groups.Tuple.tuple(42d, 57d));
  }

  /** "four to six", "five or six", "between two and three": a range in words; "12 and 40" without "between" is two counts. */
  @Test
  void aRangeInWordsIsOneFigureAndAnAndWithoutBetweenIsTwo() {
    assertThat(QuantityReader.read("A police report said four to six pickers were trapped in the shaft."))
        .extracting(Quantity::low, Quantity::high, Quantity::counted).containsExactly(org.assertj.core.groups.Tuple.tuple(4d, 6d, "trapped"));
    assertThat(QuantityReader.read("Five or six guards died in the raid.")).extracting(Quantity::low, Quantity::high)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(5d, 6d));
    // ("seven or eight hundred" is no range of seven to eight.)
    assertThat(QuantityReader.read("Seven or eight hundred fans were hurt.")).extracting(Quantity::high).doesNotContain(8d);
    assertThat(QuantityReader.read("The blast killed 12 and 40 were injured.")).extracting(Quantity::counted, Quantity::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("killed", 12d), org.assertj.core.groups.Tuple.tuple("injured", 40d));
  }

  /** "Two fire escapes" counts a building's ways out; "crushed at the main exit" counts the crushed, not exits. */
  @Test
  void waysOutAreCountedOnlyAsTheNumbersOwnNoun() {
    assertThat(QuantityReader.read("The inspectors found only one fire escape at the lodge.")).extracting(Quantity::counted).containsExactly("exits");
    assertThat(QuantityReader.read("Three people were crushed at the main exit.")).extracting(Quantity::counted).doesNotContain("exits");
    assertThat(QuantityReader.read("Two guards blocked the fire escape.")).extracting(Quantity::counted).doesNotContain("exits", "escaped");
  }

  @Test
  void countsThatAddToATotalAreNoTotals() {
    assertThat(QuantityReader.read("Divers recovered the bodies of 41 people on Monday, bringing the total to 212."))
        .extracting(Quantity::counted, Quantity::value).containsExactly(org.assertj.core.groups.Tuple.tuple("killed", 212d));
    assertThat(QuantityReader.read("The second blast killed 9 people and injured 30, bringing the death toll to 51."))
        .extracting(Quantity::counted, Quantity::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("injured", 30d), org.assertj.core.groups.Tuple.tuple("killed", 51d));
    assertThat(QuantityReader.read("Another 18 people died in hospital overnight, officials said.")).isEmpty();
    assertThat(QuantityReader.read("Rescuers found 26 more bodies in the rubble.")).isEmpty();
    // How many were named is no toll either.
    assertThat(QuantityReader.read("Forensic teams have identified 88 bodies so far.")).isEmpty();
  }

  @Test
  void bodiesReturnedOrMatchedCountTheDeadAtLeast() {
    // As many dead as were handed back or identified so far: a floor, however the count is rounded, not a rival toll.
    assertThat(QuantityReader.read("Investigators said the remains of nearly 40 miners matched the 52 bodies that were handed back."))
        .extracting(Quantity::counted, Quantity::qualifier)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("killed", "at_least"), org.assertj.core.groups.Tuple.tuple("killed", "at_least"));
  }

  @Test
  void theSizeOfTheGroupThatActedIsNoToll() {
    assertThat(QuantityReader.read("A 12-man squad flew in on two jets and killed the banker, the paper reported.")).isEmpty();
    assertThat(QuantityReader.read("Prosecutors sought prison terms for four suspects charged with the killing of the banker.")).isEmpty();
    // Those named by what they did, when the clause says they were harmed, are counted.
    assertThat(QuantityReader.read("Three officers were killed in the raid and two suspects died in hospital."))
        .extracting(Quantity::value).containsExactly(3d, 2d);
  }

  @Test
  void partsAreNotTotals() {
    assertThat(QuantityReader.read("The blast killed 40 soldiers and 12 civilians, officials said."))
        .extracting(Quantity::counted, Quantity::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("killed (soldiers)", 40d), org.assertj.core.groups.Tuple.tuple("killed (civilians)", 12d),
            org.assertj.core.groups.Tuple.tuple("killed", 52d));
    assertThat(QuantityReader.read("Nine people died, including 4 children who were killed in the market."))
        .extracting(Quantity::counted).contains("killed (children)");
  }

  @Test
  void aMeasureBeyondAnAndBelongsToTheClauseBefore() {
    assertThat(QuantityReader.read("officials said 16 people died and more than 800 others were arrested"))
        .extracting(Quantity::value, Quantity::counted)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(16d, "killed"), org.assertj.core.groups.Tuple.tuple(800d, "detained"));
  }

  @Test
  void thoseInCriticalConditionAreInjuredNotAddedToTheDead() {
    assertThat(QuantityReader.read("Police confirm 18 dead and 9 remain critical"))
        .extracting(Quantity::value, Quantity::counted)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(18d, "killed"), org.assertj.core.groups.Tuple.tuple(9d, "injured"));
  }

  @Test
  void anOrdinalIsADayOrARankNotACount() {
    assertThat(QuantityReader.read("FORTY PEOPLE lost their lives in the blaze on 9th May.")).extracting(Quantity::value).containsExactly(40d);
    assertThat(QuantityReader.read("The 3rd victim was named by police.")).isEmpty();
  }

  @Test
  void aListOfCountsIsPartsOfItsSum() {
    assertThat(QuantityReader.read("the shelling killed three soldiers, two children and four women"))
        .extracting(Quantity::counted, Quantity::value)
        .contains(org.assertj.core.groups.Tuple.tuple("killed (soldiers)", 3d), org.assertj.core.groups.Tuple.tuple("killed (children)", 2d),
            org.assertj.core.groups.Tuple.tuple("killed (women)", 4d), org.assertj.core.groups.Tuple.tuple("killed", 9d));
  }

  @Test
  void aRatioIsNoCount() {
    assertThat(QuantityReader.read("the union said 10 times that number had been killed in the quarry")).isEmpty();
  }

  @Test
  void amountsOfASubstanceAreMeasuredInTheirUnit() {
    assertThat(QuantityReader.read("only 500 tonnes of fertiliser, not the 2,750 metric tons stored"))
        .extracting(Quantity::value, Quantity::unit)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(500d, "tonnes"), org.assertj.core.groups.Tuple.tuple(2750d, "tons"));
  }

  @Test
  void aDayAfterAnAbbreviatedMonthIsADate() {
    // The day of an earlier raid is not a second death toll; its own toll still counts.
    assertThat(QuantityReader.read("The ministry recalled a Feb. 9 raid by bandits who killed 35 herders."))
        .extracting(Quantity::value).containsExactly(35d);
    assertThat(QuantityReader.read("Since Sept 3 floods have killed 12 people.")).extracting(Quantity::value).containsExactly(12d);
  }

  @Test
  void namesAgesAndMoneyAreNoCounts() {
    assertThat(QuantityReader.read("The Malaysia Airlines Boeing 777 crashed and Flight 752 was hit, two years ago.")).isEmpty();
    // A model's letters joined to its number, wherever in the sentence: the An-26 carried 31, and no one counted 26.
    assertThat(QuantityReader.read("31 cadets were aboard the An-26 when it crashed near an S-300 battery."))
        .extracting(Quantity::value).containsExactly(31d);
    assertThat(QuantityReader.read("An Il-20 with 15 people aboard was lost.")).extracting(Quantity::value).doesNotContain(20d);
    // "did not die" counts the dead it denies; "the two storms" counts storms.
    assertThat(QuantityReader.read("500 people did not die in the two storms that hit the coast."))
        .extracting(Quantity::value, Quantity::counted).containsExactly(org.assertj.core.groups.Tuple.tuple(500d, "killed"));
    // How many are held to answer for the deaths is no toll.
    assertThat(QuantityReader.read("Police held two more men, raising the number of suspects facing charges of causing death to seven."))
        .extracting(Quantity::value, Quantity::counted).containsExactly(org.assertj.core.groups.Tuple.tuple(7d, "suspects"));
    // A year of an older century after "in" is no count.
    assertThat(QuantityReader.read("70 people died in a Norland pit in 1866 and 300 in 1871.")).extracting(Quantity::value)
        .contains(70d).doesNotContain(1866d);
    // A number joined to a noun describes it ("the four-car pile-up"); the toll far after its subject still counts.
    assertThat(QuantityReader.read("The toll in the four-car pile-up on the bypass on Sunday was revised to 12 from 9."))
        .extracting(Quantity::value, Quantity::counted).containsExactly(org.assertj.core.groups.Tuple.tuple(12d, "killed"));
    // The figure a speaker sets her own against is another's.
    assertThat(QuantityReader.read("the toll is as high as 60, as opposed to the figure the ministry gives, which is 31"))
        .extracting(Quantity::high).containsExactly(60d);
    assertThat(QuantityReader.read("the offer to pay $150,000 to the families of those killed")).singleElement()
        .satisfies(q -> {
          assertThat(q.counted()).isNull();
          assertThat(q.unit()).isEqualTo("dollars");
          assertThat(q.low()).isEqualTo(150000d);
        });
  }

  @Test
  void yearsDatesAndTimesAreNotQuantities() {
    assertThat(QuantityReader.read("In 2004 the siege began on March 22 at 8 p.m.")).isEmpty();
    assertThat(QuantityReader.read("The camp has been closed since 12 and reopens by 20.")).isEmpty();
  }

  /** After "in" or "from" a small number is a day unless people follow it: "resulted in 9 people being hurt" is a count. */
  @Test
  void aCountOfPeopleAfterInIsNoDay() {
    assertThat(QuantityReader.read("The blast at the Vell depot resulted in 9 people being hurt."))
        .extracting(Quantity::value, Quantity::counted).containsExactly(org.assertj.core.groups.Tuple.tuple(9d, "injured"));
    assertThat(QuantityReader.read("The fighting ended in 14 civilians killed.")).extracting(Quantity::value).containsExactly(14d);
  }

  /**
   * "Five members of the Kessa Guard" are a force's men, as "five guards" are, and no toll of the crowd; "members of the
   * public" are anyone.
   */
  @Test
  void membersOfAForceAreItsMen() {
    assertThat(QuantityReader.read("Officials said the raids on the stations left five members of the Kessa Guard dead.")).singleElement()
        .satisfies(q -> assertThat(q.unit()).isEqualTo("members"));
    assertThat(QuantityReader.read("Two members of the security forces were killed.")).singleElement()
        .satisfies(q -> assertThat(q.unit()).isEqualTo("members"));
    assertThat(QuantityReader.read("Three members of the public were killed.")).singleElement()
        .satisfies(q -> assertThat(q.unit()).isNull());
  }

  /** "Burnt alive" is a way of dying, as "burnt to death" is; "found alive" is none. */
  @Test
  void burntAliveIsKilled() {
    assertThat(QuantityReader.read("Eleven passengers were burnt alive, while the others escaped through a window.")).singleElement()
        .satisfies(q -> assertThat(q.counted()).isEqualTo("killed"));
    assertThat(QuantityReader.read("Four miners were found alive on Sunday.")).extracting(Quantity::counted).doesNotContain("killed");
  }

  /** "90 of whom were shot" counts a part of the count before it; "30 army personnel" counts a force's own. */
  @Test
  void aPartAfterItsWholeAndAForcesPersonnelAreNoToll() {
    assertThat(QuantityReader.read("90 of whom were killed by the guards at the Vell mine.")).singleElement()
        .satisfies(q -> assertThat(q.counted()).isEqualTo("killed (part)"));
    assertThat(QuantityReader.read("The raid killed 30 army personnel in Kessa.")).singleElement()
        .satisfies(q -> assertThat(q.unit()).isEqualTo("personnel"));
    // A single count the toll "includes" is a part of it, as one of a list is.
    assertThat(QuantityReader.read("The count of the dead includes 40 army personnel.")).singleElement()
        .satisfies(q -> assertThat(q.counted()).isEqualTo("killed (personnel)"));
  }

  @Test
  void intervalsOverlapOrNot() {
    Quantity exact139 = QuantityReader.read("139 people were killed").get(0);
    Quantity atLeast140 = QuantityReader.read("at least 140 people were killed").get(0);
    Quantity nearly140 = QuantityReader.read("nearly 140 people were killed").get(0);
    Quantity atLeast139 = QuantityReader.read("at least 139 people were killed").get(0);
    assertThat(exact139.overlaps(atLeast140)).isFalse();
    assertThat(nearly140.overlaps(atLeast140)).isFalse();
    assertThat(nearly140.overlaps(exact139)).isTrue();
    assertThat(atLeast139.overlaps(atLeast140)).isTrue();
  }

  @Test
  void aNumberOfVehiclesOrMissilesIsNoTollWhateverTheSentenceCounts() {
    assertThat(QuantityReader.read("a first look into the deaths showed that the charity's three vehicles were taken for targets")).isEmpty();
    // How many happenings: "in two separate incidents" counts no one.
    assertThat(QuantityReader.read("nine fishermen died off Kessa on two separate occasions last week"))
        .extracting(Quantity::value).containsExactly(9d);
    // The missiles are counted as weapons fired, never as a toll.
    assertThat(QuantityReader.read("two missiles hit the depot, killing 20 people")).extracting(Quantity::counted, Quantity::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("missiles fired", 2d), org.assertj.core.groups.Tuple.tuple("killed", 20d));
  }

  @Test
  void aNumberOfCraftIsNoCountOfThoseAboard() {
    assertThat(QuantityReader.read("the patrol held two Ostrian fishing boats and the 17 sailors on board"))
        .extracting(Quantity::counted, Quantity::value).containsExactly(org.assertj.core.groups.Tuple.tuple("aboard", 17d));
    // However tightly packed, those on a boat are aboard.
    assertThat(QuantityReader.read("about 90 people had been crammed into a small fishing boat"))
        .extracting(Quantity::counted).containsExactly("aboard");
  }

  @Test
  void aPartOfACountIsNoCount() {
    assertThat(QuantityReader.read("A baby's body was one of the bodies pulled from the river on Monday.")).isEmpty();
    assertThat(QuantityReader.read("Two of the dead were children, and 40 people were killed in all."))
        .extracting(Quantity::value).containsExactly(40d);
    assertThat(QuantityReader.read("Doctors said 12 casualties out of the hundreds injured had gunshot wounds."))
        .extracting(Quantity::value).doesNotContain(12d);
    assertThat(QuantityReader.read("The coroner examined the pilot and the six other victims of the crash.")).isEmpty();
    assertThat(QuantityReader.read("One hospital said it had received 14 bodies by noon.")).isEmpty();
  }

  @Test
  void numberWordsBeyondTwentyAndTheirCompounds() {
    assertThat(QuantityReader.read("Twenty two people were killed and sixty-five were wounded in the strike."))
        .extracting(Quantity::value).containsExactly(22d, 65d);
    assertThat(QuantityReader.read("Seventeen people died and ninety were hurt.")).extracting(Quantity::value).containsExactly(17d, 90d);
  }

  @Test
  void anAgeIsNoCount() {
    assertThat(QuantityReader.read("A 16-year-old was killed and a 19-year-old was badly wounded, doctors said.")).isEmpty();
    assertThat(QuantityReader.read("Two pupils younger than 12 were among the dead.")).extracting(Quantity::value).containsExactly(2d);
  }

  @Test
  void twoGroupsOfOneCountAreItsParts() {
    List<Quantity> qs = QuantityReader.read("The raid killed 9 villagers and two soldiers over the weekend, the governor said.");
    assertThat(qs).filteredOn(q -> "killed".equals(q.counted())).extracting(Quantity::value).containsExactly(11d);
    // Two measures are no parts of one.
    assertThat(QuantityReader.read("The shell killed 4 and wounded 17.")).extracting(Quantity::counted).containsExactly("killed", "injured");
  }

  @Test
  void whatSomeHospitalsHoldIsAPartOfTheToll() {
    assertThat(QuantityReader.read("Officials recorded 44 dead in three government hospitals, and the toll stood at 131."))
        .extracting(Quantity::value).containsExactly(131d);
    assertThat(QuantityReader.read("Twelve injured people were taken to hospital.")).extracting(Quantity::value).containsExactly(12d);
  }

  @Test
  void aTollNamedFarBeforeTheNumberItRoseToCountsIt() {
    assertThat(QuantityReader.read("The death toll from Saturday's missile strike on the port of Kesta has risen to 31."))
        .extracting(Quantity::counted, Quantity::value).containsExactly(org.assertj.core.groups.Tuple.tuple("killed", 31d));
  }

  /** The count named in the subject ("the number of people killed") is what it rose to; a dash opens another clause. */
  @Test
  void aCountNamedInTheSubjectIsWhatItRoseToPastADash() {
    assertThat(QuantityReader.read("The number of people killed in the shelling of a bus depot in Kesta on 4 May has risen to 19 "
        + "– another injured driver died overnight."))
        .extracting(Quantity::counted, Quantity::value).containsExactly(org.assertj.core.groups.Tuple.tuple("killed", 19d));
  }

  @Test
  void aFearedTollIsAFearNotACountOfTheDead() {
    assertThat(QuantityReader.read("Dozens of passengers were feared dead after the ferry capsized, while 31 died, police said."))
        .extracting(Quantity::counted).containsExactly("killed (feared)", "killed");
  }

  @Test
  void howLongIsNoCount() {
    assertThat(QuantityReader.read("The reporter was detained on a Monday and died three days later in a police cell.")).isEmpty();
    assertThat(QuantityReader.read("The shelling killed 14 residents over four days.")).extracting(Quantity::value).containsExactly(14d);
  }

  @Test
  void thoseWhoDiedOnTheSpotAreAPartOfTheToll() {
    assertThat(QuantityReader.read("Nineteen fans died on the spot and the rest in hospital, the doctor said.")).isEmpty();
    assertThat(QuantityReader.read("Two workers died at the scene, and the toll rose to seven by evening."))
        .extracting(Quantity::value).containsExactly(7d);
  }

  @Test
  void theWholeAPartIsTakenFromIsNoCountUnlessItIsTheHarmedOne() {
    // The part is the toll; the whole is how many were aboard.
    assertThat(QuantityReader.read("In the crash, 41 out of the 70 people on board died."))
        .extracting(Quantity::value).containsExactly(41d);
    // "with 212 passengers on board" is how many were there, a measure of its own beside the toll.
    assertThat(QuantityReader.read("The ferry sank with 212 passengers on board, and 30 died.")).extracting(Quantity::value, Quantity::counted)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(212d, "aboard"), org.assertj.core.groups.Tuple.tuple(30d, "killed"));
    assertThat(QuantityReader.read("The raiders took the freighter, which flies the Maltese flag, with 19 people on board."))
        .extracting(Quantity::value, Quantity::counted).containsExactly(org.assertj.core.groups.Tuple.tuple(19d, "aboard"));
    assertThat(QuantityReader.read("A jet with 67 people aboard crashed into the bay, killing everyone."))
        .extracting(Quantity::value, Quantity::counted).containsExactly(org.assertj.core.groups.Tuple.tuple(67d, "aboard"));
    // "killing all 176 people on board" is the toll.
    assertThat(QuantityReader.read("The missile hit the jet, killing all 90 people on board.")).extracting(Quantity::value).containsExactly(90d);
    assertThat(QuantityReader.read("Only nine bodies have been identified so far, and 30 people are missing."))
        .extracting(Quantity::value).containsExactly(30d);
  }

  @Test
  void aCountAndOthersAddUpToTheTotal() {
    assertThat(QuantityReader.read("Twelve people died in the smoke, while five others died jumping from the windows."))
        .filteredOn(q -> "killed".equals(q.counted())).extracting(Quantity::value).containsExactly(17d);
    // Others of another measure are a count of their own.
    assertThat(QuantityReader.read("officials said 16 people died and more than 800 others were arrested"))
        .extracting(Quantity::counted).containsExactly("killed", "detained");
  }

  @Test
  void theTrappedTheDeadOrMissingAndADifferenceAreNoToll() {
    assertThat(QuantityReader.read("At least 201 miners have been killed and about 90 others are still trapped underground."))
        .extracting(Quantity::counted, Quantity::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("killed", 201d), org.assertj.core.groups.Tuple.tuple("trapped", 90d));
    assertThat(QuantityReader.read("About 30 people are either confirmed dead or still missing after the levee broke."))
        .extracting(Quantity::counted).containsExactly("killed or missing");
    assertThat(QuantityReader.read("The charity counted 912 dead, some 400 more than the official toll."))
        .extracting(Quantity::value).containsExactly(912d);
    // Bodies found so far are a floor under the toll, not the toll.
    assertThat(QuantityReader.read("The bodies of four people have been found at the crash site.")).extracting(Quantity::qualifier)
        .containsExactly("at_least");
    // Those rescued are no more those aboard than the dead are.
    assertThat(QuantityReader.read("Some 174 passengers were rescued from the ferry.")).extracting(Quantity::counted)
        .containsExactly("rescued");
    // "No one was killed" counts none, not one.
    // None killed is a toll of none (a position to set against "at least 12 killed"), never a toll of one.
    assertThat(QuantityReader.read("The army insisted that no one was killed at the toll gate."))
        .extracting(Quantity::value, Quantity::counted).containsExactly(org.assertj.core.groups.Tuple.tuple(0d, "killed"));
    assertThat(QuantityReader.read("The governor said we have not recorded any fatality.")).extracting(Quantity::value).containsExactly(0d);
    // Beside the other figures of the sentence, not instead of them.
    assertThat(QuantityReader.read("Police said no one was killed and 12 people were injured."))
        .extracting(Quantity::value, Quantity::counted)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(0d, "killed"), org.assertj.core.groups.Tuple.tuple(12d, "injured"));
    // A count still awaited is no position.
    assertThat(QuantityReader.read("No deaths have been reported so far.")).isEmpty();
  }

  @Test
  void theWholeAPartIsTakenFromIsNoCount() {
    assertThat(QuantityReader.read("Engineers believe only a fraction of the 3,100 tonnes of grain burned.")).isEmpty();
    assertThat(QuantityReader.read("Inspectors said 40 percent of the 800 homes were destroyed.")).extracting(Quantity::value).doesNotContain(800d);
  }

  /** A share of the dead, as a fraction or as a number set off after them, is no toll; the toll beside it still is. */
  @Test
  void aShareOfTheDeadIsNoToll() {
    assertThat(QuantityReader.read("Almost three-quarters of the victims -- 52 -- were pilgrims, the governor said.")).isEmpty();
    assertThat(QuantityReader.read("Half of those killed, 18, were under twenty, and the toll stood at 36."))
        .extracting(Quantity::value).containsExactly(36d);
    assertThat(QuantityReader.read("One in four victims were tourists.")).isEmpty();
    // A number of days after "in" is when, and the count stays.
    assertThat(QuantityReader.read("The raids killed 40 in two days.")).extracting(Quantity::value).containsExactly(40d);
  }

  /** A figure given up ("the earlier figure of 90") is nobody's position now; the one that replaced it is. */
  @Test
  void aFigureGivenUpIsNoPosition() {
    assertThat(QuantityReader.read("The governor's office withdrew its earlier figure of 90 deaths.")).isEmpty();
    assertThat(QuantityReader.read("The toll was cut to 61 from an initial count of 90.")).extracting(Quantity::value).containsExactly(61d);
    assertThat(QuantityReader.read("Coroners said they had been able to identify 12 people killed in the blast.")).isEmpty();
  }

  /** A figure first given and corrected in the same sentence is given up; the correction is the count. */
  @Test
  void aFigureCorrectedInItsOwnSentenceIsGivenUp() {
    assertThat(QuantityReader.read("The mayor revised the toll to 61 after earlier telling radio listeners that 88 had died."))
        .extracting(Quantity::value).containsExactly(61d);
    assertThat(QuantityReader.read("The agency initially said 12 people were killed, then updated the toll to 19."))
        .extracting(Quantity::value).containsExactly(19d);
    assertThat(QuantityReader.read("The initial toll rested on a count of three bodies at the pier.")).isEmpty();
    // Without a correction, an earlier figure is still someone's count.
    assertThat(QuantityReader.read("Earlier, the coastguard said 14 people had drowned.")).extracting(Quantity::value).containsExactly(14d);
  }

  /** "The victims include four nurses": a part of the dead, not their number. */
  @Test
  void whatTheVictimsIncludeIsAPart() {
    assertThat(QuantityReader.read("The victims include four nurses and one driver, the hospital said."))
        .extracting(Quantity::counted).allMatch(c -> c.contains("("));
    assertThat(QuantityReader.read("One field clinic had received 12 dead and 40 wounded.")).isEmpty();
  }

  /** How many weapons a strike used is a measure of its own; those intercepted or failed count something else. */
  @Test
  void weaponsFiredAreCountedApartFromThoseStopped() {
    assertThat(QuantityReader.read("Two guided missiles were fired at the ferry from the shore."))
        .extracting(Quantity::counted, Quantity::value).containsExactly(org.assertj.core.groups.Tuple.tuple("missiles fired", 2d));
    assertThat(QuantityReader.read("The militia launched 14 drones at the refinery overnight.")).extracting(Quantity::counted)
        .containsExactly("drones fired");
    assertThat(QuantityReader.read("Air defences intercepted nine of the 11 drones.")).isEmpty();
    assertThat(QuantityReader.read("The spokesman said a total of 19 drones and rockets were fired at the port."))
        .extracting(Quantity::counted, Quantity::value).containsExactly(org.assertj.core.groups.Tuple.tuple("drones fired", 19d));
    assertThat(QuantityReader.read("Police found 30 shells in the cellar.")).isEmpty();
  }

  /** A small number after "of" is a count ("a total of 25", "the deaths of 12 miners"), a day only before a month. */
  @Test
  void aSmallNumberAfterOfIsACount() {
    assertThat(QuantityReader.read("A total of 25 people were killed in the blast.")).extracting(Quantity::value).containsExactly(25d);
    assertThat(QuantityReader.read("The deaths of 12 miners shocked the town.")).extracting(Quantity::value).containsExactly(12d);
    assertThat(QuantityReader.read("On the night of 24 May, the levee broke.")).isEmpty();
    // A total of the dead and those presumed dead is no count of the dead.
    assertThat(QuantityReader.read("At least 9 miners were killed and another three missing but presumed dead making a total of 12."))
        .extracting(Quantity::counted, Quantity::value).contains(org.assertj.core.groups.Tuple.tuple("killed or missing", 12d))
        .doesNotContain(org.assertj.core.groups.Tuple.tuple("killed", 12d));
  }

  /** A partial toll is the least the whole can be; "the three hottest days" is when, not how many. */
  @Test
  void aPartialTollIsALowerBoundAndBusyDaysAreNoCount() {
    assertThat(QuantityReader.read("An official gave a partial toll of 312 deaths over the three hottest days of the festival."))
        .extracting(Quantity::counted, Quantity::value, Quantity::qualifier)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("killed", 312d, "at_least"));
    assertThat(QuantityReader.read("The preliminary count of 40 dead was given on Monday.")).extracting(Quantity::qualifier)
        .containsExactly("at_least");
  }

  /** A force's losses: "lost three of its soldiers" is its dead; "captured alive" is no death. */
  @Test
  void lossesOfAForceAreItsDeadAndTheCapturedAreTaken() {
    assertThat(QuantityReader.read("The border command admitted it had lost three of its guards at the post."))
        .extracting(Quantity::counted, Quantity::value).containsExactly(org.assertj.core.groups.Tuple.tuple("killed", 3d));
    assertThat(QuantityReader.read("The rebels said they had lost 12 men, and 30 were wounded."))
        .extracting(Quantity::counted, Quantity::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("killed", 12d), org.assertj.core.groups.Tuple.tuple("injured", 30d));
    assertThat(QuantityReader.read("The premier said 27 of the gunmen who stormed the depot near the river had been killed and four captured alive."))
        .extracting(Quantity::counted, Quantity::value, Quantity::unit)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("killed", 27d, "gunmen"), org.assertj.core.groups.Tuple.tuple("detained", 4d, null));
    // ("two of the guards were hurt": a part of those hurt, as before.)
    assertThat(QuantityReader.read("Two of the guards were hurt in the scuffle.")).isEmpty();
  }

  /** "far more than the official toll of four", "higher than the acknowledged death of four": beyond another's count. */
  @Test
  void aCountNamedAsAnothersIsExceeded() {
    assertThat(QuantityReader.read("At least 38 soldiers were killed, far more than the official toll of four."))
        .extracting(Quantity::value, Quantity::qualifier).contains(org.assertj.core.groups.Tuple.tuple(4d, "more_than"));
    assertThat(QuantityReader.read("The losses were higher than the officially acknowledged death of four soldiers."))
        .extracting(Quantity::qualifier).containsExactly("more_than");
  }

  /** "An inquiry into civilian casualties found that 4 to 12 were killed": the inquiry's subject is not what is counted. */
  @Test
  void aThatOpensTheNumbersOwnClause() {
    assertThat(QuantityReader.read("An inquiry into civilian casualties found that between four and 12 innocent villagers were killed."))
        .extracting(Quantity::counted).containsExactly("killed");
    assertThat(QuantityReader.read("The ministry said that 40 casualties had been taken to the Vell hospital.")).extracting(Quantity::counted)
        .containsExactly("casualties");
  }

  /** "Casualties" is a measure of its own; fearing for lives counts the missing, not the dead; states are no people. */
  @Test
  void casualtiesLivesAtRiskAndCountriesAreTheirOwnMeasures() {
    assertThat(QuantityReader.read("The ministry reported four casualties after the exchange of fire.")).extracting(Quantity::counted)
        .containsExactly("casualties");
    assertThat(QuantityReader.read("A second report said the number of casualties among the northern troops was 35."))
        .extracting(Quantity::counted, Quantity::value).containsExactly(org.assertj.core.groups.Tuple.tuple("casualties", 35d));
    assertThat(QuantityReader.read("The minister said she was afraid for the lives of six climbers still unaccounted for."))
        .extracting(Quantity::counted, Quantity::value).containsExactly(org.assertj.core.groups.Tuple.tuple("missing", 6d));
    assertThat(QuantityReader.read("It was the first deadly clash in 40 years between the two countries.")).isEmpty();
  }

  /** An aside between dashes, a count joined by "and" and a list noun of four words keep the verb that counts them. */
  @Test
  void asidesAndJoinedCountsShareTheVerbAfterThem() {
    assertThat(QuantityReader.read("State radio said six engineers \u2014 three from the coast and three from the hills \u2014 died in the raid."))
        .extracting(Quantity::counted, Quantity::value).contains(org.assertj.core.groups.Tuple.tuple("killed", 6d));
    assertThat(QuantityReader.read("At least 34 guests and 15 armed hotel raiders died during the assault, an agency said."))
        .extracting(Quantity::counted, Quantity::value)
        .contains(org.assertj.core.groups.Tuple.tuple("killed", 34d), org.assertj.core.groups.Tuple.tuple("killed", 15d));
    assertThat(QuantityReader.read("He said 30 guests of four nationalities and one local driver were killed."))
        .extracting(Quantity::counted, Quantity::value)
        .contains(org.assertj.core.groups.Tuple.tuple("killed", 31d), org.assertj.core.groups.Tuple.tuple("killed (guests)", 30d));
    assertThat(QuantityReader.read("Twenty al Shabaab-linked fighters were killed, the army said.")).extracting(Quantity::unit)
        .containsExactly("fighters");
  }

  /** A part the sentence sets beside "the remaining" others, and one person named, are no count; "who died" after a count is. */
  @Test
  void partsBesideTheRemainingAndOnePersonNamedAreNoCount() {
    assertThat(QuantityReader.read("The deaths of two pilots were confirmed at dawn, while the remaining 12 deaths were confirmed at night."))
        .isEmpty();
    assertThat(QuantityReader.read("The ministry confirmed the death of only one sailor identified as Petty Officer Lena Ortiz.")).isEmpty();
    assertThat(QuantityReader.read("Radio reports said three miners, who died in the second blast, were buried on Sunday."))
        .extracting(Quantity::counted, Quantity::value).containsExactly(org.assertj.core.groups.Tuple.tuple("killed", 3d));
  }

  /** Executions and those "neutralised" are deaths, as armies and rights groups word them; a plan executed is no count. */
  @Test
  void executionsAndTheNeutralisedAreDeaths() {
    assertThat(QuantityReader.read("The army said 120 rebels were neutralised and 30 arrested in the sweep."))
        .extracting(Quantity::counted, Quantity::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("killed", 120d), org.assertj.core.groups.Tuple.tuple("detained", 30d));
    assertThat(QuantityReader.read("Monitors documented the summary execution of 250 farmers near the river."))
        .extracting(Quantity::counted, Quantity::value).containsExactly(org.assertj.core.groups.Tuple.tuple("killed", 250d));
    assertThat(QuantityReader.read("The garrison executed a plan to retake 3 towns.")).isEmpty();
  }

  /**
   * A toll "put at" a figure, or "is" one, however far the count's words stand from it; "the loss of 45 souls" is a
   * toll; "in one incident" counts happenings, not the dead.
   */
  @Test
  void tollsPutAtAFigureLossesOfSoulsAndOneIncident() {
    assertThat(QuantityReader.read("The agency put the total number killed in the collapse in the old harbour district of Vell at 61 on Monday."))
        .extracting(Quantity::counted, Quantity::value).containsExactly(org.assertj.core.groups.Tuple.tuple("killed", 61d));
    assertThat(QuantityReader.read("the total number killed in the collapse in the old harbour district of Vell at 61 on Monday"))
        .extracting(Quantity::counted, Quantity::value).containsExactly(org.assertj.core.groups.Tuple.tuple("killed", 61d));
    assertThat(QuantityReader.read("Officials have confirmed the loss of 45 innocent souls in the collapse."))
        .extracting(Quantity::counted, Quantity::value).containsExactly(org.assertj.core.groups.Tuple.tuple("killed", 45d));
    assertThat(QuantityReader.read("Never have so many of our people died in one incident abroad.")).isEmpty();
    // (A firm's dead, counted as its own people: "lost 40 of its team members", "the loss of 12 valued colleagues".)
    assertThat(QuantityReader.read("The maker said it lost 40 of its team members in the blast at the Vell plant."))
        .extracting(Quantity::counted, Quantity::value).containsExactly(org.assertj.core.groups.Tuple.tuple("killed", 40d));
    assertThat(QuantityReader.read("We mourn the loss of 12 valued colleagues."))
        .extracting(Quantity::counted, Quantity::value).containsExactly(org.assertj.core.groups.Tuple.tuple("killed", 12d));
    // (Not a party's members lost at the polls; and "12 blast victims" counts victims, not blasts.)
    assertThat(QuantityReader.read("The party lost 40 members in the election.")).isEmpty();
    assertThat(QuantityReader.read("Officials said 12 blast victims were taken to hospital.")).extracting(Quantity::value).containsExactly(12d);
    // (A toll's copula far before the number: "is" ends a word, whatever space stands between it and the number.)
    assertThat(QuantityReader.read("The toll given by the office of the mayor of Vell is 132."))
        .extracting(Quantity::counted, Quantity::value).containsExactly(org.assertj.core.groups.Tuple.tuple("killed", 132d));
  }

  /** "Two people, two bodies lay there": one count said again in other words, not two parts of four. */
  @Test
  void oneCountSaidAgainIsNoList() {
    List<Quantity> qs = QuantityReader.read("when we got there two people, two bodies lay on the road");
    assertThat(qs).noneMatch(q -> q.value() == 4.0);
    assertThat(QuantityReader.read("four men, four children and three women died")).anyMatch(q -> q.value() == 11.0);
  }

  /**
   * "25 women, 11 men, 7 girls and four boys": kinds of the dead in a list, each a part and their sum the count, though
   * "women" ends in "men".
   */
  @Test
  void aListOfWomenMenGirlsAndBoysSumsToTheCount() {
    assertThat(QuantityReader.read("Those whose bodies were recovered by Monday were 25 women, 11 men, 7 girls and four boys"))
        .filteredOn(q -> "killed".equals(q.counted())).extracting(Quantity::value).containsExactly(47d);
  }

  /** "nine of the 200-plus killed": the whole is more than 200, and the nine a part of it. */
  @Test
  void aPlusAfterANumberIsMoreThanItAndAPartOfItIsNoCount() {
    assertThat(QuantityReader.read("The 200-plus dead were buried on Sunday")).extracting(Quantity::qualifier).containsExactly("more_than");
    assertThat(QuantityReader.read("Burial of six of the 100-plus people killed in the sinking began on Monday"))
        .extracting(Quantity::value).containsExactly(100d);
  }

  /** "more than 300 people may have died": a possible toll, set against other fears, not against the count of the dead. */
  @Test
  void aTollThatMayHaveDiedIsAFear() {
    assertThat(QuantityReader.read("It is now estimated that more than 300 people may have died")).extracting(Quantity::counted)
        .containsExactly("killed (feared)");
    assertThat(QuantityReader.read("It is now estimated that 300 people died")).extracting(Quantity::counted).containsExactly("killed");
  }

  /** "drowned when a boat carrying 278 passengers capsized": how many it carried, not how many drowned. */
  @Test
  void aCraftCarryingPassengersCountsThoseAboard() {
    assertThat(QuantityReader.read("At least 78 people drowned when a boat carrying 278 passengers capsized in the lake"))
        .extracting(Quantity::value, Quantity::counted).containsExactly(org.assertj.core.groups.Tuple.tuple(78d, "killed"),
            org.assertj.core.groups.Tuple.tuple(278d, "aboard"));
    assertThat(QuantityReader.read("At least 12 died when an overcrowded bus with 60 passengers overturned"))
        .extracting(Quantity::counted).containsExactly("killed", "aboard");
    assertThat(QuantityReader.read("Fishermen found a boat with 12 bodies drifting off the coast")).extracting(Quantity::counted)
        .containsExactly("killed");
  }

  /** "6,000 inmates escaped", "the mass escape of 1,534 prisoners": how many broke out, a count the police and the prisons dispute. */
  @Test
  void inmatesWhoEscapedAreCounted() {
    assertThat(QuantityReader.read("At least 900 inmates escaped from the Varno jail")).extracting(Quantity::counted).containsExactly("escaped");
    assertThat(QuantityReader.read("the mass escape of 1,534 prisoners last week")).extracting(Quantity::counted).containsExactly("escaped");
  }
}
