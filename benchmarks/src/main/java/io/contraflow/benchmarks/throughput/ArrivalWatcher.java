package io.contraflow.benchmarks.throughput;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads one topic from its end (or its beginning) on its own thread (assigned, no group) and notes, for every article a record names,
 * when the first such record was polled ({@link System#nanoTime}). What a record names is up to {@code articlesOf}:
 * its key for a topic keyed by article, the articles on both sides for a contradiction.
 */
public final class ArrivalWatcher<V> implements AutoCloseable {
  private final KafkaConsumer<String, V> consumer;
  private final Function<ConsumerRecord<String, V>, Iterable<String>> articlesOf;
  private final Map<String, Long> firstArrival = new ConcurrentHashMap<>();
  private final Set<String> keys = ConcurrentHashMap.newKeySet();
  private final AtomicInteger records = new AtomicInteger();
  private final Thread thread;
  private volatile Throwable failure;

  public ArrivalWatcher(String bootstrapServers, String topic, int partitions, boolean readCommitted, Deserializer<String> keys,
                        Deserializer<V> values, Function<ConsumerRecord<String, V>, Iterable<String>> articlesOf) {
    this(bootstrapServers, topic, partitions, readCommitted, false, keys, values, articlesOf);
  }

  /** As above, from the topic's beginning when {@code fromStart}. */
  public ArrivalWatcher(String bootstrapServers, String topic, int partitions, boolean readCommitted, boolean fromStart,
                        Deserializer<String> keys, Deserializer<V> values, Function<ConsumerRecord<String, V>, Iterable<String>> articlesOf) {
    this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, readCommitted ? "read_committed" : "read_uncommitted",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000), keys, values);
    this.articlesOf = articlesOf;
    List<TopicPartition> assigned = new ArrayList<>();
    for (int p = 0; p < partitions; p++) assigned.add(new TopicPartition(topic, p));
    consumer.assign(assigned);
    if (fromStart) {
      consumer.seekToBeginning(assigned);
    } else {
      consumer.seekToEnd(assigned);
      assigned.forEach(consumer::position); // resolve the end now, before anything is sent
    }
    thread = new Thread(this::run, "arrivals-" + topic);
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    try {
      while (true) {
        var polled = consumer.poll(Duration.ofMillis(20));
        long now = System.nanoTime();
        for (ConsumerRecord<String, V> r : polled) {
          records.incrementAndGet();
          keys.add(r.key());
          for (String article : articlesOf.apply(r)) firstArrival.putIfAbsent(article, now);
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

  /** When the first record naming {@code articleId} was polled, or null. */
  public Long arrival(String articleId) {
    return firstArrival.get(articleId);
  }

  /** Every article named so far with the arrival of the first record naming it. */
  public Map<String, Long> arrivals() {
    return Map.copyOf(firstArrival);
  }

  public int records() {
    return records.get();
  }

  public int distinctKeys() {
    return keys.size();
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
