package io.contraflow.streams.errors;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An exception thrown by any processor (event assignment, detection, ...) sends the input record that caused it to
 * {@code articles-dlq}, stage = the processor's name, and processing continues: one bad article must not stop the
 * stream. The dead letter carries the head of the source record's value. A transient failure (the registry
 * unavailable when a store's serde needed it) fails the thread instead, so that the record is processed again.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);
  private static final AtomicLong count = new AtomicLong();

  private DeadLetters deadLetters;

  @Override
  public void configure(Map<String, ?> configs) {
    deadLetters = new DeadLetters(configs);
  }

  @Override
  public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
    if (Failures.isTransient(exception)) {
      log.warn("Processor '{}' cannot go on for now: {}", context.processorNodeId(), exception.toString());
      return Response.fail();
    }
    String reason = "processor '" + context.processorNodeId() + "' failed: " + DeadLetters.describe(exception);
    log.warn("Dead letter #{} for key {}: {}", count.incrementAndGet(), record.key(), reason, exception);
    return Response.resume(List.of(deadLetters.record(context.processorNodeId(), reason, null, context,
        context.sourceRawKey(), context.sourceRawValue())));
  }

  public static long count() {
    return count.get();
  }
}
