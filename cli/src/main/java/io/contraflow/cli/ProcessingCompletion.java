package io.contraflow.cli;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Decides when a streams application has processed everything that was produced: its consumer group has committed,
 * on every input and repartition topic, up to the end of the topic, and the output topics have stopped growing, both
 * over consecutive checks (so a record still travelling between two sub-topologies is not missed).
 */
public final class ProcessingCompletion {
  private static final Duration POLL = Duration.ofMillis(250);
  private static final int STABLE_CHECKS = 3;

  private final Admin admin;
  private final String groupId;
  private final Collection<String> inputTopics;
  private final Collection<String> outputTopics;

  public ProcessingCompletion(Admin admin, String groupId, Collection<String> inputTopics, Collection<String> outputTopics) {
    this.admin = admin;
    this.groupId = groupId;
    this.inputTopics = inputTopics;
    this.outputTopics = outputTopics;
  }

  /** Waits until done; false when {@code timeout} passes first or {@code stillRunning} turns false. */
  public boolean await(Duration timeout, BooleanSupplier stillRunning) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    int stable = 0;
    Map<TopicPartition, Long> lastOutputEnds = Map.of();
    while (System.nanoTime() < deadline && stillRunning.getAsBoolean()) {
      Map<TopicPartition, Long> outputEnds = endOffsets(outputTopics);
      boolean caughtUp = caughtUp();
      stable = caughtUp && outputEnds != null && outputEnds.equals(lastOutputEnds) ? stable + 1 : 0;
      if (stable >= STABLE_CHECKS) return true;
      lastOutputEnds = outputEnds;
      Thread.sleep(POLL.toMillis());
    }
    return false;
  }

  /** True when the group's committed offset is at the end of every input partition. */
  boolean caughtUp() throws InterruptedException {
    Map<TopicPartition, Long> ends = endOffsets(inputTopics);
    if (ends == null) return false;
    Map<TopicPartition, OffsetAndMetadata> committed;
    try {
      committed = admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
    } catch (ExecutionException e) {
      return false;
    }
    for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
      if (end.getValue() == 0) continue;
      OffsetAndMetadata c = committed.get(end.getKey());
      if (c == null || c.offset() < end.getValue()) return false;
    }
    return true;
  }

  /** End offsets of every partition of the topics; null while one of them does not exist yet. */
  private Map<TopicPartition, Long> endOffsets(Collection<String> topics) throws InterruptedException {
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    try {
      admin.describeTopics(List.copyOf(topics)).allTopicNames().get().forEach((name, description) ->
          description.partitions().forEach(p -> request.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
      Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result = admin.listOffsets(request).all().get();
      Map<TopicPartition, Long> ends = new HashMap<>();
      result.forEach((p, info) -> ends.put(p, info.offset()));
      return ends;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UnknownTopicOrPartitionException) return null;
      throw new UserError("Cannot read offsets: " + Objects.toString(e.getCause().getMessage(), e.toString()), e);
    }
  }
}
