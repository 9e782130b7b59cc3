package io.contraflow.analysis.claims;

import io.contraflow.analysis.nlp.Polarity;
import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every attribution construction the extractor must handle, one sentence of our own each (constructions.tsv): the
 * expected claimant, cue and polarity, and where given the frame, agent, destination, figure or modality.
 */
class ClaimConstructionsTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.english();

  static Stream<Arguments> constructions() throws Exception {
    List<Arguments> out = new ArrayList<>();
    try (var in = new BufferedReader(new InputStreamReader(ClaimConstructionsTest.class.getResourceAsStream("/claims/constructions.tsv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t");
        // " ¶ " in the text is a paragraph break.
        out.add(Arguments.of(f[0], f[1].replace(" \u00b6 ", "\n\n"), f[2], f[3], f[4], f.length > 5 ? f[5] : ""));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constructions")
  void extractsTheAttributedClaim(String construction, String text, String claimant, String cue, String polarity, String check) {
    ArticleAnalysis analysis = EXTRACTOR.analyze(new ArticleText("t-" + construction, "Test", text, "Test Wire", null, Instant.EPOCH, "en"));
    List<Claim> matching = analysis.claims().stream()
        .filter(c -> claimant.equals("-") || c.claimant().toLowerCase(Locale.ROOT).contains(claimant.toLowerCase(Locale.ROOT))
            || c.claimantMention().toLowerCase(Locale.ROOT).contains(claimant.toLowerCase(Locale.ROOT)))
        .filter(c -> c.cue().equals(cue))
        .filter(c -> c.polarity().name().equals(polarity))
        .filter(c -> satisfies(c, check))
        .toList();
    assertThat(matching).as("claims found: %s", describe(analysis.claims())).isNotEmpty();
  }

  private static List<Claim> claimsOf(String id, String text) {
    return EXTRACTOR.analyze(new ArticleText(id, "Test", text, "Test Wire", null, Instant.EPOCH, "en")).claims();
  }

  /**
   * Doubting verbs speak only when aimed at something said: a rival challenged, a seat contested, a vote cast and
   * concrete poured report no one's words; the subject of "debunked claims that P" does not hold the claims.
   */
  @org.junit.jupiter.api.Test
  void doubtingVerbsAimedAtAnythingButWhatWasSaidClaimNothing() {
    List<Claim> claims = claimsOf("t-doubting-acts",
        "Ana Berg challenged the champion to a rematch. Her party contested the seat in Narva. Ivan Dorov cast a vote in Tartu, "
            + "and workers poured concrete at the Kessa depot.");
    assertThat(claims).as("claims found: %s", describe(claims))
        .noneMatch(c -> java.util.Set.of("challenge", "contest", "cast", "pour").contains(c.cue()));
    List<Claim> debunked = claimsOf("t-debunked", "The Estonian defence ministry debunked claims that a drone had crashed near Tartu.");
    assertThat(debunked).as("claims found: %s", describe(debunked)).noneMatch(c -> c.polarity().name().equals("AFFIRMED"));
  }

  /** Counting verbs claim only a count of harm: "recorded a video", "counted the votes" report no one's words. */
  @org.junit.jupiter.api.Test
  void countingVerbsClaimOnlyACountOfHarm() {
    List<Claim> claims = claimsOf("t-counting", "The monitor recorded a video of the march. Officials counted the votes overnight, "
        + "and the board registered 3,000 new voters in Kessa.");
    assertThat(claims).as("claims found: %s", describe(claims))
        .noneMatch(c -> java.util.Set.of("record", "count", "register", "document").contains(c.cue()));
  }

  /** "Reports from the party, which stated that 300 died": the party's figure, not the outlet's background. */
  @org.junit.jupiter.api.Test
  void aSayingRelativeClauseIsNoBackground() {
    List<Claim> claims = claimsOf("t-which-stated", "Ivo Dorov, the interior minister, waved away figures from Kessa Forward, which "
        + "stated that more than 300 marchers had died.");
    assertThat(claims).as("claims found: %s", describe(claims))
        .noneMatch(c -> c.claimantType() == io.contraflow.analysis.nlp.ClaimantType.OUTLET && !c.quantities().isEmpty());
  }

  /** "According to X, the court found P": the court's finding, which X only passes on, not a second claim of X's. */
  @org.junit.jupiter.api.Test
  void aFrontedSourceBeforeAnotherSpeakerMakesNoClaimOfItsOwn() {
    List<Claim> claims = claimsOf("t-fronted-source", "According to the Vell Monitor, the court found that the missile was fired "
        + "from a field near Narva.");
    assertThat(claims).as("claims found: %s", describe(claims)).noneMatch(c -> c.cue().equals("according to"));
    assertThat(claims).as("claims found: %s", describe(claims)).anyMatch(c -> c.cue().equals("find"));
  }

  /** "Declared a state of emergency", "declaring three days of mourning": a decree, which no one can dispute as said. */
  @org.junit.jupiter.api.Test
  void aDeclaredDecreeIsNoClaim() {
    List<Claim> claims = claimsOf("t-decree", "The governor of Kessa declared a state of emergency on Monday. The council met at noon, "
        + "declaring three days of mourning.");
    assertThat(claims).as("claims found: %s", describe(claims)).isEmpty();
  }

  /** "The correspondent, reporting from Kessa, said P": where the speaker reports from, not what; the cue is "said". */
  @org.junit.jupiter.api.Test
  void reportingFromAPlaceIsNoCue() {
    List<Claim> claims = claimsOf("t-reporting", "The agency's correspondent, reporting from Kessa, said four people were hurt.");
    assertThat(claims).as("claims found: %s", describe(claims)).noneMatch(c -> c.cue().equals("report"))
        .anyMatch(c -> c.content().startsWith("four people were hurt"));
  }

  /** "No official confirmed P", "Neither pilot admitted P", "None of the guards said P": a subject that names nobody says nothing. */
  @org.junit.jupiter.api.Test
  void aSubjectThatNamesNobodyMakesNoClaim() {
    List<Claim> claims = claimsOf("t-nobody", "No official confirmed that the gate had been locked. Neither pilot admitted switching "
        + "off the pump. None of the guards said the crowd had been warned.");
    assertThat(claims).as("claims found: %s", describe(claims)).isEmpty();
  }

  /** "P, which has been confirmed by X" inside another's claim: only a charge ("who was accused by X of P") is read apart. */
  @org.junit.jupiter.api.Test
  void aPassiveConfirmationInsideAClaimIsNoClaimOfItsOwn() {
    List<Claim> claims = claimsOf("t-which-confirmed", "The Kessa Front has claimed responsibility for the attack, which has "
        + "been further confirmed by Ostravia.");
    assertThat(claims).as("claims found: %s", describe(claims)).noneMatch(c -> c.cue().equals("confirm"));
  }

  /** "Despite Kessa Front claiming responsibility, X says P": a participle with no cue before it opens no remark of a speaker's. */
  @org.junit.jupiter.api.Test
  void aParticipleAfterANameWithNoCueBeforeItIsNoTrailingRemark() {
    List<Claim> claims = claimsOf("t-despite-participle", "Despite Kessa Front claiming responsibility, the president says the "
        + "suspects may be linked to Norland.");
    assertThat(claims).as("claims found: %s", describe(claims)).noneMatch(c -> c.content().contains("Despite"));
  }

  /**
   * "expressed" and "voiced" with no feeling aimed at something (condolences, support, hope) report no one's words; nor
   * does pushing back at, or waving away, anything but something said.
   */
  @org.junit.jupiter.api.Test
  void expressingSomethingOtherThanAFeelingAboutSomethingClaimsNothing() {
    List<Claim> claims = claimsOf("t-expressing",
        "The mayor of Narva expressed condolences to the families. Ana Berg voiced support for the rescuers in Tartu, "
            + "and the Kessa Power Company expressed hope for a quick repair.");
    assertThat(claims).as("claims found: %s", describe(claims)).noneMatch(c -> java.util.Set.of("express", "voice").contains(c.cue()));
    // Pushing back at people or plans disputes nothing anyone said.
    List<Claim> people = claimsOf("t-pushing-back", "Ana Berg took issue with her coach last season. Ivan Dorov hit back at critics "
        + "in Tartu, and the union pushed back against the plan to close the depot.");
    assertThat(people).as("claims found: %s", describe(people)).noneMatch(c -> c.cue().equals("dispute"));
    List<Claim> acts = claimsOf("t-waving-away", "The Narva team brushed off the rain and won. Ana Berg laughed off her fall in Tartu, "
        + "and the mayor waved away reporters at the depot.");
    assertThat(acts).as("claims found: %s", describe(acts)).noneMatch(c -> c.cue().equals("dismiss"));
  }

  /** "responded to X by doing Y": X is the occasion, nothing anyone said; a conjunction is no part of a speaker's name. */
  @org.junit.jupiter.api.Test
  void aResponseToAnEventClaimsNothingAndSpeakersDoNotStartWithAConjunction() {
    List<Claim> claims = claimsOf("t-respond",
        "The port authority responded to the March 3 collision by closing the northern channel. The pilots' union said two tugs "
            + "were damaged, and a harbour official said three had sunk in the channel.");
    assertThat(claims).as("claims found: %s", describe(claims)).noneMatch(c -> c.cue().equals("respond"));
    assertThat(claims).as("claims found: %s", describe(claims)).anyMatch(c -> c.claimantMention().startsWith("a harbour official")
        || c.claimantMention().startsWith("harbour official"));
    assertThat(claims).noneMatch(c -> c.claimantMention().toLowerCase(Locale.ROOT).startsWith("and "));
  }

  /**
   * "according to Article 12 of the Harbour Courts Act": a law, not a speaker; "the court" later is the court the
   * article named, not the law whose name holds the word; "the court reasoned that" is the court's finding.
   */
  @org.junit.jupiter.api.Test
  void aLawIsNoSpeakerAndNoCourt() {
    List<Claim> claims = claimsOf("t-law",
        "The Kessa district court on Monday turned down the council's bid to unseat the mayor. A recall needs a conviction for "
            + "fraud, according to Article 12 of Norland's Harbour Courts Act. The court reasoned that the mayor could "
            + "not have foreseen the storm.");
    assertThat(claims).as("claims found: %s", describe(claims)).noneMatch(c -> c.claimant().contains("Act"));
    assertThat(claims).as("claims found: %s", describe(claims)).anyMatch(c -> c.cue().equals("reason")
        && c.claimant().toLowerCase(Locale.ROOT).contains("court") && c.content().startsWith("the mayor could not"));
  }

  /** "The country's disputed election": a participle after a possessive describes a noun; no one disputes anything. */
  @org.junit.jupiter.api.Test
  void aDisputedThingIsNoDispute() {
    List<Claim> claims = claimsOf("t-disputed",
        "Vell’s largest opposition bloc has claimed that 300 marchers died in the weeks after last month’s disputed "
            + "referendum, the Vell Times reported.");
    assertThat(claims).as("claims found: %s", describe(claims)).noneMatch(c -> c.cue().equals("dispute"));
    assertThat(claims).as("claims found: %s", describe(claims)).anyMatch(c -> c.cue().equals("claim"));
  }

  /** "Storm Vella", "Hurricane Vella": a weather system's name is no one a later "he" can be. */
  @org.junit.jupiter.api.Test
  void aStormIsNoSpeaker() {
    List<Claim> claims = claimsOf("t-storm",
        "Officials said Storm Vella hit the coast at dawn. He added that 300 homes were lost.");
    assertThat(claims).as("claims found: %s", describe(claims)).noneMatch(c -> c.claimant().contains("Vella"));
  }

  /** "blamed the cave-in at the Vell pit on the Ostria owners": the pit is where it happened, the owners whom it is blamed on. */
  @org.junit.jupiter.api.Test
  void whereABlamedDeedHappenedIsNotWhomItIsBlamedOn() {
    List<Claim> claims = claimsOf("t-blamed-on", "Kessa miners blamed the cave-in at the Vell pit on the Ostria owners.");
    assertThat(claims).as("claims found: %s", describe(claims))
        .anyMatch(c -> "Ostria".equals(c.arguments().get("agent")))
        .noneMatch(c -> "Vell".equals(c.arguments().get("agent")));
  }

  @org.junit.jupiter.api.Test
  void aStrikesTargetIsNoDoerOfIt() {
    List<Claim> claims = claimsOf("t-strike-target", "The monitors said air strikes on Vell by Spanish jets had killed 20 people.");
    assertThat(claims).as("claims found: %s", describe(claims))
        .anyMatch(c -> "Spain".equals(c.arguments().get("agent")))
        .noneMatch(c -> "Vell".equals(c.arguments().get("agent")));
    // Nor is where a blast went off: "the blast in Kessa" names no one who set it off.
    List<Claim> blast = claimsOf("t-blast-place", "The blast in Kessa killed 40 people, according to the Spanish fire service.");
    assertThat(blast).as("claims found: %s", describe(blast)).noneMatch(c -> "Kessa".equals(c.arguments().get("agent")));
  }

  @org.junit.jupiter.api.Test
  void aFigureSetAgainstTheSpeakersIsNotTheSpeakers() {
    List<Claim> owned = claimsOf("t-owned-figure",
        "The monitors said at least 82 people died in the crush, challenging the Norland government's figure of 37 deaths.");
    assertThat(owned).as("claims found: %s", describe(owned))
        .noneMatch(c -> c.claimant().contains("monitors") && c.quantities().stream().anyMatch(q -> q.value() == 37))
        .anyMatch(c -> c.claimant().contains("monitors") && c.quantities().stream().anyMatch(q -> q.value() == 82));
    List<Claim> setAside = claimsOf("t-set-aside", "Our review of hospital logs indicates the toll is closer to 79 than 30, the Kessa Ledger said.");
    assertThat(setAside).as("claims found: %s", describe(setAside))
        .noneMatch(c -> c.quantities().stream().anyMatch(q -> q.value() == 30));
  }

  /** A quote that runs on into a second sentence is the speaker's there too, and no statement of the outlet's own. */
  @org.junit.jupiter.api.Test
  void aQuoteRunningOnIsNoStatementOfTheOutlet() {
    List<Claim> claims = claimsOf("t-run-on", "Ivo Marn, chief executive of Kessa Chemicals, told reporters: \"We counted 40 at first. "
        + "I believe right now the death toll is at 38.\"");
    assertThat(claims).as("claims found: %s", describe(claims))
        .noneMatch(c -> c.claimantType() == io.contraflow.analysis.nlp.ClaimantType.OUTLET)
        .anyMatch(c -> c.claimant().contains("Ivo Marn") && c.quantities().stream().anyMatch(q -> q.value() == 38));
    // ('told reporters "there seems to be some miscounting. I believe the toll is 38".': his reported words end with
    // the first sentence; the quote runs on, and so do his words.)
    List<Claim> reported = claimsOf("t-run-on-reported", "Hours later, Ivo Marn, chief executive of Kessa Chemicals, told reporters "
        + "\"there seems to be some miscounting. I believe right now the death toll is at 38\".");
    assertThat(reported).as("claims found: %s", describe(reported))
        .noneMatch(c -> c.claimantType() == io.contraflow.analysis.nlp.ClaimantType.OUTLET)
        .anyMatch(c -> c.claimant().contains("Ivo Marn") && c.quantities().stream().anyMatch(q -> q.value() == 38));
  }

  @org.junit.jupiter.api.Test
  void aChargeOfWhatWasSaidBlamesNoOneForTheDeed() {
    List<Claim> claims = claimsOf("t-speech-charge",
        "Ostria's foreign minister accused the Norland envoy of \"shameless lying\" about the depot fire. "
            + "The Vell governor accused Norland of starting the depot fire.");
    assertThat(claims).as("claims found: %s", describe(claims))
        .noneMatch(c -> c.arguments().containsKey("agent") && c.content().contains("lying"));
    assertThat(claims).as("claims found: %s", describe(claims))
        .anyMatch(c -> "Norland".equals(c.arguments().get("agent")) && c.content().contains("starting"));
  }

  /**
   * "Accused each other of violating a truce": a charge of breaking an agreement blames no one for the event's deed;
   * it names who broke the agreement, a question of its own (the "breach" frame).
   */
  @org.junit.jupiter.api.Test
  void aChargeOfBreakingAnAgreementBlamesNoOneForTheDeed() {
    List<Claim> claims = claimsOf("t-agreement-charge",
        "The shelling of the Kessa dam came a day after Norland and Ostria accused each other of violating a truce on "
            + "strikes against power plants. Ostria accused Norland of breaching the grain deal. "
            + "The Vell governor accused Norland of shelling the dam.");
    assertThat(claims).as("claims found: %s", describe(claims))
        .noneMatch(c -> "responsible".equals(c.predicate()) && (c.content().contains("truce") || c.content().contains("grain deal")));
    assertThat(claims).as("claims found: %s", describe(claims))
        .anyMatch(c -> "breach".equals(c.predicate()) && "Norland".equals(c.arguments().get("agent")) && c.content().contains("grain deal"));
    assertThat(claims).as("claims found: %s", describe(claims))
        .anyMatch(c -> "Norland".equals(c.arguments().get("agent")) && c.content().contains("shelling the dam"));
  }

  /** "The Front, accused of the blast, denied ...": the accused is named by a participle; it accuses no one. */
  @org.junit.jupiter.api.Test
  void theAccusedNamedByAParticipleAccusesNoOne() {
    List<Claim> claims = claimsOf("t-accused-participle",
        "The Vell Front, accused of planting the depot bomb, denied any involvement. Police detained a man suspected of "
            + "helping the bombers. A faction blamed for the blast said it was elsewhere.");
    assertThat(claims).as("claims found: %s", describe(claims)).noneMatch(c -> Set.of("accuse", "suspect", "blame").contains(c.cue()));
    assertThat(claims).as("claims found: %s", describe(claims))
        .anyMatch(c -> c.claimant().contains("Vell Front") && c.cue().equals("deny") && c.polarity() == Polarity.DENIED);
  }

  /** "Held talks", "positions held by", "attributed to him", "pointed out": these verbs blame only in their phrase. */
  @org.junit.jupiter.api.Test
  void holdAttributeAndPointBlameOnlyInTheirPhrases() {
    List<Claim> claims = claimsOf("t-blame-phrases",
        "Norland held talks with Ostravia in Varna. The shells came from positions held by the Kessa militia. "
            + "The minister pointed out that the bridge was closed. A remark attributed to the governor was read aloud.");
    assertThat(claims).as("claims found: %s", describe(claims)).noneMatch(c -> Set.of("hold", "attribute", "point").contains(c.cue()));
  }

  /** "... Kessa and Vellgrad. In response": a name does not run on past the full stop that ends its sentence. */
  @org.junit.jupiter.api.Test
  void aNameEndsAtTheFullStopOfItsSentence() {
    List<Claim> claims = claimsOf("t-name-stop",
        "Ana Berg said: \"Ostravian drones were carrying out attacks on the cities of Kessa and Vellgrad. In response, the "
            + "crew was ordered to turn back.\"");
    assertThat(claims).as("claims found: %s", describe(claims)).anyMatch(c -> c.arguments().containsKey("agent"))
        .noneMatch(c -> c.arguments().getOrDefault("agent", "").contains("."));
  }

  /** "Travelled there to find out how life goes on", "to find survivors": a purpose; nothing is found yet. */
  @org.junit.jupiter.api.Test
  void findingOutIsNoFinding() {
    List<Claim> claims = claimsOf("t-find-out",
        "Our correspondent Ana Berg travelled to Kessa to find out how the town was recovering. Rescuers went back to the "
            + "ruins to find survivors. Investigators found that the crane had been overloaded.");
    assertThat(claims).as("claims found: %s", describe(claims)).noneMatch(c -> c.cue().equals("find") && !c.claimant().contains("Investigators"));
    assertThat(claims).anyMatch(c -> c.cue().equals("find") && c.claimant().contains("Investigators"));
  }

  /** "The group raised the figure to 212": the figure named only as a figure is the group's, not the outlet's as well. */
  @org.junit.jupiter.api.Test
  void aFigureRaisedByASourceIsNotTheOutletsToo() {
    List<Claim> claims = claimsOf("t-raised-figure",
        "Rescuers recovered 40 bodies from the river on Monday, and the Vell monitoring group raised the figure to 212.");
    assertThat(claims).as("claims found: %s", describe(claims))
        .anyMatch(c -> c.claimant().contains("monitoring group") && c.quantities().stream().anyMatch(q -> q.value() == 212));
    assertThat(claims).as("claims found: %s", describe(claims))
        .noneMatch(c -> c.claimantType() == io.contraflow.analysis.nlp.ClaimantType.OUTLET
            && c.quantities().stream().anyMatch(q -> q.value() == 212));
  }

  /** "A freighter loaded with 41,000 tons of grain": a load the outlet states is its figure, as a toll it states is. */
  @org.junit.jupiter.api.Test
  void aLoadTheOutletStatesIsItsFigure() {
    List<Claim> claims = claimsOf("t-load", "The Vell Star, a freighter loaded with 41,000 tons of grain, sank off Kessa on Friday.");
    assertThat(claims).as("claims found: %s", describe(claims)).anyMatch(c -> c.claimantType() == io.contraflow.analysis.nlp.ClaimantType.OUTLET
        && c.quantities().stream().anyMatch(q -> q.value() == 41000 && "tons".equals(q.unit())));
  }

  /** "Established a committee", "established contact": acts, not findings; only "established that P" claims P. */
  @org.junit.jupiter.api.Test
  void establishingSomethingIsNoFinding() {
    List<Claim> claims = claimsOf("t-established",
        "The ministry established a committee to look into the shooting. The coastguard has established contact with "
            + "the crew.");
    assertThat(claims).as("claims found: %s", describe(claims)).noneMatch(c -> c.cue().equals("establish"));
  }

  private static boolean satisfies(Claim c, String check) {
    if (check.isBlank()) return true;
    String[] kv = check.split("=", 2);
    String v = kv[1];
    return switch (kv[0]) {
      case "frame" -> "none".equals(v) ? c.predicate() == null : v.equals(c.predicate()); // "frame=none": no frame read
      case "agent" -> v.equals(c.arguments().get("agent"));
      case "claimant" -> v.equalsIgnoreCase(c.claimant());
      case "dest" -> c.arguments().getOrDefault("destination", "").contains(v);
      case "modality" -> c.modality().name().equals(v);
      case "reported" -> c.reported() != null && c.reported().challenged().contains(v);
      case "relay" -> c.relayedBy() != null && c.relayedBy().contains(v);
      case "starts" -> c.content().startsWith(v);
      case "ends" -> c.content().endsWith(v);
      case "type" -> c.claimantType().name().equals(v);
      case "affiliation" -> v.equals(c.affiliation());
      case "figures" -> c.quantities().size() == Integer.parseInt(v);
      case "notcounted" -> c.quantities().stream().noneMatch(q -> v.equals(q.counted()));
      case "counted" -> {
        String[] p = v.split(":", -1);
        yield c.quantities().stream().anyMatch(q -> p[0].equals(q.counted()) && near(q.low(), p[1]) && (p.length < 3 || near(q.high(), p[2])));
      }
      default -> throw new IllegalArgumentException("unknown check " + check);
    };
  }

  private static boolean near(Double bound, String expected) {
    if (expected.isEmpty()) return bound == null;
    return bound != null && Math.abs(bound - Double.parseDouble(expected)) <= 1.0;
  }

  private static String describe(List<Claim> claims) {
    StringBuilder b = new StringBuilder();
    for (Claim c : claims) {
      b.append("\n  [").append(c.claimant()).append(" | ").append(c.cue()).append(" | ").append(c.polarity()).append(" | ").append(c.modality())
          .append(" | ").append(c.predicate()).append(c.arguments()).append(" | ");
      c.quantities().forEach(q -> b.append(q.counted()).append('[').append(q.low()).append(',').append(q.high()).append("] "));
      b.append("] ").append(c.content());
    }
    return b.toString();
  }
}
