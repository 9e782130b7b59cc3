package io.contraflow.streams;

import static io.contraflow.streams.TestArticles.T0;
import static io.contraflow.streams.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.schemas.Article;
import io.contraflow.schemas.Claim;
import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, defects 1 and 2: no record the application writes, to any topic (public, repartition or changelog), may
 * be larger than Kafka accepts, whatever the size of an article or of a story. TopologyTestDriver does not enforce
 * Kafka's limits, so this test reads back every record of every topic the topology wrote and measures it against
 * the producer's {@code max.request.size} (Kafka's default, 1 MiB).
 */
class RecordBoundsTest {
  /** Kafka's default max.request.size: what the application's producer refuses to send beyond. */
  private static final int KAFKA_LIMIT = 1_048_576;

  @TempDir Path stateDir;
  private Map<String, Object> serdeConfig;
  private TopologyTestDriver driver;
  private TestInputTopic<String, Article> articles;

  @BeforeEach
  void setUp() {
    start(Map.of());
  }

  /** (Re)starts the driver with these extra settings. */
  private void start(Map<String, Object> extra) {
    if (driver != null) driver.close();
    serdeConfig = Map.of(StreamsAppConfig.SCHEMA_REGISTRY_URL, "mock://bounds-" + UUID.randomUUID());
    Map<String, Object> settingsMap = new java.util.HashMap<>(extra);
    settingsMap.put(StreamsAppConfig.SCHEMA_REGISTRY_URL, serdeConfig.get(StreamsAppConfig.SCHEMA_REGISTRY_URL));
    settingsMap.put(StreamsAppConfig.STATE_DIR, stateDir.toString());
    settingsMap.put(StreamsAppConfig.EXTRACTION_WARM_UP_MS, 0L);
    StreamsAppConfig config = new StreamsAppConfig(settingsMap);
    TopologySettings settings = TopologySettings.from(config)
        .withExtraction(TestArticles::extract)
        .withDetection(TestArticles::detectOrigins);
    Properties props = config.toStreamsProperties();
    StreamsBuilder builder = new StreamsBuilder();
    ContraflowTopology.build(builder, settings);
    driver = new TopologyTestDriver(builder.build(props), props);
    articles = driver.createInputTopic(Topics.ARTICLES.name(),
        Topics.ARTICLES.keySerde(serdeConfig).serializer(), Topics.ARTICLES.valueSerde(serdeConfig).serializer());
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  @Test
  void anArticleOfHalfAMegabyteIsProcessedWithEveryRecordWithinTheLimit() {
    // About 500 KB of text whose analysis (claims with their sentences) is about twice as large.
    StringBuilder body = new StringBuilder();
    int sentences = 0;
    while (body.length() < 500_000) {
      body.append("Inspector Gale said the fire started in the storage hall number ").append(sentences++).append(". ");
    }
    publish(article("big", body.toString(), T0));

    List<Written> written = everyRecordWritten();
    assertThat(written).allSatisfy(r -> assertThat(size(r)).as("record on %s", r.topic).isLessThanOrEqualTo(KAFKA_LIMIT));
    assertThat(values(written, Topics.ARTICLES_DLQ.name(), Topics.ARTICLES_DLQ.valueSerde(serdeConfig).deserializer())).isEmpty();
    List<Claim> claims = values(written, Topics.CLAIMS.name(), Topics.CLAIMS.valueSerde(serdeConfig).deserializer());
    assertThat(claims).as("every claim is published, once, in order").hasSize(sentences)
        .extracting(Claim::getContent).startsWith("the fire started in the storage hall number 0")
        .endsWith("the fire started in the storage hall number " + (sentences - 1));
    assertThat(values(written, Topics.EVENTS.name(), Topics.EVENTS.valueSerde(serdeConfig).deserializer()))
        .extracting(e -> e.getLastAssignment().getArticleId()).containsExactly("big");
    assertThat(written).as("the analysis was sent in several records").filteredOn(r -> r.topic.endsWith("by-language-repartition")).hasSizeGreaterThan(1);
  }

  @Test
  void aStoryOfManyArticlesKeepsEveryRecordWithinTheLimitAndIsStillDetected() {
    String filler = " near the loading bay on the north side of the plant, beside the old chemical tanks".repeat(3);
    int articleCount = 120;
    for (int a = 0; a < articleCount; a++) {
      StringBuilder body = new StringBuilder();
      for (int c = 0; c < 20; c++) {
        String place = a == articleCount - 1 && c == 0 ? "the boiler room" : "the warehouse";
        body.append("Official ").append((char) ('A' + c)).append(a).append(" said the fire started in ").append(place)
            .append(filler).append(". ");
      }
      publish(article("story-" + a, body.toString(), T0.plus(Duration.ofMinutes(a))));
    }

    List<Written> written = everyRecordWritten();
    assertThat(written).allSatisfy(r -> assertThat(size(r)).as("record on %s", r.topic).isLessThanOrEqualTo(KAFKA_LIMIT));
    assertThat(values(written, Topics.ARTICLES_DLQ.name(), Topics.ARTICLES_DLQ.valueSerde(serdeConfig).deserializer())).isEmpty();
    List<Contradiction> found = values(written, Topics.CONTRADICTIONS.name(), Topics.CONTRADICTIONS.valueSerde(serdeConfig).deserializer());
    assertThat(found).as("the last article's dissent is compared with the story's claims").singleElement()
        .satisfies(c -> assertThat(c.getSideA().getArticles()).containsExactly("story-" + (articleCount - 1)));
  }

  /**
   * The same story under a record limit of 64 KiB (as a cluster configured so would impose): claims travel in many
   * parts, contradictions and events are shortened to fit, and the dissent is still found.
   */
  @Test
  void aSmallerRecordLimitIsHonouredToo() {
    int limit = 64 * 1024;
    start(Map.of("producer.max.request.size", limit));
    for (int a = 0; a < 60; a++) {
      StringBuilder body = new StringBuilder();
      for (int c = 0; c < 20; c++) {
        String place = a == 59 && c == 0 ? "the boiler room" : "the warehouse";
        body.append("Official ").append((char) ('A' + c)).append(a).append(" said the fire started in ").append(place)
            .append(" near the loading bay. ");
      }
      publish(article("story-" + a, body.toString(), T0.plus(Duration.ofMinutes(a))));
    }

    List<Written> written = everyRecordWritten();
    assertThat(written).allSatisfy(r -> assertThat(size(r)).as("record on %s", r.topic).isLessThanOrEqualTo(limit));
    List<Contradiction> found = values(written, Topics.CONTRADICTIONS.name(), Topics.CONTRADICTIONS.valueSerde(serdeConfig).deserializer());
    assertThat(found).singleElement().satisfies(c -> {
      assertThat(c.getSideA().getArticles()).containsExactly("story-59");
      assertThat(c.getSideB().getEvidence().size()).as("evidence shortened to fit").isLessThan(59 * 20);
    });
    assertThat(values(written, Topics.CLAIMS.name(), Topics.CLAIMS.valueSerde(serdeConfig).deserializer())).hasSize(60 * 20);
  }

  private void publish(Article a) {
    articles.pipeInput(a.getId(), a, a.getPublishedAt());
  }

  private record Written(String topic, byte[] key, byte[] value) {}

  private static int size(Written r) {
    return (r.key == null ? 0 : r.key.length) + (r.value == null ? 0 : r.value.length);
  }

  /** Every record of every topic written so far, internal ones included (reading consumes them). */
  private List<Written> everyRecordWritten() {
    List<Written> all = new ArrayList<>();
    for (String topic : driver.producedTopicNames()) {
      for (TestRecord<byte[], byte[]> r : driver.createOutputTopic(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer())
          .readRecordsToList()) {
        all.add(new Written(topic, r.key(), r.value()));
      }
    }
    assertThat(all).extracting(Written::topic).as("internal topics are seen too")
        .anyMatch(t -> t.endsWith("-changelog")).anyMatch(t -> t.endsWith("-repartition"));
    return all;
  }

  private static <V> List<V> values(List<Written> written, String topic, Deserializer<V> values) {
    return written.stream().filter(r -> r.topic.equals(topic)).map(r -> values.deserialize(topic, r.value)).toList();
  }
}
