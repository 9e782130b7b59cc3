package io.contraflow.streams;

import io.contraflow.streams.errors.DeadLetterDeserializationHandler;
import io.contraflow.streams.errors.DeadLetterProcessingHandler;
import io.contraflow.streams.errors.DeadLetterProductionHandler;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
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
              + "with extraction warmed alone, the first ten contradictions after a start took 1.3 s at p99. 0 disables it.");

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
