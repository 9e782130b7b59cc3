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
 * An output record that cannot be serialized, or that the broker rejects for good (e.g. too large), is replaced by a
 * dead letter on {@code articles-dlq} (stage "produce") carrying the input record that produced it; processing
 * continues. Other send errors fail as usual, because Kafka Streams has already retried them.
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
    return deadLetter("cannot write to " + record.topic() + ": " + DeadLetters.describe(exception), context);
  }

  @Override
  public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                           SerializationExceptionOrigin origin) {
    return deadLetter("cannot serialize " + origin.name().toLowerCase() + " for " + record.topic() + ": "
        + DeadLetters.describe(exception), context);
  }

  private Response deadLetter(String reason, ErrorHandlerContext context) {
    log.warn("Dead letter #{} from {}-{}@{}: {}", count.incrementAndGet(), context.topic(), context.partition(), context.offset(), reason);
    return Response.resume(List.of(deadLetters.record(STAGE, reason, context, context.sourceRawKey(), context.sourceRawValue())));
  }

  public static long count() {
    return count.get();
  }
}
