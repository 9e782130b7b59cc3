package io.contraflow.analysis.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.nlp.Polarity;
import io.contraflow.analysis.nlp.Attribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrailingDenialSieveTest {
  @Test
  void aClaimTheGroupDenied() {
    List<Attribution> as = SieveTesting.attribute("The army said the convoy was hit by a drone launched by the Eastern Front, a claim the group denied.");
    assertThat(as).as(SieveTesting.describe(as)).anySatisfy(a -> {
      assertThat(a.sieve()).isEqualTo("trailing-denial");
      assertThat(a.polarity()).isEqualTo(Polarity.DENIED);
      assertThat(a.content()).endsWith("Eastern Front");
    });
    // The army's own claim is cut at the comma.
    assertThat(as).anySatisfy(a -> {
      assertThat(a.speaker().canonical()).containsIgnoringCase("army");
      assertThat(a.content()).endsWith("Eastern Front");
    });
  }
}
