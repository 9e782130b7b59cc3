package io.contraflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.contraflow.embedded.EmbeddedKafkaBroker;
import io.contraflow.schemas.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, defect 3: a streams application that stops for good ends `contraflow streams`, non-zero and with the
 * cause, instead of leaving a process that runs on and processes nothing. The cause here is one nothing can recover
 * from: its input topic deleted under it.
 */
class StreamsCommandTest {
  @TempDir Path stateDir;

  @Test
  void anApplicationThatStopsOnAnErrorEndsTheCommandWithTheCause() throws Exception {
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(0)) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> Contraflow.commandLine()
          .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
          .execute("streams", "--bootstrap-servers", broker.bootstrapServers(),
              "--schema-registry-url", "mock://streams-command-" + UUID.randomUUID(),
              "--application-id", "streams-command-test", "--state-dir", stateDir.toString(),
              "--set", "extraction.warmup.ms=0", "--set", "topology.warmup.ms=0"));
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (!out.toString().contains("running as") && !exit.isDone() && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      assertThat(out.toString()).as(err.toString()).contains("running as");

      try (Admin admin = Cluster.external(broker.bootstrapServers(), "mock://unused").admin()) {
        admin.deleteTopics(List.of(Topics.ARTICLES.name())).all().get();
      }

      int code = assertTimeoutPreemptively(Duration.ofSeconds(180), () -> exit.get());
      assertThat(code).isEqualTo(ExitCodes.STOPPED_ON_ERROR);
      assertThat(err.toString()).contains("the streams application stopped").contains("source topics were missing");
    }
  }
}
