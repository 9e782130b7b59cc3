package io.contraflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.ArticleAnalysis;
import io.contraflow.producer.IngestReport;
import io.contraflow.schemas.Article;
import io.contraflow.schemas.Claim;
import io.contraflow.schemas.DeadLetter;
import io.contraflow.schemas.Event;
import io.contraflow.schemas.Topics;
import io.contraflow.streams.ContraflowStreamsApp;
import io.contraflow.streams.StreamsAppConfig;
import io.contraflow.streams.TopologySettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, bar (d): every kind of poison pill, on the real broker and registry, exactly-once: an article as large as
 * the producer allows (its analysis about twice that: it used to stop the pipeline for good), an undecodable key, an
 * undecodable value, an article whose extraction throws, an article with an overlong id and one with no text. Each
 * is processed or dead-lettered with its reason; the application stays RUNNING and every later article is
 * processed. (The extraction failure is provoked through the extraction function the topology takes, wrapping the
 * real one: no real article is known to make it throw.)
 */
class PoisonPillTest {
  private static final String POISON = "ZZ-EXTRACTION-POISON-ZZ";

  @TempDir Path work;

  @Test
  void everyPoisonPillIsProcessedOrDeadLetteredAndTheApplicationGoesOn() throws Exception {
    try (Cluster cluster = Cluster.embedded(0, 0)) {
      cluster.createTopics();
      StreamsAppConfig config = new StreamsAppConfig(Map.of(
          StreamsAppConfig.APPLICATION_ID, "poison-pills",
          StreamsAppConfig.BOOTSTRAP_SERVERS, cluster.bootstrapServers(),
          StreamsAppConfig.SCHEMA_REGISTRY_URL, cluster.schemaRegistryUrl(),
          StreamsAppConfig.STATE_DIR, work.resolve("state").toString(),
          StreamsAppConfig.EXTRACTION_WARM_UP_MS, 0L, StreamsAppConfig.TOPOLOGY_WARM_UP_MS, 0L));
      TopologySettings real = TopologySettings.from(config);
      Function<ArticleText, ArticleAnalysis> poisoned = text -> {
        if (text.body().contains(POISON)) throw new IllegalStateException("the tagger met something it cannot handle");
        return real.extraction().apply(text);
      };
      try (ContraflowStreamsApp app = new ContraflowStreamsApp(config, real.withExtraction(poisoned))) {
        app.start();
        assertThat(app.awaitRunning(Duration.ofMinutes(2))).isTrue();

        Path pills = Files.createDirectories(work.resolve("pills"));
        // As large as the producer allows: the one limit, less room for the headers and id.
        StringBuilder huge = new StringBuilder("Title: Every statement on the Wrenfield fire, collected\nURL: https://fault.example/huge\n\n");
        List<FaultCorpus.Base> story = FaultCorpus.demoBases();
        for (int i = 0; huge.length() < 1_030_000; i++) huge.append(String.join("\n\n", story.get(i % story.size()).paragraphs())).append("\n\n");
        Files.writeString(pills.resolve("1-huge.txt"), huge);
        Files.writeString(pills.resolve("2-poison.txt"), "Title: Poison\n\nOfficials said " + POISON + " was found.\n");
        Files.writeString(pills.resolve("3-long-id.txt"), "Title: Long id\nURL: https://fault.example/" + "x".repeat(1_200)
            + "\n\nOfficials said the plant was closed.\n");
        IngestReport pillsReport = Ingest.run(cluster, List.of(pills.toString()), false);
        assertThat(pillsReport.acknowledged()).as(pillsReport.summary()).isEqualTo(3);

        try (KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(Map.of("bootstrap.servers", cluster.bootstrapServers()),
            new ByteArraySerializer(), new ByteArraySerializer())) {
          String topic = Topics.ARTICLES.name();
          byte[] goodKey = Topics.ARTICLES.keySerde(cluster.serdeConfig()).serializer().serialize(topic, "raw-1");
          Article valid = Article.newBuilder().setId("raw-2").setTitle("t").setBody("Officials said the plant was closed.")
              .setIngestedAt(Instant.now()).build();
          byte[] goodValue = Topics.ARTICLES.valueSerde(cluster.serdeConfig()).serializer().serialize(topic, valid);
          raw.send(new ProducerRecord<>(topic, goodKey, "not an article".getBytes(StandardCharsets.UTF_8))).get();
          raw.send(new ProducerRecord<>(topic, "not a key".getBytes(StandardCharsets.UTF_8), goodValue)).get();
        }

        Path after = Files.createDirectories(work.resolve("after"));
        DemoArticles.copyTo(after);
        assertThat(Ingest.run(cluster, List.of(after.toString()), false).acknowledged()).isEqualTo(5);

        try (Admin admin = cluster.admin()) {
          assertThat(new ProcessingCompletion(admin, "poison-pills",
              List.of(Topics.ARTICLES.name(), "poison-pills-by-language-repartition", "poison-pills-by-event-repartition"),
              List.of(Topics.EVENTS.name(), Topics.CLAIMS.name(), Topics.CONTRADICTIONS.name(), Topics.ARTICLES_DLQ.name()))
              .await(Duration.ofMinutes(5), () -> app.state() != KafkaStreams.State.ERROR)).isTrue();
        }
        assertThat(app.state()).isEqualTo(KafkaStreams.State.RUNNING);

        List<DeadLetter> letters = TopicSnapshot.read(cluster, Topics.ARTICLES_DLQ, Map.of()).stream().map(ConsumerRecord::value).toList();
        assertThat(letters).extracting(DeadLetter::getStage).containsExactlyInAnyOrder("extract", "validate", "deserialize", "deserialize");
        assertThat(letters).filteredOn(l -> l.getStage().equals("deserialize")).extracting(DeadLetter::getFailedPart)
            .containsExactlyInAnyOrder("key", "value");
        assertThat(letters).filteredOn(l -> l.getStage().equals("extract")).singleElement()
            .satisfies(l -> assertThat(l.getReason()).contains("cannot handle"));

        List<Event> events = TopicSnapshot.read(cluster, Topics.EVENTS, Map.of()).stream().map(ConsumerRecord::value).toList();
        List<String> later = story.stream().map(b -> io.contraflow.producer.ArticleIds.normaliseUrl(b.url())).toList();
        assertThat(events).extracting(e -> e.getLastAssignment().getArticleId())
            .as("the huge article and every article after the pills are processed")
            .contains("https://fault.example/huge")
            .containsAll(later);
        List<Claim> claims = TopicSnapshot.read(cluster, Topics.CLAIMS, Map.of()).stream().map(ConsumerRecord::value).toList();
        assertThat(claims).filteredOn(c -> c.getArticleId().equals("https://fault.example/huge")).as("the huge article's claims")
            .hasSizeGreaterThan(1_000);
      }
    }
  }
}
