package io.contraflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.embedded.EmbeddedKafkaBroker;
import io.contraflow.schemas.Topics;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, defect 4: `contraflow ingest` says, by its exit status and its summary, whether everything was published. */
class IngestCommandTest {
  private static EmbeddedKafkaBroker broker;

  @TempDir Path dir;

  @BeforeAll
  static void startBroker() {
    broker = EmbeddedKafkaBroker.start(0);
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) broker.close();
  }

  @Test
  void anIngestInWhichEveryInputFailedExitsNonZero() throws Exception {
    Files.writeString(dir.resolve("empty.txt"), "");
    Files.write(dir.resolve("latin1.txt"), new byte[] {'T', 'i', 't', 'l', 'e', '\n', '\n', (byte) 0xE9, 't', 'e'});

    StringWriter out = new StringWriter();
    int code = Contraflow.commandLine().setOut(new PrintWriter(out, true))
        .execute("ingest", dir.toString(), "--bootstrap-servers", broker.bootstrapServers(),
            "--schema-registry-url", "mock://ingest-" + UUID.randomUUID());

    assertThat(code).as(out.toString()).isEqualTo(ExitCodes.INCOMPLETE);
    assertThat(out.toString()).contains("0 articles read").contains("2 skipped");
  }

  @Test
  void anIngestThatPublishedEverythingExitsZero() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Title: Crane falls in Vessport\n\nA crane fell onto an empty quay, the port said.\n");

    int code = Contraflow.commandLine().setOut(new PrintWriter(new StringWriter(), true))
        .execute("ingest", dir.toString(), "--bootstrap-servers", broker.bootstrapServers(),
            "--schema-registry-url", "mock://ingest-" + UUID.randomUUID());

    assertThat(code).isEqualTo(ExitCodes.OK);
  }

  /** SIGTERM (what a supervisor sends) stops an ingest reading an endless standard input, and the summary is printed. */
  @Test
  void sigtermStopsAnIngestAndItsSummaryIsPrinted() throws Exception {
    Cluster cluster = Cluster.external(broker.bootstrapServers(), "mock://unused");
    cluster.createTopics();
    TopicPartition articles = new TopicPartition(Topics.ARTICLES.name(), 0);
    long before = TopicSnapshot.endOffsets(cluster, Topics.ARTICLES.name()).getOrDefault(articles, 0L);
    try (ChildJvm ingest = ChildJvm.contraflow(dir, 256, List.of(), "ingest", "-",
        "--bootstrap-servers", broker.bootstrapServers(), "--schema-registry-url", "mock://sigterm")) {
      OutputStream stdin = ingest.process().getOutputStream();
      stdin.write("{\"title\": \"Crane falls\", \"body\": \"A crane fell, the port said.\"}\n".getBytes(StandardCharsets.UTF_8));
      stdin.flush(); // and left open, as a pipe from a feed that never ends
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (TopicSnapshot.endOffsets(cluster, Topics.ARTICLES.name()).getOrDefault(articles, 0L) <= before
          && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      ingest.terminate();

      assertThat(ingest.awaitExit(Duration.ofSeconds(60))).as(ingest.output()).isEqualTo(143);
      assertThat(ingest.output()).contains("article read, 1 sent, 1 acknowledged").contains("asked to stop");
    }
  }
}
