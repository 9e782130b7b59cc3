package io.contraflow.streams.errors;

import io.contraflow.schemas.DeadLetter;
import io.contraflow.schemas.Topics;
import io.contraflow.streams.bounds.RecordLimits;
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
 * back to Kafka Streams (KIP-1034 {@code Response.resume(records)}), which writes it in the same transaction. The
 * letter carries the head of the failed record's value and its size and hash ({@link BoundedPayload}), never the
 * whole record: a letter as large as the record that failed for being too large would fail too.
 */
final class DeadLetters {
  static final String KEY = "key";
  static final String VALUE = "value";

  private final String topic = Topics.ARTICLES_DLQ.name();
  private final Serializer<String> keySerializer;
  private final Serializer<DeadLetter> valueSerializer;
  private final Deserializer<String> sourceKeyDeserializer;
  private final int headBytes;

  DeadLetters(Map<String, ?> streamsConfig) {
    headBytes = BoundedPayload.headBytes(RecordLimits.budget(RecordLimits.producerLimit(streamsConfig)));
    Map<String, Object> serdeConfig = new HashMap<>(streamsConfig);
    keySerializer = Topics.ARTICLES_DLQ.keySerde(serdeConfig).serializer();
    valueSerializer = Topics.ARTICLES_DLQ.valueSerde(serdeConfig).serializer();
    sourceKeyDeserializer = Topics.ARTICLES.keySerde(serdeConfig).deserializer();
  }

  /**
   * @param failedPart {@link #KEY}, {@link #VALUE}, or null when the record as a whole failed
   */
  ProducerRecord<byte[], byte[]> record(String stage, String reason, String failedPart, ErrorHandlerContext context,
                                        byte[] rawKey, byte[] rawValue) {
    String key = readableKey(context.topic(), rawKey);
    DeadLetter.Builder letter = DeadLetter.newBuilder()
        .setStage(stage)
        .setReason(BoundedPayload.reason(reason))
        .setFailedPart(failedPart)
        .setTopic(context.topic())
        .setPartition(context.partition())
        .setOffset(context.offset())
        .setKey(key)
        .setArticleId(Topics.ARTICLES.name().equals(context.topic()) ? key : null)
        .setFailedAt(Instant.now());
    BoundedPayload.attach(letter, rawValue, headBytes);
    return new ProducerRecord<>(topic, null, key == null ? null : keySerializer.serialize(topic, key),
        valueSerializer.serialize(topic, letter.build()));
  }

  /** Whether the key of a record on {@code sourceTopic} is one this application can read (or there is none). */
  boolean keyReadable(String sourceTopic, byte[] rawKey) {
    return rawKey == null || !Topics.ARTICLES.name().equals(sourceTopic) || readableKey(sourceTopic, rawKey) != null;
  }

  private String readableKey(String sourceTopic, byte[] rawKey) {
    if (rawKey == null) return null;
    try {
      String key = sourceKeyDeserializer.deserialize(sourceTopic, rawKey);
      // Keys are ids, of bounded length when valid; an overlong one is cut so that the letter stays small.
      return key == null || key.length() <= 1_000 ? key : key.substring(0, 1_000) + "…";
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
