package io.contraflow.streams.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.schemas.registry.SchemaRegistryException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.streams.errors.MissingSourceTopicException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

/** Issue 12, defect 3: a dead stream thread is replaced when the cause passes, and the application stopped otherwise. */
class StreamsFailurePolicyTest {
  private final AtomicLong clock = new AtomicLong();
  private final List<Duration> pauses = new ArrayList<>();
  private final StreamsFailurePolicy policy = new StreamsFailurePolicy(clock::get, pauses::add);

  private static Exception registryDown() {
    return new StreamsException("Deserialization exception handler is set to fail upon a deserialization error",
        new SerializationException("Cannot read a record", new SchemaRegistryException("Cannot reach the schema registry",
            new IOException("Connection refused"))));
  }

  @Test
  void aTransientCauseReplacesTheThreadAfterAGrowingPause() {
    assertThat(policy.handle(registryDown())).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    assertThat(policy.handle(new StreamsException(new TimeoutException("broker")))).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);

    assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(policy.fatal()).isNull();
  }

  @Test
  void aCauseThatDoesNotPassShutsTheApplicationDownAndIsKept() {
    MissingSourceTopicException missing = new MissingSourceTopicException("topic articles is missing");
    assertThat(policy.handle(missing)).isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    assertThat(policy.fatal()).isSameAs(missing);

    assertThat(new StreamsFailurePolicy(clock::get, pauses::add).handle(new OutOfMemoryError("Java heap space")))
        .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    assertThat(new StreamsFailurePolicy(clock::get, pauses::add).handle(new SchemaRegistryException("no such schema", 404, 40403)))
        .as("a refusal is no hiccup").isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
  }

  @Test
  void aTransientCauseThatKeepsComingBackShutsTheApplicationDown() {
    for (int i = 0; i < StreamsFailurePolicy.MAX_REPLACEMENTS; i++) {
      assertThat(policy.handle(registryDown())).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
      clock.addAndGet(Duration.ofSeconds(30).toNanos());
    }
    assertThat(policy.handle(registryDown())).isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    assertThat(policy.fatal()).isNotNull();
  }

  @Test
  void replacementsLongAgoAreForgotten() {
    for (int i = 0; i < StreamsFailurePolicy.MAX_REPLACEMENTS; i++) policy.handle(registryDown());
    clock.addAndGet(StreamsFailurePolicy.WINDOW.toNanos() + 1);

    assertThat(policy.handle(registryDown())).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
  }
}
