package io.contraflow.streams;

import io.contraflow.streams.errors.DeadLetterDeserializationHandler;
import io.contraflow.streams.errors.DeadLetterProcessingHandler;
import io.contraflow.streams.errors.DeadLetterProductionHandler;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Every setting of the streams application, declared once with its default and documentation. Settings Kafka
 * Streams itself does not know (schema registry, analysis limits) feed {@link TopologySettings}; the rest, and any
 * other Kafka Streams/client setting passed in, go into {@link #toStreamsProperties()}.
 */
public final class StreamsAppConfig extends AbstractConfig {
  public static final String APPLICATION_ID = StreamsConfig.APPLICATION_ID_CONFIG;
  public static final String BOOTSTRAP_SERVERS = StreamsConfig.BOOTSTRAP_SERVERS_CONFIG;
  public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
  public static final String PROCESSING_GUARANTEE = StreamsConfig.PROCESSING_GUARANTEE_CONFIG;
  public static final String COMMIT_INTERVAL_MS = StreamsConfig.COMMIT_INTERVAL_MS_CONFIG;
  public static final String STATE_DIR = StreamsConfig.STATE_DIR_CONFIG;
  public static final String EVENT_STALE_AFTER_MS = "event.stale.after.ms";
  public static final String EVENT_CLAIMS_MAX = "event.claims.max";
  public static final String EXTRACTION_WARM_UP_MS = "extraction.warmup.ms";
  public static final String TOPOLOGY_WARM_UP_MS = "topology.warmup.ms";
  public static final String NUM_STREAM_THREADS = StreamsConfig.NUM_STREAM_THREADS_CONFIG;
  public static final String GROUPING_PARTITIONS = "grouping.partitions";
  public static final String DETECTION_PARTITIONS = "detection.partitions";
  public static final String COMPRESSION_TYPE = StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG);
  public static final String PRODUCER_RETRY_BACKOFF_MS = StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MS_CONFIG);

  public static final ConfigDef CONFIG = new ConfigDef()
      .define(APPLICATION_ID, Type.STRING, "contraflow", new ConfigDef.NonEmptyString(), Importance.HIGH,
          "Kafka Streams application id: the consumer group, and the prefix of internal topics and state directories. "
              + "Give each independent run (e.g. `contraflow analyze`) its own.")
      .define(BOOTSTRAP_SERVERS, Type.STRING, "localhost:9092", new ConfigDef.NonEmptyString(), Importance.HIGH,
          "Kafka brokers to connect to.")
      .define(SCHEMA_REGISTRY_URL, Type.STRING, "http://localhost:8081/apis/ccompat/v7", new ConfigDef.NonEmptyString(), Importance.HIGH,
          "Confluent-compatible schema registry base URL; `mock://NAME` uses an in-memory registry (tests).")
      .define(PROCESSING_GUARANTEE, Type.STRING, StreamsConfig.EXACTLY_ONCE_V2,
          ValidString.in(StreamsConfig.EXACTLY_ONCE_V2, StreamsConfig.AT_LEAST_ONCE), Importance.MEDIUM,
          "exactly_once_v2 so that a restart never publishes a contradiction revision twice or loses an event-profile update; "
              + "at_least_once for brokers without transactions.")
      .define(COMMIT_INTERVAL_MS, Type.LONG, 100L, Range.atLeast(0), Importance.MEDIUM,
          "How often to commit. Under exactly-once, output becomes visible to read_committed readers (the dashboard, `tail`) "
              + "only at commit, so this bounds the latency of a contradiction: 100 ms keeps it below a human's notice "
              + "at the cost of a transaction per 100 ms, which is cheap at news rates.")
      .define(STATE_DIR, Type.STRING, Path.of(System.getProperty("java.io.tmpdir"), "contraflow-streams").toString(),
          Importance.MEDIUM, "Directory for local state stores (RocksDB).")
      .define(EVENT_STALE_AFTER_MS, Type.LONG, Duration.ofDays(7).toMillis(), Range.atLeast(1), Importance.MEDIUM,
          "How long an event stays open for new articles without coverage; the event grouper decides eviction from it.")
      .define(EVENT_CLAIMS_MAX, Type.INT, 2000, Range.atLeast(1), Importance.MEDIUM,
          "Claims kept per event for contradiction detection (most recent kept): beyond it the oldest articles' claims are "
              + "dropped in a batch, down to three quarters of it, so an event at the cap is rebuilt once per batch; bounds "
              + "state size and detection time.")
      .define(EXTRACTION_WARM_UP_MS, Type.LONG, 3000L, Range.atLeast(0), Importance.LOW,
          "How long claim extraction runs on a built-in sample before the application starts, so the JIT has compiled it "
              + "before the first article: cold, the first contradictions take about 0.9 s instead of 0.37 s. 0 disables it.")
      .define(TOPOLOGY_WARM_UP_MS, Type.LONG, 3000L, Range.atLeast(0), Importance.LOW,
          "How long the application runs its own topology, in-process and off the cluster, on a built-in sample story "
              + "before it starts, so that grouping, detection, the serdes and the state stores are compiled and warm too: "
              + "with extraction warmed alone, the first ten contradictions after a start took 1.3 s at p99. 0 disables it.")
      .define(NUM_STREAM_THREADS, Type.INT, 1, Range.atLeast(1), Importance.MEDIUM,
          "Stream threads in this instance. A thread runs whole tasks, one per partition of each part of the topology: "
              + "extraction one per `articles` partition, grouping one per `grouping.partitions`, detection one per "
              + "`detection.partitions`; with the default single partitions there are three, so a second thread can only "
              + "take grouping or detection off the extraction thread: of the 19 ms of stream-thread CPU an article costs, "
              + "two threads carried 13.4 and 5.6 ms (11.8 and 8.0 with two `articles` partitions), 75-85 articles/s "
              + "instead of 53 when each has a core. On the 2-core benchmark machine, with the broker, its clients and the "
              + "JIT in the same process and other work beside it, none had: one thread sustained 24.5-55 articles/s and "
              + "two 24.5-36.7 (benchmarks/README.md, 30 Nov 2026), so the default stays 1. Raise it with spare cores, "
              + "and give `articles` at least as many partitions as threads to spread extraction itself.")
      .define(GROUPING_PARTITIONS, Type.INT, 1, Range.atLeast(1), Importance.LOW,
          "Partitions of the `by-language` topic event grouping reads: grouping must see every article of a language, so "
              + "each language goes to one partition (one task) whatever this is, and more only spreads several languages. "
              + "The stage does the grouping decision only (claims are extracted before it, contradictions detected after "
              + "it): 1.7-2.1 ms of CPU an article against 340-500 open events (GroupingStageBench), so one partition keeps "
              + "up with about 500 articles/s, several times what one extraction thread does. Set it explicitly rather than "
              + "from `articles`, whose partitions would each make an idle grouping task. Changing it for an existing "
              + "application id needs its internal topics reset (`kafka-streams-application-reset`).")
      .define(DETECTION_PARTITIONS, Type.INT, 1, Range.atLeast(1), Importance.LOW,
          "Partitions of the `by-event` topic contradiction detection reads, one detection task each. Events are "
              + "independent, so detection spreads over threads and instances with this. Default 1: detection is not what "
              + "limits one machine (extraction is), and with one partition `contradictions` receives its records in article "
              + "order; with several, records of different events interleave in the order the tasks finish them (each "
              + "contradiction's own revisions stay in order, as the compacted topic needs). Changing it for an existing "
              + "application id needs its internal topics reset.")
      .define(COMPRESSION_TYPE, Type.STRING, "lz4", ValidString.in("none", "gzip", "snappy", "lz4", "zstd"), Importance.LOW,
          "How the application's producer compresses what it writes: repartition topics, store changelogs and outputs, "
              + "which are mostly English sentences and repeated field values, batched per 100 ms commit. lz4 took the bytes "
              + "written per article from about 95 KB to 32 KB in the throughput bench with no measurable change in CPU "
              + "(18.1-18.8 ms of stream-thread CPU an article before, 18.4-18.6 after); readers decompress without any "
              + "setting. `none` writes them as before.")
      .define(PRODUCER_RETRY_BACKOFF_MS, Type.LONG, 20L, Range.atLeast(0), Importance.LOW,
          "The application's producer's retry.backoff.ms (Kafka's default is 100). The producer learns the consumer "
              + "group's coordinator only at the first commit after a start, and the Kafka client sleeps this long before "
              + "sending the commit's offsets to it, holding the stream thread: with 100 ms the first commit took about "
              + "190 ms and the first ten contradictions after a start queued behind it (benchmarks/README.md, cold start). "
              + "20 ms is the back-off the Kafka client itself uses when a partition is added to a transaction that is still "
              + "completing; produce and metadata retries grow from it exponentially up to retry.backoff.max.ms (1 s).");

  public StreamsAppConfig(Map<?, ?> originals) {
    super(CONFIG, originals, false);
  }

  public String applicationId() { return getString(APPLICATION_ID); }
  public String bootstrapServers() { return getString(BOOTSTRAP_SERVERS); }
  public String schemaRegistryUrl() { return getString(SCHEMA_REGISTRY_URL); }
  public Duration eventStaleAfter() { return Duration.ofMillis(getLong(EVENT_STALE_AFTER_MS)); }
  public int eventClaimsMax() { return getInt(EVENT_CLAIMS_MAX); }
  public long extractionWarmUpMs() { return getLong(EXTRACTION_WARM_UP_MS); }
  public long topologyWarmUpMs() { return getLong(TOPOLOGY_WARM_UP_MS); }
  public int groupingPartitions() { return getInt(GROUPING_PARTITIONS); }
  public int detectionPartitions() { return getInt(DETECTION_PARTITIONS); }

  /**
   * What every serde of the topology is configured with: the registry URL, and any other {@code schema.registry.*}
   * setting given (e.g. {@code schema.registry.retry.ms}, declared by the serdes' own AvroSerdeConfig).
   */
  public Map<String, Object> serdeConfig() {
    Map<String, Object> serde = new java.util.HashMap<>();
    originals().forEach((k, v) -> {
      if (k.startsWith("schema.registry.")) serde.put(k, v);
    });
    serde.put(SCHEMA_REGISTRY_URL, schemaRegistryUrl());
    return serde;
  }

  /**
   * The one place the Kafka Streams properties are built: our declared settings, the dead-letter exception
   * handlers, and any other setting the caller passed (e.g. {@code num.stream.threads}) unchanged.
   */
  public Properties toStreamsProperties() {
    Properties p = new Properties();
    p.putAll(originals());
    p.put(APPLICATION_ID, applicationId());
    p.put(BOOTSTRAP_SERVERS, bootstrapServers());
    p.put(SCHEMA_REGISTRY_URL, schemaRegistryUrl());
    p.put(PROCESSING_GUARANTEE, getString(PROCESSING_GUARANTEE));
    p.put(COMMIT_INTERVAL_MS, getLong(COMMIT_INTERVAL_MS));
    p.put(STATE_DIR, getString(STATE_DIR));
    p.put(EVENT_STALE_AFTER_MS, getLong(EVENT_STALE_AFTER_MS));
    p.put(EVENT_CLAIMS_MAX, eventClaimsMax());
    p.put(EXTRACTION_WARM_UP_MS, extractionWarmUpMs());
    p.put(TOPOLOGY_WARM_UP_MS, topologyWarmUpMs());
    p.put(NUM_STREAM_THREADS, getInt(NUM_STREAM_THREADS));
    p.put(GROUPING_PARTITIONS, groupingPartitions());
    p.put(DETECTION_PARTITIONS, detectionPartitions());
    p.put(COMPRESSION_TYPE, getString(COMPRESSION_TYPE));
    p.put(PRODUCER_RETRY_BACKOFF_MS, getLong(PRODUCER_RETRY_BACKOFF_MS));
    // Nothing is dropped silently: undecodable input, failing processors and unsendable output go to articles-dlq.
    p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class.getName());
    p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class.getName());
    p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class.getName());
    p.putIfAbsent(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true); // the 5.0 default, now
    return p;
  }

  /** The configuration table for the README. */
  public static String documentation() {
    return CONFIG.toEnrichedRst();
  }
}
