package io.contraflow.cli;

import io.contraflow.embedded.EmbeddedKafkaBroker;
import io.contraflow.embedded.EmbeddedSchemaRegistry;
import io.contraflow.schemas.DeadLetter;
import io.contraflow.schemas.Topic;
import io.contraflow.schemas.Topics;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * The pieces of a fault test, all real: one schema registry for the suite (on a data directory, so it can be stopped
 * and started again on the same port with the same schema ids), and per run a Kafka broker (on a data directory, so
 * it can be stopped and restarted mid-run) and the streams application as `contraflow streams` in a JVM of its own,
 * so that it can be killed with SIGKILL. Articles are published with `contraflow ingest` in a JVM of its own too (a
 * fresh schema cache: it needs the registry). Ports are chosen free, so that runs of other people on this machine
 * do not collide with these.
 */
final class FaultHarness implements AutoCloseable {
  private final Path work;
  private final Path registryData;
  private final int registryPort;
  private EmbeddedSchemaRegistry registry;

  FaultHarness(Path work) throws IOException {
    this.work = work;
    this.registryData = Files.createDirectories(work.resolve("registry-data"));
    this.registryPort = freePort();
    startRegistry();
  }

  void startRegistry() {
    registry = EmbeddedSchemaRegistry.start(EmbeddedSchemaRegistry.locateJar(), registryPort, registryData);
  }

  void stopRegistry() {
    registry.close();
  }

  String registryUrl() {
    return "http://127.0.0.1:" + registryPort + "/apis/ccompat/v7";
  }

  Run run(String name, String... appSettings) throws IOException {
    return new Run(name, List.of(appSettings));
  }

  @Override
  public void close() {
    registry.close();
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** One pipeline: its own broker and application id, the streams application in a child JVM. */
  final class Run implements AutoCloseable {
    final String applicationId;
    private final Path dir;
    private final Path brokerData;
    private final int brokerPort;
    private final List<String> appSettings;
    private EmbeddedKafkaBroker broker;
    private ChildJvm app;
    private Admin admin;
    int appStarts;

    private Run(String name, List<String> appSettings) throws IOException {
      this.applicationId = "fault-" + name;
      this.dir = Files.createDirectories(work.resolve(name));
      this.brokerData = dir.resolve("kafka-data");
      this.brokerPort = freePort();
      this.appSettings = appSettings;
      startBroker();
      cluster().createTopics();
    }

    String bootstrapServers() {
      return "127.0.0.1:" + brokerPort;
    }

    Cluster cluster() {
      return Cluster.external(bootstrapServers(), registryUrl());
    }

    void startBroker() {
      broker = EmbeddedKafkaBroker.start(brokerPort, brokerData);
    }

    void stopBroker() {
      broker.close();
    }

    /** Starts `contraflow streams` and waits until it says it runs. */
    void startApp() throws Exception {
      startApp(true);
    }

    /** Starts `contraflow streams`, waiting until it says it runs if {@code await}. */
    void startApp(boolean await) throws Exception {
      // A stable group.instance.id (static membership), as the README advises for a supervised instance: the
      // restarted process takes over at once, instead of after the dead one's session timeout (45 s).
      List<String> args = new ArrayList<>(List.of("streams", "--bootstrap-servers", bootstrapServers(),
          "--schema-registry-url", registryUrl(), "--application-id", applicationId,
          "--state-dir", dir.resolve("state").toString(), "--set", "extraction.warmup.ms=0", "--set", "topology.warmup.ms=0",
          "--set", "group.instance.id=" + applicationId + "-1"));
      for (String s : appSettings) {
        args.add("--set");
        args.add(s);
      }
      app = ChildJvm.contraflow(Files.createDirectories(dir.resolve("tmp")), 640, List.of(), args.toArray(String[]::new));
      appStarts++;
      if (await && !app.awaitLine(l -> l.contains("running as"), Duration.ofMinutes(3))) {
        throw new AssertionError("contraflow streams did not start:\n" + app.output());
      }
    }

    /** kill -9 of the streams application: no shutdown hook, no commit. */
    void killApp() throws InterruptedException {
      app.kill();
    }

    ChildJvm app() {
      return app;
    }

    /** Publishes a folder from this JVM, as `contraflow ingest` does; everything must be acknowledged. */
    void publish(Path folder) {
      io.contraflow.producer.IngestReport report = Ingest.run(cluster(), List.of(folder.toString()), false);
      if (!report.complete()) throw new AssertionError("not everything published: " + report.summary());
    }

    /** `contraflow ingest` of a folder, in a JVM of its own (which knows no schema id yet), not waited for. */
    ChildJvm ingest(Path folder) throws IOException {
      return ChildJvm.contraflow(Files.createDirectories(dir.resolve("tmp")), 256, List.of(), "ingest", folder.toString(),
          "--bootstrap-servers", bootstrapServers(), "--schema-registry-url", registryUrl());
    }

    /** Articles the application has committed as processed (its offset on the articles topic). */
    long processed() throws InterruptedException {
      if (admin == null) admin = cluster().admin();
      try {
        OffsetAndMetadata committed = admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata().get()
            .get(new TopicPartition(Topics.ARTICLES.name(), 0));
        return committed == null ? 0 : committed.offset();
      } catch (ExecutionException e) {
        return 0;
      }
    }

    /** Waits until at least {@code articles} are processed; the count reached. */
    long awaitProcessed(long articles, Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      long done;
      while ((done = processed()) < articles && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      return done;
    }

    /** Waits until everything produced is processed (input and repartition topics committed to their end). */
    boolean awaitDone(Duration timeout) throws InterruptedException {
      try (Admin admin = cluster().admin()) {
        return new ProcessingCompletion(admin, applicationId,
            List.of(Topics.ARTICLES.name(), applicationId + "-by-language-repartition", applicationId + "-by-event-repartition"),
            List.of(Topics.EVENTS.name(), Topics.CLAIMS.name(), Topics.CONTRADICTIONS.name(), Topics.ARTICLES_DLQ.name()))
            .await(timeout, () -> app.process().isAlive());
      }
    }

    /** Every committed record of the three output topics, in order, as "key | value as JSON". */
    Map<String, List<String>> outputs() {
      Map<String, List<String>> outputs = new LinkedHashMap<>();
      for (Topic<String, ? extends SpecificRecord> topic : List.of(Topics.EVENTS, Topics.CLAIMS, Topics.CONTRADICTIONS)) {
        List<String> lines = new ArrayList<>();
        for (ConsumerRecord<String, ? extends SpecificRecord> r : TopicSnapshot.read(cluster(), topic, Map.of())) {
          lines.add(r.key() + " | " + AvroJson.toJson(r.value()));
        }
        outputs.put(topic.name(), lines);
      }
      return outputs;
    }

    List<DeadLetter> deadLetters() {
      return TopicSnapshot.read(cluster(), Topics.ARTICLES_DLQ, Map.of()).stream().map(ConsumerRecord::value).toList();
    }

    @Override
    public void close() throws InterruptedException {
      if (admin != null) admin.close(Duration.ofSeconds(5));
      if (app != null) app.close();
      broker.close();
    }
  }
}
