package io.contraflow.streams.errors;

import io.contraflow.schemas.DeadLetter;
import io.contraflow.schemas.Topics;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Turns a record Kafka Streams could not read, process or write into a {@link DeadLetter} on {@code articles-dlq},
 * serialized like every other dead letter so one consumer reads them all. The exception handlers hand the record
 * back to Kafka Streams (KIP-1034 {@code Response.resume(records)}), which writes it in the same transaction.
 */
final class DeadLetters {
  private final String topic = Topics.ARTICLES_DLQ.name();
  private final Serializer<String> keySerializer;
  private final Serializer<DeadLetter> valueSerializer;
  private final Deserializer<String> sourceKeyDeserializer;

  DeadLetters(Map<String, ?> streamsConfig) {
    Map<String, Object> serdeConfig = new HashMap<>(streamsConfig);
    keySerializer = Topics.ARTICLES_DLQ.keySerde(serdeConfig).serializer();
    valueSerializer = Topics.ARTICLES_DLQ.valueSerde(serdeConfig).serializer();
    sourceKeyDeserializer = Topics.ARTICLES.keySerde(serdeConfig).deserializer();
  }

  ProducerRecord<byte[], byte[]> record(String stage, String reason, ErrorHandlerContext context, byte[] rawKey, byte[] rawValue) {
    String key = readableKey(context.topic(), rawKey);
    DeadLetter letter = DeadLetter.newBuilder()
        .setStage(stage)
        .setReason(reason)
        .setTopic(context.topic())
        .setPartition(context.partition())
        .setOffset(context.offset())
        .setKey(key)
        .setArticleId(Topics.ARTICLES.name().equals(context.topic()) ? key : null)
        .setPayload(rawValue == null ? null : ByteBuffer.wrap(rawValue))
        .setFailedAt(Instant.now())
        .build();
    return new ProducerRecord<>(topic, null, key == null ? null : keySerializer.serialize(topic, key),
        valueSerializer.serialize(topic, letter));
  }

  private String readableKey(String sourceTopic, byte[] rawKey) {
    if (rawKey == null) return null;
    try {
      return sourceKeyDeserializer.deserialize(sourceTopic, rawKey);
    } catch (RuntimeException e) {
      return null; // not a framed string key (an internal topic, or garbage): the payload and offset still identify it
    }
  }

  static String describe(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return root == e ? message : message + " (caused by " + root + ")";
  }
}
