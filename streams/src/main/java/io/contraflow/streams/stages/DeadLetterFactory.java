package io.contraflow.streams.stages;

import io.contraflow.schemas.DeadLetter;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** Builds the dead letter for a record a stage rejects, with where the record came from. */
final class DeadLetterFactory {
  private DeadLetterFactory() {}

  static DeadLetter of(FixedKeyProcessorContext<?, ?> context, String stage, String reason, String key, String articleId) {
    DeadLetter.Builder b = DeadLetter.newBuilder()
        .setStage(stage)
        .setReason(reason)
        .setKey(key)
        .setArticleId(articleId)
        .setFailedAt(Instant.ofEpochMilli(context.currentSystemTimeMs()));
    context.recordMetadata().ifPresent((RecordMetadata m) -> b.setTopic(m.topic()).setPartition(m.partition()).setOffset(m.offset()));
    return b.build();
  }
}
