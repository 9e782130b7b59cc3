package io.contraflow.benchmarks.latency;

import io.contraflow.analysis.ArticleText;
import io.contraflow.benchmarks.latency.ContradictingPairs.EventPair;
import java.util.ArrayList;
import java.util.List;

/**
 * The order articles are produced in: first articles run {@code lead} events ahead of completing ones, so that (past
 * the first {@code lead} events) 2·lead other events' articles are sent between an event's first article and the one
 * completing it, as in a real feed, where stories interleave. At 20 articles/s and lead 5 that is 0.55 s.
 */
public final class SendOrder {
  /** One article to send, and the event it belongs to. */
  public record Slot(EventPair pair, boolean completing) {
    public ArticleText article() {
      return completing ? pair.completing() : pair.first();
    }
  }

  private SendOrder() {}

  public static List<Slot> interleave(List<EventPair> pairs, int lead) {
    if (lead < 1) throw new IllegalArgumentException("lead must be at least 1, got " + lead);
    List<Slot> order = new ArrayList<>(2 * pairs.size());
    for (int i = 0; i < pairs.size() + lead; i++) {
      if (i < pairs.size()) order.add(new Slot(pairs.get(i), false));
      if (i - lead >= 0 && i - lead < pairs.size()) order.add(new Slot(pairs.get(i - lead), true));
    }
    return order;
  }
}
