package io.contraflow.benchmarks;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.ClaimExtractor;
import io.contraflow.analysis.contradictions.ContradictionDetector;
import io.contraflow.benchmarks.text.FictionalNames;
import io.contraflow.benchmarks.text.Scenario;
import io.contraflow.benchmarks.text.WireCopy;
import io.contraflow.schemas.AnalyzedArticle;
import io.contraflow.schemas.Claim;
import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.EventClaims;
import io.contraflow.schemas.serde.SpecificAvroSerde;
import io.contraflow.streams.AvroMapping;
import io.contraflow.streams.stages.DetectContradictions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * What an article costs the detection stage as its story grows: the time to process it and the changelog bytes it
 * writes, for an article joining a 10-article story (averaged over many such stories) and one joining a story of 100,
 * 300, 1,000 and 3,000 articles. The stage is Contraflow's {@link DetectContradictions} with its real stores (RocksDB)
 * and changelogs, driven by {@link TopologyTestDriver}, no broker; the articles' claims are extracted once from
 * generated wire copy ({@link WireCopy}) and re-issued under new article and claim ids, so that only the story's size
 * changes from one measurement to the next.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.contraflow.benchmarks.StoryGrowthBench [size ...]</pre>
 */
public final class StoryGrowthBench {
  private static final int POOL = 60;
  private static final int SMALL_STORY = 10;
  private static final int SAMPLES = 40;

  private final List<AnalyzedArticle> pool = new ArrayList<>();
  private TestInputTopic<String, AnalyzedArticle> input;
  private List<TestOutputTopic<byte[], byte[]>> changelogs;
  private long issued;
  private Instant clock = Instant.parse("2026-01-01T00:00:00Z");

  /** Per-article cost averaged over a sample. */
  record Cost(int storySize, int samples, double meanMs, double p50Ms, double p90Ms, double cpuMs, double changelogBytes,
              long changelogRecords) {
    @Override
    public String toString() {
      return String.format("story of %5d articles: %7.2f ms/article mean (p50 %7.2f, p90 %7.2f; CPU %7.2f ms), changelog %9.0f B/article "
          + "in %.1f records (%d samples)", storySize, meanMs, p50Ms, p90Ms, cpuMs, changelogBytes, changelogRecords / (double) samples, samples);
    }
  }

  /** The thread's own CPU time: on a shared machine it moves less with the other work than the wall clock does. */
  private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    int[] sizes = args.length == 0 ? new int[] {100, 300, 1000, 3000} : Arrays.stream(args).mapToInt(Integer::parseInt).sorted().toArray();
    new StoryGrowthBench().run(sizes);
  }

  void run(int[] sizes) throws Exception {
    System.out.println("Load before: " + ContradictionLatencyBench.load());
    ClaimExtractor extractor = ClaimExtractor.englishWithoutGist();
    FictionalNames names = new FictionalNames(7);
    WireCopy copy = new WireCopy(7);
    Scenario scenario = Scenario.invent(names);
    for (int i = 0; i < POOL; i++) {
      ArticleText text = new ArticleText("pool-" + i, copy.headline(scenario), copy.article(scenario, 300 + (i * 37) % 600),
          "Outlet " + (i % 12), null, clock, "en");
      pool.add(AvroMapping.toAvro(extractor.analyze(text)));
    }
    System.out.printf("%d articles extracted, %.1f claims each on average%n", POOL, pool.stream().mapToInt(a -> a.getClaims().size()).average().orElse(0));

    Path stateDir = Files.createTempDirectory("story-growth-bench");
    Map<String, Object> serdeConfig = Map.of("schema.registry.url", "mock://story-growth-" + UUID.randomUUID());
    Topology topology = new Topology();
    topology.addSource("by-event", Serdes.String().deserializer(), serde(AnalyzedArticle.class, serdeConfig).deserializer(), "by-event");
    topology.addProcessor("detect-contradictions", DetectContradictions.supplier(new ContradictionDetector(), 2000, 1_000_000,
        serde(EventClaims.class, serdeConfig), serde(Contradiction.class, serdeConfig)), "by-event");
    topology.addSink("out", "out", Serdes.String().serializer(), (topic, v) -> new byte[0], "detect-contradictions");
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "story-growth");
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    try (TopologyTestDriver driver = new TopologyTestDriver(topology, props)) {
      input = driver.createInputTopic("by-event", new StringSerializer(), serde(AnalyzedArticle.class, serdeConfig).serializer());
      changelogs = driver.producedTopicNames().stream().filter(t -> t.endsWith("-changelog"))
          .map(t -> driver.createOutputTopic(t, new ByteArrayDeserializer(), new ByteArrayDeserializer())).toList();
      if (changelogs.isEmpty()) changelogs = List.of(
          driver.createOutputTopic("story-growth-" + DetectContradictions.CLAIMS_STORE + "-changelog", new ByteArrayDeserializer(), new ByteArrayDeserializer()),
          driver.createOutputTopic("story-growth-" + DetectContradictions.CONTRADICTIONS_STORE + "-changelog", new ByteArrayDeserializer(), new ByteArrayDeserializer()));
      // Warm-up: the same measurement, not reported, so that the JIT has compiled the stage and the detector.
      smallStories("warm");
      System.out.println(smallStories("small"));
      int size = 0;
      for (int target : sizes) {
        while (size < target) {
          send("big", size++);
        }
        Cost c = sample("big", size, SAMPLES);
        size += SAMPLES;
        System.out.println(c);
      }
    } finally {
      try (var walk = Files.walk(stateDir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    System.out.println("Load after: " + ContradictionLatencyBench.load());
  }

  /** {@link #SAMPLES} stories of {@link #SMALL_STORY} articles each; the cost of each one's next article. */
  private Cost smallStories(String prefix) {
    List<double[]> samples = new ArrayList<>();
    for (int s = 0; s < SAMPLES; s++) {
      String event = prefix + "-" + s;
      for (int i = 0; i < SMALL_STORY; i++) send(event, s + i);
      samples.add(measure(event, s + SMALL_STORY));
    }
    return summarise(SMALL_STORY, samples);
  }

  private Cost sample(String event, int size, int count) {
    List<double[]> samples = new ArrayList<>();
    for (int i = 0; i < count; i++) samples.add(measure(event, size + i));
    return summarise(size, samples);
  }

  /** Processes one article; returns {nanoseconds, changelog bytes, changelog records, CPU nanoseconds}. */
  private double[] measure(String event, int index) {
    drainChangelogs();
    long cpu = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    send(event, index);
    long nanos = System.nanoTime() - start;
    long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpu;
    long bytes = 0;
    long records = 0;
    for (TestOutputTopic<byte[], byte[]> changelog : changelogs) {
      for (var r : changelog.readRecordsToList()) {
        bytes += (r.key() == null ? 0 : r.key().length) + (r.value() == null ? 0 : r.value().length);
        records++;
      }
    }
    return new double[] {nanos, bytes, records, cpuNanos};
  }

  private void drainChangelogs() {
    changelogs.forEach(TestOutputTopic::readRecordsToList);
  }

  /** The pool's article {@code index % POOL}, under a new article id and new claim ids, into {@code event}. */
  private void send(String event, int index) {
    AnalyzedArticle template = pool.get(index % POOL);
    String articleId = "a" + issued++;
    clock = clock.plusSeconds(30);
    List<Claim> claims = new ArrayList<>();
    for (Claim c : template.getClaims()) {
      claims.add(Claim.newBuilder(c).setId(articleId + c.getId().substring(c.getArticleId().length())).setArticleId(articleId)
          .setPublishedAt(clock).setSource("Outlet " + (index % 12)).build());
    }
    AnalyzedArticle article = AnalyzedArticle.newBuilder(template).setArticleId(articleId).setEventId(event).setClaims(claims)
        .setEventTime(clock).build();
    input.pipeInput(event, article, clock);
  }

  private static Cost summarise(int size, List<double[]> samples) {
    double[] ms = samples.stream().mapToDouble(s -> s[0] / 1e6).sorted().toArray();
    return new Cost(size, samples.size(), Arrays.stream(ms).average().orElse(0), ms[ms.length / 2], ms[(int) (ms.length * 0.9)],
        samples.stream().mapToDouble(s -> s[3] / 1e6).average().orElse(0), samples.stream().mapToDouble(s -> s[1]).average().orElse(0),
        (long) samples.stream().mapToDouble(s -> s[2]).sum());
  }

  private static <T extends org.apache.avro.specific.SpecificRecord> SpecificAvroSerde<T> serde(Class<T> type, Map<String, Object> config) {
    SpecificAvroSerde<T> serde = new SpecificAvroSerde<>(type);
    serde.configure(config, false);
    return serde;
  }
}
