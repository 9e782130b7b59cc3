package io.contraflow.analysis.claims;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * The items of a list of counts count one thing: "killed four men, four children and three women" (the measure read at
 * the first item), "84 men, 9 women and 7 children died" (read at the last, where the verb follows the list).
 */
final class ListedCounts {
  private ListedCounts() {}

  /**
   * Gives an item without a measure the measure of its neighbour in the list, first forwards and then backwards.
   *
   * @param qs the sentence's counts, in order; items are replaced in place
   * @param listed whether the count at an index and the next are items of one list
   */
  static void shareMeasure(List<Quantity> qs, IntPredicate listed) {
    for (int k = 1; k < qs.size(); k++) {
      Quantity before = qs.get(k - 1);
      if (lacksMeasure(qs.get(k)) && before.counted() != null && listed.test(k - 1)) qs.set(k, measured(qs.get(k), before.counted()));
    }
    for (int k = qs.size() - 2; k >= 0; k--) {
      Quantity next = qs.get(k + 1);
      if (lacksMeasure(qs.get(k)) && next.counted() != null && listed.test(k)) qs.set(k, measured(qs.get(k), next.counted()));
    }
  }

  /** A count of people or things with no measure yet; a load ("40 tonnes of grain and 12 crew") counts nobody. */
  private static boolean lacksMeasure(Quantity q) {
    return q.counted() == null && q.unit() != null && !QuantityReader.LOADS.contains(q.unit());
  }

  private static Quantity measured(Quantity q, String counted) {
    return new Quantity(q.text(), q.value(), q.low(), q.high(), q.lowInclusive(), q.highInclusive(), q.qualifier(), q.unit(), counted);
  }
}
