package io.contraflow.cli;

import io.contraflow.producer.IngestReport;
import io.contraflow.schemas.Claim;
import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.Event;
import io.contraflow.schemas.Topics;
import io.contraflow.streams.ContraflowStreamsApp;
import io.contraflow.streams.StreamsAppConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Batch analysis over the streaming pipeline: produce the articles, let the topology process them, wait until it has,
 * and write what came out as JSON lines.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Analyze article files and folders and write contradictions.jsonl, events.jsonl and claims.jsonl.",
        "Starts an embedded Kafka broker and schema registry unless --bootstrap-servers is given."})
public final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files, folders of them, or .jsonl files.")
  List<String> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the results to.")
  Path out;

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Use this Kafka cluster instead of an embedded one.")
  String bootstrapServers;

  @Option(names = "--schema-registry-url", paramLabel = "URL",
      description = "Schema registry of that cluster (default: " + ConnectionOptions.DEFAULT_REGISTRY + ").")
  String schemaRegistryUrl;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
      description = "Give up waiting for processing after this long (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Override
  public Integer call() throws Exception {
    PrintWriter console = spec.commandLine().getOut();
    Ingest.checkInputsExist(inputs);
    if (Files.exists(out) && !Files.isDirectory(out)) throw new UserError("--out " + out + " exists and is not a folder");

    long started = System.nanoTime();
    try (Cluster cluster = bootstrapServers == null ? Cluster.embedded(0, 0)
        : Cluster.external(bootstrapServers, schemaRegistryUrl == null ? ConnectionOptions.DEFAULT_REGISTRY : schemaRegistryUrl)) {
      console.printf("Kafka: %s   schema registry: %s%n", cluster.bootstrapServers(), cluster.schemaRegistryUrl());
      console.flush();
      cluster.createTopics();
      // Outputs are read from where they end now, and input from where it ends now (startAfterExistingArticles),
      // so a shared cluster's earlier articles and results are not mixed in.
      Map<TopicPartition, Long> contradictionsFrom = TopicSnapshot.endOffsets(cluster, Topics.CONTRADICTIONS.name());
      Map<TopicPartition, Long> eventsFrom = TopicSnapshot.endOffsets(cluster, Topics.EVENTS.name());
      Map<TopicPartition, Long> claimsFrom = TopicSnapshot.endOffsets(cluster, Topics.CLAIMS.name());

      String applicationId = "contraflow-analyze-" + UUID.randomUUID().toString().substring(0, 8);
      startAfterExistingArticles(cluster, applicationId);
      Path stateDir = Files.createTempDirectory("contraflow-analyze-state");
      io.contraflow.embedded.RunMarker.claim(stateDir); // the next run deletes it if this one is killed
      try (ContraflowStreamsApp app = new ContraflowStreamsApp(new StreamsAppConfig(Map.of(
          StreamsAppConfig.APPLICATION_ID, applicationId,
          StreamsAppConfig.BOOTSTRAP_SERVERS, cluster.bootstrapServers(),
          StreamsAppConfig.SCHEMA_REGISTRY_URL, cluster.schemaRegistryUrl(),
          StreamsAppConfig.STATE_DIR, stateDir.toString())))) {
        app.start();
        if (!app.awaitRunning(Duration.ofSeconds(120))) {
          throw new UserError("The streams application did not start: "
              + (app.failure() != null ? app.failure().getMessage() : "state " + app.state()));
        }

        long running = System.nanoTime();
        IngestReport report = Ingest.run(cluster, inputs, false);
        console.println("Ingest: " + report.summary());
        console.flush();

        boolean done;
        try (Admin admin = cluster.admin()) {
          done = new ProcessingCompletion(admin, applicationId,
              List.of(Topics.ARTICLES.name(), applicationId + "-by-language-repartition", applicationId + "-by-event-repartition",
                  Topics.EVENT_MERGES.name()),
              List.of(Topics.EVENTS.name(), Topics.CLAIMS.name(), Topics.CONTRADICTIONS.name(), Topics.ARTICLES_DLQ.name()))
              .await(Duration.ofSeconds(timeoutSeconds), () -> app.state() != KafkaStreams.State.ERROR && app.state() != KafkaStreams.State.NOT_RUNNING);
        }
        if (app.failure() != null) throw new UserError("The streams application failed: " + app.failure().getMessage(), app.failure());
        if (!done) console.printf("Warning: processing did not finish within %d s; writing what is there so far.%n", timeoutSeconds);
        double processingSeconds = (System.nanoTime() - running) / 1e9;

        Map<String, Contradiction> contradictions = TopicSnapshot.latestByKey(TopicSnapshot.read(cluster, Topics.CONTRADICTIONS, contradictionsFrom));
        Map<String, Event> events = TopicSnapshot.latestByKey(TopicSnapshot.read(cluster, Topics.EVENTS, eventsFrom));
        // An event a late merge closed lives on in the one that continues it, which lists its articles.
        events.values().removeIf(e -> e.getContinuedBy() != null);
        List<Claim> claims = TopicSnapshot.read(cluster, Topics.CLAIMS, claimsFrom).stream().map(ConsumerRecord::value).toList();
        OutputFiles.write(out, contradictions.values(), events.values(), claims);

        console.printf("Analyzed %d articles: %d events, %d claims, %d contradictions%s%n",
            report.acknowledged(), events.size(), claims.size(), contradictions.size(), byKind(contradictions.values()));
        console.printf("Wrote %s, %s, %s in %s%n", OutputFiles.CONTRADICTIONS, OutputFiles.EVENTS, OutputFiles.CLAIMS, out.toAbsolutePath());
        console.printf("Time: %.1f s to start Kafka and the streams application, %.1f s to ingest and process, %.1f s in all%n",
            (running - started) / 1e9, processingSeconds, (System.nanoTime() - started) / 1e9);
      } finally {
        deleteQuietly(stateDir);
      }
    }
    return 0;
  }

  /**
   * On a shared cluster the articles topic already holds earlier articles: commit its current end as this run's
   * starting point (the group is new), so only the articles given here are analysed.
   */
  private static void startAfterExistingArticles(Cluster cluster, String applicationId) throws InterruptedException {
    Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
    TopicSnapshot.endOffsets(cluster, Topics.ARTICLES.name()).forEach((p, end) -> {
      if (end > 0) start.put(p, new OffsetAndMetadata(end));
    });
    if (start.isEmpty()) return;
    try (Admin admin = cluster.admin()) {
      admin.alterConsumerGroupOffsets(applicationId, start).all().get();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new UserError("Cannot set the starting offsets of " + applicationId + ": " + e.getCause().getMessage(), e);
    }
  }

  private static String byKind(java.util.Collection<Contradiction> contradictions) {
    if (contradictions.isEmpty()) return "";
    Map<String, Long> counts = contradictions.stream()
        .collect(Collectors.groupingBy(c -> c.getKind().name(), TreeMap::new, Collectors.counting()));
    return " (" + counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")) + ")";
  }

  static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // a leftover temporary directory is harmless
    }
  }
}
