package io.contraflow.analysis.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Polarity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvedFalseSieveTest {
  /** What the speaker heard, said to have turned out untrue: denied, without the hearing and where it came from. */
  @Test
  void whatTurnedOutNotToBeTrueIsDenied() {
    List<Attribution> as = SieveTesting.attribute(
        "\"We know of nine dead, but we were told of a second blast at the Vell depot from several sources, which later proved not to be accurate,\" "
            + "the governor said.");
    assertThat(as).as(SieveTesting.describe(as)).anySatisfy(a -> {
      assertThat(a.speaker().canonical()).containsIgnoringCase("governor");
      assertThat(a.polarity()).isEqualTo(Polarity.DENIED);
      assertThat(a.content()).isEqualTo("of a second blast at the Vell depot");
    });
    assertThat(as).anySatisfy(a -> {
      assertThat(a.polarity()).isEqualTo(Polarity.AFFIRMED);
      assertThat(a.content()).isEqualTo("We know of nine dead");
    });
  }

  @Test
  void whatProvedFalseIsDeniedAndAClauseInsideTheClaimIsNot() {
    List<Attribution> as = SieveTesting.attribute("The mayor said the first reports had the dam bursting at dawn, which proved false.");
    assertThat(as).as(SieveTesting.describe(as)).anySatisfy(a -> {
      assertThat(a.polarity()).isEqualTo(Polarity.DENIED);
      assertThat(a.content()).isEqualTo("the first reports had the dam bursting at dawn");
    });
    List<Attribution> inside = SieveTesting.attribute("The mayor said rumours that the dam had burst, which proved false, caused panic.");
    assertThat(inside).as(SieveTesting.describe(inside)).allSatisfy(a -> assertThat(a.polarity()).isEqualTo(Polarity.AFFIRMED));
    List<Attribution> plain = SieveTesting.attribute("The mayor said the dam, which was built in 1970, had burst.");
    assertThat(plain).as(SieveTesting.describe(plain)).allSatisfy(a -> assertThat(a.polarity()).isEqualTo(Polarity.AFFIRMED));
  }
}
