package io.contraflow.analysis.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.nlp.Attribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedDisagreementSieveTest {
  private static List<Attribution> disagreements(String text) {
    return SieveTesting.attribute(text).stream().filter(a -> "quoted-disagreement".equals(a.sieve())).toList();
  }

  @Test
  void aSpeakerWhoSaysTheyDisagreeWithSomeoneChallengesThem() {
    List<Attribution> found = disagreements("President Ivan Dorov said the number of dead had been exaggerated. \"I disagree "
        + "with [the president]: the coroner's count is sound,\" Governor Ana Berg said.");
    assertThat(found).singleElement().satisfies(a -> {
      assertThat(a.speaker().canonical()).contains("Ana Berg");
      assertThat(a.challenged().canonical()).contains("Ivan Dorov");
    });
    assertThat(disagreements("\"We strongly disagree with the Vell Monitor,\" the ministry said.")).singleElement()
        .satisfies(a -> assertThat(a.challenged().canonical()).contains("Vell Monitor"));
  }

  @Test
  void disagreeingWithAnIdeaOrInAnotherPersonChallengesNoOne() {
    assertThat(disagreements("\"I disagree with the idea that the dam was safe,\" Ana Berg said.")).isEmpty();
    assertThat(disagreements("\"They disagree with Ivan Dorov,\" Ana Berg said.")).isEmpty();
  }
}
