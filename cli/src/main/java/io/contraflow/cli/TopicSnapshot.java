package io.contraflow.cli;

import io.contraflow.schemas.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/** Reads a topic's committed records from the given offsets (or the beginning) up to its current end. */
public final class TopicSnapshot {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private TopicSnapshot() {}

  public static <K, V> List<ConsumerRecord<K, V>> read(Cluster cluster, Topic<K, V> topic, Map<TopicPartition, Long> from) {
    Map<String, Object> config = new HashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    List<ConsumerRecord<K, V>> records = new ArrayList<>();
    try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(config,
        topic.keySerde(cluster.serdeConfig()).deserializer(), topic.valueSerde(cluster.serdeConfig()).deserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), TIMEOUT).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      for (TopicPartition p : partitions) consumer.seek(p, from.getOrDefault(p, 0L));
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        if (System.nanoTime() > deadline) throw new UserError("Timed out reading topic '" + topic.name() + "'");
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
    }
    return records;
  }

  /** The current end offsets of a topic, to read later only what was written after now. */
  public static Map<TopicPartition, Long> endOffsets(Cluster cluster, String topic) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    try (Admin admin = cluster.admin()) {
      while (true) {
        try {
          Map<TopicPartition, OffsetSpec> request = new HashMap<>();
          admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
              .forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
          Map<TopicPartition, Long> ends = new LinkedHashMap<>();
          admin.listOffsets(request).all().get().forEach((p, info) -> ends.put(p, info.offset()));
          return ends;
        } catch (ExecutionException e) {
          // A topic created a moment ago may not have its leaders yet ("This server does not host this
          // topic-partition"): such errors pass, so they are retried until the deadline.
          if (!(e.getCause() instanceof org.apache.kafka.common.errors.RetriableException) || System.nanoTime() > deadline) {
            throw new UserError("Cannot read the end of topic '" + topic + "': " + e.getCause().getMessage(), e);
          }
          Thread.sleep(200);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserError("Interrupted", e);
    }
  }

  /** Last value per key, in order of last update. */
  public static <K, V> Map<K, V> latestByKey(List<ConsumerRecord<K, V>> records) {
    Map<K, V> latest = new LinkedHashMap<>();
    for (ConsumerRecord<K, V> r : records) {
      latest.remove(r.key());
      if (r.value() != null) latest.put(r.key(), r.value());
    }
    return latest;
  }
}
