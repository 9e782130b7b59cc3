package io.contraflow.cli;

/** A problem the user can fix (a missing folder, an unreachable broker): printed as one line, without a stack trace. */
public final class UserError extends RuntimeException {
  public UserError(String message) {
    super(message);
  }

  public UserError(String message, Throwable cause) {
    super(message, cause);
  }
}
