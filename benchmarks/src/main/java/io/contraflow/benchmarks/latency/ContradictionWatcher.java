package io.contraflow.benchmarks.latency;

import io.contraflow.benchmarks.throughput.ArrivalWatcher;
import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.Side;
import io.contraflow.schemas.Topics;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code contradictions} as the dashboard does (read_committed, from the beginning) on its own thread and notes,
 * for every article id named on either side of a contradiction, when the first contradiction naming it arrived
 * ({@link System#nanoTime}). A retraction (tombstone) names no article.
 */
public final class ContradictionWatcher implements AutoCloseable {
  private final String bootstrapServers;
  private final Map<String, Object> serdeConfig;
  private volatile ArrivalWatcher<Contradiction> watcher;

  public ContradictionWatcher(String bootstrapServers, Map<String, Object> serdeConfig) {
    this.bootstrapServers = bootstrapServers;
    this.serdeConfig = serdeConfig;
  }

  public void start() {
    watcher = new ArrivalWatcher<>(bootstrapServers, Topics.CONTRADICTIONS.name(), Topics.CONTRADICTIONS.partitions(), true, true,
        Topics.CONTRADICTIONS.keySerde(serdeConfig).deserializer(), Topics.CONTRADICTIONS.valueSerde(serdeConfig).deserializer(),
        r -> r.value() == null ? Set.of() : articlesOf(r.value()));
  }

  /** The article ids on both sides of a contradiction. */
  public static Set<String> articlesOf(Contradiction c) {
    Set<String> ids = new HashSet<>();
    for (Side side : List.of(c.getSideA(), c.getSideB())) {
      for (CharSequence id : side.getArticles()) ids.add(id.toString());
    }
    return ids;
  }

  /** When the first contradiction naming {@code articleId} arrived, or null. */
  public Long firstArrival(String articleId) {
    return watcher.arrival(articleId);
  }

  public Map<String, Long> arrivals() {
    return watcher.arrivals();
  }

  public int records() {
    return watcher.records();
  }

  public int distinctContradictions() {
    return watcher.distinctKeys();
  }

  public Throwable failure() {
    return watcher.failure();
  }

  @Override
  public void close() throws InterruptedException {
    if (watcher != null) watcher.close();
  }
}
