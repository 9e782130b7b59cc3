package io.contraflow.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets a long-running command run until Ctrl-C (or {@link #stop()}) and then clean up before the JVM exits: the
 * shutdown hook wakes the command and waits for it to report {@link #cleanedUp()}.
 */
final class UntilStopped {
  private static final long CLEAN_UP_SECONDS = 45;
  private final CountDownLatch stop = new CountDownLatch(1);
  private final CountDownLatch cleanedUp = new CountDownLatch(1);
  private final Thread hook = new Thread(this::onShutdown, "contraflow-shutdown");

  UntilStopped() {
    Runtime.getRuntime().addShutdownHook(hook);
  }

  void await() throws InterruptedException {
    stop.await();
  }

  /**
   * Waits until stopped or until {@code failed} completes (a streams application or an embedded cluster that died);
   * returns what it completed with, or null when stopped.
   */
  <T> T awaitOr(java.util.concurrent.CompletableFuture<T> failed) throws InterruptedException {
    while (!stop.await(200, TimeUnit.MILLISECONDS)) {
      if (failed.isDone()) return failed.join();
    }
    return null;
  }

  boolean isStopped() {
    return stop.getCount() == 0;
  }

  void stop() {
    stop.countDown();
  }

  /** Called by the command when everything is closed; the JVM may then exit. */
  void cleanedUp() {
    cleanedUp.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook is running and is waiting for us
    }
  }

  private void onShutdown() {
    stop.countDown();
    try {
      cleanedUp.await(CLEAN_UP_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
