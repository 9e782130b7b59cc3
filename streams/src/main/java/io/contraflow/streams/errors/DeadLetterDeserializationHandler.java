package io.contraflow.streams.errors;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record that cannot be decoded (not Avro, unknown schema id) goes to {@code articles-dlq} with the head of its raw
 * bytes, the reason and whether its key or its value failed, stage "deserialize", and processing continues. A
 * registry that is unavailable is not the record's fault: then the thread fails, to be replaced and to read the
 * record again ({@link StreamsFailurePolicy}), rather than losing good input for a hiccup.
 */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {
  public static final String STAGE = "deserialize";
  private static final Logger log = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);
  private static final AtomicLong count = new AtomicLong();

  private DeadLetters deadLetters;

  @Override
  public void configure(Map<String, ?> configs) {
    deadLetters = new DeadLetters(configs);
  }

  @Override
  public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    if (Failures.isTransient(exception)) {
      log.warn("Cannot read {}-{}@{} for now: {}", record.topic(), record.partition(), record.offset(), exception.toString());
      return Response.fail();
    }
    String part = deadLetters.keyReadable(record.topic(), record.key()) ? DeadLetters.VALUE : DeadLetters.KEY;
    String reason = "cannot deserialize record (its " + part + "): " + DeadLetters.describe(exception);
    log.warn("Dead letter #{} from {}-{}@{}: {}", count.incrementAndGet(), record.topic(), record.partition(), record.offset(), reason);
    return Response.resume(List.of(deadLetters.record(STAGE, reason, part, context, record.key(), record.value())));
  }

  /** Dead letters this JVM has written for undecodable records. */
  public static long count() {
    return count.get();
  }
}
