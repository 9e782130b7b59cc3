package io.contraflow.benchmarks;

/**
 * Thrown from a benchmark's setup when its input is not available here (e.g. the seed articles): JMH reports the
 * message for that parameter and goes on with the others. Without a stack trace, which would only hide the message.
 */
public final class BenchmarkSkipped extends RuntimeException {
  public BenchmarkSkipped(String message) {
    super(message, null, false, false);
  }
}
