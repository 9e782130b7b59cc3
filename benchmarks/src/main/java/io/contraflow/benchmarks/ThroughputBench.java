package io.contraflow.benchmarks;

import io.contraflow.analysis.ArticleText;
import io.contraflow.benchmarks.latency.LatencySummary;
import io.contraflow.benchmarks.throughput.Meters;
import io.contraflow.benchmarks.throughput.Stage;
import io.contraflow.benchmarks.throughput.StepResult;
import io.contraflow.benchmarks.throughput.StoryMix;
import io.contraflow.benchmarks.throughput.ThroughputBenchConfig;
import io.contraflow.embedded.EmbeddedStack;
import io.contraflow.schemas.Article;
import io.contraflow.schemas.Topic;
import io.contraflow.schemas.Topics;
import io.contraflow.streams.StreamsAppConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Throughput of Contraflow beside Kafka itself, in one process and one run on the same embedded broker and registry:
 * (1) a plain producer to a consumer, (2) a Kafka Streams app passing each article through with Contraflow's
 * exactly-once settings and serdes, (3) Contraflow's topology. Each is fed the same generated articles ({@link StoryMix}:
 * many small stories, a few long ones) at rising rates until one is not sustained (latency or drain over the bound;
 * falling rates when the first is not), with a bisection step, then at a fixed rate; the report gives articles/s, latency, CPU and bytes per article, and
 * Contraflow's figures as ratios to the other two.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.contraflow.benchmarks.ThroughputBench [--fixed-rate 200] [--help]</pre>
 */
public final class ThroughputBench {
  private static final double MIN_RATE = 2;

  private final ThroughputBenchConfig config;
  private final List<ArticleText> pool = new ArrayList<>();
  private final StoryMix continuation;
  private KafkaProducer<String, Article> producer;
  private Meters meters;

  private ThroughputBench(ThroughputBenchConfig config) {
    this.config = config;
    this.continuation = new StoryMix(42, config.longStories(), config.longShare());
  }

  public static void main(String[] args) throws Exception {
    ThroughputBenchConfig config = BenchFlags.settingsOrExit(args, ThroughputBenchConfig.CONFIG, ThroughputBenchConfig::fromArgs);
    if (config == null) return;
    System.exit(new ThroughputBench(config).run() ? 0 : 1);
  }

  boolean run() throws Exception {
    long generating = System.nanoTime();
    int poolSize = 4_000;
    for (int i = 0; i < poolSize; i++) pool.add(continuation.next("pool-", Instant.EPOCH));
    System.out.printf("Generated %d articles in %.1f s (avg %.0f words); load %s%n", poolSize, (System.nanoTime() - generating) / 1e9,
        pool.stream().mapToInt(a -> a.body().split("\\s+").length).average().orElse(0), ContradictionLatencyBench.load());
    Path stateDir = Files.createTempDirectory("contraflow-throughput-bench");
    Map<String, List<StepResult>> results = new LinkedHashMap<>();
    try (EmbeddedStack stack = EmbeddedStack.start(0, 0);
         Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
      List<Topic<String, ?>> topics = new ArrayList<>(Topics.all());
      topics.addAll(List.of(Stage.Raw.TOPIC, Stage.PassThrough.IN, Stage.PassThrough.OUT));
      stack.kafka().createTopics(topics.stream().map(t -> t == Topics.ARTICLES
          ? new Topic<>(t.name(), t.keyType(), t.valueType(), config.articlesPartitions(), t.compacted()).newTopic()
          : t.newTopic()).toList());
      Map<String, Object> serdeConfig = Map.of(StreamsAppConfig.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl());
      meters = new Meters(admin);
      producer = producer(stack.bootstrapServers(), serdeConfig);
      try {
        for (String which : config.stages()) {
          String appId = "throughput-" + which + "-" + System.currentTimeMillis();
          Map<String, Object> settings = Stage.streamsSettings(appId, stack.bootstrapServers(), stack.schemaRegistryUrl(), config,
              stateDir.resolve(which).toString());
          System.out.printf("%n--- %s: starting (load %s)%n", which, ContradictionLatencyBench.load());
          try (Stage stage = switch (which) {
            case "raw" -> new Stage.Raw(stack.bootstrapServers(), serdeConfig);
            case "passthrough" -> new Stage.PassThrough(settings, serdeConfig, stack.bootstrapServers());
            default -> new Stage.Contraflow(settings, serdeConfig, stack.bootstrapServers(), admin, config.gist());
          }) {
            results.put(which, measure(stage, which));
          }
        }
      } finally {
        producer.close();
      }
    } finally {
      try (var walk = Files.walk(stateDir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    report(results);
    return true;
  }

  /** Warm-up, the rate search, then the fixed rate; the steps measured, the fixed rate's first. */
  private List<StepResult> measure(Stage stage, String which) throws Exception {
    boolean contraflow = which.equals("contraflow");
    ArticleFeed feed = new ArticleFeed(which, contraflow);
    List<StepResult> steps = new ArrayList<>();
    if (config.warmupSeconds() > 0) {
      StepResult warm = step(stage, feed, "warm-up", Math.min(config.fixedRate(), config.warmupRate()), config.warmupSeconds());
      System.out.println("  (not counted) " + warm.line());
    }
    int seconds = contraflow ? config.stepSeconds() : config.passStepSeconds();
    double rate = contraflow ? config.contraflowStartRate() : config.passStartRate();
    double good = 0;
    double bad = 0;
    while (rate <= config.maxRate() && rate >= MIN_RATE) {
      StepResult r = print(step(stage, feed, "search", rate, seconds));
      steps.add(r);
      if (r.sustained()) {
        good = rate;
        if (bad > 0) break; // came down from a rate that was not sustained
        rate *= config.rateFactor();
      } else {
        bad = rate;
        if (good > 0) break;
        rate /= config.rateFactor(); // not even the start rate: search downwards
      }
    }
    for (int i = 0; i < config.refineSteps() && good > 0 && bad > 0; i++) {
      double mid = Math.sqrt(good * bad);
      StepResult r = print(step(stage, feed, "refine", mid, seconds));
      steps.add(r);
      if (r.sustained()) good = mid;
      else bad = mid;
    }
    // Last: a stage slower than the fixed rate leaves a backlog behind it, and nothing is measured after it.
    steps.add(0, print(step(stage, feed, "fixed", config.fixedRate(), config.fixedSeconds())));
    return steps;
  }

  private static StepResult print(StepResult r) {
    System.out.println("  " + r.line());
    return r;
  }

  /** Feeds {@code stage} at {@code rate} for {@code seconds}, waits for it to drain, and measures. */
  private StepResult step(Stage stage, ArticleFeed feed, String label, double rate, int seconds) throws Exception {
    int n = (int) Math.round(rate * seconds);
    String loadBefore = ContradictionLatencyBench.load().split(" ")[0];
    Meters.Reading before = meters.read();
    long interval = (long) (1e9 / rate);
    List<String> ids = new ArrayList<>(n);
    long[] sentAt = new long[n];
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      long due = start + i * interval;
      long wait;
      while ((wait = due - System.nanoTime()) > 0) LockSupport.parkNanos(wait);
      Article article = feed.next(Instant.now());
      String id = article.getId();
      ids.add(id);
      sentAt[i] = System.nanoTime();
      producer.send(new ProducerRecord<>(stage.inputTopic(), id, article));
    }
    producer.flush();
    long sendEnd = System.nanoTime();
    long bound = config.latencyBoundMs();
    long deadline = sendEnd + TimeUnit.MILLISECONDS.toNanos(Math.max(20_000, 10 * bound));
    boolean drained;
    while (!(drained = stage.drained(ids)) && System.nanoTime() < deadline) Thread.sleep(20);
    long drainMs = (System.nanoTime() - sendEnd) / 1_000_000;
    Meters.Reading after = meters.read();
    List<Double> all = new ArrayList<>();
    List<Double> late = new ArrayList<>();
    List<Double> contradictions = new ArrayList<>();
    int missing = 0;
    for (int i = 0; i < n; i++) {
      Long arrival = stage.outputArrival(ids.get(i));
      if (arrival == null) {
        missing++;
      } else {
        double ms = (arrival - sentAt[i]) / 1e6;
        all.add(ms);
        if (i >= n / 2) late.add(ms);
      }
      Long c = stage.contradictionArrival(ids.get(i));
      if (c != null) contradictions.add((c - sentAt[i]) / 1e6);
    }
    double sendSeconds = (sendEnd - start) / 1e9;
    LatencySummary lateSummary = summary(late);
    boolean sustained = drained && n / sendSeconds >= 0.95 * rate && drainMs <= bound && lateSummary.p99() <= bound;
    Map<String, Long> grown = new HashMap<>();
    after.bytesByTopic().forEach((t, b) -> {
      long d = b - before.bytesByTopic().getOrDefault(t, 0L);
      if (d != 0) grown.put(t, d);
    });
    StepResult result = new StepResult(stage.name(), label, rate, n, sendSeconds, summary(all), lateSummary,
        stage instanceof Stage.Contraflow ? summary(contradictions) : null, missing, drainMs, drained,
        after.processCpu() - before.processCpu(), after.streamThreadCpu() - before.streamThreadCpu(), grown,
        loadBefore + "-" + ContradictionLatencyBench.load().split(" ")[0], sustained);
    if (!drained) {
      // Let the backlog clear, so the next step starts from an empty pipeline.
      long recoverBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(config.recoverSeconds());
      while (!stage.drained(ids) && System.nanoTime() < recoverBy) Thread.sleep(100);
    }
    return result;
  }

  private static LatencySummary summary(List<Double> ms) {
    return LatencySummary.of(ms.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /**
   * The articles of one stage, with ids of their own. Every stage reads the same sequence; the pass-throughs, at rates
   * no analysis would sustain, go round a pool of its first articles, Contraflow goes on with new ones (a repeated article
   * would be a near copy to the grouper).
   */
  private final class ArticleFeed {
    private final String prefix;
    private final boolean fresh;
    private int next;

    ArticleFeed(String prefix, boolean fresh) {
      this.prefix = prefix + "-";
      this.fresh = fresh;
    }

    Article next(Instant now) {
      int i = next++;
      ArticleText text = fresh && i >= pool.size() ? continuation.next("x", now) : pool.get(i % pool.size());
      return Article.newBuilder().setId(prefix + i).setTitle(text.title()).setBody(text.body()).setSource(text.source())
          .setUrl(null).setPublishedAt(now).setIngestedAt(now).setLanguage(text.language()).setOrigin("throughput-bench").build();
    }
  }

  private static KafkaProducer<String, Article> producer(String bootstrap, Map<String, Object> serdeConfig) {
    Map<String, Object> c = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
        ProducerConfig.LINGER_MS_CONFIG, 0);
    return new KafkaProducer<>(c, Topics.ARTICLES.keySerde(serdeConfig).serializer(), Topics.ARTICLES.valueSerde(serdeConfig).serializer());
  }

  private void report(Map<String, List<StepResult>> results) {
    System.out.println();
    System.out.printf("=== Throughput (%s, commit.interval.ms %d, %d stream thread(s), articles partitions %d, detection partitions %d,"
            + " extraction %s, latency bound %d ms) ===%n",
        config.processingGuarantee(), config.commitIntervalMs(), config.streamThreads(), config.articlesPartitions(),
        config.detectionPartitions(),
        config.gist() ? "with the MiniLM gist" : "without the gist", config.latencyBoundMs());
    Map<String, StepResult> fixed = new LinkedHashMap<>();
    Map<String, StepResult> max = new LinkedHashMap<>();
    results.forEach((stage, steps) -> {
      steps.forEach(s -> System.out.println(s.line()));
      fixed.put(stage, steps.get(0));
      steps.stream().skip(1).filter(StepResult::sustained).max((a, b) -> Double.compare(a.targetRate(), b.targetRate()))
          .ifPresent(s -> max.put(stage, s));
    });
    System.out.println();
    System.out.printf("%-12s %14s %11s %11s %15s %13s %14s | at %.0f/s: %9s %9s %10s %14s %12s%n", "stage", "max sustained/s",
        "p50 ms", "p99 ms", "cpu ms/article", "B/article", "contr. p99 ms", config.fixedRate(), "p50 ms", "p99 ms", "cpu ms/art",
        "stream cpu ms", "B/article");
    for (String stage : results.keySet()) {
      StepResult m = max.get(stage);
      StepResult f = fixed.get(stage);
      boolean capped = m != null && m.targetRate() * config.rateFactor() > config.maxRate();
      System.out.printf("%-12s %14s %11.0f %11.0f %15.3f %13.0f %14s | %12s %9.0f %9.0f %10.3f %14.3f %12.0f%n", stage,
          m == null ? "none" : (capped ? ">= " : "") + String.format("%.0f", m.targetRate()), m == null ? Double.NaN : m.outputs().p50(),
          m == null ? Double.NaN : m.outputs().p99(), m == null ? Double.NaN : m.cpuMsPerArticle(), m == null ? Double.NaN : m.bytesPerArticle(),
          m == null || m.contradictions() == null ? "" : String.format("%.0f", m.contradictions().p99()), "",
          f.outputs().p50(), f.outputs().p99(), f.cpuMsPerArticle(), f.streamThreadCpuMsPerArticle(), f.bytesPerArticle());
    }
    StepResult cf = fixed.get("contraflow");
    if (cf != null) {
      if (cf.contradictions() != null) System.out.printf("Contraflow at %.0f/s: article -> contradiction %s%n", config.fixedRate(), cf.contradictions());
      System.out.println("Contraflow bytes per article by kind at the fixed rate: " + format(cf.bytesPerArticleByKind()));
      System.out.println("  by topic: " + format(perArticle(cf)));
      for (String base : List.of("raw", "passthrough")) {
        StepResult b = fixed.get(base);
        if (b == null) continue;
        StepResult bm = max.get(base);
        StepResult cm = max.get("contraflow");
        System.out.printf("Contraflow / %s: max rate %s; at %.0f/s: p99 %.1fx, cpu/article %.1fx, bytes/article %.1fx%n", base,
            bm == null || cm == null ? "n/a" : String.format("%.3fx", cm.targetRate() / bm.targetRate()), config.fixedRate(),
            cf.outputs().p99() / b.outputs().p99(), cf.cpuMsPerArticle() / b.cpuMsPerArticle(), cf.bytesPerArticle() / b.bytesPerArticle());
      }
    }
    System.out.println("Load after: " + ContradictionLatencyBench.load());
  }

  private static Map<String, Double> perArticle(StepResult r) {
    Map<String, Double> m = new java.util.TreeMap<>();
    r.bytesByTopic().forEach((t, b) -> m.put(t, b / (double) r.processed()));
    return m;
  }

  private static String format(Map<String, Double> m) {
    StringBuilder b = new StringBuilder();
    m.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(String.format("%.0f", v)));
    return b.toString();
  }
}
