package io.contraflow.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedTermStatisticsTest {
  @Test
  void frequentKeysWeighLessThanRareOnes() {
    BoundedTermStatistics s = new BoundedTermStatistics();
    for (int i = 0; i < 50; i++) s.record(List.of("putin", "story" + i));
    s.record(List.of("putin", "crocus city hall"));
    assertThat(s.documentCount()).isEqualTo(51);
    assertThat(s.documentFrequency("putin")).isEqualTo(51);
    assertThat(s.idf("putin")).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(s.idf("crocus city hall")).isGreaterThan(s.idf("putin") * 3);
    assertThat(s.idf("never seen")).isGreaterThan(s.idf("crocus city hall"));
  }

  @Test
  void countsAKeyOncePerDocument() {
    BoundedTermStatistics s = new BoundedTermStatistics();
    s.record(List.of("a", "a", "b"));
    assertThat(s.documentFrequency("a")).isEqualTo(1);
  }

  @Test
  void staysWithinItsKeyBoundByDroppingRareKeys() {
    BoundedTermStatistics s = new BoundedTermStatistics(100, 1_000_000);
    for (int i = 0; i < 1000; i++) s.record(List.of("common", "rare" + i));
    assertThat(s.size()).isLessThanOrEqualTo(100);
    assertThat(s.documentFrequency("common")).isEqualTo(1000);
  }

  @Test
  void halvesCountsEveryHalfLifeSoFrequenciesFollowTheNewsCycle() {
    BoundedTermStatistics s = new BoundedTermStatistics(1000, 10);
    for (int i = 0; i < 10; i++) s.record(List.of("old"));
    assertThat(s.documentFrequency("old")).isEqualTo(5);
    assertThat(s.documentCount()).isEqualTo(5);
  }

  @Test
  void roundTripsThroughAReservedProfile() {
    BoundedTermStatistics s = new BoundedTermStatistics();
    s.record(List.of("a", "b"));
    s.record(List.of("a"));
    EventProfile p = s.toProfile();
    assertThat(p.eventId).isEqualTo(BoundedTermStatistics.RESERVED_PROFILE_ID);
    BoundedTermStatistics back = BoundedTermStatistics.fromProfile(p, 1000, 1000);
    assertThat(back.documentCount()).isEqualTo(2);
    assertThat(back.documentFrequency("a")).isEqualTo(2);
    assertThat(back.documentFrequency("b")).isEqualTo(1);
    EventProfile notStats = new EventProfile();
    notStats.eventId = "evt-1";
    assertThatThrownBy(() -> BoundedTermStatistics.fromProfile(notStats, 10, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("evt-1");
  }
}
