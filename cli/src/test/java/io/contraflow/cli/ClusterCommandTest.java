package io.contraflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.schemas.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, defect 6, as an operator meets it: `contraflow cluster --data-dir` killed with SIGKILL leaves no registry
 * running, and the next start on the same data directory comes up with the topics and articles of the first.
 */
class ClusterCommandTest {
  @TempDir Path work;

  @Test
  void aClusterKilledWithSigkillLeavesNothingRunningAndItsDataIsThereOnTheNextStart() throws Exception {
    Path data = work.resolve("data");
    int kafkaPort = FaultHarness.freePort();
    int registryPort = FaultHarness.freePort();
    String[] args = {"cluster", "--data-dir", data.toString(), "--kafka-port", Integer.toString(kafkaPort),
        "--registry-port", Integer.toString(registryPort)};
    String bootstrap = "127.0.0.1:" + kafkaPort;
    String registry = "http://127.0.0.1:" + registryPort + "/apis/ccompat/v7";

    ProcessHandle registryProcess;
    try (ChildJvm first = ChildJvm.contraflow(Files.createDirectories(work.resolve("tmp")), 512, List.of(), args)) {
      assertThat(first.awaitLine(l -> l.contains("Ctrl-C to stop"), Duration.ofMinutes(2))).as(first.output()).isTrue();
      assertThat(first.output()).contains("Kafka bootstrap servers: " + bootstrap).contains(data.toAbsolutePath() + " (kept)");
      Path one = Files.createDirectories(work.resolve("in"));
      Files.writeString(one.resolve("a.txt"), "Title: Crane falls in Vessport\n\nA crane fell onto an empty quay, the port said.\n");
      assertThat(Ingest.run(Cluster.external(bootstrap, registry), List.of(one.toString()), false).acknowledged()).isEqualTo(1);
      registryProcess = first.process().toHandle().descendants().findFirst().orElseThrow();

      first.kill();
    }
    assertThat(registryProcess.onExit().completeOnTimeout(null, 30, TimeUnit.SECONDS).get())
        .as("the registry is gone with the cluster that started it").isNotNull();

    try (ChildJvm second = ChildJvm.contraflow(work.resolve("tmp"), 512, List.of(), args)) {
      assertThat(second.awaitLine(l -> l.contains("Ctrl-C to stop"), Duration.ofMinutes(2))).as(second.output()).isTrue();
      Cluster cluster = Cluster.external(bootstrap, registry);
      assertThat(TopicSnapshot.read(cluster, Topics.ARTICLES, java.util.Map.of())).as("the article written before the kill")
          .singleElement().satisfies(r -> assertThat(r.value().getTitle()).isEqualTo("Crane falls in Vessport"));
      try (Admin admin = cluster.admin()) {
        assertThat(admin.listTopics().names().get()).containsAll(Topics.all().stream().map(t -> t.name()).toList());
      }
      second.terminate();
      assertThat(second.awaitExit(Duration.ofMinutes(1))).isEqualTo(143);
    }
    assertThat(Optional.ofNullable(io.contraflow.embedded.RunMarker.liveOwner(data.resolve("kafka")).orElse(null)))
        .as("a clean stop leaves the data directory free").isEmpty();
  }
}
