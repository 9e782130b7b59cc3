package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Answers to a test of a claim alone are kept per claim until the event no longer holds it. Invented claims. */
class ClaimTestsTest {
  private static Claim claim(String id, String content) {
    return new Claim(id, "art-1", "Wire", Instant.parse("2030-01-01T00:00:00Z"), "Harbour office", null, null, null, null,
        "said", content, null, null, Map.of(), Map.of(), Polarity.AFFIRMED, Modality.STATED, List.of(), null, true, content,
        0, 0, content.length(), null);
  }

  private static Stance stance(Claim c) {
    return new Stance(c, null, Stance.Act.ASSERT, null, List.of());
  }

  @Test
  void answersEachClaimOnceUntilItIsNoLongerHeld() {
    AtomicInteger asked = new AtomicInteger();
    Predicate<Claim> mentionsFootage = c -> {
      asked.incrementAndGet();
      return c.content().contains("footage");
    };
    ClaimTests tests = new ClaimTests();
    Predicate<Stance> test = tests.of(mentionsFootage);
    Claim footage = claim("c1", "The footage of the ferry was staged.");
    Claim ferry = claim("c2", "The ferry left the harbour at noon.");
    assertThat(test.test(stance(footage))).isTrue();
    assertThat(test.test(stance(ferry))).isFalse();
    assertThat(test.test(stance(footage))).isTrue();
    assertThat(tests.of(mentionsFootage).test(stance(ferry))).isFalse();
    assertThat(asked).hasValue(2);
    // The same id with other content is another claim: asked again.
    assertThat(test.test(stance(claim("c1", "The ferry was late.")))).isFalse();
    assertThat(asked).hasValue(3);
    tests.retain(List.of(ferry));
    assertThat(tests.size()).isEqualTo(1);
    assertThat(test.test(stance(footage))).isTrue();
    assertThat(asked).hasValue(4);
  }
}
