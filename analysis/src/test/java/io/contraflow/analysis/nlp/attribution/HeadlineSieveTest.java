package io.contraflow.analysis.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.nlp.Attribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineSieveTest {
  @Test
  void aQuoteThenItsSourceAfterADash() {
    List<Attribution> as = SieveTesting.attribute("Dam collapse: 'Valves were never tested' - Kessel engineers", new HeadlineSieve());
    assertThat(as).singleElement().satisfies(a -> {
      assertThat(a.content()).isEqualTo("Valves were never tested");
      assertThat(a.speaker().canonical()).contains("Kessel");
      assertThat(a.sieve()).isEqualTo("headline");
    });
  }

  @Test
  void aSentenceIsNoHeadline() {
    assertThat(SieveTesting.attribute("The sign read 'No entry after dark' - a warning the hikers ignored.", new HeadlineSieve())).isEmpty();
  }
}
