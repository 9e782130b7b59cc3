package io.contraflow.benchmarks.latency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {
  @Test
  void percentilesByNearestRank() {
    double[] oneToHundredShuffled = IntStream.rangeClosed(1, 100).map(i -> (i * 37) % 100 + 1).asDoubleStream().toArray();
    LatencySummary s = LatencySummary.of(oneToHundredShuffled);
    assertThat(s.count()).isEqualTo(100);
    assertThat(s.p50()).isEqualTo(50);
    assertThat(s.p95()).isEqualTo(95);
    assertThat(s.p99()).isEqualTo(99);
    assertThat(s.max()).isEqualTo(100);
    assertThat(s.mean()).isEqualTo(50.5);
  }

  @Test
  void withFewSamplesTheP99IsTheMaximum() {
    LatencySummary s = LatencySummary.of(new double[] {300, 100, 200});
    assertThat(s.p50()).isEqualTo(200);
    assertThat(s.p99()).isEqualTo(300);
  }

  @Test
  void noSamplesGiveNotANumberRatherThanZero() {
    assertThat(LatencySummary.of(new double[0]).p99()).isNaN();
  }
}
