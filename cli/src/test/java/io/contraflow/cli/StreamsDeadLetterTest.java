package io.contraflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.embedded.EmbeddedKafkaBroker;
import io.contraflow.schemas.Article;
import io.contraflow.schemas.DeadLetter;
import io.contraflow.schemas.Topics;
import io.contraflow.streams.ContraflowStreamsApp;
import io.contraflow.streams.StreamsAppConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real broker, exactly-once: an undecodable record and an invalid article both reach articles-dlq as dead
 * letters with their reasons, and the stream goes on. (TopologyTestDriver cannot show the first under exactly-once.)
 */
class StreamsDeadLetterTest {
  @TempDir Path stateDir;

  @Test
  void undecodableAndInvalidInputBecomeDeadLettersUnderExactlyOnce() throws Exception {
    String registry = "mock://dead-letters-" + UUID.randomUUID();
    Map<String, Object> serde = Map.of("schema.registry.url", registry);
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(0)) {
      broker.createTopics(Topics.all().stream().map(t -> t.newTopic((short) 1)).toList());
      Cluster cluster = Cluster.external(broker.bootstrapServers(), registry);
      try (ContraflowStreamsApp app = new ContraflowStreamsApp(new StreamsAppConfig(Map.of(
          StreamsAppConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
          StreamsAppConfig.SCHEMA_REGISTRY_URL, registry,
          StreamsAppConfig.STATE_DIR, stateDir.toString())))) {
        app.start();
        assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();

        String topic = Topics.ARTICLES.name();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", broker.bootstrapServers()),
            new ByteArraySerializer(), new ByteArraySerializer())) {
          producer.send(new ProducerRecord<>(topic, Topics.ARTICLES.keySerde(serde).serializer().serialize(topic, "junk"),
              "not an article".getBytes())).get();
          Article empty = Article.newBuilder().setId("empty").setTitle("Nothing").setBody(" ").setIngestedAt(Instant.now()).build();
          producer.send(new ProducerRecord<>(topic, Topics.ARTICLES.keySerde(serde).serializer().serialize(topic, "empty"),
              Topics.ARTICLES.valueSerde(serde).serializer().serialize(topic, empty))).get();
        }

        List<DeadLetter> letters = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (letters.size() < 2 && System.nanoTime() < deadline) {
          Thread.sleep(500);
          letters = TopicSnapshot.read(cluster, Topics.ARTICLES_DLQ, Map.of()).stream().map(ConsumerRecord::value).toList();
        }
        assertThat(letters).extracting(DeadLetter::getStage).containsExactlyInAnyOrder("deserialize", "validate");
        assertThat(letters).filteredOn(l -> l.getStage().equals("deserialize"))
            .singleElement().satisfies(l -> {
              assertThat(l.getKey()).isEqualTo("junk");
              assertThat(l.getReason()).startsWith("cannot deserialize record");
            });
        assertThat(letters).filteredOn(l -> l.getStage().equals("validate"))
            .singleElement().satisfies(l -> assertThat(l.getReason()).contains("empty body"));
      }
    }
  }
}
