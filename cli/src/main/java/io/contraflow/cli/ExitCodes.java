package io.contraflow.cli;

/**
 * What the contraflow command's exit status means, for scripts and supervisors (the README lists them). A
 * long-running command never exits 0 on a failure: a streams application that died, or an ingest that published
 * only part of its input, is a non-zero exit with the cause on stderr.
 */
final class ExitCodes {
  /** Everything asked was done. */
  static final int OK = 0;
  /** An unexpected error; the message says what (set CONTRAFLOW_DEBUG=1 for the stack trace). */
  static final int FAILED = 1;
  /** A user error: bad arguments, missing input, a cluster or registry that cannot be reached, a port in use. */
  static final int USAGE = 2;
  /** ingest: some input was not published (unreadable, refused, not acknowledged, or the ingest stopped early). */
  static final int INCOMPLETE = 3;
  /** streams, demo, cluster: the streams application or the embedded cluster stopped on an error it cannot recover from. */
  static final int STOPPED_ON_ERROR = 4;

  private ExitCodes() {}

  /** Says on stderr that a long-running command stops because something it ran stopped on an error; its status. */
  static int stoppedOnError(java.io.PrintWriter err, String command, Object cause) {
    err.println("contraflow " + command + ": " + cause);
    err.flush();
    return STOPPED_ON_ERROR;
  }
}
