package io.contraflow.analysis.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.nlp.Attribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccordingToSieveTest {
  @Test
  void trailingAccordingTo() {
    List<Attribution> as = SieveTesting.attribute("At least 60 people were injured in the blast, according to the regional health department.",
        new AccordingToSieve());
    assertThat(as).singleElement().satisfies(a -> {
      assertThat(a.speaker().canonical()).containsIgnoringCase("health department");
      assertThat(a.content()).startsWith("At least 60");
      assertThat(a.sieve()).isEqualTo("according-to");
    });
  }

  /** "according to an aid group", "according to an Austrian website": "an" opens the source as "a" does. */
  @Test
  void aSourceOpenedByAn() {
    List<Attribution> as = SieveTesting.attribute("At least 38 sailors drowned in the strait, according to an Austrian website.", new AccordingToSieve());
    assertThat(as).singleElement().satisfies(a -> {
      assertThat(a.speaker().text()).isEqualTo("an Austrian website");
      assertThat(a.content()).startsWith("At least 38");
    });
    assertThat(SieveTesting.attribute("According to an aid group, 40 people died in the raid on Vell.", new AccordingToSieve()))
        .singleElement().satisfies(a -> assertThat(a.speaker().text()).isEqualTo("an aid group"));
  }

  @Test
  void frontedAccordingToAStatement() {
    List<Attribution> as = SieveTesting.attribute("According to a statement from the regional hospital, eight patients remain in critical condition.",
        new AccordingToSieve());
    assertThat(as).singleElement().satisfies(a -> {
      assertThat(a.speaker().canonical()).containsIgnoringCase("hospital");
      assertThat(a.content()).startsWith("eight patients");
    });
  }

  @Test
  void afterAnotherCueItIsARelayNotASpeaker() {
    List<Attribution> as = SieveTesting.attribute("Colonel Ivo Marek spoke on Friday. The suspects crossed into Norland before dawn, he said, "
        + "according to the state news agency Tarpress.");
    assertThat(as).noneSatisfy(a -> assertThat(a.sieve()).isEqualTo("according-to"));
    assertThat(as).anySatisfy(a -> assertThat(a.speaker().canonical()).isEqualTo("Ivo Marek"));
  }

  /** "according to a city report, opening Ivan Dorov's firm to scrutiny": the name after the comma said nothing. */
  @Test
  void aNameAfterThePhrasesCommaIsNoSource() {
    List<Attribution> as = SieveTesting.attribute("Worn brakes caused the tram crash, according to an engineering review released "
        + "on Monday, raising questions for the tram operator owned by Ivan Dorov.", new AccordingToSieve());
    assertThat(as).noneSatisfy(a -> assertThat(a.speaker().canonical()).contains("Dorov"));
  }

  /** A quotation that ends the sentence is what the source said, with no comma or with an appositive before it. */
  @Test
  void frontedAccordingToBeforeAQuotation() {
    List<Attribution> bare = SieveTesting.attribute("According to harbour pilot Ana Berg \"the gates were shut an hour early\".",
        new AccordingToSieve());
    assertThat(bare).singleElement().satisfies(a -> {
      assertThat(a.speaker().canonical()).isEqualTo("Ana Berg");
      assertThat(a.content()).isEqualTo("the gates were shut an hour early");
    });
    List<Attribution> apposed = SieveTesting.attribute("According to Ana Berg, a harbour pilot, \"the gates were shut an hour early\".",
        new AccordingToSieve());
    assertThat(apposed).singleElement().satisfies(a -> assertThat(a.content()).isEqualTo("the gates were shut an hour early"));
  }
}
