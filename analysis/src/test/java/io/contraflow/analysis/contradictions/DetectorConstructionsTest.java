package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimExtractor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One test per way two parties' claims conflict, on fictional events in our own words: a rejection of a named
 * accusation, of an unattributed verdict, a dispute over whether it was deliberate, the accused's answer, a contrast
 * the outlet draws, and the cases that must stay quiet.
 */
class DetectorConstructionsTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.englishWithoutGist();
  private static final ContradictionDetector DETECTOR = new ContradictionDetector();
  private static final Instant DAY1 = Instant.parse("2029-09-14T08:00:00Z");

  private static List<Claim> article(String id, String title, String body) {
    return article(id, DAY1, title, body);
  }

  private static List<Claim> article(String id, Instant at, String title, String body) {
    return EXTRACTOR.analyze(new ArticleText(id, title, body, "Harbour Gazette", null, at, "en")).claims();
  }

  private static List<Finding> detect(List<List<Claim>> articles) {
    List<Claim> all = new ArrayList<>();
    articles.forEach(all::addAll);
    return DETECTOR.detect("evt-test", all);
  }

  @Test
  void aRejectionOfANamedPartysAccusationsSetsTheTwoAgainstEachOther() {
    List<Finding> findings = detect(List.of(article("a", "Portugal rejects accusations over tanker sinking",
        "The Portuguese foreign ministry on Monday rejected accusations from three Moroccan fishing unions that its "
            + "navy had sunk the tanker Marisol. The ministry called the claims baseless.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(String.join(" ", f.sideA().claimants()) + " " + String.join(" ", f.sideA().names())).contains("Moroccan");
      assertThat(f.sideB().parties()).contains("Portuguese government");
      assertThat(f.trail()).contains("rejection");
    });
  }

  @Test
  void deniedReportsThatSomethingHappenedAreNamedAsReports() {
    List<Finding> findings = detect(List.of(
        article("a", "Fishing unions say navy sank tanker",
            "A spokesman for the Moroccan fishing unions said on Monday that a Portuguese patrol boat had rammed the tanker Marisol."),
        article("b", "Portugal denies ramming",
            "Portugal's defence ministry on Tuesday denied reports that a Portuguese patrol boat had rammed the tanker Marisol.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.sideB().parties()).contains("Portuguese government");
      assertThat(f.topic()).contains("reports stand").doesNotContain("that stand");
    });
  }

  @Test
  void anIncidentCalledStagedDisputesWhoDidIt() {
    List<Finding> findings = detect(List.of(
        article("a", "Morocco blames Portugal for harbour gas attack",
            "Morocco's interior ministry said on Monday that Portuguese special forces had carried out the gas attack on the harbour of Kessa."),
        article("b", "Portugal says harbour attack was staged",
            "Portugal's foreign ministry said on Tuesday that the supposed gas attack in the Moroccan port of Kessa was staged.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("staging");
      assertThat(f.sideA().parties()).contains("Portuguese government");
      assertThat(f.sideB().parties()).contains("Moroccan government");
    });
  }

  /** "The shootings claimed by the governor never took place" against the governor's toll: whether it happened at all. */
  @Test
  void killingsSaidNeverToHaveHappenedDisputeTheTollOfThem() {
    List<Finding> findings = detect(List.of(
        article("a", "Governor gives toll of herders", "Governor Ana Berg said on Friday that 60 herders had been killed in an attack on Kessa."),
        article("b", "Rights centre doubts killings", "The Vell Rights Centre said in a statement that the supposed massacre and "
            + "shootings claimed by the governor never took place.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("staging");
      assertThat(f.sideA().claimants()).contains("Vell Rights Centre");
      assertThat(f.sideA().position()).isEqualTo("never happened");
      assertThat(String.join(" ", f.sideB().claimants())).contains("Ana Berg");
    });
    // (Denied as a deed of one's own, "our troops did not carry out the attack", it is the blame's, not this.)
    assertThat(detect(List.of(article("a", "Governor gives toll of herders", "Governor Ana Berg said on Friday that 60 herders had "
        + "been killed in an attack on Kessa."), article("b", "Army denies role", "The Vell army said its troops did not carry out "
        + "the attack on Kessa.")))).noneSatisfy(f -> assertThat(f.trail()).contains("staging"));
  }

  @Test
  void aStagingWithANamedDoerIsAnAccusationNotAClaimThatNothingHappened() {
    List<Finding> findings = detect(List.of(
        article("a", "Morocco blames Portugal for harbour gas attack",
            "Morocco's interior ministry said on Monday that Portuguese special forces had carried out the gas attack on the harbour of Kessa."),
        article("b", "Portugal says rebels staged harbour attack",
            "Portugal's foreign ministry said on Tuesday that Moroccan rebels had staged the gas attack in Kessa.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.trail()).contains("staging"));
  }

  /**
   * One nation's dead in a clash of two states: its own admission and a rival's report dispute each other however far
   * apart; the other nation's dead are another count.
   */
  @Test
  void aNationsDeadAreOneCountWhoeverGivesIt() {
    List<Finding> findings = detect(List.of(
        article("a", "Peru admits border losses",
            "Peru admitted on Monday having lost four of its guards during the night clash on the river border."),
        article("b", "Report puts Peruvian toll far higher",
            "A Chilean newspaper report said on Tuesday that 45 Peruvian soldiers died in the night clash on the river border."),
        article("c", "Ecuador buries its dead",
            "Ecuador's defence ministry said on Tuesday that 12 Ecuadorian soldiers died in the night clash on the river border.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.topic()).contains("4 or 45");
    });
    assertThat(findings).noneSatisfy(f -> assertThat(f.topic()).contains("12 or 45"));
    assertThat(findings).noneSatisfy(f -> assertThat(f.topic()).contains("4 or 12"));
  }

  /** "While A maintains P, B shows Q": a sentence that opens on the turn sets its two sides against each other. */
  @Test
  void aSentenceOpeningOnWhileSetsItsTwoSpeakersAgainstEachOther() {
    List<Finding> findings = detect(List.of(article("a", "Questions over the checkpoint shooting",
        "While the army maintains that no bodies were moved before investigators arrived, the coroner's report shows that two "
            + "of them were dragged to the road.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.ATTRIBUTED_DISAGREEMENT);
      assertThat(String.join(" ", f.sideA().claimants()) + " / " + String.join(" ", f.sideB().claimants()))
          .containsIgnoringCase("army").containsIgnoringCase("coroner");
    });
    // Two remarks side by side, neither answering the other, are no dispute.
    assertThat(detect(List.of(article("b", "Leaders react to the launch",
        "While the premier of Kessa called the launch reckless, the president of Vell said his country stood by its ally.")))).isEmpty();
  }

  /** "A said no one P. However, B says Q": the turn after a flat denial answers it, whatever words Q uses. */
  @Test
  void aTurnAfterAFlatDenialAnswersIt() {
    List<Finding> findings = detect(List.of(article("a", "Doubts over the camp count",
        "Camp officials said nobody had left the compound. However, two aid groups say roughly 400 fewer refugees sleep "
            + "there than before the storm.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.ATTRIBUTED_DISAGREEMENT);
      assertThat(String.join(" ", f.sideA().claimants()) + " / " + String.join(" ", f.sideB().claimants()))
          .containsIgnoringCase("officials").containsIgnoringCase("aid groups");
    });
    // Not knowing is no denial: the turn after it adds what became known.
    assertThat(detect(List.of(article("b", "Quake damage in the hills",
        "The regional governor said his office had received no information yet about deaths in the hill villages. But the health minister said "
            + "later that 14 people had been hurt by falling masonry.")))).noneSatisfy(f -> assertThat(f.trail()).contains("contrast"));
  }

  /** "A said P. B, however, said Q": the turn set off after the second subject answers the sentence before. */
  @Test
  void aTurnSetOffAfterTheSubjectAnswersTheSentenceBefore() {
    List<Finding> findings = detect(List.of(article("a", "Convoy cargo disputed",
        "The garrison commander said the lorries carried rifles for the rebels. Relief workers, however, said the lorries "
            + "carried only seed and flour.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.ATTRIBUTED_DISAGREEMENT);
      assertThat(String.join(" ", f.sideA().claimants()) + " / " + String.join(" ", f.sideB().claimants()))
          .containsIgnoringCase("commander").containsIgnoringCase("relief workers");
    });
  }

  /** '"Nothing could be further from the truth," she said' rejects what was reported just before it. */
  @Test
  void anIdiomOfFalsityRejectsTheClaimJustBefore() {
    List<Finding> found = detect(List.of(article("a", "Port row", "The Norland minister said the port of Kessa had been closed for a week "
        + "before the fire. \"Nothing could be further from the truth,\" the union leader Ana Berg said.")));
    assertThat(found).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(String.join(" ", f.sideA().claimants()) + " / " + String.join(" ", f.sideB().claimants())).contains("Ana Berg").contains("minister");
    });
  }

  /**
   * "The number killed was much higher than the government's toll of 20" calls that toll too low: the higher figures others
   * give in the same report stand against it, however far apart (an exiles' council's 150).
   */
  @Test
  void aCountCalledLowerThanTheTruthStandsAgainstTheHigherCounts() {
    List<Finding> findings = detect(List.of(
        article("a", "Groups say Kessa stadium toll far higher", "The government put the death toll at 20 after the crush at the "
            + "Kessa stadium. Rights groups said the number of fans killed in the crush was much higher than the government's "
            + "toll of 20. The Kessa Exiles Council said in a statement that 150 people had died.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.sideA().position() + " / " + f.sideB().position()).contains("20").contains("150");
    });
  }

  /** Witnesses' count a day after the ministry's is their account against it, not the toll as it rose. */
  @Test
  void aCountByWitnessesIsAnAccountNotTheRisingToll() {
    List<Finding> findings = detect(List.of(
        article("a", "Eight inmates die in Kessa jail fire", "Eight inmates were killed in the fire at Kessa jail, the Estonian justice ministry said on Monday."),
        article("b", DAY1.plus(java.time.Duration.ofDays(1)), "Witnesses describe jail raid",
            "Between 30 and 40 inmates were killed when guards stormed the wing of Kessa jail, according to witnesses.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(String.join(" ", f.sideA().claimants()) + " / " + String.join(" ", f.sideB().claimants())).contains("witnesses");
    });
  }

  @Test
  void aCountOfFightersIsNotTheTollOfCivilians() {
    List<Finding> findings = detect(List.of(
        article("a", "Portugal says raid killed two smugglers' gunmen",
            "Portugal's defence ministry said on Monday that two Sol Negro gunmen were killed in the raid on the harbour of Kessa."),
        article("b", "Morocco says raid killed seven civilians",
            "Morocco's health ministry said seven civilians were killed in the raid on the harbour of Kessa, among them three children.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  @Test
  void aCountryInsideAQuoteSaysNothingOfWhomTheSpeakerSpeaksFor() {
    List<Finding> findings = detect(List.of(article("a", "Varga blames Morocco for harbour fire",
        "Secretary of State Ilse Varga on Monday blamed Morocco for the fire that destroyed the harbour of Kessa. "
            + "\"There is no evidence at all that the raiders came from Spain,\" Varga said. "
            + "Morocco's foreign ministry denied any involvement in the fire.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.sideB().parties()).contains("Moroccan government");
      assertThat(f.sideA().parties()).doesNotContain("Spanish government");
    });
  }

  @Test
  void aCauseAfterRatherThanIsRuledOut() {
    List<Finding> findings = detect(List.of(
        article("a", "Coroner says detainee died of illness",
            "The state coroner said the death of the detainee Ilse Varga was caused by a heart condition rather than blows to the head."),
        article("b", "Family says detainee was beaten",
            "Varga's brother said she died after a violent blow to the head in police custody.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("cause");
      assertThat(f.sideA().claimants()).noneMatch(c -> c.contains("coroner"));
    });
  }

  @Test
  void aCharitysSpokesmanSpeaksForTheCharityNotItsCountry() {
    List<Finding> findings = detect(List.of(
        article("a", "Toll of Kessa floods reaches 400",
            "Morocco's interior ministry said on Saturday that 400 people had died in the floods in Kessa."),
        article("b", "Red Crescent disputes flood toll",
            "A spokesman for the Moroccan Red Crescent said on Sunday that 120 people had died in the floods in Kessa.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.sideA().parties()).doesNotContainAnyElementsOf(f.sideB().parties());
    });
  }

  /**
   * "Estonia rejected the report" eight sentences after "the watchdog said in its final report that P": the report the
   * article told of, however far back, is the watchdog's, not some unnamed authors'.
   */
  @Test
  void aReportRejectedFarDownIsTheOneTheArticleToldOf() {
    List<Finding> findings = detect(List.of(article("a", "Watchdog finds nerve agent was used in Kessa",
        "A nerve agent was used in the shelling of Kessa in May, the Arms Control Monitor said on Monday in a long-awaited "
            + "final report. The inspectors visited the town twice. They interviewed thirty witnesses. They took soil samples "
            + "from four sites. Two laboratories tested the samples. Both found traces of the agent. Estonia, which backs the "
            + "town's garrison, rejected the report, saying the shelling was staged by volunteers.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("rejection");
      assertThat(f.sideA().claimants()).anyMatch(c -> c.contains("Arms Control Monitor"));
      assertThat(f.sideA().claimants()).noneMatch(c -> c.contains("authors"));
    });
  }

  /** Refused a report ("were denied access to the coroner's report") is no rejection of it. */
  @Test
  void deniedAccessToAReportRejectsNothing() {
    List<Finding> findings = detect(List.of(article("a", "Coroner says detainee died of illness",
        "The Kessa coroner's office said in a report that the detainee died of an illness. Ana Berg, the detainee's sister, "
            + "said the family were denied access to the coroner's report.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.trail()).contains("rejection"));
  }

  @Test
  void theAccidentAsTheEventsNameIsNoCauseGivenForIt() {
    List<Finding> findings = detect(List.of(
        article("a", "Bureau blames ferry sinking on valve",
            "The Maritime Safety Bureau released its final report on Friday. It blamed the accident on a faulty valve in the engine room."),
        article("b", "Board questions ferry report",
            "The Harbour Board said the valve was never recovered, in spite of a search by divers a week after the accident.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.trail()).contains("cause"));
  }

  @Test
  void whatARelativeClauseInfersIsNotDeniedWithTheClauseBeforeIt() {
    List<Finding> findings = detect(List.of(
        article("a", "Police say detainee died of heart attack",
            "The Kessa police said the detainee Tomas Vell died of a heart attack in his cell."),
        article("b", "Family lawyer says detainee was beaten",
            "Ilse Varga, a lawyer for the family, said there were no marks of a fall on the body, which shows he was beaten.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("cause");
      assertThat(f.sideA().position()).startsWith("deliberate");
      assertThat(f.sideA().claimants()).anyMatch(c -> c.contains("Varga"));
    });
  }

  @Test
  void aRejectedVerdictIsTheCourtsEvenWhenTheCourtIsNotNamed() {
    List<Finding> findings = detect(List.of(article("a", "Portugal rejects tanker verdict",
        "Portugal's foreign ministry rejected as 'shameful' the guilty verdicts handed down to two navy officers for "
            + "sinking the tanker Marisol.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.sideA().claimants()).anyMatch(c -> c.contains("court"));
      assertThat(f.sideB().parties()).contains("Portuguese government");
    });
  }

  @Test
  void deliberateAgainstAccidentalIsADisputeOverHowItHappened() {
    List<Finding> findings = detect(List.of(
        article("a", "Morocco says tanker was sunk on purpose",
            "Morocco's transport minister Ilse Varga said the tanker Marisol was sunk deliberately by a Portuguese patrol boat."),
        article("b", "Portugal calls sinking an accident",
            "Portugal's navy said the collision with the tanker Marisol was an accident caused by human error in fog.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("cause");
      assertThat(f.sideA().position()).contains("deliberate");
      assertThat(f.sideB().position()).contains("accidental");
    });
  }

  /**
   * A crush blamed on a plot by one party and on those who ran the gathering by another: how it happened is disputed.
   * A police officer who is only looking into the plot holds neither.
   */
  @Test
  void aPlotAgainstNegligenceIsADisputeOverHowItHappened() {
    List<Finding> findings = detect(List.of(
        article("a", "Organisers' lawyer blames plotters for Vell festival crush",
            "The organisers' lawyer Tomas Reyes said the crush at the Vell festival was a conspiracy by men who threw smoke bombs."),
        article("b", "Inquiry blames organisers for Vell crush",
            "The state inquiry panel blamed the crush at the Vell festival on overcrowding and poor crowd control. "
                + "Detective Ines Duarte said her team was examining claims of a conspiracy.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("cause");
      assertThat(f.sideA().position() + " " + f.sideB().position()).contains("deliberate").contains("negligence");
    });
    assertThat(findings).noneMatch(f -> f.trail().contains("cause")
        && (f.sideA().claimants() + " " + f.sideB().claimants()).contains("Duarte"));
  }

  /** Ruling out the very cause another gives ("no heart attack") is a narrower question than natural or not. */
  @Test
  void aRuledOutCauseIsAQuestionOfItsOwn() {
    List<Finding> findings = detect(List.of(
        article("a", "Harbour pilot died of heart attack, coroner says",
            "Coroner Ana Ruiz said the harbour pilot Oskar Lind died of a heart attack."),
        article("b", "Family disputes coroner",
            "Lind's sister Maja Lind said there was no heart attack and that the family had been told nothing.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.topic()).startsWith("whether it was heart attack");
      assertThat(f.sideA().position()).isEqualTo("heart attack");
      assertThat(f.sideB().position()).isEqualTo("no heart attack");
      assertThat(f.sideB().claimants()).anyMatch(c -> c.contains("Lind"));
    });
  }

  @Test
  void aDeniedCauseIsTheOtherPosition() {
    List<Finding> findings = detect(List.of(
        article("a", "Harbour pilot died of natural causes, coroner says",
            "Coroner Ana Ruiz said the harbour pilot Oskar Lind died of natural causes."),
        article("b", "Family disputes coroner",
            "Lind's sister Maja Lind said he had been poisoned and that the family had been told nothing.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("cause");
      assertThat(f.sideA().position() + " " + f.sideB().position()).contains("natural").contains("deliberate");
    });
  }

  /** "hurt" is denied by "injured", "held" by "controlled": the denial is met in other words. */
  @Test
  void aDenialIsMetByNarrowerWordsForTheSameThing() {
    List<Finding> findings = detect(List.of(
        article("a", "Harbour authority denies workers were hurt",
            "The harbour authority denied that anyone was hurt while its guards held the pier."),
        article("b", "Union says workers were injured on guarded pier",
            "The dockers' union said two dock workers were injured while the guards controlled the pier.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("denial");
      assertThat(f.sideA().claimants()).anyMatch(c -> c.toLowerCase().contains("union"));
      assertThat(f.sideB().claimants()).anyMatch(c -> c.toLowerCase().contains("harbour authority"));
    });
  }

  @Test
  void theAccusedAnswerInTheSameArticleIsADispute() {
    List<Finding> findings = detect(List.of(article("a", "Watchdog blames Portuguese officials for harbour fire",
        "A report by the watchdog Clearwater said senior Portuguese officials were aware of the risks of storing fuel at "
            + "the harbour and failed to act.\n\nPortugal's harbour authority director Petra Sand said her office did all it could "
            + "legally, including warning the ministry twice.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("response");
      assertThat(f.sideB().claimants()).anyMatch(c -> c.contains("Sand"));
    });
  }

  @Test
  void aContrastTheOutletDrawsIsADisagreement() {
    List<Finding> findings = detect(List.of(article("a", "Who held the lighthouse?",
        "The Portuguese navy said the lighthouse was under Moroccan control that night, whereas Moroccan officials "
            + "insisted it had been abandoned weeks earlier.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("contrast");
      assertThat(f.sideA().parties()).contains("Portuguese government");
      assertThat(f.sideB().parties()).contains("Moroccan government");
    });
  }

  /** "while X said it was unclear who did it": not knowing is no side of a dispute. */
  @Test
  void notKnowingIsNoSideOfAContrast() {
    List<Finding> findings = detect(List.of(article("a", "Who sank the tanker?",
        "Moroccan officials said the tanker had sunk on its own, while Portugal said it was unclear who was responsible.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.trail()).contains("contrast"));
  }

  /** "But ..." opening the next sentence answers the one before only when it speaks of the same thing or denies it. */
  @Test
  void aNextSentenceTurningToAnotherMatterIsNoContrast() {
    List<Finding> turned = detect(List.of(article("a", "Strike on Kessa",
        "Doctors at the Kessa clinic said at least nine of the victims were women. But the Portuguese navy later said its "
            + "frigate had been on patrol far to the south all week.")));
    assertThat(turned).noneSatisfy(f -> assertThat(f.trail()).contains("contrast"));
    List<Finding> answered = detect(List.of(article("a", "Drone over Kessa",
        "The Portuguese navy said the drone it shot down over Kessa was a spy craft. But Moroccan officials said the drone "
            + "was a weather balloon that had drifted off course.")));
    assertThat(answered).anySatisfy(f -> assertThat(f.trail()).contains("contrast"));
  }

  @Test
  void oneSidesOwnStatementsAndRejectedCallsAreNoDispute() {
    List<Finding> findings = detect(List.of(article("a", "Portugal opens inquiry",
        "Portugal's navy said it had opened an inquiry into the sinking. The navy said divers had reached the wreck. "
            + "Portugal rejected calls for an international inquiry, the ministry said.")));
    assertThat(findings).isEmpty();
  }

  @Test
  void takingBackOnesOwnStatementsDisputesNoOneElse() {
    List<Finding> findings = detect(List.of(
        article("a", "Second vessel reported", "The Moroccan coast guard said a second vessel had been seen near the wreck of the Marisol."),
        article("b", "Navy retracts", "Two days later the Portuguese navy denied its own statements about a second vessel near the wreck.")));
    assertThat(findings).noneMatch(f -> f.trail().contains("rejection"));
  }

  @Test
  void aRangeIsComparedByItsNearEnd() {
    List<Finding> findings = detect(List.of(
        article("a", "Toll disputed", "Western intelligence officials estimated that between 100 and 300 people were killed in the harbour fire."),
        article("b", "Ministry toll", "The health ministry said 471 people were killed in the harbour fire.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.topic()).contains("471");
    });
  }

  /** A detainee who "slipped and fell" in the police's account, and was strangled in a pathologist's: how he died. */
  @Test
  void anInjuryDoneToOneselfAgainstABeatingIsADisputeOverHowItHappened() {
    List<Finding> findings = detect(List.of(
        article("a", "Detainee dies in Vell", "Police said the detainee Ivan Dorov slipped and fell in the shower block and struck his head."),
        article("b", "Pathologist contradicts police", "A pathologist, Ana Berg, said the bruising on his throat showed Dorov had been "
            + "assaulted, and that he died of strangulation.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.topic()).contains("self inflicted").contains("deliberate");
      assertThat(f.sideA().claimants().toString() + f.sideB().claimants()).contains("Police").contains("Berg");
    });
  }

  /** "X's claims of hundreds of deaths were exaggerated", "described X's figures as exaggerated": X's count held too high. */
  @Test
  void claimsOfDeathsCalledExaggeratedDisputeTheCount() {
    List<Claim> front = article("a", "Front gives toll", "The Kessa Front said security forces had killed more than 900 people in Narva.");
    for (String answer : List.of("Prime Minister Anton Dorov said the Kessa Front's claims of hundreds of deaths were exaggerated.",
        "The government described the Kessa Front's figures as exaggerated.")) {
      assertThat(detect(List.of(front, article("b", "Government answers", answer)))).as(answer).anySatisfy(f -> {
        assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
        assertThat(f.topic()).contains("too high");
      });
    }
  }

  /** A pair of values one of which no claim still holds is no dispute (it threw, and the event lost its figure findings). */
  @Test
  void aPairWithAnEmptySideIsNoCandidate() {
    List<Claim> claims = article("a", "Toll", "The health ministry said 40 people were killed in the fire.");
    Claim c = claims.stream().filter(x -> !x.quantities().isEmpty()).findFirst().orElseThrow();
    PartyResolver parties = new PartyResolver(claims);
    FigureDetector.Figure f = new FigureDetector.Figure(c, 0, parties.of(c), "killed", c.quantities().get(0), 40, 40, true);
    assertThat(new FigureDetector().candidate("killed", f, f, List.of(), List.of(c), parties, false)).isNull();
  }

  /** A toll "lowered to" a smaller figure weeks on stands after the first count; the two are no dispute. */
  @Test
  void aTollLoweredWeeksOnIsNoDispute() {
    List<Finding> findings = detect(List.of(
        article("a", "Harbour fire toll", "The harbour fire killed 64 people, the city's officials said on Monday."),
        article("b", DAY1.plus(java.time.Duration.ofDays(30)), "Harbour fire toll lowered",
            "The death toll from the harbour fire was lowered to 58 after six victims were found to have been counted twice.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  /** The harbour authority's two assertions: explosives in the hold, and the crew leaving early. */
  private static List<Claim> authorityAccuses() {
    return article("a", "Authority: tanker carried explosives",
        "The harbour authority said the tanker Marisol had been carrying explosives in its forward hold when it sank. "
            + "The harbour authority also said the crew abandoned the tanker hours before the blast.");
  }

  private static List<Claim> navyDenies() {
    return article("b", "Navy denies explosives claim",
        "The Portuguese navy denied that the tanker Marisol had been carrying explosives in its forward hold.");
  }

  /** One assertion denied in two articles, in other words, is one dispute; a second denied assertion is another. */
  @Test
  void aFactDeniedAgainIsOneDisputeAndEachDeniedFactItsOwn() {
    List<Finding> findings = detect(List.of(
        authorityAccuses(),
        navyDenies(),
        article("c", "Navy again denies",
            "The Portuguese navy again denied that any explosives were being carried in the forward hold of the Marisol tanker."),
        article("d", "Navy disputes crew account",
            "The Portuguese navy denied that the crew abandoned the tanker hours before the blast.")));
    List<Finding> denials = findings.stream().filter(f -> f.trail().contains("denial")).toList();
    assertThat(denials).as("%s", findings).hasSize(2);
    assertThat(denials).anySatisfy(f -> assertThat(f.sideB().claims()).hasSize(2));
  }

  /** "this is completely false": a rejection named by a pronoun rejects what the article reported just before. */
  @Test
  void aPronounsRejectionAnswersTheClaimJustBefore() {
    List<Finding> findings = detect(List.of(article("a", "Tanker sinking",
        "The Portuguese navy said the Marisol was sunk by a stray mine left over from an exercise. "
            + "But a spokesman for Atlas Marine said this was 'completely false' and demanded an inquiry.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("rejection");
      assertThat(f.sideA().parties()).contains("Portuguese government");
      assertThat(f.sideB().parties()).contains("Atlas Marine");
    });
  }

  /** "the Coastal Liberation Front (CLF)": the acronym is the same party as the name it spells. */
  @Test
  void anAcronymIsTheBodyItsLettersSpell() {
    List<Finding> findings = detect(List.of(
        article("a", "Group claims ferry sinking", "The Coastal Liberation Front (CLF) said it had sunk the ferry Aurora off Selvik."),
        article("b", "Navy rejects claim", "The Portuguese navy rejected the CLF's claims, saying the Aurora hit a reef.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("rejection");
      assertThat(f.sideA().parties()).contains("Coastal Liberation Front").doesNotContain("CLF");
    });
  }

  /**
   * "The Portuguese investigation concluded P": a country's own investigation is that state's side, one record with its
   * navy's statement, never a party of its own called "Portuguese".
   */
  @Test
  void aCountrysInvestigationSpeaksForItsState() {
    List<Finding> findings = detect(List.of(
        article("a", "Union blames navy for skipper's death", "The fishermen's union said Portuguese forces shot the skipper of the Aurora off Selvik."),
        article("b", "Navy blames smugglers", "The Portuguese navy said on Monday that Libyan gunfire likely killed the skipper."),
        article("c", "Inquiry clears navy", "The Portuguese investigation concluded that Libyan smugglers shot the skipper.")));
    List<Finding> blame = findings.stream().filter(f -> f.topic().startsWith("who is behind it")).toList();
    assertThat(blame).as("%s", findings).hasSize(1);
    assertThat(blame.get(0).sideA().parties()).containsExactly("fishermen's union");
    assertThat(blame.get(0).sideB().parties()).containsExactly("Portuguese government");
  }

  /** "The Netherlands believes": a side shows each claim's name as written, article and all, beside its party. */
  @Test
  void aSideShowsTheNamesAsTheSentencesWroteThem() {
    List<Finding> findings = detect(List.of(
        article("a", "Dutch blame smugglers", "The Dutch foreign ministry said Libyan smugglers shot the skipper of the Aurora."),
        article("b", "Smugglers blamed", "The Netherlands believes Libyan smugglers shot the skipper of the Aurora, two officials said."),
        article("c", "Libya denies", "Libya denied any involvement in the shooting.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.sideA().parties()).contains("Dutch government");
      assertThat(f.sideA().names()).contains("The Netherlands");
    });
  }

  /** Three tolls in one report: each party stands with its own figure, whatever the outlet contrasts. */
  @Test
  void threePartiesTollsInOneReportKeepTheirOwnSides() {
    List<Finding> findings = detect(List.of(article("a", "Toll of the port riots",
        "Harbour police officials said on Wednesday that 16 people died and more than 800 others were arrested. Two Red Cross sources "
            + "estimate that at least 48 dockers were killed during the riots, while the dockers' union put the toll at 55.")));
    List<Finding> figures = findings.stream().filter(f -> f.kind() == ContradictionKind.NUMERIC_DISCREPANCY).toList();
    assertThat(figures).as("%s", findings).isNotEmpty().allSatisfy(f -> {
      assertThat(f.topic()).contains("killed").contains("16");
      assertThat(f.sideA().claimants()).allMatch(c -> c.contains("officials"));
    });
  }

  /**
   * "Accused each other of violating the truce": who broke an agreement is its own question, set apart from who did the
   * deed the story is about.
   */
  @Test
  void whoBrokeATruceIsAQuestionOfItsOwn() {
    List<Finding> findings = detect(List.of(article("a", "Border truce in tatters",
        "Peru and Bolivia have accused each other of breaking the river truce. Bolivia's army said Peruvian gunners had "
            + "shelled a border post at Kessa before dawn.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.topic()).startsWith("who broke the agreement");
      assertThat(f.sideA().parties()).anyMatch(p -> p.contains("Peru") || p.contains("Boliv"));
    });
    assertThat(findings).noneSatisfy(f -> assertThat(f.topic()).startsWith("who is behind it"));
  }

  /** "denied that claim": read with "that" as a conjunction, the denial is the noun alone, and points at the claim before. */
  @Test
  void deniedThatClaimPointsAtTheClaimJustBefore() {
    List<Finding> findings = detect(List.of(article("a", "Traces on wreckage",
        "A Peruvian engineer told the Vell Times he had seen scorch marks on the airliner's tail. Bolivian officials denied "
            + "that claim.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideA().parties()).anyMatch(p -> p.contains("Peru"));
      assertThat(f.sideB().parties()).anyMatch(p -> p.contains("Boliv"));
    });
  }

  /** "denied reports on Friday that P": reports of a statement, whoever in the event said P. */
  @Test
  void deniedReportsWithADateBeforeThatAreSomeonesStatement() {
    List<Finding> findings = detect(List.of(article("a", "Navy denies ferry deaths",
        "The Portuguese navy denied reports on Friday that its patrol boat had rammed the ferry Aurora near Selvik. "
            + "Earlier, the fishermen's union said the patrol boat had rammed the ferry Aurora and left the scene.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("rejection");
      assertThat(f.sideA().claimants()).anyMatch(c -> c.contains("union"));
    });
  }

  /** An acronym a sentence defines ("the Coastal Defence Forces (CDF)") is the party of the name it stands for. */
  @Test
  void anAcronymDefinedInTheTextIsTheNamedBody() {
    List<Finding> findings = detect(List.of(
        article("a", "Ferry rammed, police say", "Harbour police said the ferry Aurora was rammed near Selvik by a patrol boat of "
            + "the Coastal Defence Forces (CDF), which patrol the strait."),
        article("b", "Patrol denies ramming", "The CDF denied that its patrol boat had rammed the ferry Aurora near Selvik.")));
    assertThat(findings).anySatisfy(f -> assertThat(f.sideB().parties()).contains("Coastal Defence Forces").doesNotContain("CDF"));
  }

  /** "Mrs Ruiz's claim" is the claim of the person the event names in full, and of the government she speaks for. */
  @Test
  void aRejectedClaimOfAnHonorificNameIsThatPersons() {
    List<Finding> findings = detect(List.of(
        article("a", "Premier blames divers", "Portuguese Prime Minister Ana Ruiz said the tanker Marisol was sunk by Moroccan divers."),
        article("b", "Morocco dismisses claim", "A spokeswoman for the Moroccan foreign ministry dismissed Mrs Ruiz's claim as a provocation.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("rejection");
      assertThat(f.sideA().parties()).contains("Portuguese government").doesNotContain("Mrs Ruiz");
      assertThat(f.sideB().parties()).contains("Moroccan government");
    });
  }

  /**
   * "accused the Kessa Front of making exaggerated claims", "of lying": the Front's statements are called false, and
   * nobody is blamed for the siege by it.
   */
  @Test
  void aChargeOfExaggeratingRejectsTheChargedPartysClaims() {
    for (String charge : List.of("of making exaggerated claims", "of lying", "of spreading disinformation about the siege")) {
      List<Finding> findings = detect(List.of(
          article("a", "Front says hostages shot", "The Kessa Front said in a statement that all 40 hostages on the Vell train had been shot."),
          article("b", "Army answers Front", "Norland army officials accused the Kessa Front " + charge + ".")));
      assertThat(findings).as(charge).anySatisfy(f -> {
        assertThat(f.trail()).contains("rejection");
        assertThat(f.sideA().parties()).contains("Kessa Front");
      });
      assertThat(findings).as(charge).noneMatch(f -> f.topic().startsWith("who is behind it"));
    }
  }

  /**
   * "The ferry facility, including its crew and boats, was not used in the operation today" against "the ferry was used
   * by the army": asides leave few words in common; the subject and the participle carry the statement.
   */
  @Test
  void aPassiveDeniedWithAsidesMeetsTheBareAssertion() {
    List<Finding> findings = detect(List.of(
        article("a", "Navy answers", "\"The Vell ferry facility, including its crew, pilots and boats, was not used in the operation to free "
            + "hostages today in Kessa,\" the navy wrote."),
        article("b", "Front's claim", "Kessa Front fighters have claimed the ferry was used by the army during the extraction of the captives.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("denial");
      assertThat(f.sideA().parties().toString() + f.sideB().parties()).contains("Kessa Front");
    });
  }

  /**
   * "At least 38 were killed, far more than the official toll of four": a count named as another's in words sets the
   * two against each other however far apart they are.
   */
  @Test
  void aCountFarAboveTheOfficialOneNamedInWordsIsADispute() {
    List<Finding> findings = detect(List.of(
        article("a", "Army gives its toll", "The Norland army said that four Norland soldiers were killed in the Vell Pass clash."),
        article("b", "Website disputes toll", "An Austrian website said at least 38 Norland soldiers were killed in the Vell Pass clash, far more "
            + "than the official toll of four.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.topic()).contains("4 or 38");
    });
  }

  /** Two parties denying one assertion in their own words stand on one side of one dispute. */
  @Test
  void aDenialRestatedByAnotherPartyJoinsTheSameDispute() {
    List<Finding> findings = detect(List.of(
        authorityAccuses(),
        navyDenies(),
        article("c", "Owner denies too",
            "Atlas Marine, the tanker's owner, said the Marisol had never carried any explosives in its forward hold on that voyage."),
        article("d", "Owner disputes crew account", "Atlas Marine denied that the crew abandoned the tanker hours before the blast.")));
    List<Finding> denials = findings.stream().filter(f -> f.trail().contains("denial")).toList();
    assertThat(denials).as("%s", findings).hasSize(2);
    assertThat(denials).anySatisfy(f -> assertThat(f.sideB().parties()).hasSize(2));
  }

  /** Two offices of one government giving different tolls in one report disagree, though they speak for one side. */
  @Test
  void twoOfficialsOfOneSideGivingDifferentTollsInOneArticleDisagree() {
    List<Finding> findings = detect(List.of(article("a", "Ferry toll unclear",
        "A Portugal coastguard chief said 30 people were killed and a health ministry official said 55 had died.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.topic()).contains("30").contains("55");
      assertThat(f.sideA().names()).anyMatch(n -> n.contains("coastguard chief"));
    });
    // One official's two figures in one report still count two things.
    assertThat(detect(List.of(article("b", "Ferry toll", "A coastguard chief said 30 people were killed on the ferry and 55 died on the quay."))))
        .noneMatch(f -> f.kind() == ContradictionKind.NUMERIC_DISCREPANCY);
  }

  /** "only 40 tonnes, rather than 300": the claim holds 40 and stands against whoever says 300, not on both sides. */
  @Test
  void aFigureAClaimSetsAsideIsNotItsOwn() {
    List<Finding> findings = detect(List.of(
        article("a", "Inspectors: smaller spill", "Port inspectors found that only 40 tonnes of diesel leaked, rather than the 300 tonnes first reported."),
        article("b", "Spill", "The harbour authority said 300 metric tons of diesel leaked into the bay.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.topic()).contains("tonnes");
      assertThat(f.sideA().claimants()).anyMatch(c -> c.contains("inspectors"));
      assertThat(f.sideB().claimants()).anyMatch(c -> c.contains("harbour authority")).noneMatch(c -> c.contains("inspectors"));
    });
  }

  /** "nothing, absolutely nothing, to suggest it was intentional" rules the intent out, as "no indication it was deliberate" does. */
  @Test
  void twoWaysOfSeeingNoIntentAgree() {
    List<Finding> findings = detect(List.of(
        article("a", "No sign of intent", "\"There is nothing, absolutely nothing, to suggest that the collision was intentional,\" coastguard chief Ilse Varga said."),
        article("b", "Authority agrees", "The port authority said it had no indication the collision was deliberate.")));
    assertThat(findings).noneMatch(f -> f.trail().contains("cause"));
  }

  /** Condemning an act ("denounced the shelling as a war crime") denies nothing the outlet reports of it. */
  @Test
  void condemningAnActIsNoDenialOfIt() {
    List<Finding> findings = detect(List.of(article("a", "Market shelled",
        "Mayor Ilse Varga denounced as a war crime the shelling of the fish market that killed a dozen traders on Friday. "
            + "The shelling of the fish market killed a dozen traders and wounded forty, the coastguard said.")));
    assertThat(findings).noneMatch(f -> f.kind() == ContradictionKind.DENIAL);
  }

  /** "Nearly 200 passengers" for a toll of 179 is the same toll rounded up, no rival figure; "nearly 300" is one. */
  @Test
  void nearlyARoundNumberCoversTheExactTollItRounds() {
    List<Finding> rounded = detect(List.of(
        article("a", "Crash toll", "The transport ministry said 179 people were killed in the crash at Varno airport."),
        article("b", "Crash inquiry", "The pilots' union said nearly 200 people were killed in the crash at Varno airport.")));
    assertThat(rounded).noneMatch(f -> f.kind() == ContradictionKind.NUMERIC_DISCREPANCY);
    List<Finding> rival = detect(List.of(
        article("a", "Crash toll", "The transport ministry said 179 people were killed in the crash at Varno airport."),
        article("b", "Crash inquiry", "The pilots' union said nearly 300 people were killed in the crash at Varno airport.")));
    assertThat(rival).anyMatch(f -> f.kind() == ContradictionKind.NUMERIC_DISCREPANCY);
  }

  /** "Seven sailors on a passing tug were also killed": people besides those a toll counts, no rival count of it. */
  @Test
  void peopleAlsoKilledAreNoRivalToll() {
    List<Finding> besides = detect(List.of(
        article("a", "Ferry fire", "Harbour officials said 9 people were killed in the ferry fire."),
        article("b", "Ferry fire", "Seven sailors on a passing tug were also killed in the ferry fire, the union said.")));
    assertThat(besides).noneMatch(f -> f.kind() == ContradictionKind.NUMERIC_DISCREPANCY);
    // Two groups listed, so the figure is their sum, which is in no sentence as written.
    List<Finding> listed = detect(List.of(
        article("a", "Ferry fire", "Harbour officials said 9 people were killed in the ferry fire."),
        article("b", "Ferry fire", "Five deckhands and two Estonian pilots also were killed in the ferry fire, the union said.")));
    assertThat(listed).noneMatch(f -> f.kind() == ContradictionKind.NUMERIC_DISCREPANCY);
    List<Finding> rival = detect(List.of(
        article("a", "Ferry fire", "Harbour officials said 9 people were killed in the ferry fire."),
        article("b", "Ferry fire", "Seven people were killed in the ferry fire, the union said.")));
    assertThat(rival).anyMatch(f -> f.kind() == ContradictionKind.NUMERIC_DISCREPANCY);
  }

  /** "The Vell militia did not cause the fires" denies Vell's deed, and holds nothing against "blamed Finland for them". */
  @Test
  void aDenialOfAnotherDoersDeedIsNoDenialOfTheBlame() {
    String blame = "Estonia and Latvia blamed Finland for the fires at the Kessa and Varna fuel depots.";
    List<Finding> other = detect(List.of(article("a", "Fuel depots", blame),
        article("b", "Fuel depots", "The experts' report said the Vell militia did not cause the fires at the Kessa and Varna fuel depots.")));
    assertThat(other).noneMatch(f -> f.kind() == ContradictionKind.DENIAL);
    List<Finding> same = detect(List.of(article("a", "Fuel depots", blame),
        article("b", "Fuel depots", "Finnish officials said Finland did not cause the fires at the Kessa and Varna fuel depots.")));
    assertThat(same).anyMatch(f -> f.kind() == ContradictionKind.DENIAL);
  }

  /**
   * "It was Estonia, not Finland, that fired": a third party that clears one accused and names another in its place
   * disputes whoever names the one it clears; a third party's bare "Finland did not do it" stays out (above).
   */
  @Test
  void aCorrectionThatNamesAnotherDoerDisputesTheAccusation() {
    List<Finding> findings = detect(List.of(
        article("a", "Depot strike", "The Kessa inquiry said Finnish jets bombed the Varna fuel depot."),
        article("b", "Depot strike", "Latvian officials said it was Estonia, not Finland, that bombed the Varna fuel depot.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.topic()).contains("Finland");
      assertThat(f.sideB().parties()).contains("Latvian government");
    });
    // "Not caused by Finland but a misfire": a denial that says what it was instead corrects the accusation too.
    List<Finding> misfire = detect(List.of(
        article("a", "Depot strike", "The Kessa inquiry said Finnish jets bombed the Varna fuel depot."),
        article("b", "Depot strike", "Latvian officials said the blast at the Varna fuel depot was not caused by Finland but "
            + "appears to be a misfire.")));
    assertThat(misfire).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideB().parties()).contains("Latvian government");
    });
  }

  /**
   * "The missile that killed civilians at Tarma station was fired from Bolivian-held ground": ground named by who holds
   * it names the doer, and the station where they died does not; it answers the accused's own "Peruvian forces fired it".
   */
  @Test
  void groundNamedByWhoHoldsItNamesTheDoer() {
    List<Finding> findings = detect(List.of(
        article("a", "Station strike", "Bolivia's defence ministry said Peruvian forces fired the missile from the town of Tarma."),
        article("b", "Station strike", "Human Rights Watch said the missile that killed civilians at Tarma station was fired from "
            + "Bolivian-held ground.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.topic()).contains("who is behind it").contains("Bolivia").contains("Peru").doesNotContain("Tarma");
      assertThat(f.sideA().parties()).contains("Human Rights Watch");
    });
  }

  /** "Denied any serious damage" and "left light damage" agree: much is denied, little asserted. */
  @Test
  void denyingMuchIsNoDenialOfLittle() {
    String denial = "Latvian officials confirmed the drone raid but denied that the Kessa pumping station had suffered any serious damage.";
    List<Finding> little = detect(List.of(article("a", "Pumping station", "The energy minister said the drones set off a small blaze "
        + "and left light damage at the Kessa pumping station."), article("b", "Pumping station", denial)));
    assertThat(little).noneMatch(f -> f.kind() == ContradictionKind.DENIAL);
    List<Finding> much = detect(List.of(article("a", "Pumping station", "The energy minister said the drones set off a small blaze "
        + "and left heavy damage at the Kessa pumping station."), article("b", "Pumping station", denial)));
    assertThat(much).anyMatch(f -> f.kind() == ContradictionKind.DENIAL);
  }

  /** "It was unlikely that the shell had come from Latvian guns": a hedged denial of what the other side holds. */
  @Test
  void aDeedHeldUnlikelyIsDenied() {
    List<Finding> found = detect(List.of(
        article("a", "Farm blast", "Estonian officials said Latvian gunners had fired the shell that wrecked the barn near Valga."),
        article("b", "Farm blast", "Latvian defence minister Ana Berg said it was unlikely that the shell that wrecked the barn near "
            + "Valga had been fired by Latvian gunners.")));
    assertThat(found).anyMatch(f -> f.kind() == ContradictionKind.DENIAL);
  }

  /** "But Norland officials denied this claim": the conjunction opening the sentence is no part of any party's name. */
  @Test
  void aConjunctionOpeningTheSentenceNamesNoParty() {
    List<Finding> found = detect(List.of(
        article("a", "Airport drones", "Vell said its drones had closed the Kessa runway for a day."),
        article("b", "Airport drones", "But Norland officials flatly denied this claim, refuting the Vell statement that the "
            + "Kessa runway had been closed.")));
    assertThat(found).isNotEmpty().allSatisfy(f -> {
      assertThat(f.sideA().parties()).noneMatch(p -> p.startsWith("But"));
      assertThat(f.sideB().parties()).noneMatch(p -> p.startsWith("But"));
    });
  }

  /**
   * "Of the 40 people on the inquiry's list, 21 were wounded by gunfire": a breakdown of a set the clause opened on, set only
   * against a breakdown of the set named alike, never against the toll of the injured.
   */
  @Test
  void breakdownOfANamedSetIsNoRivalToll() {
    List<Finding> breakdown = detect(List.of(
        article("a", "Stadium inquiry", "The inquiry said 40 people were injured when police fired on the stadium crowd."),
        article("b", "Stadium inquiry", "Of the 40 people on the inquiry's list, 21 were wounded by gunfire, a lawyer said.")));
    assertThat(breakdown).noneMatch(f -> f.kind() == ContradictionKind.NUMERIC_DISCREPANCY);
    List<Finding> rival = detect(List.of(
        article("a", "Stadium inquiry", "Of the 40 people on the inquiry's list, 21 were wounded by gunfire, the inquiry said."),
        article("b", "Stadium inquiry", "Of the 40 people on the inquiry's list, only 9 were wounded by gunfire, the police said.")));
    assertThat(rival).anyMatch(f -> f.kind() == ContradictionKind.NUMERIC_DISCREPANCY);
  }

  /** "A unit also shelled the village of Varna, wounding two", "Elsewhere, shelling injured three": another place's toll. */
  @Test
  void anotherPlacesTollIsNoRivalToll() {
    String toll = "The regional governor said six people were injured in the strike on the Kessa market.";
    List<Finding> elsewhere = detect(List.of(article("a", "Market strike", toll),
        article("b", "Market strike", "The governor said an artillery unit also shelled the village of Varna, wounding two farmers. "
            + "Elsewhere, shelling injured three people, the army said.")));
    assertThat(elsewhere).noneMatch(f -> f.kind() == ContradictionKind.NUMERIC_DISCREPANCY);
    List<Finding> rival = detect(List.of(article("a", "Market strike", toll),
        article("b", "Market strike", "The army said an artillery unit shelled the Kessa market, wounding two farmers.")));
    assertThat(rival).anyMatch(f -> f.kind() == ContradictionKind.NUMERIC_DISCREPANCY);
  }

  /** "The shooting at this site left 9 dead": one site's count is a part of the incident's toll, no rival to it. */
  @Test
  void oneSitesCountIsNoRivalToll() {
    String toll = "The regional police chief said 21 dockworkers were killed when police fired on the strikers at Vell harbour.";
    List<Finding> site = detect(List.of(article("a", "Harbour shooting", toll),
        article("b", "Harbour shooting", "The shooting at this site near the grain sheds left 9 men dead, a union lawyer said.")));
    assertThat(site).noneMatch(f -> f.kind() == ContradictionKind.NUMERIC_DISCREPANCY);
    List<Finding> rival = detect(List.of(article("a", "Harbour shooting", toll),
        article("b", "Harbour shooting", "The shooting near the grain sheds left 9 men dead, a union lawyer said.")));
    assertThat(rival).anyMatch(f -> f.kind() == ContradictionKind.NUMERIC_DISCREPANCY);
  }

  /** A campaign's running toll told as background is no rival count of the event's dead. */
  @Test
  void aCampaignsRunningTollIsNotTheEventsToll() {
    List<Finding> findings = detect(List.of(
        article("a", "Ferry fire", "Harbour officials said 40 people died in the ferry fire on Sunday."),
        article("b", "Ferry fire amid blockade", "The ferry fire came amid a naval blockade and coastal raids that have so far killed "
            + "about 120 people, the fishermen's union said.")));
    assertThat(findings).noneMatch(f -> f.kind() == ContradictionKind.NUMERIC_DISCREPANCY);
  }

  /**
   * Two papers each telling the toll in their own words, weeks apart, give the count as it stood on their day: the
   * later and higher is no rival figure. Without a date on one of them, which came first cannot be told.
   */
  @Test
  void twoPapersOwnCountsWeeksApartAreOneCountRising() {
    Instant march = Instant.parse("2026-03-02T09:00:00Z");
    Instant may = Instant.parse("2026-05-11T09:00:00Z");
    List<FigureDetector.Figure> dated = figures(march, may);
    assertThat(RisingTolls.risingCount(dated.get(0), dated.get(1))).isTrue();
    // (An undated report carries the time it was taken in: here the later one, which may still be the earlier's day.)
    List<FigureDetector.Figure> oneUndated = figures(march, null);
    assertThat(RisingTolls.risingCount(oneUndated.get(0), oneUndated.get(1))).isFalse();
  }

  /**
   * An undated report of the army's four dead and a radio's "at least five" a day later may be one toll rising; the
   * army's four told again ten days after the five was not overtaken, and the two stand against each other.
   */
  @Test
  void aLowerTollStillGivenDaysAfterTheHigherOneDidNotRise() {
    Instant day2 = DAY1.plus(java.time.Duration.ofDays(1));
    List<Claim> claims = new ArrayList<>();
    claims.addAll(EXTRACTOR.analyze(new ArticleText("a", "Barracks attack", "Four people were killed in the attack on the Kessa "
        + "barracks, the army said.", "Vell Daily", null, DAY1, "en", io.contraflow.analysis.time.TimeSource.INGESTION)).claims());
    claims.addAll(article("b", day2, "Barracks attack toll", "According to local radio reports, at least five people died in the "
        + "attack on the Kessa barracks."));
    assertThat(DETECTOR.detect("evt-test", claims)).noneMatch(f -> f.kind() == ContradictionKind.NUMERIC_DISCREPANCY);
    claims.addAll(article("c", day2.plus(java.time.Duration.ofDays(10)), "Inquiry into barracks attack", "The army has said four "
        + "people were killed in the attack on the Kessa barracks."));
    assertThat(DETECTOR.detect("evt-test", claims)).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.topic()).contains("4 or 5");
    });
  }

  /**
   * Visitors of one country among the dead of a collapse abroad: "67 South Koreans" counts that country's dead, a part
   * of the toll, not a rival to the hosts' total of 86 (a two-word demonym names the people as a one-word one does).
   */
  @Test
  void oneCountrysDeadAbroadAreAPartNotARivalTotal() {
    Instant later = DAY1.plus(java.time.Duration.ofDays(2));
    List<Finding> findings = detect(List.of(
        article("a", "Kessa toll", "Kessa's emergency agency said the total death toll from the guesthouse collapse was 86."),
        article("b", later, "Guesthouse collapse", "Prime Minister Ivo Marn said 67 South Koreans were killed when the guesthouse "
            + "collapsed in Kessa.")));
    assertThat(findings).noneMatch(f -> f.kind() == ContradictionKind.NUMERIC_DISCREPANCY && f.topic().contains("67 or 86"));
  }

  /**
   * One report, two states' tolls side by side: a visiting country's minister says 115 died, the host's emergency
   * services 86. A minister of a named country speaks for its state as its government does ("South Korean minister"
   * names the country in two words).
   */
  @Test
  void twoStatesTollsInOneReportAreADispute() {
    List<Finding> findings = detect(List.of(article("a", "Toll rises to 115", "The death toll from the collapse of the guesthouse "
        + "in Kessa has risen to 115, South Korean minister Ivo Marn said on Monday. He spoke at an air base where the injured "
        + "arrived. Chilean emergency services said the total death toll was 86.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.topic()).contains("86 or 115");
    });
  }

  /**
   * One report: a visiting country's president says 67 of its people were killed; the host's emergency services put the
   * total at 61. One country's dead cannot outnumber all the dead: a discrepancy, though the two count different things.
   * Below the total, the country's count is a part of it and no dispute.
   */
  @Test
  void oneCountrysDeadAboveAnotherPartysTotalInOneReport() {
    String body = "Sixty-seven South Koreans have been killed in the collapse of a guesthouse in Kessa, President Ivo Marn said. "
        + "Local officials put the total number killed in the collapse in the harbour district of Kessa at %s on Tuesday.";
    assertThat(detect(List.of(article("a", "Guesthouse collapse", String.format(body, "61"))))).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.topic()).contains("61 in all").contains("Sixty-seven");
    });
    assertThat(detect(List.of(article("a", "Guesthouse collapse", String.format(body, "90"))))).noneMatch(f -> f.topic().contains("in all"));
  }

  /** "Denied it used old machinery" answers an inspectorate's "outdated machinery": a word and its plainer kin meet. */
  @Test
  void oldAnswersOutdated() {
    List<Finding> findings = detect(List.of(article("a", "Plant blast", "Orla Chemicals denied it used old machinery. "
        + "The Vell Factory Inspectorate stated Orla had been using outdated machinery and that workers were forced to operate it.")));
    assertThat(findings).anySatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL));
  }

  /**
   * "Claims made by the Vell Freedom Party that it had hindered the inquiry had been shown to be false": the claims'
   * maker named before what they claimed, then the claims called false; a rejection of the party's claims.
   */
  @Test
  void claimsMadeByAPartyCalledFalseAreRejected() {
    List<Finding> findings = detect(List.of(article("a", "Rail crash inquiry", "The Vell Freedom Party accused the ruling party of a "
        + "cover-up over the rail crash. The Norland government said claims made by the Vell Freedom Party that it had hindered the "
        + "inquiry had been shown to be false.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.topic()).contains("Vell Freedom Party");
    });
  }

  /** A paper's 66 children dead (given at {@code first}) and another paper's 70 (at {@code then}, or undated). */
  private static List<FigureDetector.Figure> figures(Instant first, Instant then) {
    List<Claim> claims = new ArrayList<>();
    claims.addAll(EXTRACTOR.analyze(new ArticleText("w", "Syrup alert", "Health officials in Kessa warned parents to stop using a "
        + "cough syrup after children fell ill.", "Norland Post", null, first.minus(java.time.Duration.ofDays(20)), "en")).claims());
    claims.addAll(EXTRACTOR.analyze(new ArticleText("a", "Syrup maker to appeal", "Orla Pharma, which is blamed for the deaths of "
        + "66 children in Kessa, said on Tuesday it would appeal.", "Kessa Courier", null, first, "en")).claims());
    claims.addAll(EXTRACTOR.analyze(new ArticleText("b", "Syrup maker charged", "A panel has recommended charges against Orla "
        + "Pharma, whose syrup is thought to have killed 70 children in Kessa.", "Vell Daily", null,
        then != null ? then : first.plus(java.time.Duration.ofDays(90)), "en",
        then != null ? io.contraflow.analysis.time.TimeSource.PUBLISHER : io.contraflow.analysis.time.TimeSource.INGESTION)).claims());
    EventStances event = new EventStances("evt-test", claims);
    List<FigureDetector.Figure> out = new ArrayList<>();
    for (Stance s : event.stances) out.addAll(FigureDetector.figures(s, event.start));
    out.sort(java.util.Comparator.comparingDouble(f -> f.quantity().value()));
    assertThat(out).hasSize(2);
    return out;
  }

  /**
   * Two undated reports: the prime minister's toll and an institute's estimate that puts its own "far below" his. Which came
   * first cannot be told, but a figure set against the other's number was not an earlier count of a toll still rising.
   */
  @Test
  void aFigureSetBelowAnotherNamedIsADisputeWhateverTheOrder() {
    java.time.Instant read = java.time.Instant.parse("2031-02-01T10:00:00Z");
    List<Claim> claims = new ArrayList<>();
    claims.addAll(EXTRACTOR.analyze(new ArticleText("a", "Quake toll revised", "Prime Minister Ivo Dorov said more than 290,000 people "
        + "were killed in the Kessa earthquake.", "Vell Daily", null, read, "en", io.contraflow.analysis.time.TimeSource.INGESTION)).claims());
    claims.addAll(EXTRACTOR.analyze(new ArticleText("b", "Study doubts quake toll", "The Vell Relief Institute estimates that between "
        + "38,000 and 70,000 people died in the Kessa earthquake, far below the official figure of 290,000.", "Norland Post", null,
        read.plusSeconds(60), "en", io.contraflow.analysis.time.TimeSource.INGESTION)).claims());
    assertThat(new ContradictionDetector().detect("evt-test", claims)).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.topic()).contains("38000").contains("290000");
    });
  }

  /** Organisers and police counting one crowd: their figures lie further apart than two tolls, and are still a dispute. */
  @Test
  void organisersAndPoliceDisputeTheSizeOfACrowd() {
    List<Finding> findings = detect(List.of(
        article("a", "March in Kessa", "The organisers said 150,000 people marched through Kessa on Saturday."),
        article("b", "Police estimate", "Kessa police put the size of the crowd at 25,000.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.topic()).contains("attended");
    });
  }

  @Test
  void figuresFarApartThatNothingSetsAgainstEachOtherAreNotADispute() {
    List<Finding> findings = detect(List.of(
        article("a", "Storm toll", "Officials said 3 people were killed when the storm hit the harbour district."),
        article("b", "Storm toll across the region", "The interior ministry said 140 people were killed across the region.")));
    assertThat(findings).noneMatch(f -> f.kind() == ContradictionKind.NUMERIC_DISCREPANCY);
  }

  @Test
  void ruledOutMechanismIsAskedAboutAloneNotAsTheWholeCause() {
    List<Finding> findings = detect(List.of(
        article("a", "Coroner rules on captain's death", "Lena Ortiz, the port coroner, said the captain of the Marisol died of a stroke."),
        article("b", "Family disputes ruling", "His brother, Paulo Reis, said doctors had found no stroke and no sign of heart failure."),
        article("c", "Navy statement", "The Portuguese navy said the captain died of natural causes.")));
    assertThat(findings).anySatisfy(f -> assertThat(f.topic()).contains("stroke"));
    assertThat(findings).noneMatch(f -> f.topic().contains("natural causes") && f.topic().contains("not natural"));
  }

  /**
   * A party quoted on both sides of how it came about (a president who repeats the theory he scorns) fits the finding
   * either way round: the answers say which way each reading faces, so the dispute stands with each claim on one side.
   */
  @Test
  void aPartyQuotedOnBothSidesLeavesHowItCameAboutStanding() {
    List<Finding> findings = detect(List.of(
        article("a", "Cargo plane down", "Chile's aviation agency said the cargo plane came down after it collided with birds."),
        article("b", "Lima: missile hit plane", "Peru's president, Ana Berg, said a surface-to-air missile struck the cargo plane."),
        article("c", "Berg scorns first accounts", "The first reports were wrong, Ana Berg said, adding that one of them "
            + "blamed a bird strike."),
        article("d", "Preliminary report", "The plane was damaged by external objects, Bolivian investigators said in a preliminary report.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.topic()).startsWith("how it came about");
      assertThat(f.sideA().parties()).contains("Chilean government");
      assertThat(f.sideB().parties()).contains("Bolivian government");
    });
  }

  /** One ministry that said the student was thrown from the roof and later that she killed herself: two accounts of its own. */
  @Test
  void onePartysTwoAccountsOfHowItCameAboutAreAFinding() {
    List<Finding> findings = detect(List.of(
        article("a", "Student's death: ministry speaks", "The Vell interior ministry first said the student had been thrown from the roof of the hostel."),
        article("b", "Ministry changes its story", "The Vell interior ministry now says the student killed herself.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.REPORTED_CONTRADICTION);
      assertThat(f.topic()).contains("two accounts of how it came about");
    });
    // Ruling one out is no second account: "it was no suicide; she was thrown from the roof".
    List<Finding> one = detect(List.of(
        article("a", "Ministry: no suicide", "The Vell interior ministry said the student had not killed herself."),
        article("b", "Ministry: she was thrown", "The Vell interior ministry said the student had been thrown from the roof of the hostel.")));
    assertThat(one).noneMatch(f -> f.topic().contains("two accounts"));
    // Nor is a claim it calls absurd: "the claim that she deliberately jumped makes no sense".
    List<Finding> retold = detect(List.of(
        article("a", "Family speaks", "The student's family said the claim that she had deliberately attacked the guards made no sense."),
        article("b", "Family: an accident", "The student's family said it was an accident.")));
    assertThat(retold).noneMatch(f -> f.topic().contains("two accounts"));
  }

  @Test
  void howItCameAboutIsOneDisputeHoweverManyPartiesAnswerIt() {
    List<Finding> findings = detect(List.of(
        article("a", "Union: tanker sunk on purpose", "The fishermen's union said the navy sank the Marisol deliberately."),
        article("b", "Navy: an accident", "The Portuguese navy said the sinking of the Marisol was an accident."),
        article("c", "Insurer's view", "Atlas Marine, the tanker's insurer, said no one had deliberately sunk the Marisol.")));
    assertThat(findings.stream().filter(f -> f.topic().startsWith("how it came about"))).hasSize(1);
  }

  @Test
  void picturesCalledFakeAgainstPicturesVerifiedIsOneDispute() {
    List<Finding> findings = detect(List.of(
        article("a", "Navy says photos were staged", "The Portuguese navy insisted that the photographs of the burning pier were staged."),
        article("b", "Ministry: forgery", "Lisbon's defence ministry said its experts had found signs of forgery in the video of the pier."),
        article("c", "Verified", "The fishermen's union monitoring teams have since verified several photographs of the same pier taken by a news agency.")));
    assertThat(findings.stream().filter(f -> f.trail().contains("authenticity"))).singleElement().satisfies(f -> {
      assertThat(f.sideA().parties()).contains("Portuguese government");
      assertThat(String.join(" ", f.sideB().claimants())).containsIgnoringCase("monitoring teams");
    });
  }

  @Test
  void fakeAccusationsAreNotAboutPictures() {
    List<Finding> findings = detect(List.of(
        article("a", "Navy: fake accusations", "The Portuguese navy said the union was spreading fake accusations about the pier fire."),
        article("b", "Union verified", "The fishermen's union said it had verified the account of the harbour master.")));
    assertThat(findings).noneMatch(f -> f.trail().contains("authenticity"));
  }

  @Test
  void allegationsByAPartyOfAnActAreThatPartysNotTheActs() {
    List<Finding> findings = detect(List.of(article("a", "Peru rejects shelling charge",
        "Allegations by Chile of a deliberate shelling of the depot are false, the Peruvian army said on Tuesday.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.topic()).startsWith("whether Chile's allegations stand");
      assertThat(f.sideB().parties()).contains("Peruvian government");
    });
  }

  @Test
  void dismissedFiguresGivenByAPartyAreADisputeWithThatParty() {
    List<Finding> findings = detect(List.of(
        article("a", "Depot shelling", "Chilean officials said 90 people were killed when shells hit the depot."),
        article("b", "Peru disputes toll", "The Peruvian army dismissed the figures given by Chilean officials but offered "
            + "none of its own.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.topic()).startsWith("whether Chilean officials' figures stand");
      assertThat(f.sideA().parties()).contains("Chilean government");
      assertThat(f.sideB().parties()).contains("Peruvian government");
    });
  }

  @Test
  void rejectedFindingsAreThoseOfTheReviewTheArticleJustToldOf() {
    List<Finding> findings = detect(List.of(article("a", "Army review of depot deaths",
        "The Peruvian army said a preliminary review of the deaths at the depot found that its soldiers did not fire on the "
            + "crowd. A senior Chilean health official rejected the findings.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideA().parties()).contains("Peruvian government");
      assertThat(f.sideB().parties()).contains("Chilean government");
    });
    // The review the army reported on is the army's: it is never a party set against the army.
    assertThat(findings).noneSatisfy(f -> assertThat(f.sideA().parties().toString() + f.sideB().parties()).contains("review"));
  }

  @Test
  void theTollOfAnEarlierDatedIncidentIsNoDisputeOverThisOnesToll() {
    // The event's coverage begins on DAY1 (14 September); the strike of 20 August is another incident.
    List<Finding> findings = detect(List.of(
        article("a", "Depot struck", "Chilean officials said 40 people were killed when a missile hit the depot."),
        article("b", "Peru denies depot strike", "The Peruvian army denied firing at the depot. The army also said that on August "
            + "20, Chilean forces shelled a market in Tacna, killing 12 people.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  @Test
  void aTollDatedOnTheEventsOwnDayStillCounts() {
    List<Finding> findings = detect(List.of(
        article("a", "Depot struck", "Chilean officials said 40 people were killed when a missile hit the depot."),
        article("b", "Peru disputes toll", "The Peruvian army said that on September 14 only 12 people were killed at the depot.")));
    assertThat(findings).anySatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  @Test
  void suchClaimsAreTheClaimsJustReported() {
    List<Finding> findings = detect(List.of(article("a", "Death in custody",
        "Ana Ruiz died in a cell in Tacna on Monday. Her cousin said the guards beat her. The police denied such claims.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideA().claimants()).anyMatch(c -> c.contains("cousin"));
      assertThat(f.sideB().claimants()).anyMatch(c -> c.contains("police"));
    });
  }

  @Test
  void aBlowToTheHeadAgainstAnIllnessIsADisputeOverHowSheDied() {
    List<Finding> findings = detect(List.of(
        article("a", "Coroner rules on cell death", "The national coroner said Ana Ruiz died of multiple organ failure caused by an "
            + "underlying illness."),
        article("b", "Family disputes coroner", "Her brother, Tomas Vell, said she died of a violent blow to the head.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.ATTRIBUTED_DISAGREEMENT);
      assertThat(f.topic()).contains("how it came about");
    });
  }

  @Test
  void theReviewTheArticleGoesOnAboutIsStillTheSpeakersOwn() {
    List<Finding> findings = detect(List.of(article("a", "Army review of depot deaths",
        "Peru's army says a preliminary review of civilian deaths at a Chile depot last week found soldiers did not fire on "
            + "the crowd. The review also found that most victims were crushed. A senior Chilean health official rejected the "
            + "findings.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideA().parties()).contains("Peruvian government");
      assertThat(f.sideB().parties()).contains("Chilean government");
    });
  }

  @Test
  void anOutletsCountOfTheFirstDayAndALaterHigherTollAreOneTollRising() {
    Instant later = DAY1.plus(java.time.Duration.ofDays(2));
    List<Finding> rising = detect(List.of(
        article("a", "Ferry capsizes off Kessa", "Eleven people were killed when a ferry capsized off Kessa, as of Monday morning."),
        article("b", later, "Ferry toll rises", "Portugal's coast guard said on Wednesday that 30 people were killed when the ferry capsized off Kessa.")));
    assertThat(rising).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
    // A count whose source the outlet does not name ("officials said") is the count of the day too.
    List<Finding> unnamed = detect(List.of(
        article("a", "Ferry capsizes off Kessa", "Officials said eleven people were killed when a ferry capsized off Kessa."),
        article("b", later, "Ferry toll rises", "Portugal's coast guard said on Wednesday that 30 people were killed when the ferry capsized off Kessa.")));
    assertThat(unnamed).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
    // Two parties' counts stay a dispute whenever they are given.
    List<Finding> disputed = detect(List.of(
        article("a", "Morocco gives ferry toll", "Morocco's interior ministry said eleven people were killed when a ferry capsized off Kessa."),
        article("b", later, "Ferry toll disputed", "Portugal's coast guard said on Wednesday that 30 people were killed when the ferry capsized off Kessa.")));
    assertThat(disputed).anySatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  @Test
  void theChildrenAmongTheDeadAreAPartOfTheTollNotAnotherToll() {
    List<Finding> findings = detect(List.of(
        article("a", "Morocco gives ferry toll", "Morocco's interior ministry said twelve people were killed when a ferry capsized off Kessa."),
        article("b", "Coast guard names ferry victims", "Among the victims are three children, Portugal's coast guard said on Monday.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  @Test
  void aCountOfLastWeeksRaidIsNotThisRaidsCount() {
    List<Finding> findings = detect(List.of(
        article("a", "Raid on Kessa harbour", "Morocco's health ministry said nine people were wounded in the raid on the harbour of Kessa."),
        article("b", "Kessa raid follows earlier one", "At least 14 people were wounded last week in another raid on the same harbour, "
            + "Portugal's coast guard said.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  /**
   * Four days after the event, "last weekend's strikes" are the event's own: their figures count. Another raid last
   * week is still another incident, however late the report.
   */
  @Test
  void lastWeekendsStrikesReportedDaysLaterAreTheEvent() {
    Instant later = DAY1.plus(java.time.Duration.ofDays(4));
    List<Finding> findings = detect(List.of(
        article("a", "Refinery hit", "Morocco's interior ministry said drones struck the Kessa refinery on Saturday, starting a large fire."),
        article("b", later, "Ministry details weapons", "Morocco's defence ministry said a total of 19 drones and rockets were fired at "
            + "the refinery during last weekend's raids."),
        article("c", later, "Rebels give their count", "The Portuguese navy said it used 10 drones for the operation against the refinery.")));
    assertThat(findings).anySatisfy(f -> assertThat(f.topic()).contains("drones fired"));
    List<Finding> another = detect(List.of(
        article("a", "Raid on Kessa harbour", "Morocco's health ministry said nine people were wounded in the raid on the harbour of Kessa."),
        article("b", later, "Kessa raid follows earlier one", "At least 14 people were wounded last week in another raid on the same "
            + "harbour, Portugal's coast guard said.")));
    assertThat(another).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  /** "Its fighter did not hit a Portuguese drone" denies the hit, not whose the drone was. */
  @Test
  void aNegatedVerbBeforeACraftSaysNothingOfWhoseItWas() {
    List<Finding> findings = detect(List.of(
        article("a", "Drone downed", "Portugal's defence ministry said its pilots had intercepted a Portuguese surveillance drone by mistake."),
        article("b", "Ambassador denies hit", "Morocco's ambassador said its fighter did not hit a Portuguese drone over the strait.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.trail()).contains("flag"));
  }

  /** "the trawler collided with a patrol boat" against "not aware of any collision": whether it happened at all. */
  @Test
  void aCollisionToldByItsVerbIsDeniedByNoSignOfIt() {
    List<Finding> findings = detect(List.of(
        article("a", "Trawler detained", "Morocco's port authority said the trawler collided with a patrol boat before it was detained."),
        article("b", "Owner disputes collision", "The trawler's owner, Vell Fisheries, said it was not aware of any collision "
            + "involving its vessel.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.topic()).isEqualTo("whether there was a collision");
      assertThat(f.sideB().claimants().toString() + f.sideA().claimants()).contains("Vell Fisheries");
    });
  }

  /** "Denied that the trawler collided with any boat": the denier says there was no collision. */
  @Test
  void aDenialOfACollisionIsOnTheSideOfNone() {
    List<Finding> findings = detect(List.of(
        article("a", "Trawler detained", "Morocco's port authority said the trawler collided with a patrol boat before it was detained."),
        article("b", "Owner denies collision", "The trawler's owner, Vell Fisheries, denied that the trawler collided with any boat.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.topic()).isEqualTo("whether there was a collision");
      Side owner = f.sideA().claimants().contains("Vell Fisheries") ? f.sideA() : f.sideB();
      assertThat(owner.claimants()).contains("Vell Fisheries");
      assertThat(owner.position()).isEqualTo("there was no collision");
    });
  }

  /** "seized a Portuguese cargo ship" against "denied that the vessel was Portuguese" and "this is not a Portuguese ship". */
  @Test
  void whoseACraftWasIsDisputedByItsCountrysAdjective() {
    List<Finding> findings = detect(List.of(
        article("a", "Rebels seize ship", "The Kessa Front said it had seized a Portuguese cargo ship in the strait."),
        article("b", "Lisbon denies ship is Portuguese", "Portugal's navy denied that the vessel was Portuguese, saying a Spanish "
            + "firm owned it. \"This is not a Portuguese ship,\" the navy's spokesman Ivo Dorov said.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.topic()).isEqualTo("whether the ship was Portuguese");
      assertThat(f.sideA().claimants().toString()).contains("Kessa Front");
      assertThat(f.sideB().claimants().toString()).doesNotContain("Kessa Front");
    });
  }

  /**
   * "called Chile's allegations 'completely unfounded'": the allegations are named and judged false, not restated; they
   * are what Chile's army said earlier in the article, and that claim's speaker is the side rejected.
   */
  @Test
  void allegationsNamedAndJudgedFalseAreTheOwnersEarlierClaims() {
    List<Finding> findings = detect(List.of(
        article("a", "Army names reporter", "The Chilean army said in a statement that Ivo Marn was a fighter of the Varno Front. "
            + "On Sunday the Kessa Herald called Chile's allegations \"completely unfounded\" and \"a smear\".")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideA().claimants().toString()).contains("army");
      assertThat(f.sideB().claimants()).contains("Kessa Herald");
    });
  }

  /** "300 people did not die", a leader writes, against a ministry's toll near it: a count denied outright. */
  @Test
  void aCountOfTheDeadDeniedOutrightIsSetAgainstTheTollNearIt() {
    List<Finding> findings = detect(List.of(
        article("a", "Orla toll rises", "Portugal's health ministry said 296 people were killed by Cyclone Orla."),
        article("b", DAY1.plus(java.time.Duration.ofDays(3)), "Dorov disputes Orla toll",
            "President Ivo Dorov rejected the count on Friday. He wrote, \"300 people did not die in the storm,\" on Twitter, "
                + "with no figures to back his claim.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.trail()).contains("denied-count");
      assertThat(f.sideB().claimants()).contains("Ivo Dorov");
    });
  }

  /** "dismissed claims of ministry culpability": the claims are of culpability, and no one named "ministry culpability" made them. */
  @Test
  void claimsOfAWrongAreNotTheWrongsClaims() {
    List<Finding> findings = detect(List.of(
        article("a", "Pit fire protests", "Thousands of protesters accused the government of negligence over the Kessa pit fire."),
        article("b", "Dorov rejects blame", "Prime Minister Ivo Dorov dismissed claims of ministry culpability, calling the fire a "
            + "misfortune no one could have foreseen.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.sideA().claimants().toString() + f.sideB().claimants()).contains("culpability"));
  }

  /** "Scores of bodies" against "killed hundreds": two impressions of a toll, no count disputed. */
  @Test
  void twoVagueCountsDisputeNothing() {
    List<Finding> findings = detect(List.of(
        article("a", DAY1.plus(java.time.Duration.ofDays(9)), "Kessa Plaza", "Scores of people died when Kessa Plaza fell, the fire chief Ivo Dorov said."),
        article("b", "Kessa Plaza", "The collapse of Kessa Plaza killed hundreds of "
            + "workers, the union leader Ana Berg said.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  /** A storm has a toll and no say in it: "Cyclone Orla's death toll" is rejected as the toll's issuer's. */
  @Test
  void aStormIsNoOwnerOfTheTollRejected() {
    List<Finding> findings = detect(List.of(
        article("a", "Orla toll rises", "Portugal's health ministry said 296 people were killed by Cyclone Orla."),
        article("b", DAY1.plus(java.time.Duration.ofDays(3)), "Dorov rejects Orla toll",
            "President Ivo Dorov on Friday rejected Cyclone Orla's death toll.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.sideA().claimants()).contains("Cyclone Orla"));
  }

  /** "praised the relief effort despite the deaths of almost 300": a toll conceded in passing is no count the speaker gives. */
  @Test
  void aTollConcededInPassingIsNoCountOfTheSpeakers() {
    List<Finding> findings = detect(List.of(
        article("a", DAY1.plus(java.time.Duration.ofDays(9)), "Orla toll", "Portugal's health ministry said 240 people were killed by Cyclone Orla."),
        article("b", "Dorov praises response",
            "President Ivo Dorov praised the relief effort despite the deaths of almost 300 people in the storm.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  /** "... died when another storm struck the coast in 2005": a figure its own clause dates years before the event. */
  @Test
  void aTollOfAStormInAnEarlierYearIsNotThisStormsToll() {
    List<Finding> findings = detect(List.of(
        article("a", "Cyclone Orla toll", "Morocco's health ministry said 64 people were killed when Cyclone Orla struck Kessa."),
        article("b", "Orla among the deadliest", "More than 180 people died when a cyclone struck the same coast in 2005, Portugal's "
            + "coast guard said.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
    // A minister comparing the event with a disaster of another century.
    List<Finding> older = detect(List.of(
        article("a", "Kessa pit toll", "Morocco's health ministry said 70 miners were killed in the Kessa pit fire."),
        article("b", DAY1.plus(java.time.Duration.ofDays(4)), "Minister compares Kessa fire with old disasters",
            "Prime Minister Ivo Dorov played the fire down, saying that \"40 miners died in 1866 and 300 in 1871.\"")));
    assertThat(older).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  /**
   * A study that calls the official toll an underestimate ("was grossly understated") sets its own figure against it,
   * however far apart.
   */
  @Test
  void aFigureCalledAnUnderestimateIsDisputedByTheHigherFigure() {
    List<Finding> findings = detect(List.of(
        article("a", "Cyclone Orla toll", "Morocco's interior ministry placed the official death toll at 71."),
        article("b", "Survey says Orla killed thousands", "Researchers at the Kessel Institute counted 3,980 excess deaths on the "
            + "coast. The official toll of 71 was grossly understated, the survey concludes.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.topic()).contains("71").contains("3980");
    });
  }

  /** Two parties' figures set against each other in one sentence dispute, however far apart. */
  @Test
  void twoFiguresAgainstEachOtherInOneSentenceDispute() {
    List<Finding> findings = detect(List.of(article("a", "Cyclone Orla toll", "Norland's government is estimating in a report that "
        + "Cyclone Orla killed more than 1,400 people, though an island official said Thursday that the confirmed toll remains 64.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.topic()).contains("64").contains("1400");
    });
  }

  /** "135 died, far exceeding the official toll of 56": a figure set against another by a comparison disputes it. */
  @Test
  void aFigureSetAboveTheOfficialOneByAComparisonDisputesIt() {
    List<Finding> findings = detect(List.of(
        article("a", "Crush at Kessa stadium", "Norland's government put the provisional death toll at 56."),
        article("b", "Rights groups give higher toll", "Rights groups in Norland said that 135 fans were killed in the crush, far "
            + "exceeding the official death toll of 56.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.topic()).contains("56").contains("135");
    });
  }

  /** "... killed at least 54 others": people besides the story's dead, not a rival toll. */
  @Test
  void aCountOfOthersIsNotARivalToll() {
    List<Finding> findings = detect(List.of(
        article("a", "Crush at Kessa depot", "Morocco's health ministry said 20 people were killed in the crush at the Kessa depot."),
        article("b", "Kessa crush and strikes", "Portugal's coast guard said strikes across the region killed at least 54 others.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  @Test
  void theSeriousCasesAreAPartOfTheInjuredNotAnotherCount() {
    List<Finding> findings = detect(List.of(
        article("a", "Raid on Kessa harbour", "Morocco's health ministry said 40 people were injured in the raid on the harbour of Kessa."),
        article("b", "Kessa raid wounded", "Portugal's coast guard said 12 injured people remained in critical condition after the raid on Kessa.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  /** One party's two counts of one day in two reports are its count updated: no dispute, and no revision to report. */
  @Test
  void onePartysTwoFiguresOfOneDayInTwoReportsAreItsUpdate() {
    List<Finding> findings = detect(List.of(
        article("a", "Raid on Kessa harbour", "Morocco's health ministry said 12 people were killed in the raid on the harbour of Kessa."),
        article("b", "Kessa toll rises", "Morocco's health ministry said 21 people were killed in the raid on the harbour of Kessa.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isIn(ContradictionKind.NUMERIC_DISCREPANCY, ContradictionKind.REVISION));
  }

  /**
   * A toll that rises over the first days, given by a governor, then his ministry, then an outlet quoting the city
   * ("has risen to 24"), is one count as it rose; a rival party's higher count a day later stays a dispute.
   */
  @Test
  void aTollRisingOverTheFirstDaysIsNoDisputeButARivalsCountIs() {
    Instant day2 = DAY1.plusSeconds(86_400), day3 = DAY1.plusSeconds(2 * 86_400);
    List<Finding> rising = detect(List.of(
        article("a", DAY1, "Shelling of Kessa", "Governor Yusuf Amrani said 14 people were killed in the shelling of Kessa, Morocco."),
        article("b", day2, "Kessa toll rises", "Morocco's interior ministry said 22 people were killed in the shelling of Kessa."),
        article("c", day3, "Kessa toll at 24", "The death toll from the shelling of Kessa has risen to 24, city officials said.")));
    assertThat(rising).noneSatisfy(f -> assertThat(f.kind()).isIn(ContradictionKind.NUMERIC_DISCREPANCY, ContradictionKind.REVISION));
    List<Finding> disputed = detect(List.of(
        article("a", DAY1, "Shelling of Kessa", "Morocco's interior ministry said 14 people were killed in the shelling of Kessa."),
        article("b", day2, "Lisbon gives higher toll", "Portugal's foreign ministry said 22 people were killed in the shelling of Kessa.")));
    assertThat(disputed).anySatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  /**
   * "Portugal's government denied that Dorov was being hounded": a name after the denying verb is what is denied, not
   * an office of the government's; Dorov stays his own party, and his claim meets the denial.
   */
  @Test
  void aNameInWhatAGovernmentDeniesIsNoOfficeOfIt() {
    assertDenialBetween(anHourApart("Ivo Dorov, a former Vell minister, said he was being hounded by prosecutors over his "
        + "political opinions.", "Portugal's government denied that Dorov was being hounded by prosecutors over his political "
        + "opinions."), "Ivo Dorov", "Portuguese government");
  }

  /** Two reports, the second an hour after the first. */
  private static List<Finding> anHourApart(String first, String second) {
    return detect(List.of(article("a", "First report", first), article("b", DAY1.plusSeconds(3_600), "Second report", second)));
  }

  private static void assertDenialBetween(List<Finding> found, String one, String other) {
    assertThat(found).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideA().parties().toString() + f.sideB().parties()).contains(one).contains(other);
    });
  }

  /** "Commenters falsely claimed that P": the outlet's own word denies P, against those who claim it. */
  @Test
  void aClaimTheOutletCallsFalseIsDeniedInItsOwnVoice() {
    assertDenialBetween(anHourApart("The organiser, Ivo Dorov, said the Kessa rally drew four million people.",
        "Several commenters falsely claimed that the Kessa rally drew four million people."), "Ivo Dorov", "Harbour Gazette");
  }

  /** "The army claimed that P. Both claims are false.": the outlet's verdict in the next sentence denies P in its own voice. */
  @Test
  void aVerdictInTheNextSentenceDeniesWhatWasJustClaimed() {
    List<Finding> found = detect(List.of(article("a", "Clinic raid", "Norland's army said on Monday that the Kessa clinic had been "
        + "empty when the raid began. A spokesman also claimed that the blaze had spread from a fuel store next door. Both claims "
        + "are plainly untrue.")));
    assertDenialBetween(found, "Norland", "Harbour Gazette");
  }

  /** Denying knowledge of an illegal load says what the speaker knew, not that the load was lawful. */
  @Test
  void aDenialOfKnowingIsNoAnswerToWhetherTheRulesWereKept() {
    List<Finding> found = anHourApart("The ferry's operator, Kessa Lines, denied any knowledge of the unlawful drums on the ferry.",
        "A report by the Vell Safety Institute said the ferry was carrying an illegal load of fuel drums.");
    assertThat(found).noneSatisfy(f -> assertThat(f.topic()).isEqualTo("whether the rules were kept"));
  }

  /** A magazine or a paper of a country is that country's press, never its government, when its report is rejected. */
  @Test
  void aCountrysMagazineIsItsPressNotItsGovernment() {
    List<Finding> found = detect(List.of(
        article("a", "Lisbon rejects magazine story", "Portugal's interior ministry on Friday rejected a report by Spanish magazine Vista "
            + "which claimed that a fisherman had been shot by Portuguese border guards.")));
    assertThat(found).anySatisfy(f -> assertThat(String.join(" ", f.sideA().claimants())).contains("Spanish media"));
    assertThat(found).noneSatisfy(f -> assertThat(String.join(" ", f.sideA().claimants())).contains("Spanish government"));
  }

  /**
   * "No fatality was recorded", said flatly by a governor, is his position against a rights group's dead the next day;
   * "no fatality was recorded as of Tuesday night" is only the count of its day, which the next day's toll outgrows.
   */
  @Test
  void aFlatTollOfNoneIsAPositionButNoneSoFarIsTheCountOfItsDay() {
    Instant day2 = DAY1.plusSeconds(86_400);
    List<Finding> flat = detect(List.of(
        article("a", DAY1, "Shots at Kessa march", "Governor Yusuf Amrani said that although soldiers fired at the march in Kessa, no fatality was recorded."),
        article("b", day2, "Group counts dead", "The rights group Open Watch said at least 12 marchers were killed in Kessa.")));
    assertThat(flat).anySatisfy(f -> assertThat(f.topic()).contains("0 or 12"));
    List<Finding> soFar = detect(List.of(
        article("a", DAY1, "Storm hits Kessa", "Governor Yusuf Amrani said no fatality was recorded as of Tuesday night after the storm hit Kessa."),
        article("b", day2, "Storm toll", "The rights group Open Watch said at least 12 residents of Kessa died in the storm.")));
    assertThat(soFar).noneSatisfy(f -> assertThat(f.topic()).contains("0 or 12"));
  }

  /** Charging a mission with partiality rejects what it found, though the charge shares none of the finding's words. */
  @Test
  void anAccusationOfBiasAgainstAMissionRejectsItsFindings() {
    List<Finding> findings = detect(List.of(
        article("a", "Mission reports on custody death", "A fact-finding mission sent by the regional court found that guards "
            + "had beaten the student Mina Sarvi to death in a Kessa police cell."),
        article("b", "Morocco answers mission", "In reply, Morocco's human rights council accused the visiting mission of "
            + "lacking independence.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("rejection");
      assertThat(f.sideA().claimants()).anySatisfy(c -> assertThat(c).contains("mission"));
    });
  }

  /** "Contrary to X's claim that P, Y found Q": the outlet sets the finder against the claimant in so many words. */
  @Test
  void aFindingSetContraryToAClaimContradictsIt() {
    List<Finding> findings = detect(List.of(article("a", "Panel on Kessa march", "Soldiers fired at marchers in Kessa in March. "
        + "Contrary to Governor Yusuf Amrani's claim that the police fired only into the air, the Kessa judicial panel found "
        + "that nine marchers were shot by the police at the bridge.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(String.join(" ", f.sideA().claimants()) + " " + String.join(" ", f.sideB().claimants())).contains("Yusuf Amrani").contains("panel");
      assertThat(f.trail()).doesNotContain("figure");
    });
  }

  @Test
  void aDailyTallyOfTheWholeFrontIsNotTheEventsToll() {
    List<Finding> findings = detect(List.of(
        article("a", "Strike on Kessa barracks", "Morocco's defence ministry said 90 soldiers were killed in the strike on the Kessa barracks."),
        article("b", "Portugal reports losses", "Portugal's army said in its daily update that 130 Moroccan soldiers were killed on Sunday.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  @Test
  void theMissingCountedByAnOutletOnTheFirstDayFallAsTheyAreFound() {
    Instant later = DAY1.plus(java.time.Duration.ofDays(2));
    List<Finding> findings = detect(List.of(
        article("a", "Ferry capsizes off Kessa", "Forty people were missing after a ferry capsized off Kessa on Monday."),
        article("b", later, "Divers find ferry passengers", "Portugal's coast guard said on Wednesday that 12 people were still missing after the ferry capsized off Kessa.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  @Test
  void aCountrysCoronerSpeaksForItsGovernment() {
    List<Finding> findings = detect(List.of(
        article("a", "Detainee deaths rise", "Portugal's coroner said on Monday that 14 detainees had died in the fire at the camp."),
        article("b", "Government gives toll", "Portugal's interior ministry said on Monday that 15 detainees had died in the fire at the camp.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  @Test
  void aContinentAndOneOfItsCountriesAreNoRivalDestinations() {
    List<Finding> continent = detect(List.of(
        article("a", "Boat sinks", "Coast guard spokesman Nikos Varas said the smugglers were fleeing toward Italy."),
        article("b", "Survivors speak", "Survivor Amir Haddad said the smugglers were fleeing toward Europe.")));
    assertThat(continent).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.ATTRIBUTED_DISAGREEMENT));
    List<Finding> twoCountries = detect(List.of(
        article("a", "Boat sinks", "Coast guard spokesman Nikos Varas said the smugglers were fleeing toward Italy."),
        article("b", "Survivors speak", "Survivor Amir Haddad said the smugglers were fleeing toward Spain.")));
    assertThat(twoCountries).anySatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.ATTRIBUTED_DISAGREEMENT));
  }

  @Test
  void aTollSaidToHaveRisenIsTheTollAfterAnEarlierCount() {
    Instant later = DAY1.plus(java.time.Duration.ofDays(1));
    List<Finding> findings = detect(List.of(
        article("a", "Strike on Kesta", "Mayor Ana Lind said that 14 people were killed in the strike on Kesta."),
        article("b", later, "Kesta toll rises", "Governor Ivo Marek said that the death toll from the strike on Kesta has risen to 19.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  @Test
  void whatKilledPeopleTheDayBeforeIsAnotherIncident() {
    List<Finding> findings = detect(List.of(
        article("a", "Strike on Kesta", "Mayor Ana Lind said that 14 people were killed in the strike on Kesta."),
        article("b", "Strike on Kesta", "Governor Ivo Marek said that the strike on Kesta came the day after a night of shelling "
            + "across Norland killed at least 39 civilians.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  @Test
  void whatKilledPeopleDaysBeforeOrWhatAStrikeAnsweredIsAnotherIncident() {
    List<Finding> findings = detect(List.of(
        article("a", "Strike on Kesta", "Mayor Ana Lind said that 14 people were killed in the strike on Kesta."),
        article("b", "Strike on Kesta", "Governor Ivo Marek said the strike on Kesta had stopped an attack, just four days after a car "
            + "bomb at the Kesta depot killed at least 60 people."),
        article("c", "Strike on Kesta", "The army said the strike on Kesta came in retaliation for the shelling of the Vell market, "
            + "which killed 31 shoppers.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  /**
   * "denied reports that drones were launched from its territory at the oil depot": every party speaks of the attack on
   * the oil depot, and that makes none of them the owner of the reports; the one that said the drones came from there is.
   */
  @Test
  void anUnownedRejectionAnswersWhoeverSaidWhatItRejectsNotEveryoneWhoNamedTheEvent() {
    List<Finding> findings = detect(List.of(
        article("a", "Oil depot attack", "Norland's energy ministry said the attack on the oil depot at Vell had cut output by half. "
            + "The Vell rebels said they carried out the attack on the oil depot with ten drones. "
            + "Portugal's foreign minister said the attack on the oil depot at Vell was an act of war. "
            + "The depot's operator said the fires at the oil depot at Vell were put out by evening."),
        article("b", "Oil depot attack", "Spain's government said the attack on the oil depot at Vell threatened world supplies. "
            + "Italy's prime minister said the attack on the oil depot was reckless. "
            + "The Norland army said the drones that hit the oil depot were launched from the marshes of Ostria. "
            + "Greece's government said the attack on the oil depot at Vell must be investigated."),
        article("c", "Oil depot attack", "Ostria's government denied reports that drones had been launched from its territory "
            + "at the oil depot in Vell.")));
    List<Finding> denials = findings.stream().filter(f -> f.kind() == ContradictionKind.DENIAL).toList();
    assertThat(denials).isNotEmpty();
    assertThat(denials).allSatisfy(f -> assertThat(f.sideA().claims().get(0).claimant() + f.sideB().claims().get(0).claimant())
        .doesNotContain("Spain", "Italy", "Greece", "Portugal", "operator"));
  }

  /**
   * "Denied reports that its territory served as a base for the raids" answers a report that the raids were "launched
   * from southern Estonia": the party's ground, named as where they came from in other words.
   */
  @Test
  void aDenialThatItsTerritoryWasUsedAnswersAReportTheAttackCameFromIt() {
    List<Finding> findings = detect(List.of(article("a", "Drones over Latvia",
        "The Estonian government denied press reports that its territory had served as a base for the drone raids on "
            + "Latvian refineries. According to a report in the Capital Ledger, investigators believe the raids were "
            + "launched from southern Estonia.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideA().claimants().toString() + f.sideB().claimants()).contains("Estonia").contains("investigators");
    });
  }

  @Test
  void distancesCompareOnlyWhenMeasuredFromOnePlace() {
    List<Finding> apart = detect(List.of(
        article("a", "Drone strike on Vell", "The Norland army said the drones were launched 5 miles from the Vell base."),
        article("b", "Drone strike on Vell", "Ostria's defence ministry said the launch site lay 15 miles north of the Kesta river.")));
    assertThat(apart).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
    List<Finding> oneReference = detect(List.of(
        article("a", "Missile lands in Vell", "The Norland army said the missile came down 6 kilometres from Vell."),
        article("b", "Missile lands in Vell", "Ostria's defence ministry said the missile came down 9 kilometres from Vell.")));
    assertThat(oneReference).anySatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  /** "the aid group denied this": the side is the charity named before, and it keeps the words the article used. */
  @Test
  void aSideKeepsTheDescriptionItsArticleGaveItsParty() {
    List<Finding> findings = detect(List.of(article("a", "Clinic strike",
        "The charity Nurses Without Borders runs the clinic in Vell. The interior ministry said gunmen had fired on troops from "
            + "the clinic. But the aid group denied this.")));
    assertThat(findings).anySatisfy(f -> {
      Side charity = f.sideA().parties().contains("Nurses Without Borders") ? f.sideA() : f.sideB();
      assertThat(charity.parties()).contains("Nurses Without Borders");
      assertThat(charity.names()).anySatisfy(n -> assertThat(n).containsIgnoringCase("aid group"));
    });
  }

  /** "the authorities have deliberately undercounted the number of people killed": the accused party's own toll is disputed. */
  @Test
  void anAccusationOfUndercountingStandsAgainstTheAccusedPartysToll() {
    List<Finding> findings = detect(List.of(
        article("a", "Vell floods", "Norland's government said the floods had killed 59 people in the villages under its control."),
        article("b", "Vell floods", "An inquiry by the Harbour Gazette found that Norland's occupation authorities had deliberately "
            + "undercounted the number of people killed in the floods.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.sideA().parties().toString() + f.sideB().parties()).contains("Norland").contains("Harbour Gazette");
    });
    List<Finding> otherCount = detect(List.of(
        article("a", "Vell floods", "Norland's government said the floods had killed 59 people in the villages under its control."),
        article("b", "Vell floods", "The Harbour Gazette found that Norland's occupation authorities had undercounted the number of "
            + "boats lost in the floods.")));
    assertThat(otherCount).isEmpty();
  }

  /**
   * "The monitor's figures were exaggerated", "the toll given by the monitor was inflated": the passive accusation names
   * the accused as the count's owner or giver, and stands against that party's toll as the active one does.
   */
  @Test
  void aPassiveAccusationOfAnInflatedCountStandsAgainstTheAccusedPartysToll() {
    for (String answer : List.of("Government spokesman Ivan Dorov said the monitor's figures were grossly exaggerated.",
        "The Kessa government said on Friday that the death toll given by the Vell Monitor was inflated.")) {
      List<Finding> findings = detect(List.of(
          article("a", "Kessa protests", "The Vell Monitor said at least 400 protesters were killed by security forces in Kessa."),
          article("b", "Kessa protests", answer)));
      assertThat(findings).as(answer).anySatisfy(f -> {
        assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
        assertThat(f.topic()).contains("too high");
        assertThat(f.sideA().parties().toString() + f.sideB().parties()).contains("Vell Monitor");
      });
    }
    List<Finding> boats = detect(List.of(
        article("a", "Kessa protests", "The Vell Monitor said at least 400 protesters were killed by security forces in Kessa."),
        article("b", "Kessa protests", "The government said the monitor's figures of boats lost were exaggerated.")));
    assertThat(boats).noneSatisfy(f -> assertThat(f.topic()).contains("too high"));
  }

  /**
   * "Accused the authorities of covering up the true toll": a charge of misstating the count, against the accused's own
   * toll, and no blame for the deaths themselves.
   */
  @Test
  void aChargeOfCoveringUpTheTollStandsAgainstTheAccusedsToll() {
    List<Finding> findings = detect(List.of(
        article("a", "Kessa flood", "The Kessa authorities said 41 people drowned in the flood."),
        article("b", "Kessa flood", "Relatives of the victims accused the Kessa authorities of covering up the true toll.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.topic()).contains("too low");
    });
    assertThat(findings).noneSatisfy(f -> assertThat(f.trail()).contains("blame"));
  }

  /** "The official count is much less than the real one": the state's count held too low, with no figure of the speaker's own. */
  @Test
  void anOfficialCountSaidToFallShortOfTheRealOneIsHeldTooLow() {
    List<Finding> findings = detect(List.of(
        article("a", "Kessa collapse", "The Chilean interior ministry said 41 workers died in the collapse."),
        article("b", "Kessa collapse", "Opposition leader Ana Berg said many were still missing. \"The official count by the government "
            + "is much less than the real one,\" she said.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.topic()).contains("too low");
      assertThat(f.sideB().claimants().toString()).contains("Ana Berg");
    });
    // (A count against a capacity is no count held wrong.)
    List<Finding> boat = detect(List.of(
        article("a", "Kessa ferry", "The Chilean navy said 41 passengers drowned when the ferry sank."),
        article("b", "Kessa ferry", "Ana Berg, a survivor, said the number aboard was far greater than the actual capacity of the ferry.")));
    assertThat(boat).noneSatisfy(f -> assertThat(f.topic()).contains("too high"));
  }

  /** "A violent wave overturned it" against "the water was calm": whether the water was rough when the ferry sank. */
  @Test
  void aWaveBlamedForASinkingAgainstASurvivorsCalmWater() {
    List<Finding> findings = detect(List.of(
        article("a", "Ferry sinks off Varno", "The ferry capsized near the pier because of a violent wave, witnesses said."),
        article("b", "Ferry sinks off Varno", "Ana Berg, a survivor, said the water was calm when the overloaded ferry tilted and sank.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.topic()).isEqualTo("whether the water was rough when it sank");
      assertThat(f.sideA().claimants().toString() + f.sideB().claimants()).contains("Ana Berg").contains("witnesses");
    });
  }

  /** "Had turned off its tracker" against "transponders fully functioning": whether the ship went dark, one finding. */
  @Test
  void aShipSaidToHaveGoneDarkAgainstItsOwnersWordThatItsTrackerWorked() {
    List<Finding> findings = detect(List.of(
        article("a", "Tanker seized", "The Spanish coast guard said the tanker had turned off its tracker before it was boarded."),
        article("b", "Tanker seized", "The owner, Kessa Shipping, said all its navigation equipment, including transponders, was fully "
            + "functioning at the time of the seizure.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.topic()).isEqualTo("whether the vessel or aircraft switched off its tracking");
      assertThat(f.sideA().claimants().toString() + f.sideB().claimants()).contains("Kessa Shipping").contains("coast guard");
    });
  }

  /** "the Ministry of Defense" after "the Portuguese Defense Ministry": one ministry, which does not answer itself. */
  @Test
  void aMinistryNamedWithoutItsCountryIsTheOneOfThatPortfolioNamedBefore() {
    List<Finding> findings = detect(List.of(
        article("a", "Theatre blast", "Portugal's government said on Monday that a Norland air strike hit the theatre in Vell."),
        article("b", "Theatre blast", "The Portuguese Defense Ministry on Wednesday blamed the Vell militia for blowing up the theatre. "
            + "The Ministry of Defense also rejected the accusations of an air strike on the theatre.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.sideA().parties().toString() + f.sideB().parties())
        .contains("Portuguese government").contains("Ministry of Defense"));
  }

  @Test
  void aGovernorOfATownTheCoveragePlacesInACountrySpeaksForIt() {
    Instant later = DAY1.plus(java.time.Duration.ofDays(1));
    List<Finding> findings = detect(List.of(
        article("a", "Strike on Kesta", "Portugal's interior ministry said that 14 people were killed in the strike on the Portuguese city of Kesta."),
        article("b", later, "Kesta toll", "Kesta governor Ivo Marek said that 17 people were killed in the strike.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  /**
   * "the envoy denied Portugal's claim, calling it lies": a claim named only by its owner is what the owner said
   * earlier in the article, and that is what the rejection answers.
   */
  @Test
  void aClaimNamedByItsOwnerAloneIsWhatTheOwnerSaidEarlier() {
    List<Finding> findings = detect(List.of(article("a", "Tanker sinking",
        "The Portuguese navy said the Marisol was sunk by a drifting mine from an old minefield. "
            + "Harbour officials counted eleven crew rescued. "
            + "Atlas Marine's chief executive, Omar Lahlou, rejected Portugal's claim, calling it 'a fairy tale'.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("rejection");
      assertThat(f.sideA().claims()).anyMatch(c -> c.content().contains("drifting mine"));
    });
  }

  /** "demanded that the minister say whether P or not": a question put to someone is neither their claim nor a denial. */
  @Test
  void aQuestionPutToSomeoneIsNoDenial() {
    List<Finding> findings = detect(List.of(
        article("a", "Unions blame Lisbon", "Union leader Omar Lahlou said Portugal was behind the sinking of the Marisol."),
        article("b", "Unions press Lisbon", "Omar Lahlou demanded that Portuguese Defence Minister Rui Cardoso should "
            + "say whether Lisbon was behind the sinking or not.")));
    assertThat(findings).as("%s", findings).noneMatch(f -> f.sideB().parties().contains("Portuguese government")
        || f.sideA().parties().contains("Portuguese government") && f.kind() == ContradictionKind.DENIAL);
  }

  /** One body read as itself in one report and as its government in another updates its own count the same day. */
  @Test
  void oneBodysCountsOfOneDayAreItsUpdateHoweverItIsRead() {
    List<Finding> findings = detect(List.of(
        article("a", "Shelling of Kessa", "The Civil Protection Service said 12 people were killed in the shelling of Kessa."),
        article("b", "Kessa toll", "Morocco's Civil Protection Service said 21 people were killed in the shelling of Kessa.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  /** "it was difficult to conclude whether P": a question left open accuses no one, so a denial of P answers no one. */
  @Test
  void aQuestionLeftOpenAccusesNoOne() {
    List<Finding> findings = detect(List.of(
        article("a", "Inquiry into sinking", "Intelligence chief Omar Lahlou said it was difficult to conclude whether Portugal was "
            + "behind the sinking of the Marisol."),
        article("b", "Lisbon denies role", "Portugal's defence ministry denied any involvement in the sinking of the Marisol.")));
    assertThat(findings).as("%s", findings).noneMatch(f -> f.trail().contains("blame"));
  }

  /**
   * "denied reports that its patrol boat rammed the tanker": a rejection that names no owner answers each party that
   * said so, one dispute each, as blaming does.
   */
  @Test
  void aRejectionOfUnownedReportsAnswersEachPartyThatMadeThem() {
    List<Finding> findings = detect(List.of(article("a", "Navy denies ramming",
        "A senior American intelligence official said a Portuguese patrol boat had rammed the tanker Marisol. "
            + "Morocco's foreign ministry also said a Portuguese patrol boat had rammed the tanker Marisol. "
            + "Portugal's defence ministry denied reports that a Portuguese patrol boat had rammed the tanker Marisol.")));
    List<Finding> rejections = findings.stream().filter(f -> f.trail().contains("rejection")).toList();
    assertThat(rejections).as("%s", findings).hasSize(2);
    assertThat(rejections).anySatisfy(f -> assertThat(f.sideA().parties()).contains("American government"));
    assertThat(rejections).anySatisfy(f -> assertThat(f.sideA().parties()).contains("Moroccan government"));
  }

  /** One party says a missile struck the depot, another that it was blown up from inside: how it came about is disputed. */
  @Test
  void aStrikeFromOutsideAgainstAnExplosionInsideIsADispute() {
    List<Finding> findings = detect(List.of(
        article("a", "Depot blast", "Morocco's defence ministry said Portuguese forces destroyed the fuel depot at Kessa with a "
            + "multiple rocket launcher."),
        article("b", "Lisbon answers", "Portugal's prosecutor general Rui Cardoso said there was no rocket fire at Kessa and that "
            + "the depot was blown up from inside.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("cause");
      assertThat(f.topic()).contains("external strike");
    });
  }

  /**
   * A fire or blast told as an accident of the building (a gas leak, a short circuit) and as a crime (arson, a planted
   * bomb): how it came about is disputed.
   */
  @Test
  void aGasLeakOrAShortCircuitAgainstArsonOrAPlantedBombIsADispute() {
    List<Finding> blast = detect(List.of(
        article("a", "Market blast", "The Kessa interior ministry said the blast at the market was caused by a gas leak."),
        article("b", "Market blast", "The Vell Front said a bomb planted under a stall had caused the blast.")));
    assertThat(blast).as("%s", blast).anySatisfy(f -> assertThat(f.topic()).contains("how it came about"));
    List<Finding> fire = detect(List.of(
        article("a", "Warehouse fire", "The fire brigade chief Ana Berg said a short circuit had started the warehouse fire."),
        article("b", "Warehouse fire", "The dockworkers' union said the warehouse fire was arson.")));
    assertThat(fire).as("%s", fire).anySatisfy(f -> assertThat(f.topic()).contains("how it came about"));
  }

  /**
   * A minister's "human error" against a lawyer's "negligence" and a police officer's "technical failure": neither
   * says deliberate, so each answers whose failing it was, and the two disputes stay apart, the minister on one side of
   * each.
   */
  @Test
  void anErrorAgainstNegligenceAndAgainstAFaultAreTwoDisputes() {
    List<Finding> findings = detect(List.of(
        article("a", "Rail crash", "Prime Minister Boris Kell said the collision at Vell was due mainly to human error."),
        article("b", "Rail crash", "Ivo Dorov, the signalman's lawyer, said there had been negligence by many others."),
        article("c", "Rail crash", "A police officer, Ana Berg, said a technical failure may have played a part.")));
    List<Finding> how = findings.stream().filter(f -> f.topic().startsWith("how it came about")).toList();
    assertThat(how).as("%s", findings).hasSize(2);
    assertThat(how).allSatisfy(f -> assertThat(f.sideA().parties().toString() + f.sideB().parties()).containsOnlyOnce("Boris Kell"));
    assertThat(how).anySatisfy(f -> assertThat(f.topic()).contains("negligence"));
    assertThat(how).anySatisfy(f -> assertThat(f.topic()).contains("technical fault"));
  }

  /** Birds or an engine failure against a missile: what brought the aircraft down is disputed. */
  @Test
  void birdsOrAnEngineFailureAgainstAMissileIsADispute() {
    List<Finding> findings = detect(List.of(
        article("a", "Airliner lost", "The Norland civil aviation office said a flock of birds had struck the airliner's engines."),
        article("b", "Airliner lost", "President Ana Berg said a Norland air defence missile had hit the airliner.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> assertThat(f.topic()).contains("how it came about"));
  }

  /** "Drones were attacking the cities of Kessa and Vellgrad": the places attacked are named as places, not doers. */
  @Test
  void placesNamedAsCitiesOfAreNoDoers() {
    assertThat(BlameDetector.onlyAsPlace("Ostravian drones were hitting the cities of Kessa and Vellgrad.", "Kessa")).isTrue();
    assertThat(BlameDetector.onlyAsPlace("Fog had settled over the area of the Kessa airport.", "Kessa")).isTrue();
    assertThat(BlameDetector.onlyAsPlace("Kessa militias were attacking the cities of the south.", "Kessa")).isFalse();
  }

  /**
   * "X was the chief cause of the deaths" against "the findings were not due to X": what is denied is the cause, whatever the
   * denial says was not due to it.
   */
  @Test
  void aCauseDeniedWhateverItsSubjectMeetsTheCauseAsserted() {
    List<Finding> findings = detect(List.of(
        article("a", "Gate crush", "Ana Berg of the Kessa rights commission said pepper spray had been the chief cause of the deaths "
            + "at the gate."),
        article("b", "Gate crush", "Kessa police spokesman Tomas Ulmen said the post-mortem findings on the victims at the north gate "
            + "were not due to pepper spray.")));
    assertThat(findings).as("%s", findings).anyMatch(f -> f.kind() == ContradictionKind.DENIAL);
  }

  /** "Only light damage" and "no damage" both play it down: no denial; "heavy damage" against "no damage" is one. */
  @Test
  void playingDamageDownIsNoAssertionADenialContests() {
    String none = "The Kessa ministry said there was no damage to the bridge.";
    List<Finding> light = detect(List.of(article("a", "Bridge strike", "A leaked army report said there was only light damage to the bridge."),
        article("b", "Bridge strike", none)));
    assertThat(light).noneMatch(f -> f.kind() == ContradictionKind.DENIAL);
    List<Finding> heavy = detect(List.of(article("a", "Bridge strike", "A leaked army report said there was heavy damage to the bridge."),
        article("b", "Bridge strike", none)));
    assertThat(heavy).anyMatch(f -> f.kind() == ContradictionKind.DENIAL);
  }

  /** A country's running tally quoted beside an incident ("nearly 30 inside Portugal") is not the incident's toll. */
  @Test
  void aCountrysRunningTallyIsNotTheIncidentsToll() {
    List<Finding> findings = detect(List.of(
        article("a", "Shelling of Kessa", "Morocco's interior ministry said 22 people were killed in the shelling of Kessa."),
        article("b", "Kessa toll", "Morocco's interior ministry said 22 people were killed in the shelling of Kessa. According to "
            + "the United Nations, more than 9,000 civilians have been killed in Morocco and nearly 30 inside Portugal.")));
    assertThat(findings).as("%s", findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  /** The missing are found as days pass: one country's lower count days later is the same count falling. */
  @Test
  void theMissingFoundOverTheFirstDaysAreNoDispute() {
    Instant day4 = DAY1.plusSeconds(3 * 86_400);
    List<Finding> findings = detect(List.of(
        article("a", DAY1, "Shelling of Kessa", "Interior Minister Yusuf Amrani said 39 people were still missing after the shelling of Kessa."),
        article("b", day4, "Kessa search", "Morocco's civil protection service said 18 people were missing after the shelling of Kessa.")));
    assertThat(findings).as("%s", findings)
        .noneSatisfy(f -> assertThat(f.kind()).isIn(ContradictionKind.NUMERIC_DISCREPANCY, ContradictionKind.REVISION));
  }

  /** A body of no state that said the same (a rights group) joins the government's dispute rather than opening one. */
  @Test
  void aStatelessBodySayingTheSameJoinsTheGovernmentsDispute() {
    List<Finding> findings = detect(List.of(article("a", "Navy denies ramming",
        "The rights group Sea Watch said a Portuguese patrol boat had rammed the tanker Marisol. "
            + "Morocco's foreign ministry also said a Portuguese patrol boat had rammed the tanker Marisol. "
            + "Portugal's defence ministry denied reports that a Portuguese patrol boat had rammed the tanker Marisol.")));
    List<Finding> rejections = findings.stream().filter(f -> f.trail().contains("rejection")).toList();
    assertThat(rejections).as("%s", findings).singleElement()
        .satisfies(f -> assertThat(f.sideA().parties()).contains("Moroccan government"));
  }

  @Test
  void anAccusationByAGroupKnownOnlyByWhatItIsMeetsTheAccusedsDenial() {
    List<Finding> findings = detect(List.of(
        article("a", "Portugal denies role in tanker sinking",
            "Portugal has denied any involvement in the blast that sank the Moroccan tanker Marisol off Kessa."),
        article("b", "Inquiry blames Portugal for tanker sinking",
            "An international team of investigators on Thursday accused Portugal of sinking the tanker Marisol.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("blame");
      assertThat(String.join(" ", f.sideA().claimants())).contains("investigators");
      assertThat(f.sideB().parties()).contains("Portuguese government");
    });
  }

  /** The accused blames a third party: that answers an accuser known only by what it is as much as a named one. */
  @Test
  void anAccusedThatBlamesAnotherAnswersAGroupKnownOnlyByWhatItIs() {
    List<Finding> findings = detect(List.of(
        article("a", "Lawyers blame Latvia for bridge collapse", "A panel of lawyers said on Monday that the bridge over the "
            + "Narva was brought down by charges set by Latvian troops."),
        article("b", "Riga blames Tallinn", "The Latvian government accused Estonia of sabotaging the bridge.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("blame");
      assertThat(String.join(" ", f.sideA().claimants())).contains("lawyers");
      assertThat(f.sideB().parties()).contains("Latvian government");
    });
  }

  /** The outlet's words around a reported rejection, in the same sentence, are no rival to it. */
  @Test
  void theOutletsWordsAroundARejectionDoNotAssertWhatItRejects() {
    List<Finding> findings = detect(List.of(
        article("a", "Court keeps Kessa mayor", "The Kessa district court on Monday rejected the council's bid to unseat "
            + "mayor Ana Berg over the harbour fire, which left 12 people dead.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL));
  }

  /** An acquittal is a court's ruling: families who condemn it dispute the court, though it never speaks. */
  @Test
  void condemningAnAcquittalDisputesTheCourt() {
    List<Finding> findings = detect(List.of(
        article("a", "Harbour chief cleared", "The Kessa district court on Thursday acquitted former harbour chief Ivan Dorov."),
        article("b", "Families condemn acquittal", "The Harbour Victims' Families group condemned the acquittal on Friday and vowed to "
            + "appeal.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.topic()).contains("court's acquittal");
    });
  }

  @Test
  void anAlibiAnswersTheAccusation() {
    List<Finding> findings = detect(List.of(
        article("a", "Aid group blames Portugal for ambulance strike",
            "The Kessa Relief Society accused Portugal of shelling its ambulance outside the harbour on Monday."),
        article("b", "Portugal says its forces were elsewhere",
            "Portugal's defence ministry said on Tuesday that Portuguese troops were not present near the harbour at the time.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("blame");
      assertThat(String.join(" ", f.sideA().claimants())).contains("Kessa Relief Society");
      assertThat(f.sideB().parties()).contains("Portuguese government");
    });
  }

  @Test
  void theTeamsFindingsAreThoseOfTheTeamNamedJustBefore() {
    List<Finding> findings = detect(List.of(article("a", "Portugal rejects inquiry into tanker sinking",
        "A joint team of investigators said on Thursday that a Portuguese mine sank the tanker Marisol. Portuguese "
            + "officials rejected the team's findings on Friday, calling its report a farce.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("rejection");
      assertThat(String.join(" ", f.sideA().claimants())).contains("team of investigators");
      assertThat(f.sideB().parties()).contains("Portuguese government");
    });
    assertThat(findings).noneSatisfy(f -> assertThat(String.join(" ", f.sideA().claimants())).contains("report's authors"));
  }

  @Test
  void aJuntaDenouncingAReportAsFalseDisputesWhatTheReportSaysHappened() {
    List<Finding> findings = detect(List.of(article("a", "Junta slams UN report on village killings",
        "Morocco's military junta has denounced as \"invented\" and \"partial\" a UN report that said soldiers "
            + "executed at least 40 villagers in Kessa. Condemning what it called a partial UN report, the junta said "
            + "its troops had fought armed rebels.")));
    assertThat(findings).filteredOn(f -> f.trail().contains("rejection")).singleElement().satisfies(f -> {
      assertThat(f.sideA().parties()).contains("UN");
      assertThat(f.sideB().parties()).contains("Moroccan government");
    });
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("cause");
      assertThat(f.sideB().parties()).contains("Moroccan government");
    });
  }

  @Test
  void claimsRejectedAsSuggestedBySomeoneAreTheirs() {
    List<Finding> findings = detect(List.of(article("a", "Family rejects prison's account of death",
        "Ana Ruiz died in a cell in Tacna on Monday. Ana Ruiz's family has rejected claims that she had a weak heart "
            + "as suggested by the prison service, saying she was healthy.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("rejection");
      assertThat(String.join(" ", f.sideA().claimants())).contains("prison service");
      assertThat(String.join(" ", f.sideB().claimants())).contains("family");
    });
  }

  @Test
  void homesHitAgainstMilitaryTargetsIsADisputeOverWhatTheStrikeHit() {
    List<Finding> findings = detect(List.of(
        article("a", "Strike on Kessa kills nine", "Morocco's defence ministry said on Saturday that the strike on Kessa "
            + "was directed at residential quarters and killed nine people."),
        article("b", "Portugal says it hit military sites", "Portuguese military sources said the forces had struck "
            + "military targets in Kessa in response to the shelling of Lisbon.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("cause");
      assertThat(f.topic()).startsWith("what the strike hit");
      assertThat(f.sideA().parties()).contains("Moroccan government");
    });
  }

  @Test
  void aBombSetOffFromAfarAgainstASuicideBomberIsADisputeOverHowItCameAbout() {
    List<Finding> findings = detect(List.of(
        article("a", "Twin blasts at Kessa shrine", "The two bags of explosives left near the Kessa shrine were detonated "
            + "by remote control, the Harbour Gazette reported, citing security sources."),
        article("b", "Bomber blew himself up, police say", "Kessa police said on Thursday that a suicide bomber had blown "
            + "himself up in the crowd at the first site.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("cause");
      assertThat(f.topic()).contains("remote detonation").contains("suicide attack");
    });
  }

  @Test
  void findingsDescribedOnlyAsPreliminaryAreNoOnesSide() {
    List<Finding> findings = detect(List.of(article("a", "Recorders of downed cargo plane read",
        "Portuguese media reported on Tuesday that work on the flight recorders was nearly complete, but preliminary "
            + "findings indicated the cargo plane was brought down by a missile, not by engine failure.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.sideB().parties()).contains("preliminary"));
    assertThat(findings).noneSatisfy(f -> assertThat(f.sideA().parties()).contains("preliminary"));
  }

  @Test
  void reportsOfAnAttackAreHearsayNotABodysReport() {
    List<Finding> findings = detect(List.of(
        article("a", "Portugal blames Moroccan forces for gas attack", "Portugal's foreign ministry said on Monday that "
            + "Moroccan forces had carried out a gas attack on the village of Kessa."),
        article("b", "Moroccan president calls gas attack reports a fabrication", "Morocco's president said on Thursday "
            + "that reports of a gas attack by his forces on Kessa were a complete fabrication.")));
    assertThat(findings).noneSatisfy(f -> assertThat(String.join(" ", f.sideA().claimants())).contains("report's authors"));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.sideA().parties()).contains("Portuguese government");
      assertThat(f.sideB().parties()).contains("Moroccan government");
    });
  }

  /**
   * "No villagers were hurt while our troops held it" is a fact denied, answered by every report that villagers died
   * then; one of those reports also saying who killed them does not make the denial the dispute over who did it.
   */
  @Test
  void aDeniedFactAnsweredAlsoByAnAccusationStaysItsOwnDispute() {
    List<Finding> findings = detect(List.of(
        article("a", "Ministry says no villagers were hurt", "The Valmorian defence ministry claimed that no villagers "
            + "were harmed while its troops controlled the village of Orsk. It denied that its soldiers had killed anyone."),
        article("b", "Monitors accuse army", "Monitors from the regional rights office said Valmorian troops carried out "
            + "killings of villagers in Orsk while they controlled the village."),
        article("c", "Images show bodies", "Satellite images analysed by the Coastal Herald appear to confirm that many "
            + "villagers were killed weeks ago, when Valmorian troops were in control of Orsk.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> assertThat(f.topic()).contains("no villagers were harmed"));
    assertThat(findings).as("%s", findings).anySatisfy(f -> assertThat(f.topic()).doesNotContain("no villagers were harmed")
        .isNotEqualTo(""));
  }

  /** "described the rights office report as a fabrication": the body named by its common noun owns the report. */
  @Test
  void aReportOwnedByABodyNamedByItsCommonNounIsThatBodys() {
    List<Finding> findings = detect(List.of(
        article("a", "Monitors report killings", "In a report published on Monday, the regional rights office said "
            + "Latvian troops had killed 40 villagers in Orsk."),
        article("b", "Minister answers monitors", "Latvian Interior Minister Petr Hollan described the rights office "
            + "report as a fabrication.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.sideA().claimants()).contains("regional rights office");
      assertThat(f.sideB().parties()).contains("Latvian government");
    });
  }

  /** "A crush in 1998 killed 310": a year before the event's, ahead of the figure, dates another incident. */
  @Test
  void aTollOfAnIncidentOfAnEarlierYearIsNoDisputeOverThisOnesToll() {
    Instant day = Instant.parse("2029-06-20T08:00:00Z");
    List<Finding> findings = detect(List.of(
        article("a", day, "Crush at festival kills 240", "Latvian officials said 240 people were killed in the crush at the "
            + "river festival on Sunday."),
        article("b", day.plus(java.time.Duration.ofDays(1)), "Worst crush in decades", "The deadliest crush before this one "
            + "came in 1998, when a crowd surge killed 310 people on the same bridge, the city council said.")));
    assertThat(findings).as("%s", findings).noneSatisfy(f -> assertThat(f.topic()).contains("310"));
  }

  /** "Protesters clashed with police" is a fight, not one party contradicting another. */
  @Test
  void aClashWithPoliceIsAFightNotADisagreement() {
    List<Claim> claims = article("a", "Night of clashes in Dorvik", "Demonstrators marched through the main square of "
        + "Dorvik, and clashes between police and demonstrators went on into the night. Protesters clashed with police "
        + "again on Monday.");
    assertThat(claims).extracting(Claim::cue).doesNotContain("clash");
  }

  /** "X reported P. Officials denied the report": what a party reported just before is its report. */
  @Test
  void theReportDeniedIsWhatAPartyReportedJustBefore() {
    List<Finding> findings = detect(List.of(article("a", "Convoy blamed for crush", "A minister's motorcade caused the "
        + "crush at the river festival, Estonian broadcaster ETV reported on Monday. Latvian officials denied the report, "
        + "calling it false.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.sideA().claimants()).contains("ETV");
      assertThat(f.sideB().parties()).contains("Latvian government");
    });
  }

  /** "denied a report from X that P ... Officials denied the report": the report is X's, as the article named it before. */
  @Test
  void theReportDeniedAgainIsTheOneTheArticleNamedItsAuthorFor() {
    List<Finding> findings = detect(List.of(article("a", "Government denies report on dam blast", "The Latvian government "
        + "on Wednesday denied a new report from investigative reporter Mara Linde that Latvian divers blew up the "
        + "Kessel dam. Linde wrote on her blog that the divers had planted the explosives in June. Latvian defence "
        + "officials also denied the report on Thursday.")));
    assertThat(findings).as("%s", findings).noneSatisfy(f -> assertThat(f.topic()).contains("report's authors"));
    assertThat(findings).as("%s", findings).anySatisfy(f -> assertThat(String.join(" ", f.sideA().claimants()) + " "
        + String.join(" ", f.sideB().claimants())).contains("Linde"));
  }

  /** "condemned a Norland court ruling ... said the ruling by the district court lacks basis": one ruling, one dispute. */
  @Test
  void theRulingRejectedAgainIsTheOneTheArticleNamedEarlier() {
    List<Finding> findings = detect(List.of(article("a", "Ostravia condemns Norland ruling on ferry sinking", "Ostravia's "
        + "foreign ministry has condemned as \"unjust\" a Norland court ruling that said the ferry was sunk on purpose. In a "
        + "statement on Friday, ministry spokesman Ivo Kask said the ruling a week earlier by the Kessa District Court lacks "
        + "basis and evidence.")));
    List<Finding> rulings = findings.stream().filter(f -> f.topic().contains("ruling")).toList();
    assertThat(rulings).as("%s", findings).hasSize(1);
    assertThat(String.join(" ", rulings.get(0).sideB().claimants()) + " " + String.join(" ", rulings.get(0).sideA().claimants()))
        .contains("Ostravia", "Norland");
  }

  /** "An Australian aviation expert": a demonym says where an expert is from, not that the expert speaks for the state. */
  @Test
  void anExpertFromACountryDoesNotSpeakForItsGovernment() {
    List<Claim> claims = article("a", "Expert doubts the runway wall", "An Australian aviation safety expert said the landing "
        + "gear could have been lowered by hand. Australia's transport minister, Ana Berg, said the runway met every rule.");
    PartyResolver parties = new PartyResolver(claims);
    Claim expert = claims.stream().filter(c -> c.claimant().contains("expert")).findFirst().orElseThrow();
    Claim minister = claims.stream().filter(c -> c.claimant().contains("Berg")).findFirst().orElseThrow();
    assertThat(parties.of(expert).key()).doesNotStartWith(Party.GOVERNMENT);
    assertThat(parties.of(minister).key()).isEqualTo(Party.GOVERNMENT + "australia");
  }

  /** A committee of doctors, a union of journalists: bodies of a profession, not the state, though "committee" is an office word. */
  @Test
  void aBodyOfAProfessionDoesNotSpeakForTheGovernment() {
    List<Claim> claims = article("a", "Toll disputed", "The Central Committee of Chilean Doctors said 120 marchers were killed. "
        + "The Chilean Union of Journalists said two reporters were beaten. The Chilean health ministry said 61 people died.");
    PartyResolver parties = new PartyResolver(claims);
    Claim doctors = claims.stream().filter(c -> c.claimant().contains("Doctors")).findFirst().orElseThrow();
    Claim journalists = claims.stream().filter(c -> c.claimant().contains("Journalists")).findFirst().orElseThrow();
    Claim ministry = claims.stream().filter(c -> c.claimant().contains("ministry")).findFirst().orElseThrow();
    assertThat(parties.of(doctors).key()).doesNotStartWith(Party.GOVERNMENT);
    assertThat(parties.of(journalists).key()).doesNotStartWith(Party.GOVERNMENT);
    assertThat(parties.of(ministry).key()).isEqualTo(Party.GOVERNMENT + "chile");
  }

  /** "Pak army", "a Pak military spokesperson": the short form South Asian papers print is the country's. */
  @Test
  void theShortFormPakIsPakistan() {
    List<Claim> claims = article("a", "Train siege ends", "A Pak military spokesperson said 21 passengers were killed. "
        + "Pakistani officials said the siege had ended.");
    PartyResolver parties = new PartyResolver(claims);
    Claim pak = claims.stream().filter(c -> c.claimant().contains("Pak")).findFirst().orElseThrow();
    assertThat(parties.of(pak).key()).isEqualTo(Party.GOVERNMENT + "pakistan");
  }

  /** "We have not recorded any fatality" against "at least 12 were killed": none and some are one dispute. */
  @Test
  void aTollOfNoneIsSetAgainstAToll() {
    List<Finding> findings = detect(List.of(
        article("a", "Governor says no one died at toll gate", "Governor Tom Arle said on Wednesday: \"We have not recorded "
            + "any fatality at the toll gate.\" He said the injured were being treated in hospital."),
        article("b", "Rights group says soldiers killed protesters", "The rights group Civic Watch said on Thursday that "
            + "soldiers killed at least 12 protesters at the toll gate on Tuesday night.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(String.join(" ", f.sideA().claimants()) + " " + String.join(" ", f.sideB().claimants())).contains("Tom Arle", "Civic Watch");
    });
  }

  /** "X was 'misinformed' in saying that P": what X said, called false by the speaker. */
  @Test
  void someoneMisinformedInSayingSomethingHasTheirClaimRejected() {
    List<Finding> findings = detect(List.of(article("a", "Army says governor misinformed", "Governor Tom Arle tweeted "
        + "that one protester had died at the toll gate. On Saturday the army commander, General Ivo Kask, said Governor "
        + "Tom Arle was \"misinformed\" in saying that someone had died during the operation.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(String.join(" ", f.sideA().claimants())).contains("Tom Arle");
      assertThat(f.sideB().claimants()).contains("Ivo Kask");
    });
  }

  /** "X 'was badly mistaken' to call them traitors": what X called them, called false by the man who leads them. */
  @Test
  void someoneMistakenInCallingAnotherSomethingHasTheirWordsRejected() {
    List<Finding> findings = detect(List.of(article("a", "Convoy leader answers president", "President Ana Berg said on state "
        + "radio that the convoy's advance was an act of betrayal. Marek Dorov said Ana Berg \"was badly mistaken\" to call "
        + "his volunteers traitors, insisting they had stayed loyal.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(String.join(" ", f.sideA().claimants())).contains("Ana Berg");
      assertThat(f.sideB().claimants()).contains("Marek Dorov");
    });
  }

  /** "denied inviting the military to the toll gate": an act denied, against the claim that he did it; no "toll" in it. */
  @Test
  void aDeniedActIsNoRejectedDocumentWhateverNounItHolds() {
    List<Finding> findings = detect(List.of(
        article("a", "Army says governor called it in", "The Latvian army said on Saturday that Governor Tom Arle "
            + "invited soldiers to the toll gate on October 20."),
        article("b", "Governor denies inviting army", "Arle had denied inviting the military to the toll gate, adding that "
            + "he did not have the power to do so.")));
    assertThat(findings).as("%s", findings).noneSatisfy(f -> assertThat(f.topic()).contains("toll stand"));
    assertThat(findings).as("%s", findings).anySatisfy(f -> assertThat(f.topic()).contains("inviting"));
  }

  /**
   * "An official described the allegations as 'baseless'" with no allegation told of before it in its article: whose
   * allegations is not known, and another report's allegation of something else is not made theirs.
   */
  @Test
  void bareAllegationsRejectedWithNothingBeforeThemAreNoOnesInParticular() {
    List<Finding> findings = detect(List.of(
        article("a", "Estonia says Latvian agents took the reporter", "Estonia's foreign ministry said on Monday that "
            + "Latvian agents had taken the reporter Tom Arle from the border post."),
        article("b", "Embassy calls allegations baseless", "The reporter Tom Arle has not been seen since Friday. An official "
            + "at the embassy described the allegations as \"baseless,\" adding that its agents had taken no reporter from "
            + "any border post.")));
    assertThat(findings).as("%s", findings).noneSatisfy(f -> assertThat(f.topic()).contains("allegations stand"));
  }

  /** "Grenade fragments were reportedly found at the site": something found, not a finding anyone made. */
  @Test
  void somethingReportedlyFoundIsNoFinding() {
    List<Claim> claims = article("a", "Fragments found at crash site", "Grenade fragments were reportedly found at the "
        + "site of the crash near Dorvik, the Latvian president claims.");
    assertThat(claims).extracting(Claim::cue).doesNotContain("find");
  }

  @Test
  void aRejectionToldAsWhatTheSpeakerSaidAnswersTheChargeJustBefore() {
    // "said in statements they rejected the charges", "said in an email it considers the accusations mistaken": the
    // speaker's own rejection, with no "that", aimed at what another party said just before.
    List<Finding> findings = detect(List.of(article("a", "Prosecutors charge mine managers over dam collapse",
        "Prosecutors in Varno said on Thursday they had charged six managers of Kesta Mining with homicide over the collapse "
            + "of the tailings dam. Kesta Mining executives said in statements they rejected the charges.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(String.join(" ", f.sideA().claimants())).contains("Prosecutors");
      assertThat(String.join(" ", f.sideB().claimants())).contains("Kesta Mining");
      assertThat(f.trail()).contains("rejection");
    });
    List<Finding> labelled = detect(List.of(article("b", "Police blame mine operator for dam collapse",
        "Police in Varno said the dam failed because Kesta Mining raised it too quickly and that its managers should face "
            + "charges. Kesta Mining said in an email it considers the accusations mistaken.")));
    assertThat(labelled).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(String.join(" ", f.sideB().claimants())).contains("Kesta Mining");
    });
  }

  @Test
  void anAccusedPersonsDenialAnswersTheDeedOthersSayTheyDid() {
    List<Finding> findings = detect(List.of(article("a", "Depot fire: guard suspected",
        "Prosecutors believe the night guard Oskar Lind set the fire at the depot. Reporters reached Lind by phone, and he "
            + "was astonished by the accusation and denied any part in the fire.")));
    assertDispute(findings, ContradictionKind.DENIAL, "Prosecutors", "Lind");
  }

  @Test
  void theAccusationsReachBackPastTheOutletsOwnSentencesToWhoeverMadeThem() {
    // Three sentences of the outlet's own between the police's accusation and the company's answer to "the accusations".
    List<Finding> findings = detect(List.of(article("a", "Police blame operator for dam failure",
        "Norland police said on Tuesday that the dam failed because Varco raised it too quickly and will seek homicide charges "
            + "against six of its managers. The charges have no exact equivalent abroad. Homicide of this kind carries up to 30 "
            + "years in prison. The dam held waste from three mines. Varco said in an email it considers the accusations mistaken.")));
    assertDispute(findings, ContradictionKind.DENIAL, "Norland police", "Varco");
  }

  /**
   * "No negligence of ours" against "pickers were left to die to save money": whether those in charge failed in their
   * care, a judgement of conduct that needs no other word in common; a rule for whoever is found negligent is no answer.
   */
  @Test
  void oneDeniesNegligenceAnotherSaysThoseInChargeCutCorners() {
    List<Finding> findings = detect(List.of(
        article("a", "Quarry owner defends record", "\"There was no negligence on our part,\" said Ilse Brandt, manager of Varno Quarries."),
        article("b", "Union: workers left to die", "The Varno Miners' Union said the pickers were left to die because the owners "
            + "cut corners on ventilation."),
        article("c", "Minister vows punishment", "Energy minister Tomas Vell said anyone found to have been negligent would be punished.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("negligence");
      assertThat(String.join(" ", f.sideA().claimants())).contains("Miners' Union");
      assertThat(String.join(" ", f.sideB().claimants())).contains("Ilse Brandt");
    });
    assertThat(findings).noneSatisfy(f -> assertThat(f.sideA().claimants() + " " + f.sideB().claimants()).contains("Vell"));
  }

  /** Where it took place, named as a country's ground by each side: two countries, a dispute over where. */
  @Test
  void twoCountriesGroundsForWhereItTookPlace() {
    List<Finding> findings = detect(List.of(
        article("a", "Bolivia denies border deaths", "Bolivia's interior ministry said the shooting took place on Peruvian soil."),
        article("b", "Peru blames Bolivian guards", "Peru's foreign ministry said the shooting took place inside Bolivian territory.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("place:location");
      assertThat(f.sideA().position() + " " + f.sideB().position()).contains("peru").contains("bolivia");
    });
  }

  /** A death in a cell told as suicide by the police and ruled out by the pathologists: how he died is disputed. */
  @Test
  void suicideRuledOutAnswersTheSuicideAccount() {
    List<Finding> findings = detect(List.of(
        article("a", "Detainee died in Vell cell", "Vell police said the detainee Oskar Lind had taken his own life."),
        article("b", "Autopsy rules out suicide", "The coroner's report on Lind ruled out suicide.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("cause");
      assertThat(f.sideB().position()).contains("not");
    });
  }

  /** "Did whatever was possible" is the careful answer, as "did everything possible" is. */
  @Test
  void didWhateverWasPossibleAnswersNegligence() {
    List<Finding> findings = detect(List.of(
        article("a", "Police report on the Vell fair crush", "The district police report said the fair's wardens did whatever was "
            + "possible that night."),
        article("b", "Inquiry blames wardens", "The inquiry panel found the fair's wardens negligent.")));
    assertThat(findings).anySatisfy(f -> assertThat(f.trail()).contains("negligence"));
  }

  /**
   * An inquiry's "dereliction of duty" or "grave omissions" against "denied any wrongdoing": whether those in charge
   * failed in their care, in the words inquiries and the accused use.
   */
  @Test
  void anInquiryFindsDerelictionOfDutyAndTheAccusedDenyWrongdoing() {
    List<Finding> findings = detect(List.of(
        article("a", "Ombudsman report", "The ombudsman Ana Berg said six senior harbour officers should face charges of dereliction "
            + "of duty over the night of the warehouse fire."),
        article("b", "Harbour authority answers", "The harbour authority has denied any wrongdoing on the night of the fire.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("negligence");
      assertThat(String.join(" ", f.sideA().claimants()) + String.join(" ", f.sideB().claimants())).contains("Ana Berg");
    });
  }

  /**
   * "There was a large fire at the landfill" against "there was no fire at the landfill": whether it was there at all,
   * though "fire" and "landfill" are the words every claim of the story uses; a fire elsewhere is another question.
   */
  @Test
  void oneSaysThereWasAFireAnotherThatThereWasNone() {
    List<Finding> findings = detect(List.of(
        article("a", "Experts confirm landfill fire", "A panel of fire experts said there was a large, controlled fire at the Varno "
            + "landfill in May. Fire crews said the landfill fire burned for hours."),
        article("b", "Review: no fire at landfill", "The Harbour Review Group said there was no fire at the landfill, citing rain "
            + "records. The group said the landfill fire account was invented."),
        article("c", "Quarry blaze", "The Kesta Fire Brigade said there was no fire at the quarry.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("existence");
      assertThat(String.join(" ", f.sideB().claimants())).contains("Harbour Review Group");
    });
    assertThat(findings).noneSatisfy(f -> assertThat(f.sideA().claimants() + " " + f.sideB().claimants()).contains("Kesta"));
  }

  /** "The tailings are harmless" against "the tailings held toxic metals": whether what the disaster released harms. */
  @Test
  void oneSaysWhatWasReleasedIsHarmlessAnotherThatItIsToxic() {
    List<Finding> findings = detect(List.of(
        article("a", "Miner says sludge is safe", "Kesta Mining said the tailings released by the dam are harmless and consist "
            + "mostly of clay."),
        article("b", "UN experts warn of toxic mud", "The tailings from the dam held \"high levels of toxic metals,\" a pair of "
            + "United Nations experts said on Wednesday."),
        article("c", "Smoke over the quarry", "The Varno Fire Brigade said the smoke from the burning quarry trucks was toxic.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.ATTRIBUTED_DISAGREEMENT);
      assertThat(f.trail()).contains("harm");
      assertThat(String.join(" ", f.sideA().claimants())).contains("United Nations");
      assertThat(String.join(" ", f.sideB().claimants())).contains("Kesta Mining");
    });
    // The trucks' smoke is another thing than the dam's tailings.
    assertThat(findings).noneSatisfy(f -> assertThat(String.join(" ", f.sideA().claimants())).contains("Varno"));
  }

  @Test
  void oneSaysTheRulesWereKeptAnotherThatTheyWereBroken() {
    List<Finding> findings = detect(List.of(
        article("a", "Builder defends tower works", "Kesta Build said the refurbishment of the tower met all required building and "
            + "fire safety standards."),
        article("b", "Minister: panels were unlawful", "Housing minister Ana Lind said the panels fitted to the tower were unlawful "
            + "under existing building regulations and should never have been used."),
        article("c", "Pilots blamed", "Investigators said the pilots broke company procedures during the landing.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.ATTRIBUTED_DISAGREEMENT);
      assertThat(f.trail()).contains("compliance");
      assertThat(String.join(" ", f.sideA().claimants())).contains("Kesta Build");
      assertThat(String.join(" ", f.sideB().claimants())).contains("Ana Lind");
    });
    // The pilots' procedures are another thing than the tower's works.
    assertThat(findings).noneSatisfy(f -> assertThat(String.join(" ", f.sideB().claimants())).contains("Investigators"));
  }

  @Test
  void theAccusedDenyTheChargeLaidAgainstThem() {
    List<Finding> findings = detect(List.of(
        article("a", "Two charged over depot fire", "Norland has charged Oskar Lind and another suspect, Ivo Marek, with setting "
            + "the fire at the Kesta depot."),
        article("b", "Suspects speak out", "Oskar Lind and Ivo Marek appeared on state television on Wednesday. The two men denied "
            + "all the allegations and said they had been fishing that night.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(String.join(" ", f.sideB().claimants())).contains("Oskar Lind");
    });
  }

  @Test
  void aBodyNamedByItsInitialsOwnsTheReportCalledBiased() {
    // "the KHR report was biased", added after another claim: the body the initials spell, Kesta Human Rights.
    List<Finding> findings = detect(List.of(
        article("a", "Rights group: shell came from rebel lines", "Kesta Human Rights said its investigation found the shell "
            + "that hit the school was fired from rebel positions."),
        article("b", "Rebels reject rights report", "Rebel spokesman Ivo Marek said the group had no part in it, adding that the "
            + "KHR report was biased and not decisive.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideA().parties()).contains("Kesta Human Rights");
      assertThat(String.join(" ", f.sideB().claimants())).contains("Ivo Marek");
    });
  }


  @Test
  void theReportDeniedIsTheOneABroadcasterToldOfAFewSentencesBefore() {
    List<Finding> findings = detect(List.of(article("a", "Broadcaster blames minister's convoy for crush",
        "The minister's convoy caused the crush at the bridge, Norland's Kesta TV reported. Report claims the convoy had 40 cars. "
            + "It further said the police closed two exits for it. However, officials in Varia have denied the report, calling it "
            + "\"incorrect.\"")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(String.join(" ", f.sideA().claimants())).contains("Kesta");
    });
  }
  /** Some finding of {@code kind} has a claimant containing {@code a} on one side and {@code b} on the other. */
  private static void assertDispute(List<Finding> findings, ContradictionKind kind, String a, String b) {
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(kind);
      assertThat(String.join(" ", f.sideA().claimants())).contains(a);
      assertThat(String.join(" ", f.sideB().claimants())).contains(b);
    });
  }

  @Test
  void aPartyThatTheArticleSaysReversedItselfStandsAgainstItsOwnDenials() {
    List<Finding> findings = detect(List.of(
        article("a", "Coast guard denies role in trawler sinking",
            "The coast guard said on Monday that none of its boats had been near the trawler Ardent when it sank off Kessa."),
        article("b", DAY1.plus(java.time.Duration.ofDays(3)), "Coast guard admits boat was towing trawler",
            "After an initial denial, the coast guard has finally admitted that one of its patrol boats was towing the trawler Ardent when it capsized.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.REPORTED_CONTRADICTION);
      assertThat(f.trail()).contains("reversal");
      assertThat(f.sideA().claimants()).containsExactlyElementsOf(f.sideB().claimants());
      assertThat(f.topic()).contains("changed its account");
    });
  }

  @Test
  void aPartyThatKeepsToItsAccountHasNoReversal() {
    List<Finding> findings = detect(List.of(
        article("a", "Coast guard denies role in trawler sinking",
            "The coast guard said on Monday that none of its boats had been near the trawler Ardent when it sank off Kessa."),
        article("b", DAY1.plus(java.time.Duration.ofDays(3)), "Coast guard repeats its account",
            "The coast guard said again on Thursday that its patrol boats had been in port when the trawler Ardent capsized.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.trail()).contains("reversal"));
  }

  /** A group that claims a bombing and, days later, denies any part in it has given two accounts of one deed. */
  @Test
  void aPartyThatClaimedTheDeedAndThenDeniedItHasDisownedIt() {
    List<Finding> findings = detect(List.of(
        article("a", "Group claims Kessa market bombing",
            "The Vell Liberation Front claimed responsibility for the bombing of the Kessa market on Tuesday, in a message posted online."),
        article("b", DAY1.plus(java.time.Duration.ofDays(4)), "Group now denies market bombing",
            "A week on, the Vell Liberation Front \"firmly\" rejected any part in the bombing of the Kessa market and blamed "
                + "Norland agents for the message posted in its name.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("disowned");
      assertThat(f.kind()).isEqualTo(ContradictionKind.REPORTED_CONTRADICTION);
      assertThat(f.sideA().claimants()).containsExactlyElementsOf(f.sideB().claimants());
    });
    // Another party's denial is a dispute between two parties, not a group disowning its deed.
    List<Finding> others = detect(List.of(
        article("c", "Group claims Kessa market bombing",
            "The Vell Liberation Front claimed responsibility for the bombing of the Kessa market on Tuesday, in a message posted online."),
        article("d", DAY1.plus(java.time.Duration.ofDays(4)), "Ostravia denies role in bombing",
            "Ostravia's foreign ministry denied any involvement in the bombing of the Kessa market.")));
    assertThat(others).noneSatisfy(f -> assertThat(f.trail()).contains("disowned"));
  }

  /** A group known by one word, accused in a ministry's sentence, is not that ministry's country when it denies it. */
  @Test
  void aOneWordGroupAccusedByAGovernmentIsNotThatGovernment() {
    List<Finding> findings = detect(List.of(article("a", "Bomb threat diverted airliner",
        "Estonia's transport ministry announced that Vellam was behind the bomb threat that forced the airliner to land in Tallinn. "
            + "Vellam has denied any knowledge or connection to the false bomb threat.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.topic()).contains("Vellam");
    });
  }

  /** Two parties naming different makes for one strike disagree about what struck; asking for a make names no strike. */
  @Test
  void partiesNamingDifferentWeaponsForOneStrikeDisagree() {
    List<Finding> findings = detect(List.of(
        article("a", "Missile hits Kessa station",
            "Norland's regional governor said a Kalibr cruise missile struck the Kessa railway station on Friday, killing 30 people."),
        article("b", DAY1.plus(java.time.Duration.ofDays(1)), "Ostravia blames Norland for station strike",
            "Ostravia's defence ministry said the Kessa railway station was hit by a Tomahawk missile that Norland's navy had fired.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("weapon");
      assertThat(f.topic()).contains("kalibr").contains("tomahawk");
    });
    List<Finding> asked = detect(List.of(
        article("c", "Missile hits Kessa station",
            "Norland's president asked its allies for more Patriot systems after the strike on the Kessa railway station."),
        article("d", DAY1.plus(java.time.Duration.ofDays(1)), "Ostravia on station strike",
            "Ostravia's defence ministry said the Kessa railway station was hit by a Tomahawk missile fired by Norland's navy.")));
    assertThat(asked).noneSatisfy(f -> assertThat(f.trail()).contains("weapon"));
  }

  /** Whether what was hit had been cleared with the side that fired: the two must speak of the same thing. */
  @Test
  void anAmbulanceSaidToBeCoordinatedAgainstNoCoordination() {
    List<Finding> findings = detect(List.of(
        article("a", "Ambulance hit near Kessa",
            "The Kessa Relief Agency said its ambulance was destroyed on the coast road although its route had been coordinated in advance with the Ostravian army."),
        article("b", DAY1.plus(java.time.Duration.ofDays(2)), "Army answers on ambulance",
            "The Ostravian army said the movement of the ambulance had never been coordinated with its units.")));
    assertThat(findings).anySatisfy(f -> assertThat(f.trail()).contains("coordination"));
    List<Finding> otherThings = detect(List.of(
        article("c", "Aid in Kessa",
            "The Kessa Relief Agency said it handed out flour in close coordination with the harbour council."),
        article("d", DAY1.plus(java.time.Duration.ofDays(2)), "Army on strike",
            "The Ostravian army said it did not warn residents before the strike on the rail depot.")));
    assertThat(otherThings).noneSatisfy(f -> assertThat(f.trail()).contains("coordination"));
  }

  @Test
  void aFigureHeldLowStandsAgainstAHigherOneInTheSameReportHoweverFarApart() {
    List<Finding> findings = detect(List.of(article("a", "Rights group disputes governor over depot fire",
        "The Red Cross said at least 14 people were killed in the fire at the Kessa fuel depot. Governor Tunde Bako of Ogun "
            + "State had insisted on Monday that only one person had died in the fire.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.topic()).contains("1 or 14");
    });
    // Without "only", figures that far apart are taken to count different things.
    List<Finding> apart = detect(List.of(article("b", "Depot fire",
        "The Red Cross said at least 14 people were killed in the fire at the Kessa fuel depot. Governor Tunde Bako said "
            + "on Monday that one person had died in the blaze at the nearby market.")));
    assertThat(apart).noneSatisfy(f -> assertThat(f.topic()).contains("1 or 14"));
  }

  /**
   * "The true toll was more than 3,000": a figure given as the real one is set against the official one its article
   * reports, however far apart; a vague "hundreds" is no count it is set against.
   */
  @Test
  void aFigureGivenAsTheRealOneStandsAgainstTheOfficialOne() {
    List<Finding> findings = detect(List.of(article("a", "Ostria disputes Norland's toll after the pier collapse",
        "Norland's interior ministry said its figure of 410 killed in the pier collapse remains accurate. Ostria's foreign "
            + "ministry accused Norland of hiding bodies, saying the true toll was more than 3,000. Hundreds are still "
            + "missing, relief workers said.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.topic()).contains("410 or 3000");
    });
    // Without "real", figures that far apart are taken to count different things.
    List<Finding> apart = detect(List.of(article("b", "Pier collapse",
        "Norland's interior ministry said 410 people were killed in the pier collapse. Ostria's foreign ministry said that "
            + "more than 3,000 people died in the coastal floods that week.")));
    assertThat(apart).noneSatisfy(f -> assertThat(f.topic()).contains("410 or 3000"));
  }

  @Test
  void aContrastWithAThirdPartyJoinsTheOtherSideAndKeepsTheTwoDisputesApart() {
    List<Finding> findings = detect(List.of(article("a", "Clinic blast",
        "The health minister in the Moroccan government, Amina Tazi, accused Portugal of a massacre. A Moroccan civil "
            + "defence chief said 300 people were killed. However, the Portuguese military denied responsibility for the "
            + "blast at the Kessa clinic, suggesting the clinic was hit by a failed rocket launch by the Red Dawn militia. "
            + "Omar Saidi, a spokesman for Red Dawn, told Reuters: \"This is a lie and fabrication, it is completely incorrect.\"")));
    // The militia's answer to the military, with the military on one side only.
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.sideB().claimants()).contains("Red Dawn");
      assertThat(f.sideA().claimants()).contains("Portuguese military").doesNotContain("Red Dawn");
      assertThat(f.sideB().claimants()).doesNotContain("Portuguese military");
    });
    // The ministry's accusation and the military's denial stay a dispute of their own.
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.sideA().claimants()).contains("Amina Tazi");
      assertThat(f.sideB().claimants()).contains("Portuguese military").doesNotContain("Red Dawn");
    });
  }

  @Test
  void aGovernmentQuotedRejectingTheAssessmentInAReportRejectsThatReport() {
    List<Finding> findings = detect(List.of(article("a", "Norland rejects US intelligence report",
        "Norland's Prince Arvid had approved an operation to capture or kill the writer, a US intelligence report said. "
            + "\"The government of Norland completely rejects the assessment in the report pertaining to the kingdom's "
            + "leadership,\" the Norland foreign ministry said.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideA().claimants()).anyMatch(c -> c.contains("US intelligence report"));
      assertThat(f.sideB().parties()).contains("Norland government");
    });
  }

  @Test
  void aCountOverTheWholeCountryOrDayIsNotTheIncidentsToll() {
    List<Claim> clinic = article("a", "Missile hits Kessa clinic",
        "A missile struck the children's clinic in Kessa on Monday, killing 12 people, the city's mayor said.");
    List<Finding> findings = detect(List.of(clinic, article("b", "Day of strikes",
        "Nationwide, Monday's strikes killed 36 people and injured more than 140, the interior ministry said.")));
    assertThat(findings).noneMatch(f -> f.kind() == ContradictionKind.NUMERIC_DISCREPANCY);
    findings = detect(List.of(clinic, article("c", "Day of strikes",
        "The emergency service said 30 civilians had been killed in the past 24 hours by the shelling.")));
    assertThat(findings).noneMatch(f -> f.kind() == ContradictionKind.NUMERIC_DISCREPANCY);
    // The same figures as two accounts of the clinic's toll do conflict.
    findings = detect(List.of(clinic, article("d", "Clinic toll disputed",
        "The interior ministry said the strike on the clinic killed 36 people.")));
    assertThat(findings).anyMatch(f -> f.kind() == ContradictionKind.NUMERIC_DISCREPANCY);
  }

  @Test
  void aRejectionOfTheFiguresAnswersTheCountToldBeforeIt() {
    List<Finding> findings = detect(List.of(article("a", "Strike on Kessa market",
        "Kessa's rescue service said 64 people were killed in the strike on the market, though the Portuguese army disputes those numbers.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideB().claimants()).anyMatch(c -> c.contains("army") || c.contains("Portuguese"));
    });
    findings = detect(List.of(article("b", "Market strike toll",
        "The Kessa rescue service said more than 60 people were killed at the market. Several countries condemned the strike. "
            + "The Portuguese army disputed the number of dead.")));
    assertThat(findings).anySatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL));
  }

  @Test
  void aCountCalledInflatedIsRejected() {
    List<Finding> findings = detect(List.of(article("a", "Market strike toll",
        "The Kessa rescue service put the death toll at more than 100. The Portuguese army said the count was exaggerated.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideB().parties()).contains("Portuguese government");
    });
    // Numbers said to be rising are no rejection.
    assertThat(detect(List.of(article("b", "Market strike toll",
        "The Kessa rescue service put the death toll at more than 100. The Portuguese army said the count was still rising."))))
        .noneMatch(f -> f.kind() == ContradictionKind.DENIAL);
  }

  @Test
  void aFigureOfTheDeadPutInAPartysMouthThatItDisownsIsDisputed() {
    List<Finding> findings = detect(List.of(
        article("a", "Flood toll climbs in Kessa",
            "The number of dead in Kessa has risen to 2,300, the Norland Red Cross said on Thursday, according to a wire agency."),
        article("b", DAY1.plus(java.time.Duration.ofDays(3)), "Aid group disowns Kessa toll",
            "However, the Norland Red Cross, named in the agency's report, denied the death toll, saying it had never given such a figure.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideA().position()).contains("2,300");
      assertThat(f.sideB().parties()).contains("Norland Red Cross");
      assertThat(f.trail()).contains("disowned-figure");
    });
  }

  /** "Dismissed speculation that the toll was far higher": a count others put about is rejected, not one of the party's own. */
  @Test
  void speculationAboutTheTollIsNoFigureDisowned() {
    List<Finding> findings = detect(List.of(
        article("a", "Tower fire toll", "Kessa police said 60 people had died in the tower fire."),
        article("b", "Police reject talk of a hidden toll", "Kessa police dismissed speculation that the death toll was far "
            + "higher and had been kept quiet.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.trail()).contains("disowned-figure"));
  }

  /** How many are held is disputed as a toll is: officials' 350 against the freed hostages' 1,500. */
  @Test
  void officialsAndFreedHostagesDisputeHowManyAreHeld() {
    List<Finding> findings = detect(List.of(
        article("a", "Siege at Vell school", "Officials in Vell said 350 people were being held hostage in the school on Thursday."),
        article("b", "Freed hostages speak", "The gunmen have up to 1,500 hostages in the Vell school, far more than the "
            + "official figure, freed hostages said on Thursday.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.topic()).contains("held hostage");
    });
  }

  /** "900 dead, far above the official toll of 350, aid workers said": the official figure is the officials', not the speaker's. */
  @Test
  void aFigureSetAgainstTheOfficialOneIsADispute() {
    List<Finding> findings = detect(List.of(article("a", "Flood toll far higher than admitted",
        "The flood killed 900 people in Vell, far above the official toll of 350, aid workers said on Friday.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.sideA().claimants()).contains("officials");
      assertThat(f.sideB().claimants()).contains("aid workers");
    });
  }

  /** "The ministry is putting out invented numbers": the opposition leader calls the ministry's count false, not his own. */
  @Test
  void figuresAGovernmentReleasesAreNotTheCriticsToDisown() {
    List<Finding> findings = detect(List.of(
        article("a", "Opposition puts fever toll far higher", "Opposition leader Lina Vesk said there were at least 52,000 deaths "
            + "from the fever in the provinces. \"The ministry is putting out invented numbers that are nowhere near reality,\" she said.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.trail()).contains("disowned-figure"));
  }

  /** "He rejected that count and put the dead at 46": the figure in the denial's own sentence is his answer, not disowned. */
  @Test
  void aFigureGivenInTheDenialItselfIsTheAnswer() {
    List<Finding> findings = detect(List.of(
        article("a", "Toll disputed", "Opposition doctors said 108 people had been killed in the raid. Tomas Vell, a health ministry "
            + "official, disputed that number and said 41 people were killed.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.trail()).contains("disowned-figure"));
  }

  @Test
  void aDenialOfAnotherCountIsNoDisownedFigure() {
    // The party gives a toll and denies something else: nothing it said is disowned.
    List<Finding> findings = detect(List.of(
        article("a", "Flood toll climbs in Kessa", "The number of dead in Kessa has risen to 2,300, the Norland Red Cross said on Thursday."),
        article("b", "Aid group rejects claims", "The Norland Red Cross denied that its trucks had been turned back at the bridge. "
            + "It also denied that the toll had been inflated to draw donations.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.trail()).contains("disowned-figure"));
  }

  /**
   * The head of a refugee charity named after her country speaks for the charity, not for its government: her charge
   * that a raid broke the rules of war meets the defence ministry's word that it was lawful.
   */
  @Test
  void theHeadOfACharityNamedAfterACountryIsNoOfficialOfIt() {
    List<Finding> findings = detect(List.of(article("a", "Raid on Dalen", "\"The raid on Dalen showed a blatant disregard for "
        + "the rules of war,\" Ana Berg, head of the Danish Refugee Council, said on social media. \"The raid on Dalen was "
        + "lawful,\" Denmark's defence ministry said.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.topic()).isEqualTo("whether the rules were kept");
      assertThat(f.sideA().parties().toString() + f.sideB().parties()).contains("Ana Berg");
    });
  }

  /**
   * "Cannot accept that this report offers any proof": a ministry that says a finding proves nothing rejects it, and the
   * report it means is the one the article told of, released a week before.
   */
  @Test
  void aReportSaidToProveNothingIsRejected() {
    List<Finding> findings = detect(List.of(article("a", "Ministry answers UN", "A UN report released last week concluded that "
        + "the raid on Dountami mostly hit guests at a wedding. \"The ministry cannot accept that this report offers any proof "
        + "whatsoever against the account of our pilots,\" the Norland defence ministry said.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideA().parties().toString() + f.sideB().parties()).contains("UN").contains("Norland");
    });
    assertThat(TargetReader.provesNothing("the inquiry brings no evidence for any of it")).isTrue();
    assertThat(TargetReader.provesNothing("the report gives proof that the pilots fired")).isFalse();
  }

  /**
   * "the findings of that review are not backed by the evidence", "the study does not prove how P": a
   * finding said not to bear out what it concluded is rejected, as one said to prove nothing is.
   */
  @Test
  void aFindingSaidNotToBearOutItsConclusionsIsRejected() {
    List<Finding> findings = detect(List.of(article("a", "Review blames the minister", "A forensic review concluded that Ana Berg's "
        + "phone had been hacked from an account of the Norland interior ministry."),
        article("b", DAY1.plusSeconds(3_600), "Researcher doubts review", "\"The findings of that review are not backed by the evidence "
            + "we have seen,\" said Ivo Dorov, a security researcher at the Vell Institute.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideB().parties().toString()).contains("Ivo Dorov");
    });
    assertThat(TargetReader.provesNothing("the data in the study does not prove with any confidence how the well was poisoned")).isTrue();
    assertThat(TargetReader.provesNothing("the review does not say when the phone was bought")).isFalse();
  }

  /**
   * '"His accusations are false," the father said': a speaker's own quoted words call the claim just reported false,
   * and "his" is the one who made it.
   */
  @Test
  void quotedWordsCallingHisAccusationsFalseRejectThem() {
    List<Finding> findings = detect(List.of(article("a", "Father rejects police claim", "On Sunday, police chief Ivo Dorov "
        + "claimed that the boy had carried parcels for smugglers. \"His accusations are false; the man never came to our street,\" "
        + "the boy's father, Tomas Berg, said.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideA().parties().toString() + f.sideB().parties()).contains("Dorov").contains("Berg");
    });
  }

  /** "Made no finding on guilt" and "no finding is made on guilt": the same negation in both, no denial between them. */
  @Test
  void anAssertionHoldingTheSameNegationAgreesWithTheDenial() {
    List<Finding> findings = detect(List.of(
        article("a", "Rapporteur reports", "Agnes Holm, the UN rapporteur, concluded that the killing was planned in advance "
            + "but made no finding as to who was guilty."),
        article("b", "Report out", "The UN report said that no finding is made as to who was guilty."),
        article("c", "Shelling", "The army said no shells were fired at the village. Witnesses said shells were fired at the village at dawn.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.topic()).contains("no finding"));
    assertThat(findings).anySatisfy(f -> assertThat(f.topic()).contains("no shells were fired"));
  }

  /**
   * A quote that waits for an investigation and calls guessing wrong in its next sentence labels no investigation; a
   * "we" opening a quote owns no accusations.
   */
  @Test
  void aLabelInTheNextSentenceOrAWeOwnsNothing() {
    List<Finding> findings = detect(List.of(
        article("a", "Kremlin waits", "\"An investigation is open, and any crash of an airliner should be left to aviation experts. "
            + "It is wrong to speculate until the investigation has finished,\" Ivo Dorov said."),
        article("b", "Ministry answers", "\"We say again that the charges our enemies spread are untrue,\" "
            + "the Vell ministry added.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.trail()).contains("rejection"));
    // An abbreviation's point ends no sentence: the label after "Sept. 3" still calls the accusations untrue.
    // A clause opening the sentence ("After initially claiming P, the government said Q") is the main clause subject's.
    List<Finding> labelled = detect(List.of(article("c", "Soldiers on trial", "Villagers said soldiers killed 21 people in Dalen. "
        + "After initially claiming the accusations of soldiers joining in the Dalen killings on Sept. 3 and Sept. 4 were untrue, "
        + "the Norland government said three soldiers would be tried.")));
    assertThat(labelled).anySatisfy(f -> {
      assertThat(f.trail()).contains("rejection");
      assertThat(f.sideA().parties().toString() + f.sideB().parties()).contains("Villagers").contains("Norland");
    });
  }

  /** "The count is not final": a count still growing is no count disowned. */
  @Test
  void aTollNotFinalIsNoDisownedFigure() {
    List<Finding> findings = detect(List.of(
        article("a", "Strike on Vell market", "The army said it struck a depot in the north on Monday that the Norland Red Cross "
            + "said hit a market, leaving scores of people dead or hurt."),
        article("b", "Hospitals fill in Vell", "A Norland Red Cross spokesman in Vell said the death toll was not final because "
            + "the wounded had been taken to several hospitals.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.trail()).contains("disowned-figure"));
  }

  /** Witnesses who say they were fired on, against a force that says it fired only into the air. */
  @Test
  void peopleFiredOnAgainstWarningShotsIsADispute() {
    List<Finding> findings = detect(List.of(
        article("a", "Shots at the Kesta bridge", "Witnesses said soldiers opened fire on the marchers at the Kesta bridge before dawn."),
        article("b", "Army answers", "The Norland army said its soldiers never shot at the marchers and only fired warning shots into the air.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("gunfire");
      assertThat(f.sideA().parties()).contains("Witnesses");
    });
    // A minister under fire for his remarks, and shots into the air: no one says people were fired on.
    List<Finding> quiet = detect(List.of(
        article("a", "Minister criticised", "Opposition leaders said the interior minister came under fire for his remarks on the march."),
        article("b", "Army answers", "The Norland army said its troops fired warning shots into the air.")));
    assertThat(quiet).noneSatisfy(f -> assertThat(f.trail()).contains("gunfire"));
  }

  /**
   * A force that says it answered with rubber bullets or fired only blanks, against a witness who says live rounds were
   * fired at the crowd: the same question, whether they fired on people. "Responded with rubber bullets" is the force's
   * act, reported by the police, not a statement of the officers'.
   */
  @Test
  void liveRoundsAgainstRubberBulletsOrBlanksIsADispute() {
    for (String force : List.of("Narva police said rioters had set a van alight and thrown rocks at the station, and that officers "
        + "responded with rubber bullets.", "A Narva garrison officer said his men used nothing but blank cartridges at the march.")) {
      List<Finding> findings = detect(List.of(
          article("a", "Shots in Narva", "Community leader Marek Dorov said the security forces opened fire with live rounds on the crowd in Narva."),
          article("b", "Force answers", force)));
      assertThat(findings).as("%s", force).anySatisfy(f -> {
        assertThat(f.trail()).contains("gunfire");
        assertThat(f.sideA().parties().toString() + f.sideB().parties()).contains("Marek Dorov");
      });
    }
  }

  /** Blaming a president is blaming the government that denies it; a president no one has heard speak stays a person. */
  @Test
  void anOfficeHolderBlamedIsTheGovernmentThatDenies() {
    List<Finding> findings = detect(List.of(
        article("a", "President mourns pilot", "Estonian President Ivan Dorov called the pilot a hero on Thursday."),
        article("b", "West blames Dorov", "Western officials have all blamed Dorov for the crash of the jet on Wednesday."),
        article("c", "Tallinn denies role", "The Estonian government denied any involvement in the crash.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.trail()).contains("blame");
      assertThat(f.sideB().parties()).contains("Estonian government");
    });
    List<Finding> unknown = detect(List.of(
        article("b", "West blames Dorov", "Western officials have all blamed Dorov for the crash of the jet on Wednesday."),
        article("c", "Tallinn denies role", "The Estonian government denied any involvement in the crash.")));
    assertThat(unknown).noneSatisfy(f -> assertThat(f.trail()).contains("blame"));
  }

  /**
   * A paper that broke a story owns the claims refuted just after it, a negative it reported included; a statement called
   * false in passing ("the inaccurate reporting by X", "X's false claims") is rejected whatever the verb.
   */
  @Test
  void aPapersStoryRefutedOrCalledFalseInPassingSetsThePaperAgainstTheRejecter() {
    String story = "The Vell Times reported on Monday that the crew of the Kessa Line ferry had never held a fire drill. ";
    for (String answer : List.of("The ferry operator strongly refuted the claims, saying its crews drilled every month.",
        "In a statement, the Kessa Line voiced its anger at the inaccurate reporting of the Vell Times.",
        "The Kessa Line said the Vell Times' false claims had hurt the families.")) {
      List<Finding> findings = detect(List.of(article("a", "Operator answers paper", story + answer)));
      assertThat(findings).as("%s", answer).anySatisfy(f -> {
        assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
        assertThat(f.sideA().parties().toString() + f.sideA().claimants()).contains("Vell Times");
        assertThat(f.sideB().parties().toString() + f.sideB().claimants()).containsAnyOf("Kessa Line", "operator");
      });
    }
    // The paper's telling of what a minister said is the minister's, and a false story named by no one is no one's.
    List<Finding> none = detect(List.of(article("b", "Operator answers", "The Kessa Line said false stories about the fire had hurt the families.")));
    assertThat(none).as("%s", none).isEmpty();
  }

  /** 'described as "a pack of lies", the commission's report': a quoted label before the thing it rejects. */
  @Test
  void aQuotedLabelBeforeTheReportRejectsIt() {
    List<Finding> findings = detect(List.of(article("a", "Estonia rejects panel report",
        "A commission in Narva said on Monday in its report that soldiers had shot at the marchers on the bridge. The Estonian government "
            + "on Tuesday described as 'a pack of lies', the report of the Narva commission.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideB().parties()).contains("Estonian government");
      assertThat(f.trail()).contains("rejection");
    });
  }

  /**
   * A claimant whose name repeats a word ("Tamsar al-Tamsar") in an event where a body's report is rejected: the test of
   * whether the claim is the body's reads the name's words, and once threw on the repeated one, so the event lost every
   * rejection.
   */
  @Test
  void aNameThatRepeatsAWordLeavesTheRejectionStanding() {
    List<Finding> findings = detect(List.of(article("a", "Government rejects mission",
        "A fact-finding mission said on Monday in its report that soldiers had fired on the crowd at the Kessa market. "
            + "\"We found that the firing lasted an hour,\" Norland deputy prosecutor Tamsar al-Tamsar told a news conference. "
            + "The Norland government on Tuesday rejected the fact-finding mission as biased.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideB().parties()).contains("Norland government");
      assertThat(f.trail()).contains("rejection");
    });
  }

  /** "the Norland government's death toll is incorrect" rejects the toll the government's minister gave. */
  @Test
  void aGovernmentsTollCalledIncorrectIsRejected() {
    List<Finding> findings = detect(List.of(
        article("a", "Toll given", "The Norland interior minister, Ivo Dorov, announced a provisional toll of 129 dead at the Kessa prison."),
        article("b", "Toll questioned", "A local rights group said the Norland government's death toll is incorrect.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideA().parties()).contains("Norland government");
      assertThat(f.trail()).contains("rejection");
    });
  }

  /** "said accusations that P were false": the noun's that-clause comes between it and the verb that calls it false. */
  @Test
  void accusationsThatPWereFalseRejectTheAccusations() {
    List<Finding> findings = detect(List.of(
        article("a", "Group accuses police", "Vell Watch said Norland police left the hurt migrants at the fence without any help from medics."),
        article("b", "Ministry answers", "The Norland interior ministry said accusations that its police had left the hurt migrants without "
            + "help were false.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideA().parties()).contains("Vell Watch");
      assertThat(f.trail()).contains("rejection");
    });
  }

  /** "disputed the group's version": an owner named by a common noun is the party that spoke just before. */
  @Test
  void aClaimOwnedByACommonNounIsTheOneJustSpokenOf() {
    List<Finding> findings = detect(List.of(article("a", "Police dispute group's account",
        "The rights group Vell Watch said on Monday that Narva police had beaten the detained marchers. Narva police disputed "
            + "the group's version of events.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideA().parties().toString() + f.sideA().claimants()).contains("Vell Watch");
    });
  }

  /** "Inspectors say otherwise": the claim just made by another party is denied; "decided otherwise" says nothing. */
  @Test
  void sayingOtherwiseRejectsTheClaimJustMade() {
    List<Finding> findings = detect(List.of(article("a", "Dam safety disputed",
        "The Kessa Power Company insists the dam was sound. Inspectors from the Vell Monitor say otherwise.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideA().parties().toString() + f.sideA().claimants()).contains("Kessa Power Company");
      assertThat(f.sideB().parties().toString() + f.sideB().claimants()).contains("Vell Monitor");
    });
    assertThat(detect(List.of(article("b", "Plans change", "Ana Berg said she would stay in Narva. Her sister decided otherwise.")))).isEmpty();
  }

  /** "fired directly into the crowd": an adverb between the firing and its target still says they fired on people. */
  @Test
  void firingStraightIntoACrowdAnswersWarningShots() {
    List<Finding> findings = detect(List.of(
        article("a", "Army on the march", "The Estonian army said its soldiers fired warning shots into the air in Narva."),
        article("b", "Witness account", "Marek Dorov, who was at the march, said troops fired directly into the crowd.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("gunfire");
      assertThat(f.sideA().parties().toString() + f.sideB().parties()).contains("Marek Dorov");
    });
  }

  /**
   * "the opposite was true", "that was simply not the case", "contrary to X's claims, P": the claim just made, or the
   * one named, rejected; "it was not the case that P" denies P and points at nothing.
   */
  @Test
  void theOppositeOrNotTheCaseRejectsWhatWasJustSaid() {
    String charge = "The rights group Vell Watch said on Monday that Narva police had beaten the detained marchers. ";
    for (String answer : List.of("Narva police said the opposite was true.", "The Narva police chief Ivan Dorov said that was simply not the case.",
        "Contrary to Vell Watch's claims, no marcher was hurt in custody, Narva police said.")) {
      List<Finding> findings = detect(List.of(article("a", "Police answer rights group", charge + answer)));
      assertThat(findings).as("%s", answer).anySatisfy(f -> {
        assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
        assertThat(f.sideA().parties().toString() + f.sideA().claimants()).contains("Vell Watch");
      });
    }
    List<Finding> none = detect(List.of(article("b", "Police on the weather", charge + "Narva police said it was not the case that the weather was bad.")));
    assertThat(none).as("%s", none).noneSatisfy(f -> assertThat(f.trail()).contains("rejection"));
  }

  /**
   * "the ministry's figure was a gross underestimate", "far too low", "an exaggeration", "accused the ministry of
   * underreporting the deaths": a count called wrong without a figure, against the count's owner.
   */
  @Test
  void aCountCalledAnUnderestimateOrTooLowIsDisputedWithItsOwner() {
    String count = "The Estonian health ministry said 31 people died in the Narva floods. ";
    for (String answer : List.of("Ana Berg, a Narva councillor, said the ministry's figure was a gross underestimate.",
        "The Vell Monitor said the ministry's count was far too low.", "Ana Berg accused the ministry of underreporting the deaths.",
        "Ana Berg said the ministry's estimate was an exaggeration.")) {
      List<Finding> findings = detect(List.of(article("a", "Flood toll questioned", count + answer)));
      boolean tooHigh = answer.contains("exaggeration");
      assertThat(findings).as("%s", answer).anySatisfy(f -> {
        assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
        assertThat(f.topic()).contains(tooHigh ? "too high" : "too low");
        assertThat(f.sideA().parties()).contains("Estonian government");
      });
    }
  }

  /** "A Vell Times report which said P was rejected by the city council": the paper's report, denied by the council. */
  @Test
  void aReportInTheSubjectOfAPassiveDismissalIsDeniedByTheAgent() {
    List<Finding> findings = detect(List.of(article("a", "Council rejects report",
        "A Vell Times report which said the mayor had signed the permit was rejected by the city council on Friday.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideA().parties().toString() + f.sideA().claimants()).contains("Vell Times");
      assertThat(f.sideB().parties().toString() + f.sideB().claimants()).contains("city council");
    });
  }

  /** 'Norland rejected "these wild imputations"': a quoted object of a rejection points back at what was said. */
  @Test
  void aQuotedImputationRejectedPointsBackAtTheClaim() {
    List<Finding> findings = detect(List.of(article("a", "Norland rejects police claims",
        "Ostravia's police said the Norland envoy had been questioned over the killing. "
            + "Norland rejected \"these wild imputations\" on Monday.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideB().parties().toString() + f.sideB().claimants()).contains("Norland");
    });
  }

  /** 'characterizations that it caused P were "untrue"': the company denies what its accuser says it did. */
  @Test
  void aReportedAdmissionCalledInaccurateIsDeniedAgainstItsReporter() {
    List<Finding> findings = detect(List.of(article("a", "Utility denies admitting fault",
        "Ivan Dorov, counsel for the town, wrote that Vell Power had caused the Kessa blaze through a faulty cable. Vell Power said "
            + "characterizations that it had caused the Kessa blaze were \"untrue and unfair.\"")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideA().parties().toString() + f.sideB().parties()).contains("Ivan Dorov").contains("Vell Power");
    });
  }

  /** "we hold solid evidence that P" against "Ostravia never produced any proof": whether evidence was shown. */
  @Test
  void evidenceClaimedAgainstNoneShownIsADispute() {
    String held = "Ostravia's prime minister, Ana Berg, said they hold solid evidence that Norland's agents were behind the "
        + "killing. ";
    for (String answer : List.of("Norland's foreign ministry said Ostravia had never produced any proof.",
        "Norland said no evidence at all had been handed over by Ostravia.", "Norland said Ostravia had failed to provide any proof.")) {
      List<Finding> findings = detect(List.of(article("a", "Norland answers", held + answer)));
      assertThat(findings).as("%s", answer).anySatisfy(f -> {
        assertThat(f.topic()).isEqualTo("whether evidence was shown");
        assertThat(f.sideA().claimants().toString()).contains("Ana Berg");
        assertThat(f.sideB().parties().toString()).contains("Norland");
      });
    }
    // "no evidence of foul play" says what was not found, not that an accuser showed none.
    List<Finding> none = detect(List.of(article("b", "Police on the fire", "Ana Berg said she had evidence that the dam was "
        + "sabotaged. Narva police said there was no evidence of foul play.")));
    assertThat(none).as("%s", none).noneSatisfy(f -> assertThat(f.topic()).isEqualTo("whether evidence was shown"));
  }

  /** "the dam broke" and "denied that the dam had broken": an irregular past and its participle are one verb. */
  @Test
  void anIrregularPastMeetsItsParticipleInADenial() {
    List<Finding> findings = detect(List.of(article("a", "Dam", "The governor said the Kessa dam broke at dawn."),
        article("b", "Operator", "The operator denied that the dam at Kessa had broken.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL));
  }

  /** "nine feared drowned, although the coastguard has only confirmed four": the outlet sets its count against a lower one. */
  @Test
  void anOutletsCountSetAgainstALowerConfirmedOneIsADispute() {
    List<Finding> findings = detect(List.of(article("a", "Boat lost off Vell",
        "Nine fishermen are feared drowned off Vell, although the coastguard has only confirmed four deaths.")));
    assertThat(findings).as("%s", findings).anySatisfy(f ->
        assertThat(f.sideA().claimants().toString() + f.sideB().claimants()).contains("coastguard").contains("Harbour Gazette"));
    // A party's higher count after the outlet's is the toll rising, not a dispute.
    List<Finding> rising = detect(List.of(article("b", "Toll rises",
        "At least 12 people were killed in Vell on Monday, but police later said the toll had risen to 15.")));
    assertThat(rising).as("%s", rising).isEmpty();
  }

  /** "Police said the Kessa Front killed them" against "the Kessa Front denied killing them": a denial of the deed itself. */
  @Test
  void aDeniedDeedAnswersTheBlame() {
    List<Finding> findings = detect(List.of(article("a", "Villagers killed", "Police in Narva said Kessa Front gunmen shot "
        + "eleven farmers dead on Sunday."), article("b", "Group answers", "The Kessa Front denied killing anyone in Narva.")));
    assertThat(findings).as("%s", findings).anySatisfy(f ->
        assertThat(f.sideA().claimants().toString() + f.sideB().claimants()).contains("Police").contains("Kessa Front"));
  }

  /** One person under a title, a first name or the surname alone: an accusation of "Dorov" meets "Warden Dorov"'s denial. */
  @Test
  void anAccusationOfASurnameMeetsTheDenialOfTheSamePersonTitled() {
    List<Finding> findings = detect(List.of(
        article("a", "Guard accuses warden", "A former guard accuses Dorov of ordering the beatings at the Kessa jail."),
        article("b", "Warden denies role", "Warden Dorov has denied any role in the beatings at the Kessa jail.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideA().claimants()).anyMatch(c -> c.contains("guard"));
      assertThat(f.sideB().claimants()).anyMatch(c -> c.contains("Dorov"));
    });
    // Two bodies whose names end alike are two agents.
    assertThat(Surnames.samePerson("border forces", "rapid forces")).isFalse();
    assertThat(Surnames.samePerson("ivan dorov", "dorov")).isTrue();
  }

  @Test
  void aDenialOfThisAnswersTheClaimJustBefore() {
    List<Finding> findings = detect(List.of(article("a", "Concession costs disputed",
        "Economists at the Kessa institute said cancelling the ferry licence would cost the treasury about 2 billion crowns "
            + "in damages. The government denies this.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideA().claimants()).contains("Economists");
      assertThat(f.sideB().claimants()).contains("government");
      assertThat(f.topic()).contains("stands:").contains("rejects it");
    });
  }

  /** A candidate's share of the vote given by the electoral body and by a court: one share, two figures. */
  @Test
  void aCourtsShareOfTheVoteDisputesTheCommissionsForTheSameCandidate() {
    List<Finding> findings = detect(List.of(
        article("a", DAY1, "Berg wins Norland vote", "Ana Berg won 71.4% of the vote and Marek Vell 22.1% of the vote, the national "
            + "electoral commission said on Thursday."),
        article("b", DAY1.plusSeconds(86_400 * 20), "Court confirms Berg win", "Ana Berg won 64.9% of the vote, the constitutional "
            + "court said on Monday, while Marek Vell won 29.3% of the vote.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.topic()).contains("share of the vote for berg").contains("64.9").contains("71.4");
    });
    // Two candidates' shares are no dispute, nor is a share retold rounded ("71%").
    assertThat(findings).noneSatisfy(f -> assertThat(f.topic()).contains("22.1").contains("71.4"));
    List<Finding> rounded = detect(List.of(
        article("a", DAY1, "Berg wins Norland vote", "Ana Berg won 71.4% of the vote, the national electoral commission said."),
        article("b", DAY1.plusSeconds(3600), "Berg sworn in", "Berg, who received 71% of the vote, was sworn in on Monday, the Vell "
            + "Times reported.")));
    assertThat(rounded).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  /** Two outlets giving one named victim two ages; the ages of two people, or one age twice, are no dispute. */
  @Test
  void twoAgesOfOneNamedVictimAreADiscrepancy() {
    List<Finding> findings = detect(List.of(
        article("a", DAY1, "Soldier killed near Vell", "Corporal Ana Berg, 27, was killed when a mine went off near Vell on "
            + "Monday, and Private Ivo Dorov, 31, was hurt."),
        EXTRACTOR.analyze(new ArticleText("b", "Vell mine blast", "Corporal Ana Berg (26) died in the blast near Vell. Private Ivo "
            + "Dorov, 31, is in hospital.", "Kessa Courier", null, DAY1.plusSeconds(3600), "en")).claims()));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.topic()).contains("age of ana berg").contains("26").contains("27");
    });
    assertThat(findings).noneSatisfy(f -> assertThat(f.topic()).contains("age of ivo dorov"));
    // A son and his father of one surname are two people.
    List<Finding> family = detect(List.of(
        article("a", DAY1, "Vell mine blast", "The 25-year-old Omar Berg said he would sue over his father's death."),
        EXTRACTOR.analyze(new ArticleText("b", "Vell mine blast", "Berg, 61, died in the blast near Vell.", "Kessa Courier", null,
            DAY1.plusSeconds(3600), "en")).claims()));
    assertThat(family).noneSatisfy(f -> assertThat(f.topic()).contains("age of"));
    assertThat(findings).noneSatisfy(f -> assertThat(f.topic()).contains("31").contains("27"));
  }

  /** "denounced errors in the official results announced by the commission": flaws found in another's results reject them. */
  @Test
  void flawsFoundInAnothersResultsRejectThem() {
    List<Finding> findings = detect(List.of(article("a", "Vell vote disputed", "The Vell electoral commission said on Sunday that "
        + "Ana Berg had won 61% of the vote. The campaign of Marek Dorov, the runner-up, denounced errors and inconsistencies in "
        + "the official results of the vote announced by the commission.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.topic()).contains("results").contains("Marek Dorov rejects");
    });
    // Errors admitted in one's own count reject no one's.
    List<Finding> own = detect(List.of(article("a", "Vell vote count", "The Vell electoral commission said on Sunday that Ana Berg "
        + "had won 61% of the vote. The commission later said there were errors in the results it had announced.")));
    assertThat(own).noneSatisfy(f -> assertThat(f.topic()).contains("rejects"));
  }

  /** "its troops did not hide the raid" answers "accused Norland forces of hiding the raid": troops are the forces. */
  @Test
  void troopsDenyingWhatForcesAreAccusedOfAnswerIt() {
    List<Finding> findings = detect(List.of(article("a", "Village raid", "Villagers accused Norland forces of hiding the raid on "
        + "Kessa by burning the huts. The Norland army said its troops did not hide the raid.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(List.of(f.sideA().claimants(), f.sideB().claimants())).anySatisfy(c -> assertThat(c).contains("Villagers"));
    });
  }

  /** Two groups each claiming the attack: at most one did it, though neither names the other. */
  @Test
  void twoGroupsClaimingOneAttackDisputeWhoDidIt() {
    List<Finding> findings = detect(List.of(
        article("a", DAY1, "Parade attack in Kessa", "Attackers shot at a parade in Kessa on Saturday, killing 20 people. The Vell "
            + "Front (VF) militant group claimed responsibility for the attack in a video."),
        article("b", DAY1.plusSeconds(3600), "Second claim over Kessa parade attack", "The Ostrian Liberation Army, a separatist "
            + "movement, also claimed responsibility for the attack on the parade in Kessa, which killed 20 people.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.ATTRIBUTED_DISAGREEMENT);
      assertThat(List.of(f.sideA().parties(), f.sideB().parties())).anySatisfy(p -> assertThat(p).contains("Vell Front"));
      assertThat(List.of(f.sideA().parties(), f.sideB().parties())).anySatisfy(p -> assertThat(p).contains("Ostrian Liberation Army"));
    });
  }

  /** A group's spokesman, named for a city, claiming the attack for it is the group's voice, no rival and no government. */
  @Test
  void aGroupsSpokesmanClaimingForItIsNoRival() {
    List<Finding> findings = detect(List.of(
        article("a", DAY1, "Parade attack in Porto", "Attackers shot at a parade in Porto on Saturday, killing 20 people. Porto "
            + "Resistance Front spokesman Ivo Porto claimed responsibility for the attack."),
        article("b", DAY1.plusSeconds(3600), "Claim over Porto parade attack", "The Porto Resistance Front also claimed "
            + "responsibility for the attack on the parade in Porto, which killed 20 people.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.topic()).contains("each claiming it"));
  }

  /** "Norchem, the company that runs the plant, disputes that.": a sentence-final "that" is what the company disputes. */
  @Test
  void aCompanyDisputingThatAnswersTheClaimJustBefore() {
    List<Finding> findings = detect(List.of(article("a", "Diesel leak at Vell plant",
        "The regional governor, Ivo Dorov, said the leaked diesel had reached Lake Ostria. Norchem, the company that runs the "
            + "plant, disputes that.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(List.of(f.sideA().claimants(), f.sideB().claimants())).anySatisfy(c -> assertThat(c).contains("Norchem"));
      assertThat(List.of(f.sideA().claimants(), f.sideB().claimants())).anySatisfy(c -> assertThat(c).contains("Ivo Dorov"));
    });
  }

  /** "does not accept claims by X that P": not accepting another party's claims rejects them. */
  @Test
  void notAcceptingAPartysClaimsRejectsThem() {
    List<Finding> findings = detect(List.of(article("a", "Convoy attack",
        "Ana Berg, Norland's foreign minister, said she does not accept claims by the Kessa militia that its fighters took no "
            + "part in the ambush on the convoy. A militia spokesman had said its fighters took no part.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.topic()).contains("Kessa militia's claims stand");
    });
  }

  @Test
  void engineersDisputingAnOperatorsDenialAreSetAgainstIt() {
    List<Finding> findings = detect(List.of(article("a", "Flooded tunnel",
        "Ostria Rail has insisted the refit never touched the tunnel that flooded, but several engineers disputed that.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideA().claimants()).contains("engineers");
      assertThat(f.sideB().claimants()).contains("Ostria Rail");
    });
  }

  @Test
  void twoOfficesSayingTheSameNegatedThingAgreeAcrossARelativeClause() {
    List<Finding> findings = detect(List.of(
        article("a", "Tunnel works", "Ostria Rail said the ramp that gave way near the depot had not been in the contract."),
        article("b", "Tunnel works", "Officials at the transport ministry have insisted that the ramp was not in the contract.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL));
  }

  @Test
  void aPassiveDisputeOfThisAnswersTheClaimBefore() {
    List<Finding> findings = detect(List.of(article("a", "Hotel fire",
        "Tourism Minister Ana Berg said the inn had a valid safety permit from the fire brigade. But this was disputed by "
            + "Kessa's mayor, Ivo Dorov, who said the brigade had refused to sign off on the building for years.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.sideA().claimants()).contains("Ana Berg");
      assertThat(String.join(" ", f.sideB().claimants())).contains("mayor");
    });
  }

  @Test
  void aWitnessCallingTheOfficialTollWrongDoesNotDisownHisOwnFigure() {
    List<Finding> findings = detect(List.of(article("a", "Ward fire toll",
        "Ivo Dorov, whose brother died in the ward, said the official death toll was wrong, adding that in his view nearly "
            + "140 patients had died. The health ministry said 60 people were killed.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.trail()).contains("disowned-figure"));
  }

  @Test
  void twoPartiesNamingTwoThingsThatSetAFireAlightDisagreeOnHowItStarted() {
    List<Finding> findings = detect(List.of(
        article("a", "Club fire", "Norland police said indoor fireworks set the ceiling of the Kessa club alight."),
        article("b", "Club fire", "The club's owner, Ivo Dorov, said a short circuit behind the bar started the fire.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.topic()).contains("pyrotechnics").contains("electrical");
      assertThat(f.sideA().claimants().toString() + f.sideB().claimants()).contains("Norland police").contains("Ivo Dorov");
    });
  }

  /** A pit fire set off by a transformer, or by coal dust that ignited; miners who died of gas poisoning were poisoned by no one. */
  @Test
  void aTransformerAndCoalDustAreTwoAccountsOfHowAPitFireStarted() {
    List<Finding> findings = detect(List.of(
        article("a", "Pit fire", "Energy Minister Ana Berg said the fire broke out after an explosion at a transformer in the Kessa pit."),
        article("b", "Pit fire", "The mine's manager, Ivo Dorov, said a coal dust explosion started the fire. Doctors said most of "
            + "the miners died of carbon monoxide poisoning.")));
    assertThat(findings).anySatisfy(f -> assertThat(f.topic()).contains("dust explosion").contains("electrical"));
    assertThat(findings).noneSatisfy(f -> assertThat(f.topic()).contains("deliberate"));
  }

  @Test
  void anotherOfficialIsNotTheOfficialsJustQuoted() {
    List<Claim> claims = article("a", "Ward fire", "The officials said the fire began in the storeroom and another ward "
        + "official said a heater exploded.");
    assertThat(claims).anySatisfy(c -> {
      assertThat(c.content()).startsWith("a heater exploded");
      assertThat(c.claimant()).contains("unnamed").contains("ward official");
    });
  }

  @Test
  void aCountSaidToBeFarBeyondAnothersTollDisputesThatToll() {
    List<Finding> findings = detect(List.of(
        article("a", "Ferry toll", "The Norland interior ministry said 31 passengers died when the ferry capsized off Kessa."),
        article("b", "Ferry toll", "Relatives' groups said the real number of passengers who drowned was far higher than the "
            + "interior ministry's count of 31, since many travelled without tickets.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("misstated-toll");
      assertThat(f.topic()).contains("too low");
      assertThat(f.sideB().claimants().toString()).contains("groups");
    });
  }

  /**
   * "above the official tally", "the actual number is far greater", "well higher than the stated 40": a count held
   * too low without naming whose it is means the state's, whichever of its offices gave it.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Nine inmates lost their lives when the Vell jail burned, the Norland judiciary announced on Sunday. | The rights group Vell Watch said the deaths in the jail were likely higher than the official tally.",
      "The Norland prosecutor said 160 people had died in the unrest in Kessa. | An opposition leader, Ana Berg, said the actual number was far greater.",
      "The Norland interior ministry said 40 people had died. | Marchers want an independent review and say the toll was well higher than the stated 40.",
      "Police in Kessa said 12 marchers were killed. | Relatives said the true toll could be far higher."})
  void aCountHeldTooLowWithoutAnOwnerDisputesTheStatesToll(String state, String other) {
    List<Finding> findings = detect(List.of(article("a", "Toll given", state), article("b", "Toll doubted", other)));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("misstated-toll");
      assertThat(f.topic()).contains("too low");
    });
  }

  /** "killed in a Portuguese airstrike" blames Portugal; its army's "we carried out no airstrike that night" denies it. */
  @Test
  void aDeathInACountrysStrikeAndThatCountrysDenialOfAnyStrikeDisagree() {
    List<Finding> findings = detect(List.of(
        article("a", "Leader killed", "The Vell Front said its chief Omar Kessa was killed in a Portuguese airstrike on the farm where he slept."),
        article("b", "Army denies strike", "A Portuguese army spokesman, Ivo Dorov, said Lisbon carried out no air raids over the "
            + "region on the night Kessa was killed.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.sideA().parties().toString() + f.sideB().parties()).contains("Vell Front").contains("Portuguese government");
      assertThat(f.trail()).contains("blame");
    });
  }

  /** "An opposition leader" of a country, however official the title sounds, does not speak for its government. */
  @Test
  void anOppositionLeadersCountStandsAgainstTheGovernments() {
    List<Finding> findings = detect(List.of(article("a", "Toll disputed", "Peruvian prosecutors said 169 marchers lost their lives in "
        + "the crackdown in Kessa. A Peruvian opposition leader said 500 marchers had died there.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.sideA().parties().toString() + f.sideB().parties()).contains("Peruvian government").contains("opposition leader");
    });
  }

  /** The state's offices that gave the count held too low are one side of one finding. */
  @Test
  void aCountHeldTooLowWithoutAnOwnerIsOneDisputeWithTheWholeState() {
    List<Finding> findings = detect(List.of(
        article("a", "Toll given", "The Norland judiciary said nine inmates lost their lives when the Vell jail burned. Norland authorities said nine had died."),
        article("b", "Toll doubted", "The rights group Vell Watch said the deaths in the jail were likely higher than the official tally.")));
    assertThat(findings.stream().filter(f -> f.trail().contains("misstated-toll")).toList()).as("%s", findings).hasSize(1);
  }

  /** The state's own warning that the toll may rise, or a count held too low when only a rights group gave one, disputes nothing. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The Norland interior ministry said 40 people had died. | The ministry cautioned that the true toll may rise higher.",
      "Vell Watch counted 30 dead in Kessa. | An opposition leader, Ana Berg, said the real figure was much higher."})
  void aCountHeldTooLowByTheStateOrOfNoStateDisputesNothing(String first, String second) {
    List<Finding> findings = detect(List.of(article("a", "Toll given", first), article("b", "Toll doubted", second)));
    assertThat(findings).as("%s", findings).noneSatisfy(f -> assertThat(f.trail()).contains("misstated-toll"));
  }

  @Test
  void aCountSaidToBeBeyondAnothersFloorDisputesNothing() {
    List<Finding> findings = detect(List.of(
        article("a", "Ferry toll", "The Norland interior ministry said at least 31 passengers died when the ferry capsized off Kessa."),
        article("b", "Ferry toll", "Relatives' groups said the real number of passengers who drowned was far higher than the "
            + "interior ministry's count of 31, since many travelled without tickets.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.trail()).contains("misstated-toll"));
  }

  @Test
  void aRetellingCalledALieDeniesWhatWasRetold() {
    List<Finding> findings = detect(List.of(
        article("a", "Cruiser crew safe, ministry says", "The Norland defence ministry said the whole crew had been taken off "
            + "the burning cruiser."),
        article("b", "Father of sailor speaks out", "Ivo Dorov, whose son served aboard, wrote on his page: \"It was reported "
            + "that the whole crew had been taken off the burning cruiser. It is a lie!\"")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideA().parties()).contains("Norland government");
      assertThat(f.sideB().parties()).contains("Ivo Dorov");
    });
  }

  @Test
  void picturesCitedForWhatTheyShowAgainstACallThatTheyAreFabricated() {
    List<Finding> findings = detect(List.of(article("a", "Heat deaths at Vell festival", "Clips of the festival crowd spread "
        + "online on Monday. The videos claim the injured lay in the sun for hours before any ambulance came. The "
        + "Vell governor, Tomas Berg, said most of the videos were fabricated.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("authenticity");
      assertThat(f.sideB().parties()).contains("videos");
    });
  }

  @Test
  void oneNationalitysShareOfTheDeadIsNoRivalToll() {
    List<Finding> findings = detect(List.of(
        article("a", "Festival heat toll passes 600", "The Vell health ministry said more than 600 pilgrims had died in the heat."),
        article("b", "Foreign pilgrims among the dead", "Diplomats told the Courier that Peruvians accounted for 480 deaths."),
        article("c", "Chile counts its dead", "At least 550 Chileans also died in the heat, the consul in Vell said.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  @Test
  void aHighEstimateStandsAgainstAFarLowerOfficialToll() {
    List<Finding> findings = detect(List.of(article("a", "Dispute over toll of Vell crackdown",
        "The Ostrian government says 120 people were killed when troops cleared the square in Vell. Rights monitors say "
            + "that as many as 400 died during the crackdown.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.topic()).contains("120").contains("400");
    });
  }

  @Test
  void aHighEstimateNearTheOtherFigureIsNoDispute() {
    List<Finding> findings = detect(List.of(article("a", "Toll of Vell crackdown",
        "The Ostrian government says 310 people were killed when troops cleared the square in Vell. Rights monitors say "
            + "that as many as 400 died during the crackdown.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  /** One report that gives a state's toll and then its critics' has set two accounts side by side, in so many words or not. */
  @Test
  void aStatesTollAndItsCriticsInOneReportAreTwoAccounts() {
    List<Finding> findings = detect(List.of(article("a", "Vell counts its dead",
        "The Ostrian interior ministry says 90 people died when the police broke up the march in Vell. Opposition activists "
            + "say 230 people died in the march.")));
    assertThat(findings).anySatisfy(f -> assertThat(f.topic()).contains("90").contains("230"));
    // (Two offices of the state counting through one day tell how the toll grew.)
    assertThat(detect(List.of(article("b", "Vell counts its dead",
        "The Ostrian interior ministry says 90 people died when the police broke up the march in Vell. The Ostrian health "
            + "ministry says 230 people died in the march.")))).noneSatisfy(f -> assertThat(f.topic()).contains("90"));
  }

  /** A body of states and a party that does not speak for the state count apart, though one report gives both. */
  @Test
  void aBodyOfStatesAndAPartyInOneReportAreTwoAccounts() {
    List<Finding> findings = detect(List.of(article("a", "Vell counts its dead",
        "The Kessa Forward party said over 300 people had been killed in the unrest in Vell. Meanwhile, the United Nations "
            + "said 120 people lost their lives in the unrest in Vell.")));
    assertThat(findings).anySatisfy(f -> assertThat(f.topic()).contains("120").contains("300"));
  }

  /** Two parties that both call the inquiry fabricated agree: a word of falsity in both is no denial of the other. */
  @Test
  void theSameWordOfFalsityInBothIsNoDenial() {
    List<Finding> findings = detect(List.of(article("a", "Rescuers reject army inquiry",
        "The Ostrian civil defence rejected the army's review of how nine medics died, branding it a \u201cfabricated "
            + "investigation\u201d.\n\n\u201cThe world must see through the army's fabricated investigation,\u201d the Vell Red "
            + "Crescent said.")));
    // (Each rejects the army's inquiry: that is the rejection detector's finding, with the army's side.)
    assertThat(findings).noneSatisfy(f -> assertThat(f.trail()).contains("denial"));
  }

  /** A word of rejection after "in the face of" is aimed at what that phrase brings in, not at the decision before it. */
  @Test
  void aLabelAfterInTheFaceOfIsNotTheDecisions() {
    List<Finding> findings = detect(List.of(article("a", "Norland holds the ferry",
        "Norland's coast guard held the Kessa ferry on Friday. Ivo Dorov, a council spokesman, said the council's decision "
            + "to hold it was sound in the face of Ostria's \"illegitimate blockade\".")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.topic()).contains("decision"));
  }

  /** "rejected initial reports that P": reports no one is named giving stand for themselves against the rejection. */
  @Test
  void unattributedReportsStandAgainstTheirRejection() {
    List<Finding> findings = detect(List.of(article("a", "Quarry blaze",
        "Lena Ortiz, who runs the Vell quarry, rejected early reports that a faulty generator had started the blaze.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideA().claimants()).contains("early reports");
      assertThat(f.sideB().claimants()).contains("Lena Ortiz");
    });
  }

  /** A group that claims the deed stands against a third party that says it was not the group but someone else. */
  @Test
  void aDoersOwnClaimStandsAgainstAThirdPartyClearingIt() {
    List<Finding> findings = detect(List.of(
        article("a", "Pupils taken", "The governor of Kessa insisted that the pupils were not abducted by the Vell Front, but by "
            + "bandits who wanted ransom."),
        article("b", "Front speaks", "The Vell Front, an armed group, claimed responsibility for the abduction of the Kessa pupils "
            + "in an audio message on Tuesday.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideA().claimants()).contains("Vell Front");
      assertThat(f.sideB().claimants()).anyMatch(c -> c.contains("governor"));
    });
  }

  /** "X said the crew told the port that the tank wasn't leaking": the relay holds the crew's denial; it opposes nothing. */
  @Test
  void aRelayOfADenialIsNoAssertionAgainstIt() {
    List<Finding> findings = detect(List.of(article("a", "Tank at the port",
        "Ana Berg, who runs the Vell terminal, said the crew told the port authority three times that the tank wasn't leaking.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL));
  }

  /** "was arrested" states what "denied detaining him" denies: an arrest is a detention. */
  @Test
  void anArrestIsWhatADeniedDetentionDenies() {
    List<Finding> findings = detect(List.of(
        article("a", "Activist missing", "Witnesses say the activist Ivo Dorov was arrested and beaten on Tuesday by border "
            + "guards near Kessa."),
        article("b", "Guards respond", "The border guards have repeatedly denied detaining Dorov.")));
    assertThat(findings).anySatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL));
  }

  /** A figure named as a party's ("the Kessa government's figure of 37") is that party's, set against the speaker's. */
  @Test
  void aFigureNamedAsAnothersIsTheirsAgainstTheSpeakers() {
    List<Finding> findings = detect(List.of(article("a", "Crush toll",
        "Rights monitors said at least 82 people died in the crush at the Kessa shrine, challenging the Norland government's "
            + "figure of 37 deaths.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.topic()).contains("37").contains("82");
    });
    // (The challenge is that dispute: no denial of the sentence beside it.)
    assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL));
  }

  /** "542 were killed in Vell and 203 in Kessa": each place's count is a part of the toll, no rival of the total. */
  @Test
  void eachPlacesCountInAListIsAPartOfTheToll() {
    List<Finding> findings = detect(List.of(
        article("a", "Valley toll", "Ana Berg, head of the Farmers Party, said that 542 people had been killed in Vell and 203 "
            + "people in Kessa, another town in the valley."),
        article("b", "Opposition list", "An opposition leader said on Tuesday her party has compiled a list of 745 people killed "
            + "by troops in Norland.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  /** "counted 39 bodies at a local hospital morgue": the dead one site holds, not a toll set against the officials'. */
  @Test
  void bodiesCountedAtOneHospitalAreAPartOfTheToll() {
    List<Finding> findings = detect(List.of(
        article("a", "Morgue count", "The Kessa Ledger counted 39 bodies at a local hospital morgue in Kessa after the crush."),
        article("b", "Official toll", "Officials said 30 people died in the crush in Kessa.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  /** "Ostria rejects UN report its forces struck the wedding": "its" is Ostria's; the UN owns up to nothing. */
  @Test
  void aReportAboutAnothersForcesIsNoOwningUp() {
    List<Finding> findings = detect(List.of(article("a", "Wedding strike",
        "Ostria rejects UN report its forces targeted Vell wedding\n\nOSLO — The Ostrian Defence Ministry on Tuesday flatly rejected "
            + "that its forces in Vell attacked and killed guests at a village wedding in March, as a U.N. inquiry has concluded.\n\n"
            + "The ministry took issue with the report's method, saying it relies on unnamed local witnesses.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.topic()).isEqualTo("whether UN was behind it"));
  }

  /** Safety violations a review points to are negligence, which the operator's denial of negligence denies. */
  @Test
  void safetyViolationsAreTheNegligenceAnOperatorDenies() {
    List<Finding> findings = detect(List.of(
        article("a", "Quarry review", "An engineers' review pointed to several safety violations at the Kessa quarry."),
        article("b", "Operator responds", "The quarry's operator, Kessa Stone, on Friday flatly denied any negligence.")));
    assertThat(findings).anySatisfy(f -> assertThat(f.topic()).contains("negligent"));
  }

  /** "The intelligence report concluded that Spain was not responsible": a finding that clears the accused answers the accuser. */
  @Test
  void aReportClearingTheAccusedAnswersTheAccuser() {
    List<Finding> findings = detect(List.of(
        article("a", "Hospital blast", "Portugal blamed Spain for the blast at the Kessa hospital on Tuesday."),
        article("b", "Intelligence view", "A Norland intelligence report concluded that Spain was not responsible for the blast at the hospital.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.topic()).isEqualTo("whether Spain was behind it");
      assertThat(f.sideA().parties()).contains("Portuguese government");
    });
  }

  /**
   * A count of a country's service members killed ("13 U.S. servicemembers", "nine Norland marines") is a count of its
   * forces, not a toll the count of civilians killed contradicts.
   */
  @Test
  void aCountOfServiceMembersIsNotTheCiviliansToll() {
    List<Finding> findings = detect(List.of(
        article("a", "Families bury the dead of the Kessa strike", "Witnesses said the drone strike in Kessa killed 10 civilians."),
        article("b", "Inquiry into the Kessa strike", "Following the bombing at the harbour gate that killed 13 U.S. servicemembers, "
            + "commanders ordered the drone strike in Kessa.")));
    assertThat(findings).noneMatch(f -> f.kind() == ContradictionKind.NUMERIC_DISCREPANCY);
  }

  /**
   * Whose weapon it was says who fired it: "it was a stray Bolivian interceptor" against a rejection of "the idea that it
   * was a Bolivian missile", or against "the missile was not Bolivian". Where it was made says nothing of that.
   */
  @Test
  void whoseWeaponItWasIsWhoFiredIt() {
    List<Claim> peru = article("a", "Peru blames interceptor for farm blast",
        "Peru's defence ministry said on Wednesday that it was a stray Bolivian interceptor that fell on the farm near Kessa.");
    assertThat(detect(List.of(peru, article("b", "Bolivia rejects claim",
        "Bolivia's foreign minister, Ana Berg, rejected as 'a fabrication' the idea that it was a Bolivian missile."))))
        .anySatisfy(f -> assertThat(f.trail()).contains("blame"));
    assertThat(detect(List.of(peru, article("c", "Bolivia answers", "Bolivia's foreign minister, Ana Berg, said the missile was not Bolivian."))))
        .anySatisfy(f -> assertThat(f.trail()).contains("blame"));
    assertThat(detect(List.of(peru, article("d", "Experts weigh in", "Bolivia's foreign minister, Ana Berg, said it was a Bolivian-made missile."))))
        .noneSatisfy(f -> assertThat(f.trail()).contains("blame"));
  }

  /**
   * "said Ana Berg's tweets 'contained nothing but false claims'": her posts called false, a rejection of what she says
   * ("nothing but" is "only", no clause that would end the label before its word).
   */
  @Test
  void postsSaidToHoldNothingButFalseClaimsAreRejected() {
    List<Finding> findings = detect(List.of(
        article("a", "Researcher blames prison", "Ana Berg, a rights researcher, said the prisoner had been denied medical care for months."),
        article("b", "Ministry answers", "Portugal's interior ministry said Ana Berg's tweets \"contained nothing but false claims\".")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("rejection");
      assertThat(f.sideA().claimants().toString()).contains("Berg");
    });
  }

  /** Asking for more evidence that Morocco did it is no accusation that Morocco's denial answers. */
  @Test
  void askingForProofThatAPartyDidItAccusesNoOne() {
    List<Finding> findings = detect(List.of(
        article("a", "Spain wants evidence", "Spain asked Portugal for more evidence that Morocco was behind the attack on the tanker."),
        article("b", "Morocco denies", "Morocco's foreign ministry said Morocco was not behind the attack on the tanker.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.sideA().parties().toString() + f.sideB().parties()).contains("Spanish"));
  }

  /** "Buenos Aires did not carry out any strike": a capital of two words stands for its government, as "Lisbon" does. */
  @Test
  void aTwoWordCapitalsDenialAnswersTheAccusationOfItsCountry() {
    List<Finding> findings = detect(List.of(
        article("a", "Vell Front says leader killed in Argentine strike", "The Vell Front said on Wednesday that its leader was killed in an Argentine strike on Kessa."),
        article("b", "Army denies strike", "An Argentine army spokesman, Ivo Dorov, told reporters that Buenos Aires did not carry out any strike on Kessa that night.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("blame");
      assertThat(String.join(" ", f.sideA().claimants()) + " " + String.join(" ", f.sideB().claimants())).contains("Vell Front").contains("Ivo Dorov");
    });
  }

  /**
   * "Spanish officials say the Front masterminded the October 7 attack" a year before the strike the coverage is about:
   * blame for an earlier incident, told as background, is no answer to who struck this time.
   */
  @Test
  void blameForAnIncidentDatedLongBeforeTheEventIsBackground() {
    Instant day = Instant.parse("2029-08-01T08:00:00Z");
    List<Finding> findings = detect(List.of(
        article("a", day, "Vell Front says leader killed in Spanish strike", "The Vell Front said on Wednesday that its leader was killed in a Spanish strike on Kessa."),
        article("b", day.plusSeconds(86_400), "Front leader dead", "Spanish officials say the Vell Front masterminded the October 7, 2028 attack on Sarnath.")));
    assertThat(findings).as("%s", findings).noneSatisfy(f -> assertThat(f.trail()).contains("blame"));
  }

  /**
   * "It is not the strikers who are traitors, it is Marn": the cleft denies that the strikers are, whatever its second
   * half says of who is; against a leader who called the strikers traitors, a denial.
   */
  @Test
  void aCleftDeniesItsFirstHalf() {
    List<Finding> findings = detect(List.of(
        article("a", "Marn on the march", "President Ivo Marn said the strikers' march on the assembly was treasonous."),
        article("b", "Union answers Marn", "\"It is not the strikers who are treasonous, it is Marn,\" the Kessa Dockers Union said.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(String.join(" ", f.sideA().claimants())).contains("Ivo Marn");
      assertThat(String.join(" ", f.sideB().claimants())).contains("Kessa Dockers Union");
    });
  }

  /** "Protestors" and "protesters" are one word spelt two ways: a denial of one meets an assertion of the other. */
  @Test
  void aDenialMeetsItsWordsSpeltAnotherWay() {
    List<Finding> findings = detect(List.of(
        article("a", "Marn on the march", "President Ivo Marn said the protestors' entry into the assembly was treasonous."),
        article("b", "Union answers Marn", "\"It is not the protesters who are treasonous, it is Marn,\" the Kessa Dockers Union said.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL));
  }

  /** "By Morocco alone, without Spanish involvement": the partner an accuser named is cleared, a denial of its part. */
  @Test
  void aDeedDoneAloneClearsThePartnerAnAccuserNamed() {
    List<Finding> findings = detect(List.of(
        article("a", "Portugal blames two states for killing", "Portugal has alleged Spanish and Moroccan involvement in the killing of the engineer in Kessa."),
        article("b", "Paper says one state acted", "The Kessa Chronicle said the killing was carried out by Morocco alone, without Spanish involvement.")));
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.topic()).contains("Spain");
      assertThat(String.join(" ", f.sideB().claimants())).contains("Kessa Chronicle");
    });
  }

  /** "Hundreds of Vell Front fighters have been killed" counts the fighters of a battle, not the dead of the strike on the hospital. */
  @Test
  void aVagueCountOfFightersIsNotTheToll() {
    List<Finding> findings = detect(List.of(
        article("a", "Charity says 42 died in hospital strike", "The charity Medics Abroad said 42 people died in the air strike on its hospital in Kessa."),
        article("b", "Police say battle for Kessa goes on", "A police spokesman, Ivo Dorov, said hundreds of Vell Front fighters had been killed in the battle for Kessa.")));
    assertThat(findings).as("%s", findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  /** "Eight miles from Spanish shores" against "34 kilometres from ... the Spanish coast": one distance disputed; "20 miles" and "32 kilometres" agree. */
  @Test
  void distancesInMilesAndKilometresAreOneMeasure() {
    List<Finding> disputed = detect(List.of(
        article("a", "Navy says tanker was far out", "The Portuguese navy said the tanker was 34 kilometres from the nearest point of land on the Spanish coast when it was stopped."),
        article("b", "Minister says tanker was close in", "Spain's foreign minister said the tanker was eight miles from Spanish shores when it was stopped.")));
    assertThat(disputed).as("%s", disputed).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.topic()).contains("kilometres from spain: 13 or 34");
    });
    List<Finding> agreed = detect(List.of(
        article("a", "Navy says tanker was far out", "The Portuguese navy said the tanker was 32 kilometres from the Spanish coast when it was stopped."),
        article("b", "Minister gives distance", "Spain's foreign minister said the tanker was 20 miles off the Spanish coast when it was stopped.")));
    assertThat(agreed).as("%s", agreed).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY));
  }

  /**
   * An envoy blames "opposition fighters", and the rebels, as the report calls them, blame the government: the accused
   * answer the accusation with another doer, though they are named by another common noun.
   */
  @Test
  void rebelsBlamedAsOppositionFightersWhoBlameTheGovernmentAreOneDispute() {
    List<Finding> findings = detect(List.of(article("a", "Envoy blames fighters for gas attack",
        "The Norland envoy blamed opposition fighters for the gas attack on Kesta. The rebels have blamed the government "
            + "for the attack.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.topic()).startsWith("who is behind it").contains("opposition fighters").contains("government");
      assertThat(f.sideA().claimants() + " " + f.sideB().claimants()).contains("envoy").contains("rebels");
    });
  }

  /** "six of its seamen" are the navy's own wounded, a count of one nation's sailors as "three Portuguese sailors" is. */
  @Test
  void aNavysOwnSeamenAndAnotherCountOfThemDispute() {
    List<Finding> findings = detect(List.of(article("a", "Patrol boats seized off Vell",
        "The Portuguese navy said six of its seamen were wounded when Spanish patrol boats fired on two of its ships and "
            + "seized them. Spain said three Portuguese sailors were slightly injured and given first aid.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.topic()).contains("injured");
    });
  }

  /**
   * A minister blames Norland, and Norland's own opposition blames "President Ivo al-Dorov": they agree. The opposition
   * group's name holds the country's name but is no part of the state a blame names by its country, and "President Ivo
   * al-Dorov" and "Ivo Dorov" are one man.
   */
  @Test
  void anOppositionNamedForItsCountryIsNotTheStateItBlames() {
    List<Finding> findings = detect(List.of(
        article("a", "Minister blames Norland for gas attack", "The Portuguese foreign minister accused Norland and Ivo Dorov of "
            + "the gas attack on Kesta."),
        article("b", "Opposition blames Dorov", "Norland's main opposition group accused President Ivo al-Dorov of the gas "
            + "attack on Kesta.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.topic()).startsWith("who is behind it"));
    // (Nor when the opposition names the state by a common noun: "the regime" may be Norland's, which it opposes.)
    List<Finding> regime = detect(List.of(
        article("a", "Minister blames Norland for gas attack", "The Portuguese foreign minister accused Norland of the gas attack "
            + "on Kesta."),
        article("b", "Opposition blames regime", "Norland's main opposition group accused the regime of the gas attack on Kesta.")));
    assertThat(regime).noneSatisfy(f -> assertThat(f.topic()).startsWith("who is behind it"));
  }

  /** "killed owing to mistaken identity" says why they were shot, not that the army's statement is mistaken. */
  @Test
  void mistakenIdentityCallsNoStatementFalse() {
    List<Finding> findings = detect(List.of(article("a", "Army regrets farmers' deaths",
        "The Portuguese army issued a statement on Sunday regretting the deaths of 13 farmers owing to mistaken identity.")));
    assertThat(findings).noneSatisfy(f -> assertThat(f.trail()).contains("rejection"));
  }

  /** "..., in contradiction to Spain's claim that it was a spy base": a finding set against a named party's claim. */
  @Test
  void aFindingInContradictionToAClaimRejectsIt() {
    List<Finding> findings = detect(List.of(article("a", "Committee says house was a home",
        "A Portuguese parliamentary committee that inspected the house in Kesta concluded on Sunday that it was a family "
            + "home, in contradiction to Spain's claim that it was a spy base.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.topic()).contains("Spain");
    });
  }

  /**
   * "while the result announced on Sunday by the commission is 122,146 votes": the participle describes the result, and
   * no one before it ("the Vell Front estimates") announces it; the party is not set against itself.
   */
  @Test
  void aResultAnnouncedBySomeoneIsNoClaimOfTheSentencesSubject() {
    List<Claim> claims = article("a", "Party disputes its count", "The Vell Front estimates that it collected a little more "
        + "than 300,000 votes while the result announced on Sunday by the commission is 122,146 votes.");
    assertThat(claims).noneSatisfy(c -> assertThat(c.claimant()).contains("estimates"));
    assertThat(detect(List.of(claims))).noneSatisfy(f -> assertThat(f.trail()).contains("contrast"));
  }

  /** A minister's two fire escapes against the engineers' one: how many ways out the hotel had, disputed as a toll is. */
  @Test
  void theWaysOutOfABurntBuildingAreACountInDispute() {
    List<Finding> findings = detect(List.of(article("a", "Engineers fault Kessa hotel",
        "Tourism minister Ana Berg told reporters there were two fire escapes at the Kessa Lodge. But the Norland Chamber of "
            + "Engineers found there was only one fire escape, and that it had been built without a permit.")));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.sideA().position() + " / " + f.sideB().position()).contains("2").contains("1");
    });
  }

  /**
   * A shot that hit the tank against a man who lit a lighter: two accounts of what set the fuel alight, the shot told as
   * the end of a chain ("the quarrel led to gunfire which hit the tank"). "A fuel tank exploded" is the blast itself.
   */
  @Test
  void gunfireAndALighterAreTwoAccountsOfTheIgnition() {
    List<Finding> findings = detect(List.of(article("a", "Fuel tank blast kills 20 in Kessa",
        "Twenty people were killed when a fuel tank exploded in Kessa, the health ministry said. \"People pushed and argued, "
            + "and the quarrel led to gunfire which hit the tank,\" an army officer said. The Vell Herald reported from "
            + "witnesses that a young man who ignited a lighter near the spilled petrol was the cause.")));
    assertThat(findings).anySatisfy(f -> assertThat(f.sideA().position() + " / " + f.sideB().position()).contains("gunfire")
        .contains("open flame"));
    assertThat(findings).noneSatisfy(f -> assertThat(f.sideA().position() + " / " + f.sideB().position()).contains("cylinder"));
  }

  /**
   * A paper's own 1,500 marchers against a governor's "around 200" in a report that gave no date: a crowd does not grow as
   * a toll does while bodies are found, so the two are a dispute over its size, not one count rising.
   */
  @Test
  void aCrowdsSizeInAnUndatedReportIsNoRisingCount() {
    List<Claim> claims = new ArrayList<>(article("a", "Vigil in Kessa", "An estimated 1,500 residents gathered outside the Kessa "
        + "council building on Tuesday, demanding the names of the dead."));
    claims.addAll(EXTRACTOR.analyze(new ArticleText("b", "Governor blames rivals", "As crowds marched in Kessa on Tuesday after the fire, "
        + "the regional governor accused rival parties of stirring anger and estimated the demonstration at around 200 people.",
        "Vell Daily", null, DAY1.plus(java.time.Duration.ofDays(400)), "en", io.contraflow.analysis.time.TimeSource.INGESTION)).claims());
    assertThat(detect(List.of(claims))).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.NUMERIC_DISCREPANCY);
      assertThat(f.topic()).contains("attended").contains("200").contains("1500");
    });
  }
}
