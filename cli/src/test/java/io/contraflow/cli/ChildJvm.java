package io.contraflow.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A {@code contraflow} command in a JVM of its own, on this test's classpath, so that a test can kill it (SIGKILL or
 * SIGTERM) as a supervisor or an operator would. Its output lines are collected as they come; its temporary
 * directory is the test's, so that what it leaves behind is the test's to see (and nobody else's).
 */
final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Thread reader;

  private ChildJvm(Process process) {
    this.process = process;
    this.reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          lines.add(line);
          System.out.println("[child " + process.pid() + "] " + line);
        }
      } catch (IOException ignored) {
        // the process is gone
      }
    }, "child-jvm-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code contraflow args...} with {@code tmpDir} as its java.io.tmpdir and a heap of {@code heapMb}. */
  static ChildJvm contraflow(Path tmpDir, int heapMb, List<String> jvmOptions, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heapMb + "m");
    command.add("-XX:+UseSerialGC"); // two cores are shared by everything a fault test runs
    command.add("-Djava.io.tmpdir=" + tmpDir);
    String root = System.getProperty("contraflow.root");
    if (root != null) command.add("-Dcontraflow.root=" + root);
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classpath());
    command.add(Contraflow.class.getName());
    command.addAll(List.of(args));
    return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
  }

  /** Surefire runs tests from a manifest-only jar; its property names the real classpath. */
  private static String classpath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }

  Process process() {
    return process;
  }

  long pid() {
    return process.pid();
  }

  List<String> lines() {
    return List.copyOf(lines);
  }

  String output() {
    return String.join("\n", lines);
  }

  /** Waits until a line matches; false on timeout or when the process ends first. */
  boolean awaitLine(Predicate<String> matching, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (lines.stream().anyMatch(matching)) return true;
      if (!process.isAlive()) {
        reader.join(2_000);
        return lines.stream().anyMatch(matching);
      }
      Thread.sleep(100);
    }
    return false;
  }

  /** Waits for the process to end; its exit code, or null on timeout. */
  Integer awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) return null;
    reader.join(2_000);
    return process.exitValue();
  }

  /**
   * SIGKILL, as kill -9: no shutdown hook runs. Through the process handle: Process.destroy* would also close this
   * side of the child's pipes, and what the child says as it goes would be lost.
   */
  void kill() throws InterruptedException {
    process.toHandle().destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
    reader.join(2_000);
  }

  /** SIGTERM, as a supervisor stopping it: shutdown hooks run. */
  void terminate() {
    process.toHandle().destroy();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) kill();
  }
}
