package io.contraflow.benchmarks.latency;

import io.contraflow.benchmarks.throughput.ArrivalWatcher;
import io.contraflow.schemas.AnalyzedArticle;
import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.Topics;
import io.contraflow.schemas.serde.SpecificAvroSerde;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Where an article's time goes on its way to a contradiction: watches the two repartition topics and
 * {@code contradictions} both uncommitted (when a stage wrote its output) and committed (when the next stage could
 * read it), and splits each latency into the stages between. Read next to the first-ten line of the report, it says
 * which stage the first events after a start lose their time in.
 */
public final class StageTrace implements AutoCloseable {
  /** The marks, in path order; each stage is the time from the one before (the send for the first). */
  private static final String[] MARKS = {"by-language written", "by-language committed", "by-event written",
      "by-event committed", "contradiction written"};
  private final List<ArrivalWatcher<?>> watchers = new ArrayList<>();

  public StageTrace(String bootstrapServers, String applicationId, Map<String, Object> serdeConfig) {
    for (String topic : List.of(applicationId + "-by-language-repartition", applicationId + "-by-event-repartition")) {
      for (boolean committed : new boolean[] {false, true}) {
        SpecificAvroSerde<AnalyzedArticle> serde = new SpecificAvroSerde<>(AnalyzedArticle.class);
        serde.configure(serdeConfig, false);
        watchers.add(new ArrivalWatcher<>(bootstrapServers, topic, 1, committed, true, Serdes.String().deserializer(),
            serde.deserializer(), r -> r.value() == null ? Set.of() : Set.of(r.value().getArticleId().toString())));
      }
    }
    watchers.add(new ArrivalWatcher<Contradiction>(bootstrapServers, Topics.CONTRADICTIONS.name(), Topics.CONTRADICTIONS.partitions(),
        false, true, Topics.CONTRADICTIONS.keySerde(serdeConfig).deserializer(), Topics.CONTRADICTIONS.valueSerde(serdeConfig).deserializer(),
        r -> r.value() == null ? Set.of() : ContradictionWatcher.articlesOf(r.value())));
  }

  /**
   * The stage times (ms) of one article: from its send to each mark in turn, then to {@code arrival} (the committed
   * contradiction); null when a mark is missing.
   */
  public double[] stages(String articleId, long sentNanos, long arrivalNanos) {
    double[] stages = new double[MARKS.length + 1];
    long before = sentNanos;
    for (int i = 0; i < MARKS.length; i++) {
      Long at = watchers.get(i).arrival(articleId);
      if (at == null) return null;
      stages[i] = (at - before) / 1e6;
      before = at;
    }
    stages[MARKS.length] = (arrivalNanos - before) / 1e6;
    return stages;
  }

  /** One line per stage: p50 and p99 (nearest rank) for the two groups of articles. */
  public static List<String> report(List<double[]> firstTen, List<double[]> rest) {
    List<String> lines = new ArrayList<>();
    for (int s = 0; s <= MARKS.length; s++) {
      String name = s < MARKS.length ? "to " + MARKS[s] : "to contradiction committed and polled";
      lines.add(String.format("  %-40s first 10: %s | others: %s", name, column(firstTen, s), column(rest, s)));
    }
    return lines;
  }

  private static String column(List<double[]> rows, int stage) {
    LatencySummary s = LatencySummary.of(rows.stream().mapToDouble(r -> r[stage]).toArray());
    return String.format("p50 %4.0f, p99 %4.0f, mean %4.0f ms", s.p50(), s.p99(), s.mean());
  }

  @Override
  public void close() throws InterruptedException {
    for (ArrivalWatcher<?> w : watchers) w.close();
  }
}
