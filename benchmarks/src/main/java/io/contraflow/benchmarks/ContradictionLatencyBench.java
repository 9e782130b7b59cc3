package io.contraflow.benchmarks;

import io.contraflow.analysis.ArticleText;
import io.contraflow.benchmarks.latency.ContradictingPairs;
import io.contraflow.benchmarks.latency.ContradictingPairs.EventPair;
import io.contraflow.benchmarks.latency.ContradictingPairs.Kind;
import io.contraflow.benchmarks.latency.ContradictionWatcher;
import io.contraflow.benchmarks.latency.LatencyBenchConfig;
import io.contraflow.benchmarks.latency.LatencySummary;
import io.contraflow.benchmarks.latency.PairCheck;
import io.contraflow.benchmarks.latency.SendOrder;
import io.contraflow.benchmarks.latency.SendOrder.Slot;
import io.contraflow.benchmarks.latency.StageTrace;
import io.contraflow.benchmarks.text.FictionalNames;
import io.contraflow.embedded.EmbeddedStack;
import io.contraflow.schemas.Article;
import io.contraflow.schemas.Topic;
import io.contraflow.schemas.Topics;
import io.contraflow.streams.ContraflowStreamsApp;
import io.contraflow.streams.StreamsAppConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.StreamsConfig;

/**
 * End-to-end latency of a contradiction on the real embedded broker and registry with the real streams app: for each
 * fictional event, one article says something and a later one contradicts it ({@link ContradictingPairs}); the latency
 * is from the moment the completing article is handed to the producer to the moment the first contradiction naming it
 * is polled from {@code contradictions} by a read_committed consumer. The bar: p99 under 1 s over at least 200
 * articles.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.contraflow.benchmarks.ContradictionLatencyBench [--articles 400]
 *     [--rate 20] [--commit-interval-ms 100] [--processing-guarantee exactly_once_v2] [--warmup-pairs 20] [--help]</pre>
 * Run it from the repository root (the embedded registry is found at {@code registry/target/quarkus-app}).
 */
public final class ContradictionLatencyBench {
  private final LatencyBenchConfig config;

  private ContradictionLatencyBench(LatencyBenchConfig config) {
    this.config = config;
  }

  public static void main(String[] args) throws Exception {
    LatencyBenchConfig config = BenchFlags.settingsOrExit(args, LatencyBenchConfig.CONFIG, LatencyBenchConfig::fromArgs);
    if (config == null) return;
    System.exit(new ContradictionLatencyBench(config).run() ? 0 : 1);
  }

  /** Runs the bench and prints its report; false when the pipeline failed. */
  boolean run() throws Exception {
    int events = config.articles() / 2;
    FictionalNames names = new FictionalNames(42);
    Instant now = Instant.now();
    List<EventPair> warmup = new ContradictingPairs(names, "warmup").generate(config.warmupPairs(), now);
    List<EventPair> measured = new ContradictingPairs(names, "run").generate(events, now);

    System.out.printf("Load before: %s%n", load());
    PairCheck.Result check = PairCheck.check(measured, config.lead());
    System.out.println("Offline check with ClaimExtractor, ContradictionDetector and EventGrouper: " + check);
    check.failures().forEach(f -> System.out.println("  " + f));

    Path stateDir = Files.createTempDirectory("contraflow-latency-bench");
    try (EmbeddedStack stack = EmbeddedStack.start(0, 0)) {
      stack.kafka().createTopics(Topics.all().stream().map(Topic::newTopic).toList());
      Map<String, Object> serdeConfig = Map.of(StreamsAppConfig.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl());
      StreamsAppConfig appConfig = new StreamsAppConfig(streamsConfig(stack, stateDir));
      try (ContraflowStreamsApp app = new ContraflowStreamsApp(appConfig);
           KafkaProducer<String, Article> producer = producer(stack, serdeConfig)) {
        app.start();
        if (!app.awaitRunning(Duration.ofSeconds(120))) {
          System.err.println("The streams app did not reach RUNNING: " + app.state() + (app.failure() == null ? "" : ", " + app.failure()));
          return false;
        }
        ContradictionWatcher watcher = new ContradictionWatcher(stack.bootstrapServers(), serdeConfig);
        watcher.start();
        StageTrace trace = config.stageTrace() ? new StageTrace(stack.bootstrapServers(), appConfig.applicationId(), serdeConfig) : null;
        try {
          if (!warmup.isEmpty()) {
            Map<String, Long> warmSent = send(producer, SendOrder.interleave(warmup, config.lead()));
            long warmed = awaitArrivals(watcher, warmSent.keySet(), 60_000);
            System.out.printf("Warm-up: %d events, %d contradictions arrived (not counted)%n", warmup.size(), warmed);
          }
          String loadDuring = load();
          long runStart = System.nanoTime();
          Map<String, Long> sent = send(producer, SendOrder.interleave(measured, config.lead()));
          double sendSeconds = (System.nanoTime() - runStart) / 1e9;
          awaitArrivals(watcher, sent.keySet(), config.drainTimeoutMs());
          report(measured, sent, watcher, check, sendSeconds, loadDuring, app, stack);
          if (trace != null) reportStages(measured, sent, watcher, trace);
          return app.failure() == null && watcher.failure() == null;
        } finally {
          watcher.close();
          if (trace != null) trace.close();
        }
      }
    } finally {
      deleteQuietly(stateDir);
    }
  }

  private Map<String, Object> streamsConfig(EmbeddedStack stack, Path stateDir) {
    Map<String, Object> c = new HashMap<>();
    c.put(StreamsAppConfig.APPLICATION_ID, "latency-bench-" + System.currentTimeMillis());
    c.put(StreamsAppConfig.BOOTSTRAP_SERVERS, stack.bootstrapServers());
    c.put(StreamsAppConfig.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl());
    c.put(StreamsAppConfig.PROCESSING_GUARANTEE, config.processingGuarantee());
    c.put(StreamsAppConfig.COMMIT_INTERVAL_MS, config.commitIntervalMs());
    c.put(StreamsAppConfig.STATE_DIR, stateDir.toString());
    c.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.streamThreads());
    c.put(StreamsAppConfig.TOPOLOGY_WARM_UP_MS, config.topologyWarmupMs());
    return c;
  }

  private static KafkaProducer<String, Article> producer(EmbeddedStack stack, Map<String, Object> serdeConfig) {
    Map<String, Object> c = Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
        ProducerConfig.ACKS_CONFIG, "all",
        // One article at a time at news rates: batching would only add delay.
        ProducerConfig.LINGER_MS_CONFIG, 0);
    return new KafkaProducer<>(c, Topics.ARTICLES.keySerde(serdeConfig).serializer(), Topics.ARTICLES.valueSerde(serdeConfig).serializer());
  }

  /** Sends the articles at the configured fixed rate; returns the send time (nanoTime) of each completing article by id. */
  private Map<String, Long> send(KafkaProducer<String, Article> producer, List<Slot> order) {
    long intervalNanos = (long) (1e9 / config.rate());
    long start = System.nanoTime();
    Map<String, Long> sent = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      long due = start + i * intervalNanos;
      long wait;
      while ((wait = due - System.nanoTime()) > 0) LockSupport.parkNanos(wait);
      ArticleText text = order.get(i).article();
      Instant t = Instant.now();
      Article article = Article.newBuilder().setId(text.id()).setTitle(text.title()).setBody(text.body()).setSource(text.source())
          .setUrl(null).setPublishedAt(t).setIngestedAt(t).setLanguage(text.language()).setOrigin("latency-bench").build();
      long sendTime = System.nanoTime();
      producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), text.id(), article));
      if (order.get(i).completing()) sent.put(text.id(), sendTime);
    }
    producer.flush();
    return sent;
  }

  /** Waits until a contradiction named every one of {@code articleIds}, or the timeout; returns how many did. */
  private static long awaitArrivals(ContradictionWatcher watcher, java.util.Collection<String> articleIds, long timeoutMs)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
    long arrived;
    while ((arrived = articleIds.stream().filter(id -> watcher.firstArrival(id) != null).count()) < articleIds.size()
        && System.nanoTime() < deadline && watcher.failure() == null) {
      Thread.sleep(50);
    }
    return arrived;
  }

  private void report(List<EventPair> pairs, Map<String, Long> sent, ContradictionWatcher watcher, PairCheck.Result check,
                      double sendSeconds, String loadDuring, ContraflowStreamsApp app, EmbeddedStack stack) {
    List<Double> all = new ArrayList<>();
    List<Double> firstTen = new ArrayList<>();
    List<Double> rest = new ArrayList<>();
    Map<Kind, List<Double>> byKind = new HashMap<>();
    List<String> missing = new ArrayList<>();
    int premature = 0;
    for (EventPair p : pairs) {
      String completing = p.completing().id();
      Long arrival = watcher.firstArrival(completing);
      Long firstOnly = watcher.firstArrival(p.first().id());
      if (firstOnly != null && firstOnly < sent.get(completing)) premature++;
      if (arrival == null) {
        missing.add(completing);
        continue;
      }
      double ms = (arrival - sent.get(completing)) / 1e6;
      all.add(ms);
      (p.index() < 10 ? firstTen : rest).add(ms);
      byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(ms);
    }
    int crossEvent = 0;
    for (String article : watcher.arrivals().keySet()) {
      if (article.startsWith("run-") && pairs.stream().noneMatch(p -> p.first().id().equals(article) || p.completing().id().equals(article))) crossEvent++;
    }
    System.out.println();
    System.out.println("=== Contradiction latency (completing article produced -> first contradiction naming it polled, read_committed) ===");
    System.out.printf("config: articles %d (%d events), rate %.1f/s (sent in %.1f s), commit.interval.ms %d, %s, %d stream thread(s), "
            + "lead %d, warm-up events %d, topology.warmup.ms %d%n", 2 * pairs.size(), pairs.size(), config.rate(), sendSeconds,
        config.commitIntervalMs(), config.processingGuarantee(), config.streamThreads(), config.lead(), config.warmupPairs(),
        config.topologyWarmupMs());
    System.out.println("offline check: " + check);
    System.out.println("all kinds: " + summary(all));
    for (Kind kind : Kind.values()) {
      List<Double> l = byKind.getOrDefault(kind, List.of());
      System.out.println("  " + kind + ": " + summary(l));
    }
    // A cold JIT shows in the first events; --warmup-pairs hides it, and this line shows how much it hides.
    System.out.println("  first 10 events: " + summary(firstTen) + "; the others: " + summary(rest));
    System.out.printf("events without a contradiction within %d ms of the last article: %d of %d%s%n", config.drainTimeoutMs(),
        missing.size(), pairs.size(), missing.isEmpty() ? "" : " " + missing.subList(0, Math.min(10, missing.size())));
    System.out.printf("contradictions before the completing article was sent: %d; contradiction records read: %d (%d distinct ids); "
        + "dead letters: %d%n", premature, watcher.records(), watcher.distinctContradictions(), deadLetters(stack));
    System.out.printf("streams app state: %s%s; load during run: %s; after: %s%n", app.state(),
        app.failure() == null ? "" : " (failed: " + app.failure() + ")", loadDuring, load());
    if (watcher.failure() != null) System.out.println("watcher failed: " + watcher.failure());
  }

  /** Each event's latency split into stages ({@link StageTrace}), for the first ten events and the others. */
  private static void reportStages(List<EventPair> pairs, Map<String, Long> sent, ContradictionWatcher watcher, StageTrace trace) {
    List<double[]> firstTen = new ArrayList<>();
    List<double[]> rest = new ArrayList<>();
    int untraced = 0;
    for (EventPair p : pairs) {
      String completing = p.completing().id();
      Long arrival = watcher.firstArrival(completing);
      double[] stages = arrival == null ? null : trace.stages(completing, sent.get(completing), arrival);
      if (stages == null) {
        untraced++;
        continue;
      }
      (p.index() < 10 ? firstTen : rest).add(stages);
    }
    System.out.printf("stages of the completing article (from the previous mark; %d events not traced):%n", untraced);
    StageTrace.report(firstTen, rest).forEach(System.out::println);
    if (!firstTen.isEmpty()) {
      System.out.println("  first 10, one line each (ms per stage):");
      for (double[] row : firstTen) {
        StringBuilder line = new StringBuilder("   ");
        for (double v : row) line.append(String.format(" %5.0f", v));
        System.out.println(line);
      }
    }
  }

  private static LatencySummary summary(List<Double> latenciesMs) {
    return LatencySummary.of(latenciesMs.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** Dead letters written during the run (read_committed, read to the end), or -1 when they could not be read. */
  private static long deadLetters(EmbeddedStack stack) {
    try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      TopicPartition dlq = new TopicPartition(Topics.ARTICLES_DLQ.name(), 0);
      c.assign(List.of(dlq));
      c.seekToBeginning(List.of(dlq));
      long end = c.endOffsets(List.of(dlq), Duration.ofSeconds(10)).get(dlq);
      long count = 0;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      // Offsets also count transaction markers, so read the records rather than subtract offsets.
      while (c.position(dlq) < end && System.nanoTime() < deadline) count += c.poll(Duration.ofMillis(200)).count();
      return count;
    } catch (RuntimeException e) {
      return -1;
    }
  }

  /** The machine's load averages (1, 5, 15 min) and run queue, from /proc/loadavg; other processes may be running. */
  static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim() + " on " + Runtime.getRuntime().availableProcessors() + " cores";
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("Could not delete " + dir + ": " + e.getMessage());
    }
  }
}
