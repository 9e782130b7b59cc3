package io.contraflow.streams.errors;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens when a stream thread dies of an exception nothing else handled. A transient cause (the schema registry
 * or a broker unavailable for longer than their clients retry, see {@link Failures#isTransient}) replaces the
 * thread after a pause, and the new thread goes on from the last commit: nothing is lost, nothing doubled under
 * exactly-once. Anything else (a bug, a missing source topic, an Error such as running out of memory), or a transient
 * cause that keeps coming back ({@value #MAX_REPLACEMENTS} replacements within {@link #WINDOW}), shuts the
 * application down, so that it reaches ERROR and its process can exit non-zero with the cause instead of running on
 * without processing anything.
 */
public final class StreamsFailurePolicy implements StreamsUncaughtExceptionHandler {
  static final int MAX_REPLACEMENTS = 5;
  static final Duration WINDOW = Duration.ofMinutes(10);
  private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
  private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);
  private static final Logger log = LoggerFactory.getLogger(StreamsFailurePolicy.class);

  /** Pauses before a thread is replaced; a test passes one that does not sleep. */
  public interface Pause {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final LongSupplier nanoTime;
  private final Pause pause;
  private final Deque<Long> replacements = new ArrayDeque<>();
  private volatile Throwable fatal;

  public StreamsFailurePolicy() {
    this(System::nanoTime, d -> Thread.sleep(d.toMillis()));
  }

  public StreamsFailurePolicy(LongSupplier nanoTime, Pause pause) {
    this.nanoTime = nanoTime;
    this.pause = pause;
  }

  @Override
  public StreamThreadExceptionResponse handle(Throwable exception) {
    if (!Failures.isTransient(exception)) {
      return shutDown(exception, "Contraflow streams stopped by an error it cannot recover from");
    }
    long now = nanoTime.getAsLong();
    synchronized (replacements) {
      while (!replacements.isEmpty() && now - replacements.peekFirst() > WINDOW.toNanos()) replacements.removeFirst();
      if (replacements.size() >= MAX_REPLACEMENTS) {
        return shutDown(exception, "Contraflow streams stopped: a transient failure came back " + MAX_REPLACEMENTS
            + " times within " + WINDOW.toMinutes() + " minutes");
      }
      replacements.addLast(now);
    }
    Duration wait = FIRST_PAUSE.multipliedBy(1L << Math.min(5, replacements.size() - 1));
    if (wait.compareTo(LONGEST_PAUSE) > 0) wait = LONGEST_PAUSE;
    log.warn("A stream thread failed for a passing reason ({}); replacing it in {} s", exception.toString(), wait.toSeconds());
    try {
      pause.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return StreamThreadExceptionResponse.REPLACE_THREAD;
  }

  private StreamThreadExceptionResponse shutDown(Throwable exception, String why) {
    fatal = exception;
    log.error("{}: {}", why, exception.toString(), exception);
    return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
  }

  /** The failure that made this policy shut the application down, or null. */
  public Throwable fatal() {
    return fatal;
  }
}
