package io.contraflow.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who a responsibility frame names as the agent, read from one reported clause. */
class PropositionReaderTest {
  private final PropositionReader reader = new PropositionReader();

  private List<String> agents(String content) {
    return reader.read(content).stream().filter(p -> "responsible".equals(p.predicate()))
        .map(p -> p.arguments().get("agent")).toList();
  }

  /** "Spanish, French and Italian jets": every name of a list joined by commas and "and" is a doer, not only those after the last comma. */
  @Test
  void everyNameOfAListIsADoer() {
    assertThat(agents("only Spanish, French and Italian aircraft could have carried out the raid, not the militia"))
        .containsExactlyInAnyOrder("Spain", "France", "Italy");
    assertThat(agents("Norland, Ostria and Vell were behind the attack")).contains("Norland", "Ostria", "Vell");
    // (A place after a preposition opens the sentence; it is no doer: "In Kessa, Ana Berg and the Spanish army".)
    assertThat(agents("In Kessa, Ana Berg and the Spanish army carried out the attack")).doesNotContain("Kessa");
    // (Nor is a sentence adverb before a comma a name of the list.)
    assertThat(agents("Separately, Spanish and French jets carried out the attack")).containsExactlyInAnyOrder("Spain", "France");
  }

  @Test
  void theSubjectOfAnActiveDeedIsItsAgent() {
    assertThat(agents("Finland staged the raid on the depot")).contains("Finland");
  }

  @Test
  void anArticleOpeningTheSubjectIsNoAgent() {
    // "An" and "His" are capitalised only because they open the clause.
    assertThat(agents("An air strike on the tent camp killed 35 people")).isEmpty();
    assertThat(agents("His troops shelled the village overnight")).isEmpty();
    // A count opening the sentence is what struck or whom it struck, no party.
    assertThat(agents("Two blasts killed 12 people at the depot")).isEmpty();
  }

  /**
   * A strike or a weapon that hit something names its doer through its owner ("a Finnish drone had hit the
   * clinic"); a storm or a train that hit something names none, and nor does a weapon no one owns.
   */
  @Test
  void theOwnerOfAWeaponThatHitSomethingIsTheAgent() {
    assertThat(agents("a Finnish drone had hit the clinic in Kesta on Monday")).containsExactly("Finland");
    assertThat(agents("a Bolivian missile struck the depot, killing 12 guards")).containsExactly("Bolivia");
    assertThat(agents("the storm hit the Kesta coast overnight")).isEmpty();
    assertThat(agents("the night train struck a lorry at the Kesta crossing")).isEmpty();
    assertThat(agents("the coastguard insists no missile hit the ferry")).isEmpty();
  }

  /** A later passive names its doer after it; the place where the deed was done is no doer. */
  @Test
  void aLaterPassiveNamesItsDoerAndThePlaceOfTheDeedDoesNot() {
    assertThat(agents("the missile that killed civilians at Kesta station was fired from Bolivian-held ground")).containsExactly("Bolivia");
  }

  /**
   * Whose deed it was, named after the frame: the responsibility lying with someone, the deed as someone's work or
   * revenge, or bearing someone's hallmarks. The speaker named in the clause is not the one blamed, and someone's work
   * that is no deed ("the work of the rescuers continued") blames no one.
   */
  @Test
  void aDeedCalledSomeonesWorkNamesItsDoerAfterTheFrame() {
    assertThat(agents("the responsibility lies with Peru and the smugglers it shelters")).containsExactly("Peru");
    assertThat(agents("the blame lay squarely with Bolivia")).containsExactly("Bolivia");
    assertThat(agents("the fire at the depot was the work of Bolivian agents")).containsExactly("Bolivia");
    assertThat(agents("the sickness in the schools is the revenge of the Peruvian government against the teachers")).containsExactly("Peru");
    assertThat(agents("the blast bore the hallmarks of Bolivian special forces")).containsExactly("Bolivia");
    assertThat(deniedAgents("the blast was not the work of Peru")).containsExactly("Peru");
    assertThat(agents("the work of the rescuers went on through the night")).isEmpty();
    assertThat(agents("the responsibility rests with smugglers")).isEmpty();
  }

  /** "Neither X nor Y did it" denies both. */
  @Test
  void neitherNorDeniesEveryAgent() {
    assertThat(deniedAgents("neither Peruvian nor Bolivian jets bombed the convoy")).containsExactly("Peru", "Bolivia");
  }

  /**
   * An armed attack told with its attackers as the subject blames them: who opened fire, started shelling, attacked or
   * rammed. A passive attack names no doer but in its by-phrase, and attacking a report with words is no deed.
   */
  @Test
  void forcesThatAttackedOrOpenedFireAreTheAgent() {
    assertThat(agents("a Peruvian patrol opened fire on the outpost at dusk")).containsExactly("Peru");
    assertThat(agents("the Bolivian side started shelling the positions of the other side")).containsExactly("Bolivia");
    assertThat(agents("Norwegian coastguards rammed the trawler twice")).containsExactly("Norway");
    assertThat(agents("Peruvian troops waded across the river at night and attacked a Bolivian camp")).containsExactly("Peru");
    assertThat(agents("the convoy was attacked near the bridge")).isEmpty();
    assertThat(agents("the outpost was attacked by Bolivian troops")).containsExactly("Bolivia");
    assertThat(agents("the minister attacked the report as a pack of lies")).isEmpty();
  }

  /** "the guards, without any warning, had fired": an aside between commas does not cut the subject from its verb. */
  @Test
  void anAsideBetweenCommasKeepsTheSubject() {
    assertThat(agents("Peruvian gunners, in the middle of the night, had shelled the post")).containsExactly("Peru");
    assertThat(agents("Peruvian envoys met on Monday, and guards later shelled the post")).isEmpty();
  }

  /** "accused X of covering up the toll", "of hiding evidence": a charge of concealment blames no one for the deed. */
  @Test
  void aChargeOfCoveringUpBlamesNoOneForTheDeed() {
    assertThat(reader.blame("the Kessa authorities of covering up the true toll")).isEmpty();
    assertThat(reader.blame("the Kessa authorities of hiding evidence from the inquiry")).isEmpty();
    assertThat(reader.blame("the Vell Front of bombing the depot")).isNotEmpty();
  }

  /** "killed by troops in Kesta": the by-phrase names the doer; the town and the day after it are where and when. */
  @Test
  void thePlaceAfterAPassivesDoerIsNoAgent() {
    assertThat(agents("30 people were killed by security forces in Kesta on Friday")).isEmpty();
    assertThat(agents("30 people were killed by Latvian troops in Kesta")).containsExactly("Latvia");
    assertThat(agents("the blast was caused by a rocket launched by the Vell Front near Kesta")).containsExactly("Vell Front");
  }

  @Test
  void aPassiveDeedsSubjectAndItsPlaceAreNoAgent() {
    // The demonym and the town belong to where it happened, not to who did it.
    assertThat(agents("the suspected gas attack in the Latvian town of Kessa was staged")).isEmpty();
    assertThat(agents("the shelling of the Latvian depot was carried out overnight")).isEmpty();
  }

  /** Where the doers went before the deed ("into Estonian territory") is not who did it. */
  @Test
  void whereTheDoersWentIsNoAgent() {
    assertThat(agents("Finnish troops had crossed into Estonian territory and killed two guards")).containsExactly("Finland");
    assertThat(agents("the drones flew over Latvian airspace and struck the depot")).isEmpty();
  }

  @Test
  void aPassiveDeedNamesItsAgentAfterIt() {
    assertThat(agents("the raid on the Latvian depot was carried out by Finland")).containsExactly("Finland");
    assertThat(agents("the blast at Kessa was staged with the help of Estonian intelligence")).containsExactly("Estonia");
    // Its doer named without a party's name is still its doer: the place shelled is not.
    assertThat(agents("the shelling of Kessa was a provocation staged by the rebels")).isEmpty();
    assertThat(agents("the shelling of Kessa was a provocation staged by Finland")).containsExactly("Finland");
    // Whom it was done to, however hedged: "Arle was “very likely” targeted" names no doer.
    assertThat(agents("Tom Arle was “very likely” targeted, the Finnish officials said")).doesNotContain("Tom Arle", "Arle");
    // Nor is the "it" of the assessment that found it: "it determined that Arle was targeted" blames no one.
    assertThat(agents("it determined that Tom Arle was very likely targeted")).isEmpty();
  }

  @Test
  void didItNamesItsSubjectAndItsItIsTheDeed() {
    assertThat(agents("we all know the Finnish navy did it")).containsExactly("Finland");
    assertThat(deniedAgents("we did not do it")).containsExactly("self");
    // The deed's own "it" is not the speaker: "the rebels did not do it" denies the rebels' deed, not the speaker's.
    assertThat(deniedAgents("the rebels did not do it")).doesNotContain("self");
  }

  @Test
  void aDeniedConnectionIsTheSpeakersOwn() {
    assertThat(agents("any connection to the bombing of the ferry terminal")).containsExactly("self");
    assertThat(agents("the bombing had no connection with Finland")).doesNotContain("self");
    // A place in a clause after the deed is no party to it; nor is the party one denies a connection to.
    assertThat(agents("any knowledge or connection to the hoax that forced the airliner to land in Estonia")).containsExactly("self");
    assertThat(agents("any connection to the Vell Front")).containsExactly("self");
    // A spokesman's "the group" is the speaker's own.
    assertThat(deniedAgents("the group “has nothing to do with that")).containsExactly("self");
  }

  @Test
  void aCountOfVictimsBeforeTheParticipleIsWhomItWasDoneTo() {
    // "13 people killed in the attack" is a reduced passive: whoever identified them did not kill them.
    assertThat(agents("it had identified 13 people killed in the attack")).isEmpty();
    assertThat(agents("it killed 13 militants in the raid")).containsExactly("self");
  }

  @Test
  void aWeaponIsWhatWasUsedNotWhoUsedIt() {
    assertThat(agents("the ferry was struck by two Estonian Harpoon missiles")).containsExactly("Estonia");
    assertThat(agents("the depot was hit by a Zr-40 fired by Finland")).doesNotContain("Zr-40").contains("Finland");
    assertThat(agents("the blast of ammunition stored for Estonian weapons caused the fire")).isEmpty();
  }

  private List<String> deniedAgents(String content) {
    return reader.read(content).stream().filter(p -> "responsible".equals(p.predicate()) && p.negated())
        .map(p -> p.arguments().get("agent")).toList();
  }

  @Test
  void sayingOnesForcesWereNotThereDeniesDoingIt() {
    assertThat(deniedAgents("Finnish troops were not present near the ferry at the time")).containsExactly("Finland");
    assertThat(deniedAgents("none of its units were in the area when the depot burned")).containsExactly("self");
    assertThat(deniedAgents("no soldiers were operating near the village that night")).containsExactly("self");
    assertThat(deniedAgents("the army was not implicated in the deaths of the fishermen")).isEmpty();
    assertThat(deniedAgents("Estonia was not implicated in the deaths of the fishermen")).containsExactly("Estonia");
    // Being there is not having done it: only the denial is read.
    assertThat(agents("Finnish troops were present near the ferry at the time")).isEmpty();
  }

  @Test
  void victimsLinkedToAPartyAreNotItsDeed() {
    assertThat(agents("the victims were linked to the Finnish security forces")).isEmpty();
    assertThat(agents("the raid was linked to the Finnish security forces")).containsExactly("Finland");
  }

  /** "had not reached the lake": a perfect denied is a denied movement, as "did not reach" is. */
  @Test
  void aDeniedPerfectDeniesTheMovement() {
    assertThat(reader.read("the leaked diesel had not reached Lake Ostria by Sunday")).anySatisfy(p -> {
      assertThat(p.predicate()).isEqualTo("move");
      assertThat(p.negated()).isTrue();
    });
    assertThat(reader.read("the leaked diesel has reached Lake Ostria")).anySatisfy(p -> {
      assertThat(p.predicate()).isEqualTo("move");
      assertThat(p.negated()).isFalse();
    });
  }

  /** "refutes the ministry's lies claiming that X did it": the deed is told as a falsehood, so X's part is denied. */
  @Test
  void aDeedToldAsALieIsDenied() {
    assertThat(deniedAgents("the report refutes Finland's \"lies\" claiming the ferry was shot down by a Bolivian jet"))
        .containsExactly("Bolivia");
    assertThat(agents("the report backs Finland's account claiming the ferry was shot down by a Bolivian jet")).containsExactly("Bolivia");
  }
}
