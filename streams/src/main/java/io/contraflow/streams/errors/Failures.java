package io.contraflow.streams.errors;

import io.contraflow.schemas.registry.SchemaRegistryException;
import org.apache.kafka.common.errors.RetriableException;

/** Which failures pass: the ones a later attempt may not meet (a registry or broker briefly unavailable). */
public final class Failures {
  private Failures() {}

  /**
   * Whether {@code e}, or what caused it, says the attempt may succeed later: the schema registry unreachable or
   * failing (after its client's own retries), or a retriable Kafka error. Such a record is not dead-lettered (it is
   * not the record's fault: it would be lost for a hiccup); the stream thread fails and is replaced instead.
   */
  public static boolean isTransient(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SchemaRegistryException r && r.isTransient()) return true;
      if (t instanceof RetriableException) return true;
    }
    return false;
  }
}
