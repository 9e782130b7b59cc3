package io.contraflow.benchmarks.throughput;

import io.contraflow.benchmarks.BenchFlags;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;
import org.apache.kafka.streams.StreamsConfig;

/** Settings of the throughput bench; on the command line {@code --fixed-rate 200} sets {@code fixed.rate}. */
public final class ThroughputBenchConfig extends AbstractConfig {
  public static final String STAGES = "stages";
  public static final String FIXED_RATE = "fixed.rate";
  public static final String FIXED_SECONDS = "fixed.seconds";
  public static final String STEP_SECONDS = "step.seconds";
  public static final String PASS_STEP_SECONDS = "pass.step.seconds";
  public static final String CONTRAFLOW_START_RATE = "contraflow.start.rate";
  public static final String PASS_START_RATE = "pass.start.rate";
  public static final String MAX_RATE = "max.rate";
  public static final String RATE_FACTOR = "rate.factor";
  public static final String REFINE_STEPS = "refine.steps";
  public static final String LATENCY_BOUND_MS = "latency.bound.ms";
  public static final String WARMUP_SECONDS = "warmup.seconds";
  public static final String WARMUP_RATE = "warmup.rate";
  public static final String RECOVER_SECONDS = "recover.seconds";
  public static final String LONG_STORIES = "long.stories";
  public static final String LONG_SHARE = "long.share";
  public static final String GIST = "gist";
  public static final String COMMIT_INTERVAL_MS = "commit.interval.ms";
  public static final String PROCESSING_GUARANTEE = "processing.guarantee";
  public static final String STREAM_THREADS = "stream.threads";
  public static final String ARTICLES_PARTITIONS = "articles.partitions";
  public static final String DETECTION_PARTITIONS = "detection.partitions";

  public static final ConfigDef CONFIG = new ConfigDef()
      .define(STAGES, Type.LIST, List.of("raw", "passthrough", "contraflow"), ConfigDef.ValidList.in("raw", "passthrough", "contraflow"),
          Importance.HIGH, "Which stages to run, in this order.")
      .define(FIXED_RATE, Type.DOUBLE, 200.0, Range.between(1, 100_000), Importance.HIGH,
          "The fixed rate every stage is measured at (articles/s), for latency, CPU and bytes per article side by side.")
      .define(FIXED_SECONDS, Type.INT, 15, Range.atLeast(1), Importance.HIGH, "How long the fixed-rate run of each stage lasts.")
      .define(STEP_SECONDS, Type.INT, 8, Range.atLeast(1), Importance.HIGH, "How long each step of Contraflow's rate search lasts.")
      .define(PASS_STEP_SECONDS, Type.INT, 4, Range.atLeast(1), Importance.MEDIUM,
          "How long each step of the two pass-throughs' rate searches lasts (their rates are high, so fewer seconds give as many samples).")
      .define(CONTRAFLOW_START_RATE, Type.DOUBLE, 100.0, Range.between(1, 100_000), Importance.MEDIUM,
          "Contraflow's rate search starts here and multiplies by rate.factor while the rate is sustained (divides, when the start rate is not).")
      .define(PASS_START_RATE, Type.DOUBLE, 500.0, Range.between(1, 100_000), Importance.MEDIUM,
          "The pass-throughs' rate searches start here.")
      .define(MAX_RATE, Type.DOUBLE, 4000.0, Range.between(1, 100_000), Importance.MEDIUM,
          "No search goes above this rate (a stage sustaining it is reported as 'at least').")
      .define(RATE_FACTOR, Type.DOUBLE, 1.5, Range.between(1.05, 10), Importance.LOW, "Each search step multiplies the rate by this.")
      .define(REFINE_STEPS, Type.INT, 1, Range.atLeast(0), Importance.LOW,
          "Bisection steps (geometric mean) between the last sustained rate and the first that was not.")
      .define(LATENCY_BOUND_MS, Type.LONG, 2000L, Range.atLeast(1), Importance.MEDIUM,
          "A rate is sustained when the p99 latency of the step's second half and the time to drain after it stay under this.")
      .define(WARMUP_SECONDS, Type.INT, 4, Range.atLeast(0), Importance.LOW,
          "Each stage first runs this long at warmup.rate, not counted (JIT, first registry requests, first transactions).")
      .define(WARMUP_RATE, Type.DOUBLE, 50.0, Range.between(1, 100_000), Importance.LOW,
          "The warm-up's rate (at most fixed.rate): low, so that a stage slower than the fixed rate starts the measurements without a backlog.")
      .define(RECOVER_SECONDS, Type.INT, 120, Range.atLeast(0), Importance.LOW,
          "After a step that did not drain within its timeout, how long to wait for the backlog to clear before the next step.")
      .define(LONG_STORIES, Type.INT, 3, Range.atLeast(0), Importance.LOW, "Stories that never end, besides the many small ones.")
      .define(LONG_SHARE, Type.DOUBLE, 0.25, Range.between(0, 1), Importance.LOW, "Share of the articles that belong to the long stories.")
      .define(GIST, Type.BOOLEAN, true, Importance.MEDIUM,
          "Embed each article's gist with the MiniLM sentence model, as the streams app does (false: ClaimExtractor.englishWithoutGist(): "
              + "extraction, claims and word features only, about 3x cheaper).")
      .define(COMMIT_INTERVAL_MS, Type.LONG, 100L, Range.atLeast(0), Importance.MEDIUM, "The streams apps' commit.interval.ms.")
      .define(PROCESSING_GUARANTEE, Type.STRING, StreamsConfig.EXACTLY_ONCE_V2,
          ValidString.in(StreamsConfig.EXACTLY_ONCE_V2, StreamsConfig.AT_LEAST_ONCE), Importance.MEDIUM,
          "The streams apps' processing.guarantee.")
      .define(STREAM_THREADS, Type.INT, 1, Range.atLeast(1), Importance.LOW, "The streams apps' num.stream.threads.")
      .define(ARTICLES_PARTITIONS, Type.INT, 1, Range.atLeast(1), Importance.LOW,
          "Partitions of the articles topic (the catalogue's is 1): extraction runs in one task per partition, so more than "
              + "one lets extraction run on every stream thread; the grouping stage then sees the articles in the order the "
              + "extraction tasks finish them rather than in the order they were ingested.")
      .define(DETECTION_PARTITIONS, Type.INT, 1, Range.atLeast(1), Importance.LOW,
          "Contraflow's detection.partitions: partitions of its by-event repartition topic, one detection task each.");

  public ThroughputBenchConfig(Map<?, ?> originals) {
    super(CONFIG, originals, false);
  }

  public static ThroughputBenchConfig fromArgs(List<String> args) {
    return new ThroughputBenchConfig(BenchFlags.parse(CONFIG, args));
  }

  public List<String> stages() { return getList(STAGES); }
  public double fixedRate() { return getDouble(FIXED_RATE); }
  public int fixedSeconds() { return getInt(FIXED_SECONDS); }
  public int stepSeconds() { return getInt(STEP_SECONDS); }
  public int passStepSeconds() { return getInt(PASS_STEP_SECONDS); }
  public double contraflowStartRate() { return getDouble(CONTRAFLOW_START_RATE); }
  public double passStartRate() { return getDouble(PASS_START_RATE); }
  public double maxRate() { return getDouble(MAX_RATE); }
  public double rateFactor() { return getDouble(RATE_FACTOR); }
  public int refineSteps() { return getInt(REFINE_STEPS); }
  public long latencyBoundMs() { return getLong(LATENCY_BOUND_MS); }
  public int warmupSeconds() { return getInt(WARMUP_SECONDS); }
  public double warmupRate() { return getDouble(WARMUP_RATE); }
  public int recoverSeconds() { return getInt(RECOVER_SECONDS); }
  public int articlesPartitions() { return getInt(ARTICLES_PARTITIONS); }
  public int detectionPartitions() { return getInt(DETECTION_PARTITIONS); }
  public int longStories() { return getInt(LONG_STORIES); }
  public double longShare() { return getDouble(LONG_SHARE); }
  public boolean gist() { return getBoolean(GIST); }
  public long commitIntervalMs() { return getLong(COMMIT_INTERVAL_MS); }
  public String processingGuarantee() { return getString(PROCESSING_GUARANTEE); }
  public int streamThreads() { return getInt(STREAM_THREADS); }
}
