package io.contraflow.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.schemas.Article;
import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.Event;
import io.contraflow.schemas.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
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

/**
 * A late merge through the whole topology, with the real extraction and detection: one air crash opened as two
 * events (by its flight number, by the lake it fell into), each with its own dispute; a later article naming it both
 * ways merges them. The closed event's last record names the event that continues it, its contradiction is retracted
 * with a tombstone, its claims reach the survivor through {@code event-merges}, and the survivor finds what the two
 * halves contradict each other on. Our own fictional story.
 */
class LateMergeTopologyTest {
  private static final Instant T0 = Instant.parse("2031-03-07T18:00:00Z");

  @TempDir Path stateDir;
  private TopologyTestDriver driver;
  private TestInputTopic<String, Article> articles;
  private TestOutputTopic<String, Event> events;
  private TestOutputTopic<String, Contradiction> contradictions;

  @BeforeEach
  void setUp() {
    Map<String, Object> serdeConfig = Map.of(StreamsAppConfig.SCHEMA_REGISTRY_URL, "mock://late-merge-" + UUID.randomUUID());
    StreamsAppConfig config = new StreamsAppConfig(Map.of(
        StreamsAppConfig.SCHEMA_REGISTRY_URL, serdeConfig.get(StreamsAppConfig.SCHEMA_REGISTRY_URL),
        StreamsAppConfig.STATE_DIR, stateDir.toString(),
        StreamsAppConfig.EXTRACTION_WARM_UP_MS, 0L));
    Properties props = config.toStreamsProperties();
    StreamsBuilder builder = new StreamsBuilder();
    ContraflowTopology.build(builder, TopologySettings.from(config));
    Topology topology = builder.build(props);
    driver = new TopologyTestDriver(topology, props);
    articles = driver.createInputTopic(Topics.ARTICLES.name(),
        Topics.ARTICLES.keySerde(serdeConfig).serializer(), Topics.ARTICLES.valueSerde(serdeConfig).serializer());
    events = driver.createOutputTopic(Topics.EVENTS.name(),
        Topics.EVENTS.keySerde(serdeConfig).deserializer(), Topics.EVENTS.valueSerde(serdeConfig).deserializer());
    contradictions = driver.createOutputTopic(Topics.CONTRADICTIONS.name(),
        Topics.CONTRADICTIONS.keySerde(serdeConfig).deserializer(), Topics.CONTRADICTIONS.valueSerde(serdeConfig).deserializer());
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  private void publish(String id, Duration after, String title, String body) {
    Instant at = T0.plus(after);
    articles.pipeInput(id, Article.newBuilder().setId(id).setTitle(title).setBody(body).setSource("The " + id + " Courier")
        .setUrl("https://example.org/" + id).setPublishedAt(at).setIngestedAt(at).setLanguage("en").setOrigin(id + ".txt").build(),
        at);
  }

  @Test
  void anArticleNamingTheIncidentBothWaysMergesTwoEventsAndTheirDisputes() {
    publish("byNumber", Duration.ZERO, "Flight KV208 disappears from radar after leaving Dorvan",
        "Flight KV208, carrying 96 passengers and crew, disappeared from radar screens twenty minutes after leaving Dorvan "
            + "on Friday evening. The transport minister, Ilse Varga, said all 96 people on board were killed.");
    publish("byPlace", Duration.ofHours(3), "Lake Ostra crash: wreckage found near Tarnby",
        "Fishermen found wreckage and life jackets floating on Lake Ostra near the village of Tarnby late on Friday. "
            + "Tarnby's mayor, Oskar Lind, said 130 people were killed when the airliner hit the water. Lind said the plane "
            + "was shot down deliberately. The airline said the crash was an accident caused by an engine fire.");
    List<KeyValue<String, Event>> before = events.readKeyValuesToList();
    String first = before.get(0).key;
    String second = before.get(1).key;
    assertThat(second).as("the crash opened as two events").isNotEqualTo(first);
    List<KeyValue<String, Contradiction>> secondHalf = contradictions.readKeyValuesToList();
    assertThat(secondHalf).as("the lake event's own dispute").isNotEmpty()
        .allSatisfy(kv -> assertThat(kv.value.getEventId()).isEqualTo(second));

    publish("bridge", Duration.ofDays(1), "Divers recover recorders of Flight KV208 from Lake Ostra crash site",
        "Navy divers on Saturday recovered both flight recorders of Flight KV208 from the bottom of Lake Ostra, where the "
            + "airliner came down near Tarnby. Investigators said the Lake Ostra crash left no survivors among the 96 on board.");

    List<KeyValue<String, Event>> after = events.readKeyValuesToList();
    assertThat(after).anySatisfy(kv -> {
      assertThat(kv.key).isEqualTo(second);
      assertThat(kv.value.getContinuedBy()).isEqualTo(first);
    });
    assertThat(after).anySatisfy(kv -> {
      assertThat(kv.key).isEqualTo(first);
      assertThat(kv.value.getContinues()).containsExactly(second);
      assertThat(kv.value.getArticles()).contains("byNumber", "byPlace", "bridge");
    });

    List<KeyValue<String, Contradiction>> changes = contradictions.readKeyValuesToList();
    for (KeyValue<String, Contradiction> withdrawn : secondHalf) {
      assertThat(changes).as("retraction of %s", withdrawn.key).anySatisfy(kv -> {
        assertThat(kv.key).isEqualTo(withdrawn.key);
        assertThat(kv.value).isNull();
      });
    }
    assertThat(changes).as("the survivor's disputes, across the two halves").anySatisfy(kv -> {
      assertThat(kv.value).isNotNull();
      assertThat(kv.value.getEventId()).isEqualTo(first);
      assertThat(kv.value.getTopic()).contains("96").contains("130");
    });
  }
}
