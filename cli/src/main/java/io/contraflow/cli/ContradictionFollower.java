package io.contraflow.cli;

import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.Event;
import io.contraflow.schemas.Topic;
import io.contraflow.schemas.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Follows the contradictions topic and hands each record to a callback until {@link #stop()}; reads only
 * committed records (exactly-once output) and commits nothing (a viewer, not a processor). A record with a null value
 * is a retraction: the contradiction under that key was withdrawn. With {@code followEvents}, the events topic is read
 * alongside, so a caller can follow an event into the one a late merge continued it as.
 */
public final class ContradictionFollower implements AutoCloseable {
  private final KafkaConsumer<String, Contradiction> consumer;
  private final KafkaConsumer<String, Event> events;
  private volatile boolean stopped;

  public ContradictionFollower(Cluster cluster, boolean fromBeginning) {
    this(cluster, fromBeginning, false);
  }

  public ContradictionFollower(Cluster cluster, boolean fromBeginning, boolean followEvents) {
    consumer = open(cluster, Topics.CONTRADICTIONS, fromBeginning);
    events = followEvents ? open(cluster, Topics.EVENTS, fromBeginning) : null;
  }

  private static <V> KafkaConsumer<String, V> open(Cluster cluster, Topic<String, V> topic, boolean fromBeginning) {
    Map<String, Object> config = new HashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    Map<String, Object> serde = cluster.serdeConfig();
    KafkaConsumer<String, V> c = new KafkaConsumer<>(config, topic.keySerde(serde).deserializer(), topic.valueSerde(serde).deserializer());
    List<TopicPartition> partitions = c.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    c.assign(partitions);
    if (fromBeginning) c.seekToBeginning(partitions);
    else c.seekToEnd(partitions);
    return c;
  }

  /** Blocks, calling {@code onRecord} for each contradiction (not retractions), until {@link #stop()}. */
  public void follow(Consumer<ConsumerRecord<String, Contradiction>> onRecord) {
    follow(r -> {
      if (r.value() != null) onRecord.accept(r);
    }, e -> { });
  }

  /**
   * Blocks until {@link #stop()}, calling {@code onRecord} for each record of the contradictions topic, retractions
   * (null values) included, and {@code onEvent} for each event update when following events: events first, so a
   * merge is known before the contradictions it moves.
   */
  public void follow(Consumer<ConsumerRecord<String, Contradiction>> onRecord, Consumer<Event> onEvent) {
    try {
      while (!stopped) {
        if (events != null) {
          for (ConsumerRecord<String, Event> e : events.poll(Duration.ZERO)) {
            if (e.value() != null) onEvent.accept(e.value());
          }
        }
        for (ConsumerRecord<String, Contradiction> r : consumer.poll(Duration.ofMillis(500))) onRecord.accept(r);
      }
    } catch (WakeupException e) {
      if (!stopped) throw e;
    }
  }

  public void stop() {
    stopped = true;
    consumer.wakeup();
    if (events != null) events.wakeup();
  }

  @Override
  public void close() {
    consumer.close();
    if (events != null) events.close();
  }
}
