package io.contraflow.benchmarks.latency;

import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.Side;
import io.contraflow.schemas.Topics;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Reads {@code contradictions} as the dashboard does (read_committed) on its own thread and notes, for every article
 * id named on either side of a contradiction, when the first contradiction naming it arrived ({@link System#nanoTime}).
 */
public final class ContradictionWatcher implements AutoCloseable {
  private final KafkaConsumer<String, Contradiction> consumer;
  private final Map<String, Long> firstArrivalByArticle = new ConcurrentHashMap<>();
  private final Set<String> contradictionIds = ConcurrentHashMap.newKeySet();
  private final AtomicInteger records = new AtomicInteger();
  private final Thread thread;
  private volatile Throwable failure;

  public ContradictionWatcher(String bootstrapServers, Map<String, Object> serdeConfig) {
    Map<String, Object> config = Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumer = new KafkaConsumer<>(config, Topics.CONTRADICTIONS.keySerde(serdeConfig).deserializer(),
        Topics.CONTRADICTIONS.valueSerde(serdeConfig).deserializer());
    // Assigned, not subscribed: no group rebalance delays the first records.
    TopicPartition partition = new TopicPartition(Topics.CONTRADICTIONS.name(), 0);
    consumer.assign(List.of(partition));
    consumer.seekToBeginning(List.of(partition));
    thread = new Thread(this::run, "contradiction-watcher");
    thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  private void run() {
    try {
      while (true) {
        var polled = consumer.poll(Duration.ofMillis(50));
        long arrival = System.nanoTime();
        for (ConsumerRecord<String, Contradiction> r : polled) {
          records.incrementAndGet();
          contradictionIds.add(r.key());
          for (String article : articlesOf(r.value())) firstArrivalByArticle.putIfAbsent(article, arrival);
        }
      }
    } catch (WakeupException e) {
      // closing
    } catch (Throwable t) {
      failure = t;
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
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
    return firstArrivalByArticle.get(articleId);
  }

  public Map<String, Long> arrivals() {
    return Map.copyOf(firstArrivalByArticle);
  }

  public int records() {
    return records.get();
  }

  public int distinctContradictions() {
    return contradictionIds.size();
  }

  public Throwable failure() {
    return failure;
  }

  @Override
  public void close() throws InterruptedException {
    consumer.wakeup();
    thread.join(10_000);
  }
}
