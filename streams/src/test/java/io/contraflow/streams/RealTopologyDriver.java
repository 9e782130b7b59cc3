package io.contraflow.streams;

import io.contraflow.schemas.Article;
import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.Event;
import io.contraflow.schemas.Topics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * The whole topology with the real extraction, grouping and detection on a {@link TopologyTestDriver}: articles in,
 * events and contradictions out. For the tests that follow a story through every stage.
 */
final class RealTopologyDriver implements AutoCloseable {
  private final TopologyTestDriver driver;
  private final TestInputTopic<String, Article> articles;
  final TestOutputTopic<String, Event> events;
  final TestOutputTopic<String, Contradiction> contradictions;

  RealTopologyDriver(Path stateDir) {
    Map<String, Object> serdeConfig = Map.of(StreamsAppConfig.SCHEMA_REGISTRY_URL, "mock://real-topology-" + UUID.randomUUID());
    StreamsAppConfig config = new StreamsAppConfig(Map.of(
        StreamsAppConfig.SCHEMA_REGISTRY_URL, serdeConfig.get(StreamsAppConfig.SCHEMA_REGISTRY_URL),
        StreamsAppConfig.STATE_DIR, stateDir.toString(),
        StreamsAppConfig.EXTRACTION_WARM_UP_MS, 0L));
    Properties props = config.toStreamsProperties();
    StreamsBuilder builder = new StreamsBuilder();
    ContraflowTopology.build(builder, TopologySettings.from(config));
    driver = new TopologyTestDriver(builder.build(props), props);
    articles = driver.createInputTopic(Topics.ARTICLES.name(),
        Topics.ARTICLES.keySerde(serdeConfig).serializer(), Topics.ARTICLES.valueSerde(serdeConfig).serializer());
    events = driver.createOutputTopic(Topics.EVENTS.name(),
        Topics.EVENTS.keySerde(serdeConfig).deserializer(), Topics.EVENTS.valueSerde(serdeConfig).deserializer());
    contradictions = driver.createOutputTopic(Topics.CONTRADICTIONS.name(),
        Topics.CONTRADICTIONS.keySerde(serdeConfig).deserializer(), Topics.CONTRADICTIONS.valueSerde(serdeConfig).deserializer());
  }

  /** One article from an outlet named after it, published (and ingested) at {@code at}. */
  void publish(String id, Instant at, String title, String body) {
    articles.pipeInput(id, Article.newBuilder().setId(id).setTitle(title).setBody(body).setSource("The " + id + " Courier")
        .setUrl("https://example.org/" + id).setPublishedAt(at).setIngestedAt(at).setLanguage("en").setOrigin(id + ".txt").build(),
        at);
  }

  @Override
  public void close() {
    driver.close();
  }
}
