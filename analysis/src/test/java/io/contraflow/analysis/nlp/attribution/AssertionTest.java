package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Polarity;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Polarity of content in our own sentences: what denies, what only looks like it. */
class AssertionTest {
  @ParameterizedTest
  @ValueSource(strings = {"no shell hit the school", "Not a single convoy crossed the river", "there was no sign of poisoning",
      "the council doesn't have the right to decide alone", "the tribunal is fundamentally not qualified to judge",
      "these are absolutely unfounded and vulgar accusations", "the verdict lacks basis", "it was \"fake news.\"",
      "the report is 'biased'", "we strongly reject them", "its tests - in one of which a valve burst - contradict the finding",
      "My first reaction - this is not true", "everyone knows that the court is not qualified", "the alarm never sounded",
      "what he said were false accusations", "the driver not guilty of the charges", "there is no explanation for the delay",
      "the charges were denied by the mayor", "the minister denied access had been blocked"})
  void denies(String content) {
    assertThat(Assertion.denies(content)).as(content).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"residents still don't know when they can return", "the firm could not have supplied the valves",
      "the flood, which was not forecast, destroyed the bridge", "the report says what happened, but it doesn't answer why",
      "they were screaming that it wasn't an accident", "the plan was a mistake", "we met every requirement and no warning was ignored",
      "it cannot be ruled out", "there is no doubt that the fire was set on purpose",
      "there was no plausible alternative explanation to the navy sinking the tanker", "without question the dam was mined",
      "whether the coastguard had sunk the ferry or not", "whether the report is biased",
      "it was not clear whether the coastguard had rammed the ferry", "the lawyers were denied access to the case file",
      "he was denied bail twice"})
  void asserts(String content) {
    assertThat(Assertion.denies(content)).as(content).isFalse();
  }

  @org.junit.jupiter.api.Test
  void condemningAnActAccusesCondemningAClaimRejectsIt() {
    assertThat(Assertion.rejects("the shelling of the ferry terminal as a war crime", "condemn")).isFalse();
    assertThat(Assertion.rejects("the strike", "denounce")).isFalse();
    assertThat(Assertion.rejects("the accusations as slander", "condemn")).isTrue();
    assertThat(Assertion.rejects("the tribunal's verdict", "denounce")).isTrue();
  }
}
