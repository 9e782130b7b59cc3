package io.contraflow.cli;

import io.contraflow.schemas.Contradiction;
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
 * committed records (exactly-once output) and commits nothing (a viewer, not a processor).
 */
public final class ContradictionFollower implements AutoCloseable {
  private final KafkaConsumer<String, Contradiction> consumer;
  private volatile boolean stopped;

  public ContradictionFollower(Cluster cluster, boolean fromBeginning) {
    Map<String, Object> config = new HashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    Map<String, Object> serde = cluster.serdeConfig();
    consumer = new KafkaConsumer<>(config, Topics.CONTRADICTIONS.keySerde(serde).deserializer(),
        Topics.CONTRADICTIONS.valueSerde(serde).deserializer());
    List<TopicPartition> partitions = consumer.partitionsFor(Topics.CONTRADICTIONS.name(), Duration.ofSeconds(30)).stream()
        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    consumer.assign(partitions);
    if (fromBeginning) consumer.seekToBeginning(partitions);
    else consumer.seekToEnd(partitions);
  }

  /** Blocks, calling {@code onRecord} for each contradiction, until {@link #stop()} is called from another thread. */
  public void follow(Consumer<ConsumerRecord<String, Contradiction>> onRecord) {
    try {
      while (!stopped) {
        for (ConsumerRecord<String, Contradiction> r : consumer.poll(Duration.ofMillis(500))) {
          if (r.value() != null) onRecord.accept(r);
        }
      }
    } catch (WakeupException e) {
      if (!stopped) throw e;
    }
  }

  public void stop() {
    stopped = true;
    consumer.wakeup();
  }

  @Override
  public void close() {
    consumer.close();
  }
}
