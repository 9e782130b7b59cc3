package io.contraflow.analysis.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.nlp.Attribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisagreementSieveTest {
  @Test
  void challengerBeforeTheVerbChallengedAfter() {
    List<Attribution> as = SieveTesting.attribute("Brandt's account contradicts assertions made by Police chief Dario Menko.", new DisagreementSieve());
    assertThat(as).singleElement().satisfies(a -> {
      assertThat(a.speaker().canonical()).contains("Brandt");
      assertThat(a.challenged().canonical()).contains("Menko");
      assertThat(a.cue()).isEqualTo("contradict");
      assertThat(a.sieve()).isEqualTo("disagreement");
    });
  }

  /** "disagree with Y's finding that P": the one who disagrees, and the owner of the finding named by its possessive. */
  @Test
  void disagreeingWithAFindingNamesItsOwner() {
    List<Attribution> as = SieveTesting.attribute("The Estonian safety board disagreed with the Latvian inquiry's finding that the crew "
        + "could not have saved the ferry.", new DisagreementSieve());
    assertThat(as).singleElement().satisfies(a -> {
      assertThat(a.speaker().canonical()).containsIgnoringCase("safety board");
      assertThat(a.challenged().canonical()).containsIgnoringCase("inquiry");
      assertThat(a.cue()).isEqualTo("disagree with");
    });
  }

  @Test
  void aNounIsNoReportOfDisagreement() {
    assertThat(SieveTesting.attribute("Months of dispute between Norland and Valdoria ended on Friday.", new DisagreementSieve())).isEmpty();
  }

  @Test
  void theMediaSomethingIsSaidInAreNotWhoIsContradicted() {
    // "this account" points back; the Latvian media are only where the families spoke.
    assertThat(SieveTesting.attribute("Several families are now contradicting this account in Latvian media reports and on social media.",
        new DisagreementSieve())).isEmpty();
  }

  @Test
  void aConjunctionOpeningTheSentenceIsNoPartOfTheChallenger() {
    assertThat(SieveTesting.attribute("But several families are now contradicting Admiral Ivo Marek in Latvian media reports.",
        new DisagreementSieve())).singleElement().satisfies(a -> {
          assertThat(a.speaker().canonical()).doesNotStartWith("But").containsIgnoringCase("families");
          assertThat(a.challenged().canonical()).contains("Marek");
        });
  }
}
