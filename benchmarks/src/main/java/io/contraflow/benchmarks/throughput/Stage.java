package io.contraflow.benchmarks.throughput;

import io.contraflow.analysis.claims.ClaimExtractor;
import io.contraflow.benchmarks.latency.ContradictionWatcher;
import io.contraflow.schemas.Article;
import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.Topic;
import io.contraflow.schemas.Topics;
import io.contraflow.streams.ContraflowStreamsApp;
import io.contraflow.streams.StreamsAppConfig;
import io.contraflow.streams.TopologySettings;
import io.contraflow.streams.bounds.RecordLimits;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * One of the three things the throughput bench measures on the same broker with the same articles: where the articles
 * are produced, when the output for an article arrived, and whether everything sent has been dealt with.
 */
public interface Stage extends AutoCloseable {
  String name();

  /** The topic the bench produces the articles to. */
  String inputTopic();

  /** When the first output naming {@code articleId} was read (nanoTime), or null. */
  Long outputArrival(String articleId);

  /** When the first contradiction naming {@code articleId} was read, or null (null always for a pass-through). */
  default Long contradictionArrival(String articleId) {
    return null;
  }

  /** True when the stage has finished with every article in {@code sent}. */
  boolean drained(List<String> sent) throws Exception;

  @Override
  void close() throws Exception;

  /** Every article's output arrived. */
  static boolean allArrived(Stage stage, List<String> sent) {
    for (int i = sent.size() - 1; i >= 0; i--) if (stage.outputArrival(sent.get(i)) == null) return false;
    return true;
  }

  /** Properties of a streams app with Contraflow's settings (exactly-once, commit interval, handlers), its own id. */
  static Map<String, Object> streamsSettings(String applicationId, String bootstrap, String registry, ThroughputBenchConfig config,
                                             String stateDir) {
    Map<String, Object> c = new HashMap<>();
    c.put(StreamsAppConfig.APPLICATION_ID, applicationId);
    c.put(StreamsAppConfig.BOOTSTRAP_SERVERS, bootstrap);
    c.put(StreamsAppConfig.SCHEMA_REGISTRY_URL, registry);
    c.put(StreamsAppConfig.PROCESSING_GUARANTEE, config.processingGuarantee());
    c.put(StreamsAppConfig.COMMIT_INTERVAL_MS, config.commitIntervalMs());
    c.put(StreamsAppConfig.STATE_DIR, stateDir);
    c.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.streamThreads());
    c.put(StreamsAppConfig.DETECTION_PARTITIONS, config.detectionPartitions());
    return c;
  }

  /** (1) A plain producer to a consumer: the consumer decodes every article with the project's serde. */
  final class Raw implements Stage {
    public static final Topic<String, Article> TOPIC = new Topic<>("tp-raw-articles", String.class, Article.class, 1, false);
    private final ArrivalWatcher<Article> consumer;

    public Raw(String bootstrap, Map<String, Object> serdeConfig) {
      consumer = new ArrivalWatcher<>(bootstrap, TOPIC.name(), TOPIC.partitions(), false, TOPIC.keySerde(serdeConfig).deserializer(),
          TOPIC.valueSerde(serdeConfig).deserializer(), r -> List.of(r.key()));
    }

    @Override public String name() { return "raw producer->consumer"; }
    @Override public String inputTopic() { return TOPIC.name(); }
    @Override public Long outputArrival(String articleId) { return consumer.arrival(articleId); }
    @Override public boolean drained(List<String> sent) { return allArrived(this, sent); }
    @Override public void close() throws Exception { consumer.close(); }
  }

  /** (2) A Kafka Streams app that reads each article and writes it on, with Contraflow's settings and serdes. */
  final class PassThrough implements Stage {
    public static final Topic<String, Article> IN = new Topic<>("tp-pass-articles", String.class, Article.class, 1, false);
    public static final Topic<String, Article> OUT = new Topic<>("tp-pass-out", String.class, Article.class, 1, false);
    private final KafkaStreams streams;
    private final ArrivalWatcher<byte[]> output;

    public PassThrough(Map<String, Object> settings, Map<String, Object> serdeConfig, String bootstrap) throws InterruptedException {
      Properties props = new StreamsAppConfig(settings).toStreamsProperties();
      StreamsBuilder builder = new StreamsBuilder();
      builder.stream(IN.name(), Consumed.with(IN.keySerde(serdeConfig), IN.valueSerde(serdeConfig)).withName("articles"))
          .mapValues(article -> article, Named.as("pass"))
          .to(OUT.name(), Produced.with(OUT.keySerde(serdeConfig), OUT.valueSerde(serdeConfig)).withName("to-out"));
      streams = new KafkaStreams(builder.build(props), props);
      java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(1);
      streams.setStateListener((now, before) -> {
        if (now == KafkaStreams.State.RUNNING) running.countDown();
      });
      streams.start();
      if (!running.await(120, java.util.concurrent.TimeUnit.SECONDS)) throw new IllegalStateException("pass-through app not RUNNING");
      output = new ArrivalWatcher<>(bootstrap, OUT.name(), OUT.partitions(), true, OUT.keySerde(serdeConfig).deserializer(),
          new ByteArrayDeserializer(), r -> List.of(r.key()));
    }

    @Override public String name() { return "pass-through streams app"; }
    @Override public String inputTopic() { return IN.name(); }
    @Override public Long outputArrival(String articleId) { return output.arrival(articleId); }
    @Override public boolean drained(List<String> sent) { return allArrived(this, sent); }

    @Override
    public void close() throws Exception {
      output.close();
      streams.close(Duration.ofSeconds(30));
    }
  }

  /**
   * (3) Contraflow's topology, as the streams app runs it. An article's output is its claims on {@code claims} (after
   * extraction and grouping); it is done when the app's consumer group has committed everything on every topic it reads
   * (so detection, the last subtopology, has caught up too). Contradictions are watched as the dashboard reads them.
   */
  final class Contraflow implements Stage {
    /** Under exactly-once a transaction marker can follow the last record a group committed; allow two a partition. */
    private static final int MARKERS_PER_PARTITION = 2;
    private final ContraflowStreamsApp app;
    private final Admin admin;
    private final String applicationId;
    private final ArrivalWatcher<byte[]> claims;
    private final ArrivalWatcher<Contradiction> contradictions;

    public Contraflow(Map<String, Object> settings, Map<String, Object> serdeConfig, String bootstrap, Admin admin, boolean gist)
        throws InterruptedException {
      this.admin = admin;
      this.applicationId = (String) settings.get(StreamsAppConfig.APPLICATION_ID);
      StreamsAppConfig config = new StreamsAppConfig(settings);
      if (gist) {
        app = new ContraflowStreamsApp(config);
      } else {
        ClaimExtractor extractor = ClaimExtractor.englishWithoutGist();
        extractor.warmUp(Duration.ofMillis(config.extractionWarmUpMs()));
        Map<String, Object> noWarmUp = new HashMap<>(settings);
        noWarmUp.put(StreamsAppConfig.EXTRACTION_WARM_UP_MS, 0L);
        noWarmUp.put(StreamsAppConfig.TOPOLOGY_WARM_UP_MS, 0L);
        TopologySettings topology = TopologySettings.from(new StreamsAppConfig(noWarmUp)).withExtraction(extractor::analyze)
            .withRecordLimit(RecordLimits.producerLimit(config.originals()));
        app = new ContraflowStreamsApp(config, topology);
      }
      claims = new ArrivalWatcher<>(bootstrap, Topics.CLAIMS.name(), Topics.CLAIMS.partitions(), true,
          Topics.CLAIMS.keySerde(serdeConfig).deserializer(), new ByteArrayDeserializer(), r -> List.of(r.key()));
      contradictions = new ArrivalWatcher<>(bootstrap, Topics.CONTRADICTIONS.name(), Topics.CONTRADICTIONS.partitions(), true,
          Topics.CONTRADICTIONS.keySerde(serdeConfig).deserializer(), Topics.CONTRADICTIONS.valueSerde(serdeConfig).deserializer(),
          r -> r.value() == null ? List.of() : ContradictionWatcher.articlesOf(r.value()));
      app.start();
      if (!app.awaitRunning(Duration.ofSeconds(180))) throw new IllegalStateException("Contraflow not RUNNING: " + app.failure());
    }

    @Override public String name() { return "Contraflow topology"; }
    @Override public String inputTopic() { return Topics.ARTICLES.name(); }
    @Override public Long outputArrival(String articleId) { return claims.arrival(articleId); }
    @Override public Long contradictionArrival(String articleId) { return contradictions.arrival(articleId); }

    @Override
    public boolean drained(List<String> sent) throws Exception {
      if (app.failure() != null) throw new IllegalStateException("Contraflow failed", app.failure());
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata().get();
      if (committed.isEmpty()) return false;
      Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
          admin.listOffsets(committed.keySet().stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()))).all().get();
      long lag = 0;
      for (var e : committed.entrySet()) lag += Math.max(0, ends.get(e.getKey()).offset() - (e.getValue() == null ? 0 : e.getValue().offset()));
      return lag <= (long) MARKERS_PER_PARTITION * committed.size();
    }

    @Override
    public void close() throws Exception {
      claims.close();
      contradictions.close();
      app.close();
    }
  }
}
