package io.contraflow.streams.errors;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An output record that cannot be serialized, or that the broker rejects for good (too large), is replaced by a
 * dead letter on {@code articles-dlq} (stage "produce") carrying the head of the input record that produced it;
 * processing continues. The application bounds what it writes ({@code RecordFit}), so a record too large is a
 * limit changed under it; the handler is the last line. Other send errors fail as usual (Kafka Streams has already
 * retried them), as does a serializer that could not reach the registry: that record is good, and is produced
 * again when the replaced thread processes its input again.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {
  public static final String STAGE = "produce";
  private static final Logger log = LoggerFactory.getLogger(DeadLetterProductionHandler.class);
  private static final AtomicLong count = new AtomicLong();

  private DeadLetters deadLetters;

  @Override
  public void configure(Map<String, ?> configs) {
    deadLetters = new DeadLetters(configs);
  }

  @Override
  public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
    if (!(exception instanceof RecordTooLargeException)) {
      log.error("Cannot write to {}: {}", record.topic(), exception.toString());
      return Response.fail();
    }
    return deadLetter("cannot write to " + record.topic() + ": " + DeadLetters.describe(exception), null, context);
  }

  @Override
  public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                           SerializationExceptionOrigin origin) {
    if (Failures.isTransient(exception)) {
      log.warn("Cannot serialize for {} for now: {}", record.topic(), exception.toString());
      return Response.fail();
    }
    String part = origin == SerializationExceptionOrigin.KEY ? DeadLetters.KEY : DeadLetters.VALUE;
    return deadLetter("cannot serialize the " + part + " for " + record.topic() + ": " + DeadLetters.describe(exception), part, context);
  }

  private Response deadLetter(String reason, String part, ErrorHandlerContext context) {
    log.warn("Dead letter #{} from {}-{}@{}: {}", count.incrementAndGet(), context.topic(), context.partition(), context.offset(), reason);
    return Response.resume(List.of(deadLetters.record(STAGE, reason, part, context, context.sourceRawKey(), context.sourceRawValue())));
  }

  public static long count() {
    return count.get();
  }
}
