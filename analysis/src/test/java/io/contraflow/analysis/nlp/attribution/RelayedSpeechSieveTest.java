package io.contraflow.analysis.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.nlp.Attribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelayedSpeechSieveTest {
  private static List<Attribution> attribute(String text) {
    return SieveTesting.attribute(text, new CueVerbSieve(List.of(new ReportedSpeechRule())), new RelayedSpeechSieve());
  }

  /** "A said B told C P": P is B's, passed on by A. */
  @Test
  void speechInsideSpeechIsTheInnerSpeakers() {
    assertThat(attribute("Ana Berg said police commanders told the council only 14 protesters were killed."))
        .singleElement().satisfies(a -> {
          assertThat(a.speaker().canonical()).containsIgnoringCase("police commanders");
          assertThat(a.cue()).isEqualTo("tell");
          assertThat(a.relay()).isEqualTo("Ana Berg");
          assertThat(a.content()).startsWith("only 14 protesters");
          assertThat(a.sieve()).isEqualTo("relayed-speech");
        });
  }

  /** "Told Ostria to withdraw" asks for something; a plain clause after "said" is the outer speaker's own. */
  @Test
  void aRequestOrAPlainClauseStaysTheOuterSpeakers() {
    assertThat(attribute("The minister said Norland told Ostria to withdraw its troops from the pass."))
        .singleElement().satisfies(a -> assertThat(a.speaker().canonical()).containsIgnoringCase("minister"));
    assertThat(attribute("The minister said Norland troops shelled the pass overnight."))
        .singleElement().satisfies(a -> assertThat(a.relay()).isNull());
  }
}
