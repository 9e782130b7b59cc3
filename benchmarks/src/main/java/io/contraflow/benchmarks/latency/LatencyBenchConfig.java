package io.contraflow.benchmarks.latency;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Settings of the end-to-end latency bench. On the command line each is a flag with dashes for dots:
 * {@code --commit-interval-ms 100} sets {@code commit.interval.ms}.
 */
public final class LatencyBenchConfig extends AbstractConfig {
  public static final String ARTICLES = "articles";
  public static final String RATE = "rate";
  public static final String COMMIT_INTERVAL_MS = "commit.interval.ms";
  public static final String PROCESSING_GUARANTEE = "processing.guarantee";
  public static final String WARMUP_PAIRS = "warmup.pairs";
  public static final String LEAD = "lead";
  public static final String DRAIN_TIMEOUT_MS = "drain.timeout.ms";
  public static final String STREAM_THREADS = "stream.threads";
  public static final String TOPOLOGY_WARMUP_MS = "topology.warmup.ms";
  public static final String STAGE_TRACE = "stage.trace";

  public static final ConfigDef CONFIG = new ConfigDef()
      .define(ARTICLES, Type.INT, 400, Range.atLeast(2), Importance.HIGH,
          "Articles produced in the measured run: half open events, half complete a contradiction (one latency sample each).")
      .define(RATE, Type.DOUBLE, 20.0, Range.between(0.1, 10_000), Importance.HIGH, "Articles produced per second (fixed rate).")
      .define(COMMIT_INTERVAL_MS, Type.LONG, 100L, Range.atLeast(0), Importance.HIGH,
          "The streams app's commit.interval.ms: under exactly-once, output is visible to read_committed readers only at commit.")
      .define(PROCESSING_GUARANTEE, Type.STRING, StreamsConfig.EXACTLY_ONCE_V2,
          ValidString.in(StreamsConfig.EXACTLY_ONCE_V2, StreamsConfig.AT_LEAST_ONCE), Importance.MEDIUM,
          "The streams app's processing.guarantee.")
      .define(WARMUP_PAIRS, Type.INT, 20, Range.atLeast(0), Importance.MEDIUM,
          "Events sent and awaited before the measured run and not counted, so that the JIT and the stores are warm.")
      .define(LEAD, Type.INT, 5, Range.atLeast(1), Importance.LOW,
          "How many events ahead first articles run of completing ones (the gap between them is about 2 x lead articles).")
      .define(DRAIN_TIMEOUT_MS, Type.LONG, 20_000L, Range.atLeast(0), Importance.LOW,
          "How long to wait after the last article for contradictions still on their way.")
      .define(STREAM_THREADS, Type.INT, 1, Range.atLeast(1), Importance.LOW, "The streams app's num.stream.threads.")
      .define(TOPOLOGY_WARMUP_MS, Type.LONG, 3000L, Range.atLeast(0), Importance.LOW,
          "The streams app's topology.warmup.ms (its own topology run on a sample story before it starts); 0 to measure "
              + "a start without it.")
      .define(STAGE_TRACE, Type.BOOLEAN, false, Importance.LOW,
          "Also watch the repartition topics and contradictions, committed and not, and report the time of each stage "
              + "for the first ten events and the others (five more consumers run during the measurement).");

  public LatencyBenchConfig(Map<?, ?> originals) {
    super(CONFIG, originals, false);
  }

  /** Parses {@code --name value} pairs; {@code --help} is handled by the caller. */
  public static LatencyBenchConfig fromArgs(List<String> args) {
    return new LatencyBenchConfig(io.contraflow.benchmarks.BenchFlags.parse(CONFIG, args));
  }

  public int articles() { return getInt(ARTICLES); }
  public double rate() { return getDouble(RATE); }
  public long commitIntervalMs() { return getLong(COMMIT_INTERVAL_MS); }
  public String processingGuarantee() { return getString(PROCESSING_GUARANTEE); }
  public int warmupPairs() { return getInt(WARMUP_PAIRS); }
  public int lead() { return getInt(LEAD); }
  public long drainTimeoutMs() { return getLong(DRAIN_TIMEOUT_MS); }
  public int streamThreads() { return getInt(STREAM_THREADS); }
  public long topologyWarmupMs() { return getLong(TOPOLOGY_WARMUP_MS); }
  public boolean stageTrace() { return getBoolean(STAGE_TRACE); }
}
