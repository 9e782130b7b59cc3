package io.contraflow.benchmarks;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.ClaimExtractor;
import io.contraflow.benchmarks.throughput.StoryMix;
import io.contraflow.schemas.AnalyzedArticle;
import io.contraflow.schemas.Claim;
import io.contraflow.schemas.Event;
import io.contraflow.schemas.EventProfile;
import io.contraflow.schemas.serde.SpecificAvroSerde;
import io.contraflow.streams.AvroMapping;
import io.contraflow.streams.stages.AssignEvent;
import io.contraflow.streams.stages.Assigned;
import io.contraflow.streams.stages.DetectionInput;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * What one grouping partition sustains: Contraflow's {@link AssignEvent} stage alone, with its real stores (RocksDB)
 * and changelogs, driven by {@link TopologyTestDriver} (no broker), fed the throughput bench's articles
 * ({@link StoryMix}, seed 42, long stories in the mix) extracted beforehand with the MiniLM gist. Per window of
 * articles: the stage's CPU per article (reading the analysed article, deciding, saving the profile and statistics,
 * and writing what it forwards: the article for detection, the event summary, the claims), the open events it
 * compared against, and the bytes it wrote. One stream thread running only this task sustains 1000 / (CPU ms) articles
 * a second, less the Kafka clients' share.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.contraflow.benchmarks.GroupingStageBench [articles 3000] [window 500]</pre>
 */
public final class GroupingStageBench {
  private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
    int window = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    System.out.println("Load before: " + ContradictionLatencyBench.load());
    StoryMix mix = new StoryMix(42, 3, 0.25);
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    List<ArticleText> texts = new ArrayList<>();
    for (int i = 0; i < articles; i++) texts.add(mix.next("g", start.plusSeconds(2L * i)));
    ClaimExtractor extractor = ClaimExtractor.english();
    long extracting = System.nanoTime();
    List<AnalyzedArticle> analysed = IntStream.range(0, articles).parallel()
        .mapToObj(i -> AvroMapping.toAvro(extractor.analyze(texts.get(i)))).toList();
    System.out.printf("%d articles extracted in %.1f s, %.1f claims each on average%n", articles, (System.nanoTime() - extracting) / 1e9,
        analysed.stream().mapToInt(a -> a.getClaims().size()).average().orElse(0));

    Map<String, Object> serdeConfig = Map.of("schema.registry.url", "mock://grouping-stage-" + UUID.randomUUID());
    Serializer<AnalyzedArticle> articleSerializer = serde(AnalyzedArticle.class, serdeConfig).serializer();
    Serializer<Event> eventSerializer = serde(Event.class, serdeConfig).serializer();
    Serializer<Claim> claimSerializer = serde(Claim.class, serdeConfig).serializer();
    // What the real stage's forwards cost to write: the article for detection, the event summary, each claim.
    Serializer<Assigned> forwarded = (topic, a) -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(articleSerializer.serialize("by-event", DetectionInput.of(a.article())));
      if (a.event() != null) out.writeBytes(eventSerializer.serialize("events", a.event()));
      for (Claim c : a.article().getClaims()) out.writeBytes(claimSerializer.serialize("claims", c));
      return out.toByteArray();
    };
    Topology topology = new Topology();
    topology.addSource("by-language", Serdes.String().deserializer(), serde(AnalyzedArticle.class, serdeConfig).deserializer(), "by-language");
    topology.addProcessor("assign-event", AssignEvent.supplier(Duration.ofDays(7), 1_000_000, serde(EventProfile.class, serdeConfig)),
        "by-language");
    topology.addSink("out", "out", Serdes.String().serializer(), forwarded, "assign-event");
    Path stateDir = Files.createTempDirectory("grouping-stage-bench");
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "grouping-stage");
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    try (TopologyTestDriver driver = new TopologyTestDriver(topology, props)) {
      TestInputTopic<String, AnalyzedArticle> input =
          driver.createInputTopic("by-language", new StringSerializer(), serde(AnalyzedArticle.class, serdeConfig).serializer());
      List<TestOutputTopic<byte[], byte[]>> written = new ArrayList<>();
      written.add(driver.createOutputTopic("out", new ByteArrayDeserializer(), new ByteArrayDeserializer()));
      for (String store : List.of(AssignEvent.STORE, AssignEvent.STATISTICS_STORE)) {
        written.add(driver.createOutputTopic("grouping-stage-" + store + "-changelog", new ByteArrayDeserializer(), new ByteArrayDeserializer()));
      }
      var profiles = driver.getKeyValueStore(AssignEvent.STORE);
      for (int from = 0; from < articles; from += window) {
        int to = Math.min(articles, from + window);
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        long bytes = 0;
        for (int i = from; i < to; i++) {
          AnalyzedArticle a = analysed.get(i);
          input.pipeInput(a.getLanguage(), a, a.getEventTime());
          for (TestOutputTopic<byte[], byte[]> t : written) {
            for (var r : t.readRecordsToList()) bytes += (r.key() == null ? 0 : r.key().length) + (r.value() == null ? 0 : r.value().length);
          }
        }
        int n = to - from;
        double cpuMs = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6 / n;
        double wallMs = (System.nanoTime() - wall) / 1e6 / n;
        long open = 0;
        try (var all = profiles.all()) {
          while (all.hasNext()) {
            all.next();
            open++;
          }
        }
        System.out.printf("articles %5d-%5d: %6.2f ms CPU/article (%6.2f wall), open events after %5d, %6.0f B/article written"
                + " (forwarded and changelogs)%n", from, to, cpuMs, wallMs, open, bytes / (double) n);
      }
    } finally {
      try (var walk = Files.walk(stateDir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    System.out.println("Load after: " + ContradictionLatencyBench.load());
  }

  private static <T extends org.apache.avro.specific.SpecificRecord> SpecificAvroSerde<T> serde(Class<T> type, Map<String, Object> config) {
    SpecificAvroSerde<T> serde = new SpecificAvroSerde<>(type);
    serde.configure(config, false);
    return serde;
  }
}
