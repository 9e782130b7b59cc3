package io.contraflow.analysis.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import io.contraflow.analysis.nlp.Attribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimNounSieveTest {
  private static List<Attribution> nouns(String text) {
    return SieveTesting.attribute(text, new ClaimNounSieve());
  }

  @Test
  void possessorHoldsTheClaim() {
    assertThat(nouns("Critics rejected Sorel's claim that the strike had hit only military targets.")).singleElement().satisfies(a -> {
      assertThat(a.speaker().canonical()).isEqualTo("Sorel");
      assertThat(a.content()).isEqualTo("the strike had hit only military targets");
      assertThat(a.sieve()).isEqualTo("claim-noun");
    });
  }

  @Test
  void subjectOfAClaimMakingVerbHoldsALabelledClaim() {
    assertThat(nouns("Lawmakers made baseless claims that the ballots had been printed abroad.")).singleElement().satisfies(a -> {
      assertThat(a.speaker().canonical()).isEqualTo("Lawmakers");
      assertThat(a.modality()).isEqualTo(Modality.LABELLED_FALSE);
    });
  }

  @Test
  void denialsOfSomethingByAParty() {
    assertThat(nouns("The court heard repeated denials of involvement by Valdoria.")).singleElement().satisfies(a -> {
      assertThat(a.cue()).isEqualTo("deny");
      assertThat(a.polarity()).isEqualTo(Polarity.DENIED);
      assertThat(a.content()).isEqualTo("involvement");
    });
  }
}
