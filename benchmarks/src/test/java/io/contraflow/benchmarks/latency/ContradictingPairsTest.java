package io.contraflow.benchmarks.latency;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.benchmarks.latency.ContradictingPairs.EventPair;
import io.contraflow.benchmarks.text.FictionalNames;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The latency bench is only honest if its pairs really contradict each other and group as intended. */
class ContradictingPairsTest {
  @Test
  void everyPairCompletesAContradictionOnlyWithItsSecondArticleAndGroupsApartFromTheOthers() {
    List<EventPair> pairs = new ContradictingPairs(new FictionalNames(42), "t").generate(15, Instant.parse("2025-05-02T09:00:00Z"));
    PairCheck.Result result = PairCheck.check(pairs, 5);
    assertThat(result.failures()).isEmpty();
    assertThat(result.allGood()).as(result.toString()).isTrue();
  }

  @Test
  void kindsTakeTurnsAndIdsNameTheEventAndTheRole() {
    ContradictingPairs generator = new ContradictingPairs(new FictionalNames(1), "run");
    List<EventPair> pairs = generator.generate(4, Instant.EPOCH);
    assertThat(pairs).extracting(EventPair::kind).containsExactly(ContradictingPairs.Kind.DESTINATION,
        ContradictingPairs.Kind.DENIAL, ContradictingPairs.Kind.DEATH_TOLL, ContradictingPairs.Kind.DESTINATION);
    assertThat(pairs.get(2).first().id()).isEqualTo("run-0002-a").isEqualTo(generator.articleId(2, false));
    assertThat(pairs.get(2).completing().id()).isEqualTo("run-0002-b");
    assertThat(pairs.get(0).first().source()).isNotEqualTo(pairs.get(0).completing().source());
  }
}
