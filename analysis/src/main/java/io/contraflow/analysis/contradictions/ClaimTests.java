package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tests that read a claim alone (regular expressions over its content), answered once per claim for as long as an
 * event holds it. An event at its claim cap is rebuilt from its retained claims after every batch trim, and which of
 * them a detector reads (pictures called fake, accusations and answers) was read again by pattern for every one of
 * its hundreds of claims; these answers depend on nothing the rebuild changes. Claims are compared whole, so a claim
 * delivered again with other content is tested again.
 */
final class ClaimTests {
  private final Map<Predicate<Claim>, Map<Claim, Boolean>> answers = new HashMap<>();

  /** A test that answers from this memo; {@code test} must read nothing but the claim. */
  Predicate<Stance> of(Predicate<Claim> test) {
    Map<Claim, Boolean> known = answers.computeIfAbsent(test, k -> new HashMap<>());
    return s -> known.computeIfAbsent(s.claim(), test::test);
  }

  /** Forgets the claims not among {@code held}, so the memo stays as big as the event. */
  void retain(Collection<Claim> held) {
    Set<Claim> keep = new HashSet<>(held);
    for (Map<Claim, Boolean> known : answers.values()) known.keySet().retainAll(keep);
  }

  /** How many answers are kept, for tests. */
  int size() {
    int n = 0;
    for (Map<Claim, Boolean> known : answers.values()) n += known.size();
    return n;
  }
}
