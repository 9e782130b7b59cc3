package io.contraflow.analysis.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.nlp.Attribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairedFiguresSieveTest {
  /** Two figures, each with its own source: each source claims the clause with its own figure only. */
  @Test
  void eachSourceKeepsItsOwnFigure() {
    List<Attribution> as = SieveTesting.attribute("The vigil drew 800 people according to the police, but 5,000 according to the students' union.",
        new PairedFiguresSieve());
    assertThat(as).hasSize(2);
    assertThat(as.get(0).speaker().canonical()).containsIgnoringCase("police");
    assertThat(as.get(0).content()).isEqualTo("The vigil drew 800 people.");
    assertThat(as.get(1).speaker().canonical()).containsIgnoringCase("union");
    // (The second figure counts what the first one did.)
    assertThat(as.get(1).content()).isEqualTo("The vigil drew 5,000 people.");
    assertThat(as).allSatisfy(a -> assertThat(a.sieve()).isEqualTo("paired-figures"));
  }

  @Test
  void figuresInADashedAsideLeaveTheRestOfTheClause() {
    List<Attribution> as = SieveTesting.attribute("Several of the miners – two according to the operator and nine according to their families – "
        + "died underground.", new PairedFiguresSieve());
    assertThat(as).extracting(Attribution::content)
        .containsExactly("Several of the miners – two – died underground.", "Several of the miners – nine – died underground.");
  }

  /** One "according to" is the ordinary case, left to the according-to sieve; so is a sentence with no figures. */
  @Test
  void leavesOneSourceAndFigurelessClausesAlone() {
    assertThat(SieveTesting.attribute("Nine miners died underground, according to their families.", new PairedFiguresSieve())).isEmpty();
    assertThat(SieveTesting.attribute("The shaft was safe according to the operator and unsafe according to the union.",
        new PairedFiguresSieve())).isEmpty();
  }
}
