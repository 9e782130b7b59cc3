package io.contraflow.streams.stages;

import io.contraflow.schemas.Article;
import io.contraflow.schemas.DeadLetter;
import io.contraflow.streams.errors.BoundedPayload;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Builds the dead letter for an article a stage rejects, with where the record came from and the head of its text
 * (never the whole text: the letter must be writable whatever the article's size).
 */
final class DeadLetterFactory {
  private DeadLetterFactory() {}

  /** @param maxRecordBytes the record budget the letter must fit in */
  static DeadLetter of(FixedKeyProcessorContext<?, ?> context, String stage, String reason, String key, Article article,
                       int maxRecordBytes) {
    DeadLetter.Builder b = DeadLetter.newBuilder()
        .setStage(stage)
        .setReason(BoundedPayload.reason(reason))
        .setKey(key)
        .setArticleId(article == null || article.getId() == null || article.getId().isBlank() ? null : article.getId())
        .setFailedAt(Instant.ofEpochMilli(context.currentSystemTimeMs()));
    if (article != null && article.getBody() != null) {
      BoundedPayload.attach(b, article.getBody().getBytes(StandardCharsets.UTF_8), BoundedPayload.headBytes(maxRecordBytes));
    }
    context.recordMetadata().ifPresent((RecordMetadata m) -> b.setTopic(m.topic()).setPartition(m.partition()).setOffset(m.offset()));
    return b.build();
  }
}
