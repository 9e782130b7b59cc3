package io.contraflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.schemas.Contradiction;
import org.junit.jupiter.api.Test;

class ContradictionFilterTest {
  private final Contradiction c = AvroJsonTest.contradiction();

  @Test
  void matchesByEventKindAndAnyClaimantOnEitherSide() {
    assertThat(new ContradictionFilter(null, null, null)).accepts(c);
    assertThat(new ContradictionFilter("evt-1", "attributed-disagreement", "brandt")).accepts(c);
    assertThat(new ContradictionFilter(null, null, "okafor")).accepts(c);
    assertThat(new ContradictionFilter("evt-2", null, null)).rejects(c);
    assertThat(new ContradictionFilter(null, "DENIAL", null)).rejects(c);
    assertThat(new ContradictionFilter(null, null, "Varga")).rejects(c);
  }

  @Test
  void readableFormatNamesBothSidesAndHasNoColourCodesWhenOff() {
    String text = new ContradictionFormat(false).format(c);
    assertThat(text).contains("ATTRIBUTED DISAGREEMENT", "where the fire started", "A: origin: warehouse", "Dana Okafor",
        "B: origin: packaging hall", "Tomas Brandt", "revision 2").doesNotContain("\u001b[");
    assertThat(new ContradictionFormat(true).format(c)).contains("\u001b[");
  }
}
