package io.contraflow.streams.stages;

import io.contraflow.schemas.DeadLetter;

/**
 * What a stage made of one record: either a value to pass on, or a dead letter explaining why not. Lives only
 * between a stage and the branch that follows it, so it needs no serde.
 */
public record Outcome<T>(T value, DeadLetter deadLetter) {
  public static <T> Outcome<T> ok(T value) {
    return new Outcome<>(value, null);
  }

  public static <T> Outcome<T> failed(DeadLetter deadLetter) {
    return new Outcome<>(null, deadLetter);
  }

  public boolean isOk() {
    return deadLetter == null;
  }
}
