package io.contraflow.benchmarks.latency;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.benchmarks.latency.ContradictingPairs.EventPair;
import io.contraflow.benchmarks.text.FictionalNames;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SendOrderTest {
  private final List<EventPair> pairs = new ContradictingPairs(new FictionalNames(1), "t").generate(12, Instant.EPOCH);

  @Test
  void everyArticleIsSentOnceAndEachCompletingArticleAfterItsFirst() {
    List<SendOrder.Slot> order = SendOrder.interleave(pairs, 3);
    assertThat(order).hasSize(24);
    assertThat(order.stream().map(s -> s.article().id()).distinct()).hasSize(24);
    for (EventPair p : pairs) {
      int first = indexOf(order, p.first().id());
      int completing = indexOf(order, p.completing().id());
      assertThat(completing).isGreaterThan(first);
      // In the steady state, 2 x lead other articles sit between them.
      if (p.index() >= 3 && p.index() < pairs.size() - 3) assertThat(completing - first - 1).isEqualTo(2 * 3);
    }
  }

  @Test
  void aLeadBelowOneIsRejected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SendOrder.interleave(pairs, 0)).hasMessageContaining("lead");
  }

  private static int indexOf(List<SendOrder.Slot> order, String id) {
    for (int i = 0; i < order.size(); i++) if (order.get(i).article().id().equals(id)) return i;
    throw new AssertionError(id + " not sent");
  }
}
