package io.contraflow.analysis.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Polarity;
import java.util.List;
import org.junit.jupiter.api.Test;

class DespiteDenialsSieveTest {
  /** "Despite X's denials, P": X denies P, named before the noun, after it, or by its country's demonym. */
  @Test
  void theDenierDeniesTheMainClause() {
    List<Attribution> owner = SieveTesting.attribute("Despite repeated denials from the quarry's owner, the retaining wall had been "
        + "left unrepaired for years.", new DespiteDenialsSieve());
    assertThat(owner).singleElement().satisfies(a -> {
      assertThat(a.speaker().canonical()).containsIgnoringCase("owner");
      assertThat(a.polarity()).isEqualTo(Polarity.DENIED);
      assertThat(a.content()).isEqualTo("the retaining wall had been left unrepaired for years");
      assertThat(a.sieve()).isEqualTo("despite-denials");
    });
    assertThat(SieveTesting.attribute("Despite the ministry's denials, the dam gates were opened at night.", new DespiteDenialsSieve()))
        .singleElement().satisfies(a -> assertThat(a.speaker().canonical()).containsIgnoringCase("ministry"));
    assertThat(SieveTesting.attribute("Despite Russian denials, the drone was launched from across the border.", new DespiteDenialsSieve()))
        .singleElement().satisfies(a -> assertThat(a.speaker().canonical()).isEqualTo("Russian government"));
  }

  /** "Despite the heat", "despite warnings": no denial, no denier. */
  @Test
  void anOpeningWithoutADenialSaysNothing() {
    assertThat(SieveTesting.attribute("Despite the heat, thousands marched to the square.", new DespiteDenialsSieve())).isEmpty();
    assertThat(SieveTesting.attribute("Despite warnings from the union, the shift went ahead.", new DespiteDenialsSieve())).isEmpty();
  }
}
