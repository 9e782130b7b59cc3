package io.contraflow.benchmarks.latency;

import java.util.Arrays;

/** Order statistics of a set of latencies in milliseconds, by the nearest-rank method (no interpolation). */
public record LatencySummary(int count, double p50, double p95, double p99, double max, double mean) {

  public static LatencySummary of(double[] latenciesMs) {
    if (latenciesMs.length == 0) return new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    double[] sorted = latenciesMs.clone();
    Arrays.sort(sorted);
    return new LatencySummary(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted[sorted.length - 1],
        Arrays.stream(sorted).average().orElseThrow());
  }

  /** The smallest value with at least {@code percent}% of the values at or below it. */
  static double rank(double[] sorted, double percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  @Override
  public String toString() {
    return String.format("count %d, p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms, mean %.0f ms", count, p50, p95, p99, max, mean);
  }
}
