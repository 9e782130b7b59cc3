package io.contraflow.benchmarks.throughput;

import io.contraflow.benchmarks.latency.LatencySummary;
import java.util.Map;
import java.util.TreeMap;

/**
 * One step of the throughput bench: a stage fed at a fixed rate for a while, then drained.
 *
 * @param outputs latency from handing an article to the producer to reading its output, over every article with one
 * @param secondHalf the same for the articles sent in the step's second half: a stage that cannot keep up shows it here
 * @param contradictions latency to the first contradiction naming the article (Contraflow only)
 * @param drainMs from the last send until the stage had dealt with everything
 * @param bytesByTopic growth of each topic's log during the step
 */
public record StepResult(String stage, String label, double targetRate, int articles, double sendSeconds, LatencySummary outputs,
                         LatencySummary secondHalf, LatencySummary contradictions, int missingOutputs, long drainMs, boolean drained,
                         long processCpuNanos, long streamThreadCpuNanos, Map<String, Long> bytesByTopic, String load, boolean sustained) {

  public double achievedRate() {
    return articles / sendSeconds;
  }

  /**
   * Articles dealt with: all of them when the step drained, else those whose output arrived (the backlog of a step
   * that did not drain is not counted as processed).
   */
  public int processed() {
    return drained ? articles : Math.max(1, articles - missingOutputs);
  }

  /**
   * Articles dealt with per second over the whole step, sending and draining (or waiting for a drain that did not
   * come). Until 30 Nov 2026 05:10 a step that did not drain counted every article sent, so its figure was the
   * number sent over send time plus the drain wait (2,000 / 30 s = 66.6/s whatever the stage did).
   */
  public double processedRate() {
    return processed() / (sendSeconds + drainMs / 1e3);
  }

  /** Process CPU per article processed ({@link #processed}). */
  public double cpuMsPerArticle() {
    return processCpuNanos / 1e6 / processed();
  }

  public double streamThreadCpuMsPerArticle() {
    return streamThreadCpuNanos / 1e6 / processed();
  }

  /** Bytes written per article processed; a step that did not drain also wrote the input of its backlog. */
  public double bytesPerArticle() {
    return bytesByTopic.values().stream().mapToLong(Long::longValue).sum() / (double) processed();
  }

  /** Bytes per article by kind of topic: input, repartition, changelog, coordination (offsets, transactions), output. */
  public Map<String, Double> bytesPerArticleByKind() {
    Map<String, Double> kinds = new TreeMap<>();
    bytesByTopic.forEach((topic, bytes) -> kinds.merge(kindOf(topic), bytes / (double) processed(), Double::sum));
    return kinds;
  }

  static String kindOf(String topic) {
    if (topic.endsWith("-repartition")) return "repartition";
    if (topic.endsWith("-changelog")) return "changelog";
    if (topic.startsWith("__")) return "coordination";
    if (topic.equals("articles") || topic.equals("tp-raw-articles") || topic.equals("tp-pass-articles")) return "input";
    return "output";
  }

  public String line() {
    return String.format("%-26s %-10s target %7.1f/s sent %7.1f/s done %7.1f/s  n %6d  p50 %6.0f p99 %6.0f ms (2nd half p99 %6.0f)"
            + "%s  drain %6d ms%s  cpu %6.2f ms/art (stream threads %5.2f)  %8.0f B/art  %s  load %s",
        stage, label, targetRate, achievedRate(), processedRate(), articles, outputs.p50(), outputs.p99(), secondHalf.p99(),
        contradictions == null ? "" : String.format("  contradiction p50 %5.0f p99 %5.0f ms (n %d)", contradictions.p50(),
            contradictions.p99(), contradictions.count()),
        drainMs, drained ? "" : String.format(" (NOT drained: %d had output; cpu and bytes below are per article with output)", processed()), cpuMsPerArticle(), streamThreadCpuMsPerArticle(), bytesPerArticle(),
        sustained ? "SUSTAINED" : "not sustained", load);
  }
}
