package io.contraflow.streams;

import static io.contraflow.streams.TestArticles.T0;
import static io.contraflow.streams.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.schemas.Article;
import io.contraflow.schemas.Claim;
import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.DeadLetter;
import io.contraflow.schemas.Event;
import io.contraflow.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContraflowTopologyTest {
  @TempDir Path stateDir;

  private Map<String, Object> serdeConfig;
  private TopologySettings settings;
  private TopologyTestDriver driver;
  private TestInputTopic<String, Article> articles;
  private TestOutputTopic<String, Event> events;
  private TestOutputTopic<String, Claim> claims;
  private TestOutputTopic<String, Contradiction> contradictions;
  private TestOutputTopic<String, DeadLetter> deadLetters;

  @BeforeEach
  void setUp() {
    serdeConfig = Map.of(StreamsAppConfig.SCHEMA_REGISTRY_URL, "mock://topology-" + UUID.randomUUID());
    StreamsAppConfig config = new StreamsAppConfig(Map.of(
        StreamsAppConfig.SCHEMA_REGISTRY_URL, serdeConfig.get(StreamsAppConfig.SCHEMA_REGISTRY_URL),
        StreamsAppConfig.STATE_DIR, stateDir.toString(),
        StreamsAppConfig.EXTRACTION_WARM_UP_MS, 0L)); // these tests inject their own extraction
    settings = TopologySettings.from(config)
        .withExtraction(TestArticles::extract)
        .withDetection(TestArticles::detectOrigins);
    start(config.toStreamsProperties());
  }

  /** Restarts the driver with other settings or another processing guarantee. */
  private void restart(TopologySettings newSettings, String processingGuarantee) {
    driver.close();
    settings = newSettings;
    start(new StreamsAppConfig(Map.of(
        StreamsAppConfig.SCHEMA_REGISTRY_URL, serdeConfig.get(StreamsAppConfig.SCHEMA_REGISTRY_URL),
        StreamsAppConfig.STATE_DIR, stateDir.toString(),
        StreamsAppConfig.PROCESSING_GUARANTEE, processingGuarantee)).toStreamsProperties());
  }

  private void start(Properties props) {
    StreamsBuilder builder = new StreamsBuilder();
    ContraflowTopology.build(builder, settings);
    Topology topology = builder.build(props);
    driver = new TopologyTestDriver(topology, props);
    articles = driver.createInputTopic(Topics.ARTICLES.name(),
        Topics.ARTICLES.keySerde(serdeConfig).serializer(), Topics.ARTICLES.valueSerde(serdeConfig).serializer());
    events = driver.createOutputTopic(Topics.EVENTS.name(),
        Topics.EVENTS.keySerde(serdeConfig).deserializer(), Topics.EVENTS.valueSerde(serdeConfig).deserializer());
    claims = driver.createOutputTopic(Topics.CLAIMS.name(),
        Topics.CLAIMS.keySerde(serdeConfig).deserializer(), Topics.CLAIMS.valueSerde(serdeConfig).deserializer());
    contradictions = driver.createOutputTopic(Topics.CONTRADICTIONS.name(),
        Topics.CONTRADICTIONS.keySerde(serdeConfig).deserializer(), Topics.CONTRADICTIONS.valueSerde(serdeConfig).deserializer());
    deadLetters = driver.createOutputTopic(Topics.ARTICLES_DLQ.name(),
        Topics.ARTICLES_DLQ.keySerde(serdeConfig).deserializer(), Topics.ARTICLES_DLQ.valueSerde(serdeConfig).deserializer());
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  private void publish(Article a) {
    articles.pipeInput(a.getId(), a, a.getPublishedAt());
  }

  @Test
  void validArticleBecomesAnEventUpdateAndItsClaims() {
    publish(article("a1", "Chief Rowe said the fire started in the warehouse. Mayor Lind said the plant is closed.", T0));

    List<KeyValue<String, Event>> eventUpdates = events.readKeyValuesToList();
    assertThat(eventUpdates).hasSize(1);
    Event event = eventUpdates.get(0).value;
    assertThat(eventUpdates.get(0).key).isEqualTo(event.getEventId());
    assertThat(event.getArticles()).containsExactly("a1");
    assertThat(event.getArticleCount()).isEqualTo(1);
    assertThat(event.getSources()).containsExactly("The a1 Gazette");
    assertThat(event.getLastAssignment().getArticleId()).isEqualTo("a1");
    assertThat(event.getLastAssignment().getNewEvent()).isTrue();
    assertThat(event.getFirstSeen()).isEqualTo(T0);

    List<KeyValue<String, Claim>> published = claims.readKeyValuesToList();
    assertThat(published).extracting(kv -> kv.key).containsOnly("a1");
    assertThat(published).extracting(kv -> kv.value.getClaimant()).containsExactly("Chief Rowe", "Mayor Lind");
    assertThat(published.get(0).value.getContent()).isEqualTo("the fire started in the warehouse");
    assertThat(deadLetters.isEmpty()).isTrue();
    assertThat(contradictions.isEmpty()).isTrue();
  }

  @Test
  void invalidArticlesGoToTheDeadLetterTopicWithTheirReason() {
    publish(article("empty", "   ", T0));
    Article longId = article("long-id", "Chief Rowe said the fire started in the warehouse.", T0);
    longId.setId("https://example.org/" + "x".repeat(1_001));
    articles.pipeInput("long-id", longId);
    Article noId = article("x", "Chief Rowe said the fire started in the warehouse.", T0);
    noId.setId("");
    articles.pipeInput("no-id", noId);

    List<KeyValue<String, DeadLetter>> letters = deadLetters.readKeyValuesToList();
    assertThat(letters).extracting(kv -> kv.value.getStage()).containsOnly("validate");
    assertThat(letters).extracting(kv -> kv.key).containsExactly("empty", "long-id", "no-id");
    assertThat(letters.get(0).value.getReason()).contains("empty body");
    assertThat(letters.get(1).value.getReason()).contains("article id is 1021 bytes, more than the 1000");
    assertThat(letters.get(2).value.getReason()).contains("no id");
    assertThat(letters.get(1).value.getPayload().remaining()).as("the head of the text").isEqualTo(50);
    assertThat(letters.get(0).value.getTopic()).isEqualTo(Topics.ARTICLES.name());
    assertThat(letters.get(0).value.getOffset()).isEqualTo(0L);
    assertThat(events.isEmpty()).isTrue();
  }

  @Test
  void extractionFailureIsADeadLetterAndTheStreamGoesOn() {
    restart(settings.withExtraction(text -> {
      if (text.body().contains("poison")) throw new IllegalStateException("tagger exploded");
      return TestArticles.extract(text);
    }), "exactly_once_v2");

    publish(article("bad", "This article is poison.", T0));
    publish(article("good", "Chief Rowe said the fire started in the warehouse.", T0));

    DeadLetter letter = deadLetters.readValue();
    assertThat(letter.getStage()).isEqualTo("extract");
    assertThat(letter.getArticleId()).isEqualTo("bad");
    assertThat(letter.getReason()).contains("tagger exploded");
    assertThat(events.readValuesToList()).extracting(e -> e.getLastAssignment().getArticleId()).containsExactly("good");
  }

  @Test
  void failingDetectionIsADeadLetterNamingTheProcessorAndTheStreamGoesOn() {
    restart(settings.withDetection((eventId, eventClaims) -> {
      if (eventClaims.stream().anyMatch(c -> c.content().contains("boiler"))) throw new IllegalArgumentException("detector bug");
      return List.of();
    }), "exactly_once_v2");

    publish(article("a1", "Mayor Lind said the fire started in the boiler room.", T0));
    publish(article("a2", "Chief Rowe said the plant is closed.", T0));

    List<DeadLetter> letters = deadLetters.readValuesToList();
    // Only a1: its claims were not kept, so a2, in the same event, is analysed normally.
    assertThat(letters).hasSize(1);
    assertThat(letters.get(0).getStage()).isEqualTo("detect-contradictions");
    assertThat(letters.get(0).getReason()).contains("detector bug");
    assertThat(letters.get(0).getTopic()).endsWith("by-event-repartition");
    assertThat(events.readValuesToList()).hasSize(2);
  }

  // TopologyTestDriver drops the dead letters a deserialization handler returns when it runs exactly-once (they are
  // sent outside the transaction it commits), so this one test runs at-least-once; the real broker is covered by
  // the CLI's integration tests.
  @Test
  void undecodableInputIsADeadLetterWithItsBytes() {
    restart(settings, "at_least_once");
    byte[] garbage = "not avro at all".getBytes(StandardCharsets.UTF_8);
    driver.createInputTopic(Topics.ARTICLES.name(), new ByteArraySerializer(), new ByteArraySerializer())
        .pipeInput(Topics.ARTICLES.keySerde(serdeConfig).serializer().serialize(Topics.ARTICLES.name(), "g1"), garbage);
    publish(article("after", "Chief Rowe said the fire started in the warehouse.", T0));

    KeyValue<String, DeadLetter> letter = deadLetters.readKeyValue();
    assertThat(letter.value.getStage()).isEqualTo("deserialize");
    assertThat(letter.key).isEqualTo("g1");
    assertThat(letter.value.getPayload().array()).isEqualTo(garbage);
    assertThat(letter.value.getReason()).startsWith("cannot deserialize");
    assertThat(letter.value.getFailedPart()).isEqualTo("value");
    assertThat(events.readValuesToList()).hasSize(1);
  }

  /** Issue 12, defect 10: a dead letter says whether the key or the value could not be read. */
  @Test
  void aDeadLetterSaysWhetherTheKeyOrTheValueFailed() {
    restart(settings, "at_least_once");
    byte[] goodValue = Topics.ARTICLES.valueSerde(serdeConfig).serializer().serialize(Topics.ARTICLES.name(),
        article("k1", "Chief Rowe said the fire started in the warehouse.", T0));
    driver.createInputTopic(Topics.ARTICLES.name(), new ByteArraySerializer(), new ByteArraySerializer())
        .pipeInput("a plain string, not a framed Avro key".getBytes(StandardCharsets.UTF_8), goodValue);

    DeadLetter letter = deadLetters.readValue();
    assertThat(letter.getFailedPart()).isEqualTo("key");
    assertThat(letter.getReason()).startsWith("cannot deserialize record (its key)");
  }

  /** Issue 12, defect 1: a dead letter carries the head of its input with the size and hash of the whole. */
  @Test
  void aDeadLetterCarriesTheHeadOfALargeInputWithItsSizeAndHash() throws Exception {
    restart(settings, "at_least_once");
    byte[] garbage = new byte[900_000];
    java.util.Arrays.fill(garbage, (byte) 'x');
    driver.createInputTopic(Topics.ARTICLES.name(), new ByteArraySerializer(), new ByteArraySerializer())
        .pipeInput(Topics.ARTICLES.keySerde(serdeConfig).serializer().serialize(Topics.ARTICLES.name(), "g2"), garbage);

    DeadLetter letter = deadLetters.readValue();
    assertThat(letter.getPayload().remaining()).isEqualTo(64 * 1024);
    assertThat(letter.getPayloadSize()).isEqualTo(900_000L);
    assertThat(letter.getPayloadSha256()).isEqualTo(java.util.HexFormat.of().formatHex(
        java.security.MessageDigest.getInstance("SHA-256").digest(garbage)));
  }

  @Test
  void contradictionIsEmittedOnceAndUpdatedUnderTheSameIdAsEvidenceGrows() {
    publish(article("a1", "Chief Rowe said the fire started in the warehouse.", T0));
    assertThat(contradictions.isEmpty()).as("one position is no contradiction").isTrue();

    Instant t2 = T0.plus(Duration.ofHours(1));
    publish(article("a2", "Mayor Lind said the fire started in the boiler room.", t2));
    List<Event> eventUpdates = events.readValuesToList();
    assertThat(eventUpdates).extracting(Event::getEventId).as("both articles report one event").containsOnly(eventUpdates.get(0).getEventId());
    String eventId = eventUpdates.get(0).getEventId();

    KeyValue<String, Contradiction> first = contradictions.readKeyValue();
    assertThat(first.key).isEqualTo(eventId + ":fire-origin").isEqualTo(first.value.getId());
    assertThat(first.value.getEventId()).isEqualTo(eventId);
    assertThat(first.value.getRevision()).isEqualTo(1);
    assertThat(first.value.getFirstSeen()).isEqualTo(t2);
    assertThat(first.value.getLastUpdated()).isEqualTo(t2);
    assertThat(first.value.getSideA().getClaimants()).containsExactly("Mayor Lind");
    assertThat(first.value.getSideB().getClaimants()).containsExactly("Chief Rowe");
    assertThat(first.value.getSideA().getEvidence()).extracting(e -> e.getArticleId()).containsExactly("a2");
    assertThat(contradictions.isEmpty()).isTrue();

    Instant t3 = T0.plus(Duration.ofHours(2));
    publish(article("a3", "Inspector Gale said the fire started in the warehouse.", t3));
    KeyValue<String, Contradiction> update = contradictions.readKeyValue();
    assertThat(update.key).isEqualTo(first.key);
    assertThat(update.value.getRevision()).isEqualTo(2);
    assertThat(update.value.getFirstSeen()).isEqualTo(t2);
    assertThat(update.value.getLastUpdated()).isEqualTo(t3);
    assertThat(update.value.getSideB().getClaimants()).containsExactly("Chief Rowe", "Inspector Gale");
    assertThat(update.value.getSideB().getArticles()).containsExactly("a1", "a3");

    // The same article delivered again adds nothing: no new revision.
    publish(article("a3", "Inspector Gale said the fire started in the warehouse.", t3));
    assertThat(contradictions.isEmpty()).isTrue();
  }

  @Test
  void describeNamesEveryStage() {
    StreamsBuilder builder = new StreamsBuilder();
    ContraflowTopology.build(builder, settings);
    String description = builder.build().describe().toString();
    assertThat(description).contains("validate-article", "extract-claims", "by-language-repartition", "assign-event",
        "by-event-repartition", "detect-contradictions", "event-profiles", "term-statistics",
        "event-claims", "contradictions", "to-articles-dlq", "to-events", "to-claims", "to-contradictions");
  }

  /**
   * Claims sharing an id (the analysis can read an accusation and its denial from one span) reach detection once, the
   * last of them, as they did when an event's claims were one value keyed by claim id.
   */
  @Test
  void detectionSeesOneClaimPerIdTheLastOne() {
    List<List<String>> seen = new java.util.ArrayList<>();
    restart(settings.withExtraction(text -> {
      io.contraflow.analysis.claims.ArticleAnalysis a = TestArticles.extract(text);
      List<io.contraflow.analysis.claims.Claim> twice = new java.util.ArrayList<>(a.claims());
      twice.addAll(a.claims()); // the same ids again
      return new io.contraflow.analysis.claims.ArticleAnalysis(a.article(), twice, a.entities(), a.terms(), a.fingerprint());
    }).withDetection((eventId, eventClaims) -> {
      seen.add(eventClaims.stream().map(io.contraflow.analysis.claims.Claim::id).toList());
      return List.of();
    }), "exactly_once_v2");

    publish(article("a1", "Chief Rowe said the fire started in the warehouse. Mayor Lind said the plant is closed.", T0));

    assertThat(seen).singleElement().satisfies(ids -> assertThat(ids).hasSize(2).doesNotHaveDuplicates());
  }
}
