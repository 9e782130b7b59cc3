package io.contraflow.analysis.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.nlp.Attribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelayedIdentificationSieveTest {
  @Test
  void anOfficialNamedInTheNextSentence() {
    List<Attribution> as = SieveTesting.attribute("A senior Polish official said Tuesday that the audit was flawed. "
        + "Polish Deputy Finance Minister Petra Lund said Tuesday the auditors had ignored the evidence.");
    assertThat(as).as(SieveTesting.describe(as)).allSatisfy(a -> assertThat(a.speaker().canonical()).isEqualTo("Petra Lund"));
    assertThat(as.get(0).sieve()).isEqualTo("delayed-identification");
  }

  @Test
  void aRelativeNamedInTheNextSentenceHeadlineToo() {
    List<Attribution> as = SieveTesting.attribute("Vell's widow accuses police of cover-up in crash that killed him \u00b6 "
        + "Tomas Vell's widow accused the police on Friday of covering up the cause of his death. "
        + "Hana Vellova made the allegation in a video posted on Sunday.");
    assertThat(as).as(SieveTesting.describe(as)).isNotEmpty()
        .allSatisfy(a -> assertThat(a.speaker().canonical()).isEqualTo("Hana Vellova"));
  }

  @Test
  void anAnonymousSourceStaysAnonymous() {
    List<Attribution> as = SieveTesting.attribute("An unidentified Polish source told the agency that the audit was flawed. "
        + "Polish Deputy Finance Minister Petra Lund said the auditors had ignored the evidence.");
    assertThat(as).anySatisfy(a -> assertThat(a.speaker().canonical()).contains("source"));
  }

  @Test
  void anOfficialOfAnotherCountryIsNotTheOneDescribed() {
    List<Attribution> as = SieveTesting.attribute("A senior Polish official said Tuesday that the audit was flawed. "
        + "Czech Deputy Finance Minister Petra Lund said Tuesday the auditors had ignored the evidence.");
    assertThat(as.get(0).speaker().canonical()).isNotEqualTo("Petra Lund");
  }
}
