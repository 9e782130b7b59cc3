package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.contradictions.Cause;
import io.contraflow.analysis.contradictions.CauseReader.Reading;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a blast came about, as a claim's words say it, in our own sentences. */
class CauseReaderTest {
  private static Reading only(String content, Cause cause) {
    List<Reading> readings = CauseReader.read(content, false).stream().filter(r -> r.cause() == cause).toList();
    assertThat(readings).as(content).hasSize(1);
    return readings.get(0);
  }

  /** Miners who died of carbon monoxide or gas poisoning were poisoned by no one; a poisoned leader was. */
  @Test
  void fumesThatPoisonAreNoPoisoner() {
    assertThat(CauseReader.read("most of the miners died of carbon monoxide poisoning", false, false)).extracting(Reading::cause)
        .doesNotContain(Cause.DELIBERATE);
    assertThat(CauseReader.read("the crew died of gas poisoning in the hold", false, false)).extracting(Reading::cause)
        .doesNotContain(Cause.DELIBERATE);
    assertThat(CauseReader.read("the opposition leader died of poisoning", false, false)).extracting(Reading::cause)
        .contains(Cause.DELIBERATE);
  }

  /**
   * Dead at a border fence: authorities that say they fell or were trampled in a stampede and a rights group that says
   * the guards' tear gas and batons killed them disagree about how they died; a crushed revolt is no crush.
   */
  @Test
  void aStampedeAndTheForceOfGuardsAreTwoAccountsOfHowACrowdDied() {
    Reading stampede = only("the crowd at the Kessa gate was caught in a stampede", Cause.CROWD_CRUSH);
    Reading force = only("the guards used tear gas and batons on the crowd at the fence", Cause.SECURITY_FORCE);
    assertThat(stampede.conflictsWith(force)).isTrue();
    assertThat(CauseReader.read("the army crushed the revolt in the south", false, false)).extracting(Reading::cause)
        .doesNotContain(Cause.CROWD_CRUSH);
  }

  /** "Denied any use of excessive force": the force is what was denied; a denial of something else that names it is not. */
  @Test
  void aMechanismThatIsTheDenialsObjectIsRuledOut() {
    assertThat(CauseReader.read("any use of \"excessive force\" against the marchers", true)).filteredOn(r -> r.cause() == Cause.SECURITY_FORCE)
        .isNotEmpty().allMatch(Reading::negated);
    assertThat(CauseReader.read("that the marchers who fled the tear gas were hurt", true)).filteredOn(r -> r.cause() == Cause.SECURITY_FORCE)
        .isNotEmpty().noneMatch(Reading::negated);
  }

  /** Marks that "could not have come from an airstrike" rule the strike out; "unable to verify" it leaves it open. */
  @Test
  void aStrikeNotTheSourceIsRuledOutAndAnUnconfirmedOneIsOpen() {
    assertThat(CauseReader.read("the scorch marks on the trucks could not have come from an airstrike", false))
        .filteredOn(r -> r.cause() == Cause.EXTERNAL_STRIKE).isNotEmpty().allMatch(Reading::negated);
    assertThat(CauseReader.read("nine trucks burned, though the agency was unable to verify that an air strike hit them", false))
        .noneMatch(r -> r.cause() == Cause.EXTERNAL_STRIKE);
  }

  /** A structure that gave way by itself is a mishap: against a charge set inside it, how it came down is disputed. */
  @Test
  void aStructureThatGaveWayOnItsOwnIsAMishap() {
    Reading byItself = only("the old sluice had collapsed on its own after years of accumulated damage", Cause.MISHAP);
    assertThat(byItself.negated()).isFalse();
    assertThat(byItself.conflictsWith(only("an explosive charge was set off in the pump room", Cause.INTERNAL_EXPLOSION))).isTrue();
  }

  /**
   * Stored ammunition that went off through a breach of fire safety is a mishap; a depot that was shelled, or hit in a
   * series of rocket attacks, was struck from outside: how the blasts came about is disputed, and a denial that it was
   * shelled rules the strike out.
   */
  /** A dam left without upkeep or a block built shoddily failed through those in charge: negligence, against sabotage. */
  @Test
  void neglectedUpkeepIsNegligence() {
    Reading neglect = only("the Varno dam had been poorly maintained for a decade", Cause.NEGLIGENCE);
    assertThat(neglect.conflictsWith(only("the sluices were sabotaged", Cause.DELIBERATE))).isTrue();
    only("the tower fell because of shoddy construction", Cause.NEGLIGENCE);
  }

  /**
   * A governor who calls the flood a natural disaster and engineers who say the dam was never maintained disagree about
   * whose the disaster was; heavy rain and a neglected dam may both be true, and "not a force majeure event" rules
   * nature out against the builder who blames the rain.
   */
  @Test
  void natureAloneAgainstNeglectIsWhoseTheDisasterWas() {
    Reading neglect = only("the authorities failed to maintain the Varno dam for years", Cause.NEGLIGENCE);
    assertThat(only("the flood was a natural disaster", Cause.NATURAL_HAZARD).conflictsWith(neglect)).isTrue();
    assertThat(neglect.conflictsWith(only("the collapse was force majeure", Cause.NATURAL_HAZARD))).isTrue();
    assertThat(only("heavy rains fell on the valley", Cause.NATURAL_HAZARD).conflictsWith(neglect)).isFalse();
    Reading notNature = only("the inquiry found the failure was not a force majeure event", Cause.NATURAL_HAZARD);
    assertThat(notNature.negated()).isTrue();
    assertThat(notNature.conflictsWith(only("heavy rains overtopped the dam", Cause.NATURAL_HAZARD))).isTrue();
  }

  /** Police who say the driver was speeding and an operator that blames a burst tyre: whose fault the crash was. */
  @Test
  void speedingAgainstABurstTyreIsAQuestionOfFault() {
    // ("No drunken driving, a bike accident led to the fire", a denying headline: its "no" ends at the comma.)
    List<Reading> headline = CauseReader.read("No drunken driving, a bike accident led to the Kessa bus fire", true);
    assertThat(headline).anySatisfy(r -> assertThat(r.cause()).isEqualTo(Cause.ACCIDENTAL)).allSatisfy(r ->
        assertThat(r.negated()).isEqualTo(r.cause() == Cause.HUMAN_ERROR));
    Reading speeding = only("the coach driver was speeding on the pass", Cause.HUMAN_ERROR);
    // ("Ruling out" rules the cause out, as "ruled out" does.)
    assertThat(only("police confirmed the rider was sober, ruling out drunken driving", Cause.HUMAN_ERROR).negated()).isTrue();
    assertThat(only("the bus had a drunk driver at the wheel", Cause.HUMAN_ERROR).negated()).isFalse();
    assertThat(speeding.conflictsWith(only("a tyre burst on the descent", Cause.TECHNICAL_FAULT))).isTrue();
    only("the bus had been overloaded with 70 passengers", Cause.NEGLIGENCE);
    // (An overloaded socket is the wiring's fault, no one's neglect of a load.)
    assertThat(CauseReader.read("an overloaded socket in the kitchen", false)).extracting(Reading::cause).doesNotContain(Cause.NEGLIGENCE);
  }

  /** Arson against a short circuit, sabotage against a signal's failure: one says it was done, the other that it befell. */
  @Test
  void aFaultThatIsAnAccidentByNatureStandsAgainstArson() {
    Reading arson = only("I say it was arson", Cause.DELIBERATE);
    assertThat(arson.conflictsWith(only("investigators favour a short circuit in the wiring", Cause.ELECTRICAL))).isTrue();
    assertThat(only("the line was cut by sabotage", Cause.DELIBERATE)
        .conflictsWith(only("a signal failure sent the train onto the wrong track", Cause.TECHNICAL_FAULT))).isTrue();
    // (A flame may be set on purpose or not: it answers what lit the fire, not whether it was meant.)
    assertThat(arson.conflictsWith(only("a guest dropped a lit cigarette", Cause.OPEN_FLAME))).isFalse();
  }

  @Test
  void ammunitionThatWentOffThroughABreachOfFireSafetyIsAMishap() {
    Reading ammo = only("the blasts at the Kessa depot were a detonation of ammo, not an attack", Cause.MISHAP);
    Reading rules = only("a violation of fire safety requirements set off the stores", Cause.MISHAP);
    Reading rockets = only("it was one of a series of successful rocket attacks on the air bases", Cause.EXTERNAL_STRIKE);
    assertThat(ammo.conflictsWith(rockets)).isTrue();
    assertThat(rules.conflictsWith(rockets)).isTrue();
    Reading notShelled = only("the depot had not been shelled", Cause.EXTERNAL_STRIKE);
    assertThat(notShelled.negated()).isTrue();
    assertThat(notShelled.conflictsWith(rockets)).isTrue();
  }

  /**
   * A fire lit in protest was set on purpose: against a prosecutor's "pattern of irresponsibility" by those in charge,
   * how the deaths came about is disputed. A fire started by a fault names no protest and no intent.
   */
  @Test
  void aFireLitInProtestIsDeliberateAndIrresponsibilityIsNegligence() {
    Reading protest = only("the blaze was started by detainees in protest at their transfer", Cause.DELIBERATE);
    assertThat(protest.negated()).isFalse();
    Reading careless = only("the audits found years of irresponsibility in how the Kessa holding centre was run", Cause.NEGLIGENCE);
    assertThat(protest.conflictsWith(careless)).isTrue();
    assertThat(only("the inmates set their mattresses alight in protest", Cause.DELIBERATE).negated()).isFalse();
    assertThat(CauseReader.read("the blaze was started by a faulty heater", false)).noneMatch(r -> r.cause() == Cause.DELIBERATE);
    assertThat(CauseReader.read("hundreds marched in protest after the fire was put out", false)).noneMatch(r -> r.cause() == Cause.DELIBERATE);
  }

  /**
   * Those harmed blamed for it ("an undisciplined crowd", "if the fans had followed instructions") against those in charge
   * failing: whose failing it was. A crowd said to have followed instructions blames no one of itself.
   */
  @Test
  void theVictimsOwnFaultAgainstNegligenceIsWhoseFailingItWas() {
    Reading crowd = only("the crush began when undisciplined fans surged towards the gate", Cause.OWN_FAULT);
    assertThat(crowd.conflictsWith(only("the mismanagement of the stadium staff cost those lives", Cause.NEGLIGENCE))).isTrue();
    assertThat(only("if the fans had followed instructions, no one would have died", Cause.OWN_FAULT).negated()).isFalse();
    assertThat(only("many in the crowd did not follow instructions from the stewards", Cause.OWN_FAULT).negated()).isFalse();
    assertThat(CauseReader.read("the crowd followed instructions and left calmly", false)).noneMatch(r -> r.cause() == Cause.OWN_FAULT);
  }

  @Test
  void aStrikeFromOutsideAndAnExplosionInsideAreTwoMechanisms() {
    assertThat(only("the depot was destroyed by a missile strike from the north", Cause.EXTERNAL_STRIKE).negated()).isFalse();
    assertThat(only("the charge went off after explosives were planted in the pump room", Cause.INTERNAL_EXPLOSION).negated()).isFalse();
    assertThat(only("there was no rocket fire at all that night", Cause.EXTERNAL_STRIKE).negated()).isTrue();
    assertThat(only("neither shelling nor anything else from outside could have breached the wall", Cause.EXTERNAL_STRIKE).negated()).isTrue();
    assertThat(only("the wall could not have been breached by shelling", Cause.EXTERNAL_STRIKE).negated()).isTrue();
    // Fired at from outside, however it is put; a charge set inside.
    assertThat(only("rebels bombarded the sluice gates for a week", Cause.EXTERNAL_STRIKE).negated()).isFalse();
    assertThat(only("the lock was breached by rocket-propelled grenades fired from the far bank", Cause.EXTERNAL_STRIKE).negated()).isFalse();
    assertThat(only("an explosive charge was set off in the pump room", Cause.INTERNAL_EXPLOSION).negated()).isFalse();
    // The object between the verb and where it went off; a means made impossible is ruled out.
    assertThat(only("the rebels blew the pumping station up from within", Cause.INTERNAL_EXPLOSION).negated()).isFalse();
    assertThat(only("it was physically impossible to breach the lock by shelling", Cause.EXTERNAL_STRIKE).negated()).isTrue();
  }

  /** An "internal detonation" against "a series of artillery attacks", and a dam "broken up by itself": the same three mechanisms. */
  @Test
  void detonationsInsideArtilleryOutsideAndAStructureGivingWayByItself() {
    assertThat(only("the rebels carried out an internal detonation of the sluice", Cause.INTERNAL_EXPLOSION).negated()).isFalse();
    assertThat(only("the breach was the result of repeated artillery attacks from the far bank", Cause.EXTERNAL_STRIKE).negated()).isFalse();
    assertThat(only("the lock gates had broken up by themselves after the flood", Cause.MISHAP).negated()).isFalse();
  }

  /** "no injuries in the missile strike": the negation is of the injuries; the strike stands. */
  @Test
  void anAttemptOnALifeIsItsOwnYesOrNoQuestion() {
    Reading tried = only("Norland tried to assassinate the president with two drones over his residence", Cause.ATTEMPT_ON_LIFE);
    Reading doubted = only("the drones were not an attempt to assassinate the president", Cause.ATTEMPT_ON_LIFE);
    assertThat(tried.negated()).isFalse();
    assertThat(doubted.negated()).isTrue();
    assertThat(tried.conflictsWith(doubted)).isTrue();
    // Whoever meant to kill him meant to: an attempt on a life is deliberate, and not an accident's opposite.
    assertThat(tried.conflictsWith(new Reading(Cause.DELIBERATE, false, "terrorist attack"))).isFalse();
    assertThat(tried.conflictsWith(new Reading(Cause.DELIBERATE, true, "deliberate"))).isFalse();
  }

  /** A heart that stopped under blows is no natural death: the blows are the cause, whatever the heart did. */
  @Test
  void aNaturalMechanismSetOffByViolenceIsNotANaturalDeath() {
    assertThat(CauseReader.read("he suffered cardiac arrest as a result of the guards' beating", false))
        .extracting(Reading::cause).containsExactly(Cause.DELIBERATE);
    assertThat(CauseReader.read("the guards went on beating him, causing a heart attack", false))
        .extracting(Reading::cause).containsExactly(Cause.DELIBERATE);
    // Without the blows, the same mechanism is a natural cause.
    assertThat(CauseReader.read("he went into cardiac arrest in his cell", false)).extracting(Reading::cause).containsExactly(Cause.NATURAL);
    // An official's "medical emergency" is that account's natural cause.
    assertThat(CauseReader.read("the detainee experienced a medical emergency in the van", false)).extracting(Reading::cause)
        .containsExactly(Cause.NATURAL);
  }

  /** Meaning to kill is doing it on purpose; a contraction rules it out as "not" does. */
  @Test
  void anIntentToKillIsDeliberateAndAContractionRulesItOut() {
    assertThat(only("the guard saw the boy and he wanted to end his life", Cause.DELIBERATE).negated()).isFalse();
    assertThat(only("he never meant harm and he didn't want to kill anyone", Cause.DELIBERATE).negated()).isTrue();
    assertThat(only("the fire wasn't deliberate", Cause.DELIBERATE).negated()).isTrue();
  }

  @Test
  void aNegationOfSomethingElseLeavesTheStrikeStanding() {
    assertThat(only("there had been no injuries in the missile strike on the base", Cause.EXTERNAL_STRIKE).negated()).isFalse();
  }

  /** "Norland's Maritime Accident Review Board": a word of a name gives no cause; "it was an accident" does. */
  @Test
  void aCauseWordInsideANameIsNoCause() {
    assertThat(CauseReader.read("the Maritime Accident Review Board has only begun its inquiry", false))
        .noneMatch(r -> r.cause() == Cause.ACCIDENTAL);
    assertThat(only("the sinking was an Accident, the captain insisted", Cause.ACCIDENTAL).negated()).isFalse();
  }

  /**
   * "knew nothing of any saboteurs": what the speaker does not know of is neither held nor ruled out; nor is
   * a deliberate provocation a deliberate incident.
   */
  @Test
  void whatTheSpeakerKnowsNothingOfIsNoCause() {
    assertThat(CauseReader.read("she knew nothing of any sabotage crews in the port", true)).noneMatch(r -> r.cause() == Cause.DELIBERATE);
    assertThat(CauseReader.read("the ministry was not aware of any deliberate attempt to flood the mine", true))
        .noneMatch(r -> r.cause() == Cause.DELIBERATE);
    // What is deliberate in "a deliberate provocation" is what was said of the incident.
    assertThat(CauseReader.read("reports of a strike on the dam were a deliberate provocation", true))
        .noneMatch(r -> r.cause() == Cause.DELIBERATE);
    // A danger run, not what happened: "the risk of getting poisoned" by the gas on the way out.
    assertThat(CauseReader.read("the probability of getting poisoned before reaching the refuge was high", true))
        .noneMatch(r -> r.cause() == Cause.DELIBERATE);
    assertThat(CauseReader.read("there was no sabotage at the port", true)).anyMatch(r -> r.cause() == Cause.DELIBERATE && r.negated());
    // Nor is "knowingly false information": the manner word says how the words were false.
    assertThat(CauseReader.read("a case was opened over the spreading of knowingly false information about the navy", true))
        .noneMatch(r -> r.cause() == Cause.DELIBERATE);
    assertThat(CauseReader.read("the minister gave a deliberately misleading account of the fire", false))
        .noneMatch(r -> r.cause() == Cause.DELIBERATE);
  }

  /**
   * "Talks were not working: so they turned to sabotage": a denial in the clause before a colon leaves the cause
   * after it held; a cause in the denied clause itself stays ruled out.
   */
  @Test
  void aDenialBeforeAColonLeavesTheCauseAfterItHeld() {
    assertThat(only("Talks with the union were not working: so they turned to sabotage", Cause.DELIBERATE).negated()).isFalse();
    List<Reading> held = CauseReader.read("Talks with the union were not working: so they turned to sabotage", true);
    assertThat(held).anyMatch(r -> r.cause() == Cause.DELIBERATE && !r.negated());
    List<Reading> denied = CauseReader.read("It was not sabotage: the valve simply failed", true);
    assertThat(denied).anyMatch(r -> r.cause() == Cause.DELIBERATE && r.negated());
  }

  /** A strike may be deliberate or a misfire: the mechanism and the intent answer different questions. */
  @Test
  void mechanismsConflictOnlyWithEachOther() {
    Reading strike = new Reading(Cause.EXTERNAL_STRIKE, false, "missile strike");
    Reading inside = new Reading(Cause.INTERNAL_EXPLOSION, false, "explosion inside");
    assertThat(strike.conflictsWith(inside)).isTrue();
    assertThat(strike.conflictsWith(new Reading(Cause.EXTERNAL_STRIKE, true, "missile fire"))).isTrue();
    assertThat(strike.conflictsWith(new Reading(Cause.DELIBERATE, false, "deliberately"))).isFalse();
    assertThat(strike.conflictsWith(new Reading(Cause.ACCIDENTAL, false, "misfire"))).isFalse();
    assertThat(inside.conflictsWith(new Reading(Cause.EXTERNAL_STRIKE, true, "shelling"))).isFalse();
  }

  /** What a strike hit answers its own question: homes or anything in reach, against aimed military targets. */
  @Test
  void whatAStrikeHitConflictsOnlyWithWhatElseItHit() {
    assertThat(only("the shelling of the harbour district was indiscriminate", Cause.CIVILIAN_TARGET).negated()).isFalse();
    assertThat(only("its forces carried out targeted strikes on the depot", Cause.MILITARY_TARGET).negated()).isFalse();
    Reading homes = new Reading(Cause.CIVILIAN_TARGET, false, "residential quarters");
    Reading sites = new Reading(Cause.MILITARY_TARGET, false, "military targets");
    assertThat(homes.conflictsWith(sites)).isTrue();
    assertThat(homes.conflictsWith(new Reading(Cause.EXTERNAL_STRIKE, false, "missile strike"))).isFalse();
    assertThat(sites.conflictsWith(new Reading(Cause.DELIBERATE, false, "deliberately"))).isFalse();
  }

  /**
   * A building named by what soldiers used it for, or a gathering of officers, is a military target; a building called
   * civilian, or a strike on civilians, is not. Civilian words that only say where the other side put its forces are
   * neither.
   */
  @Test
  void whatAStrikeHitNamedByItsUse() {
    assertThat(only("the Ostravian army had turned the warehouse into an ammunition depot", Cause.MILITARY_TARGET).negated()).isFalse();
    assertThat(only("rebels kept a command post in the basement of the cinema", Cause.MILITARY_TARGET).negated()).isFalse();
    assertThat(only("the strike was aimed at a gathering of Norland officers in a Kessa hotel", Cause.MILITARY_TARGET).negated()).isFalse();
    assertThat(only("the shells landed on a farmhouse where rebel fighters and their commanders were meeting", Cause.MILITARY_TARGET)
        .negated()).isFalse();
    assertThat(only("the bombs fell on a purely civilian building", Cause.CIVILIAN_TARGET).negated()).isFalse();
    assertThat(only("it was a deliberate strike on civilians in the market", Cause.CIVILIAN_TARGET).negated()).isFalse();
    assertThat(only("the depot the jets hit was an obviously civilian site", Cause.CIVILIAN_TARGET).negated()).isFalse();
    assertThat(CauseReader.read("Norland hides its launchers within civilian areas", false))
        .noneMatch(r -> r.cause() == Cause.CIVILIAN_TARGET);
    assertThat(CauseReader.read("Norland parks its guns near clinics, schools and other civilian buildings", false))
        .noneMatch(r -> r.cause() == Cause.CIVILIAN_TARGET);
    assertThat(only("near the border, the shells fell on civilian buildings", Cause.CIVILIAN_TARGET).negated()).isFalse();
  }

  /** A military use of the place hit, ruled out: "no sign of any military presence", "never used for military purposes". */
  @Test
  void aMilitaryUseRuledOutSaysItWasNoMilitaryTarget() {
    assertThat(only("monitors found no evidence of a rebel military presence at the clinic", Cause.MILITARY_TARGET).negated()).isTrue();
    assertThat(only("the hall had never been used for military purposes", Cause.MILITARY_TARGET).negated()).isTrue();
    assertThat(only("the army said the hall was a military installation", Cause.MILITARY_TARGET).negated()).isFalse();
  }

  /** A speaker who retells what others said in order to answer it holds the answer, not what was retold. */
  @Test
  void whatOthersSaidRetoldToBeAnsweredIsNotTheSpeakers() {
    assertThat(only("They told us our son died of a heart condition, but our son had no heart condition at all", Cause.NATURAL)
        .negated()).isTrue();
    assertThat(only("my brother had a heart condition, the doctors said", Cause.NATURAL).negated()).isFalse();
    assertThat(only("the prisoner died of physical violence in the cell", Cause.DELIBERATE).negated()).isFalse();
  }

  @Test
  void aStrikeFromOutsideRuledOutHoweverItIsPut() {
    // Quoted, after "no"; after "no indication that"; and in reports a speaker calls wrong.
    assertThat(only("there was no “external influence” on the airliner", Cause.EXTERNAL_STRIKE).negated()).isTrue();
    assertThat(only("investigators found no indication that the jet had suffered an ‘external impact’", Cause.EXTERNAL_STRIKE)
        .negated()).isTrue();
    assertThat(CauseReader.read("reports that a surface-to-air missile brought down the jet were inaccurate", true, false))
        .anySatisfy(r -> {
          assertThat(r.cause()).isEqualTo(Cause.EXTERNAL_STRIKE);
          assertThat(r.negated()).isTrue();
        });
    assertThat(only("a surface-to-air missile fired from the border shot down the jet", Cause.EXTERNAL_STRIKE).negated()).isFalse();
    assertThat(only("fragments of a hand grenade were found in the bodies", Cause.INTERNAL_EXPLOSION).negated()).isFalse();
  }

  /** Fire from the ground at an aircraft is a strike from outside, against a bird strike or an engine failure. */
  @Test
  void fireFromTheGroundIsAStrikeFromOutside() {
    Reading fired = only("an anti-aircraft gun had hit the airliner over the border", Cause.EXTERNAL_STRIKE);
    assertThat(fired.negated()).isFalse();
    assertThat(fired.conflictsWith(only("the crew turned back after a bird strike", Cause.MISHAP))).isTrue();
    assertThat(only("the tail was riddled by ground fire", Cause.EXTERNAL_STRIKE).negated()).isFalse();
  }

  /** A death one brought on oneself, told as a suicide or a mistake of identity as an accident: against a killing. */
  @Test
  void aSuicideAndAMistakenIdentityAreCausesOfTheirOwn() {
    Reading suicide = only("the ministry said the prisoner had killed himself in his cell", Cause.SELF_INFLICTED);
    assertThat(suicide.negated()).isFalse();
    assertThat(suicide.conflictsWith(only("the prisoner was beaten to death by three guards", Cause.DELIBERATE))).isTrue();
    assertThat(only("the coroner ruled it a suicide", Cause.SELF_INFLICTED).negated()).isFalse();
    assertThat(only("the sentries fired on the wrong car, a case of mistaken identity", Cause.ACCIDENTAL).negated()).isFalse();
    // Holes from objects that struck from outside, against a flock of birds: what brought the airliner down.
    assertThat(only("inspectors found holes left by external objects in the tail", Cause.EXTERNAL_STRIKE)
        .conflictsWith(only("the airliner flew into a flock of birds", Cause.MISHAP))).isTrue();
    // A person's error against a machine's failure: whose fault the accident was.
    assertThat(only("the ministry blamed human error by the crew", Cause.HUMAN_ERROR)
        .conflictsWith(only("the crash was caused by a faulty signal", Cause.TECHNICAL_FAULT))).isTrue();
    // A bomber who died with his bomb did not die by his own hand in this sense.
    assertThat(CauseReader.read("a suicide bomber blew himself up at the gate", false)).noneMatch(r -> r.cause() == Cause.SELF_INFLICTED);
  }

  /**
   * A fall from a height, as the authorities tell a detainee's or a marcher's death, is a death on one's own; "thrown
   * from the roof" is a killing, as blows to the head are.
   */
  @Test
  void aFallFromAHeightIsOnOnesOwnAndBeingThrownIsAKilling() {
    Reading fall = only("the officials said the student was hurt fatally in falling from a building near the square", Cause.SELF_INFLICTED);
    assertThat(fall.negated()).isFalse();
    assertThat(fall.conflictsWith(only("his sister said he had died of blows to the head", Cause.DELIBERATE))).isTrue();
    Reading thrown = only("the first statement said she had been thrown from the roof of the hostel", Cause.DELIBERATE);
    assertThat(thrown.conflictsWith(only("the police now say she fell from a window of the hostel", Cause.SELF_INFLICTED))).isTrue();
  }

  /** Where a disaster came from: nature or people. A firm's freak waves and an inquiry's "not the cause" disagree. */
  @Test
  void aNaturalHazardAndAManMadeCauseAnswerWhereItCameFrom() {
    Reading waves = only("the leak at the Kessa terminal began when freak waves struck the mooring", Cause.NATURAL_HAZARD);
    assertThat(waves.negated()).isFalse();
    Reading dumped = only("industrial waste had been poured into the river upstream of Vell", Cause.MAN_MADE);
    assertThat(waves.conflictsWith(dumped)).isTrue();
    // Ruled out after it: "were never the trigger", "is not likely to have been the cause".
    Reading notWaves = only("rogue waves were never the trigger for the leak", Cause.NATURAL_HAZARD);
    assertThat(notWaves.negated()).isTrue();
    assertThat(CauseDetector.sameSpecificCause(waves, notWaves)).isEqualTo("waves");
    assertThat(only("a storm surge is not likely to have been the cause of the breach", Cause.NATURAL_HAZARD).negated()).isTrue();
    assertThat(only("lightning was highly unlikely to have brought the span down", Cause.NATURAL_HAZARD).negated()).isTrue();
    // What was caused is the harm, not how it came about: "a poison had caused the illness" gives no natural cause.
    assertThat(CauseReader.read("a weak poison had caused the illness in the dormitory", false)).extracting(Reading::cause)
        .doesNotContain(Cause.NATURAL);
    // Both kinds in one claim: people had a hand in it, which is the contested part.
    List<Reading> mixed = CauseReader.read("the causes were a hot summer, a drought and industrial discharges", false);
    assertThat(mixed).extracting(Reading::cause).contains(Cause.MAN_MADE).doesNotContain(Cause.NATURAL_HAZARD);
  }

  /**
   * What holed a ship or set off a bomb, told by its means: a torpedo or a "flying object" strikes from outside, a limpet
   * mine is a charge fixed to the hull, an explosive vest is worn by a bomber who dies with it.
   */
  @Test
  void aChargeFixedToAHullAndAProjectileAnswerHowItWasHit() {
    Reading mine = only("divers found an unexploded limpet mine on the hull of the Kessa Star", Cause.INTERNAL_EXPLOSION);
    Reading flying = only("the captain said his crew saw a flying object strike the ship", Cause.EXTERNAL_STRIKE);
    assertThat(mine.conflictsWith(flying)).isTrue();
    assertThat(only("the breach is not from a mine, the owner insisted", Cause.INTERNAL_EXPLOSION).negated()).isTrue();
    Reading torpedo = only("the crew left the tanker once a torpedo struck her stern", Cause.EXTERNAL_STRIKE);
    Reading noTorpedo = only("the owner said there was no chance that a torpedo struck the tanker", Cause.EXTERNAL_STRIKE);
    assertThat(torpedo.negated()).isFalse();
    assertThat(noTorpedo.negated()).isTrue();
    assertThat(torpedo.conflictsWith(noTorpedo)).isTrue();
    Reading vests = only("the two attackers set off their explosive vests at the gate", Cause.SUICIDE_ATTACK);
    assertThat(vests.conflictsWith(only("the bag was detonated remotely from a parked car", Cause.REMOTE_DETONATION))).isTrue();
  }

  /**
   * A ship lost to a fire on board that set off its own ammunition, or to rocks it ran onto, was lost to a mishap: against a
   * missile or a torpedo, how it was lost is disputed. A claim that names the strike as well tells the fire as its work.
   */
  @Test
  void aFireOnBoardAndAGroundingAreMishapsAgainstAStrike() {
    Reading fire = only("the navy said a fire broke out aboard the frigate Vell after ammunition detonated", Cause.MISHAP);
    assertThat(fire.negated()).isFalse();
    Reading missiles = only("Kessa said its coastal battery hit the frigate with two anti-ship missiles", Cause.EXTERNAL_STRIKE);
    assertThat(fire.conflictsWith(missiles)).isTrue();
    Reading rocks = only("the envoy said the patrol boat had run aground on a shoal near Ostria", Cause.MISHAP);
    assertThat(rocks.conflictsWith(only("the inquiry found a torpedo had broken the patrol boat in two", Cause.EXTERNAL_STRIKE))).isTrue();
    assertThat(CauseReader.read("a drone strike set off a fire aboard the ferry and the ammunition exploded", false))
        .extracting(Reading::cause).contains(Cause.EXTERNAL_STRIKE).doesNotContain(Cause.MISHAP);
    // Found no sign of munitions hitting the trucks: the strike is ruled out.
    Reading noHits = only("the ministry said it did not find any signs of munitions hitting the trucks", Cause.EXTERNAL_STRIKE);
    assertThat(noHits.negated()).isTrue();
    assertThat(only("the inspectors found no signs of a missile strike on the hull", Cause.EXTERNAL_STRIKE).negated()).isTrue();
    assertThat(noHits.conflictsWith(only("an aid worker said it was an airstrike on the trucks", Cause.EXTERNAL_STRIKE))).isTrue();
  }
}
