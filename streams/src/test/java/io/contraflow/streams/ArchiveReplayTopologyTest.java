package io.contraflow.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.schemas.Article;
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
 * An archive replayed in folder order, not in time order: after a story of 2035, two reports of a crash in 2031, with
 * another story of those days between them, are still one event. Open events are evicted by the time of the article being grouped, not by the latest time seen, so
 * the older story's first report is not evicted before its second arrives. Our own fictional story.
 */
class ArchiveReplayTopologyTest {
  private static final Instant T0 = Instant.parse("2031-03-07T18:00:00Z");
  private static final Instant LATER = Instant.parse("2035-06-01T09:00:00Z");

  @TempDir Path stateDir;
  private TopologyTestDriver driver;
  private TestInputTopic<String, Article> articles;
  private TestOutputTopic<String, Event> events;

  @BeforeEach
  void setUp() {
    Map<String, Object> serdeConfig = Map.of(StreamsAppConfig.SCHEMA_REGISTRY_URL, "mock://archive-replay-" + UUID.randomUUID());
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
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  private void publish(String id, Instant at, String title, String body) {
    articles.pipeInput(id, Article.newBuilder().setId(id).setTitle(title).setBody(body).setSource("The " + id + " Courier")
        .setUrl("https://example.org/" + id).setPublishedAt(at).setIngestedAt(at).setLanguage("en").setOrigin(id + ".txt").build(),
        at);
  }

  @Test
  void anOlderStoryReplayedAfterANewerOneKeepsItsReportsTogether() {
    publish("harbour", LATER, "Fire sweeps Kesta harbour warehouses",
        "A fire swept through three warehouses in Kesta harbour on Sunday, the fire service said. No one was hurt.");
    publish("byNumber", T0, "Flight KV208 disappears from radar after leaving Dorvan",
        "Flight KV208, carrying 96 passengers and crew, disappeared from radar screens twenty minutes after leaving Dorvan "
            + "on Friday evening. The transport minister, Ilse Varga, said all 96 people on board were killed.");
    // Another story of the same days, between the crash's two reports.
    publish("vote", T0.plus(Duration.ofHours(5)), "Norland parliament passes budget after all-night session",
        "Norland's parliament passed the budget early on Saturday after an all-night session, the speaker said. The "
            + "opposition voted against the spending plan.");
    publish("recorders", T0.plus(Duration.ofDays(1)), "Divers recover recorders of Flight KV208",
        "Navy divers on Saturday recovered both flight recorders of Flight KV208, which disappeared from radar after "
            + "leaving Dorvan on Friday. The transport minister, Ilse Varga, said none of the 96 on board survived.");
    List<KeyValue<String, Event>> all = events.readKeyValuesToList();
    assertThat(all).anySatisfy(kv -> assertThat(kv.value.getArticles()).contains("byNumber", "recorders"));
  }
}
