package io.contraflow.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.claims.ClaimExtractor;
import io.contraflow.analysis.contradictions.ContradictionDetector;
import io.contraflow.schemas.Article;
import io.contraflow.schemas.Claim;
import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.Event;
import io.contraflow.schemas.Topics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topology with the real claim extractor, event grouper and contradiction detector. What the NLP finds is the
 * analysis module's business; this checks that the pipeline carries it faithfully: every claim the extractor finds is
 * published, and every contradiction published is one the detector finds over the event's claims.
 */
@Tag("nlp")
class RealAnalysisTopologyTest {
  @TempDir Path stateDir;

  private static final String[][] ARTICLES = {
      {"r1", "Ferry runs aground off Caldmoor", "2031-07-02T08:00:00Z",
          "A passenger ferry ran aground off the island of Caldmoor on Tuesday. Harbour master Ines Duarte said the ferry "
              + "hit an uncharted sandbank. The coast guard said 212 passengers were rescued."},
      {"r2", "Caldmoor ferry operator blames crew error", "2031-07-02T12:00:00Z",
          "The operator of the ferry that ran aground off Caldmoor said the crew had ignored a navigation warning. "
              + "Harbour master Ines Duarte said the ferry did not hit a sandbank but a submerged wreck. "
              + "Rescuers said 180 passengers were rescued."},
      {"r3", "Crew union denies ignoring warning before Caldmoor grounding", "2031-07-03T09:00:00Z",
          "The seafarers' union denied that the crew ignored any navigation warning before the Caldmoor ferry ran aground. "
              + "\"Our officers followed every instruction they were given,\" union spokesman Pavel Kurz said."},
  };

  @Test
  void pipelinePublishesWhatTheRealAnalysisFinds() {
    Map<String, Object> serdeConfig = Map.of(StreamsAppConfig.SCHEMA_REGISTRY_URL, "mock://real-" + UUID.randomUUID());
    StreamsAppConfig config = new StreamsAppConfig(Map.of(
        StreamsAppConfig.SCHEMA_REGISTRY_URL, serdeConfig.get(StreamsAppConfig.SCHEMA_REGISTRY_URL),
        StreamsAppConfig.STATE_DIR, stateDir.toString()));
    StreamsBuilder builder = new StreamsBuilder();
    ContraflowTopology.build(builder, TopologySettings.from(config));

    ClaimExtractor extractor = ClaimExtractor.english();
    Map<String, List<io.contraflow.analysis.claims.Claim>> expectedClaims = new LinkedHashMap<>();
    try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), config.toStreamsProperties())) {
      TestInputTopic<String, Article> in = driver.createInputTopic(Topics.ARTICLES.name(),
          Topics.ARTICLES.keySerde(serdeConfig).serializer(), Topics.ARTICLES.valueSerde(serdeConfig).serializer());
      for (String[] a : ARTICLES) {
        Instant t = Instant.parse(a[2]);
        Article article = Article.newBuilder().setId(a[0]).setTitle(a[1]).setBody(a[3]).setSource("Source " + a[0])
            .setPublishedAt(t).setIngestedAt(t).build();
        expectedClaims.put(a[0], extractor.analyze(AvroMapping.toArticleText(article)).claims());
        in.pipeInput(a[0], article, t);
      }

      List<Event> events = driver.createOutputTopic(Topics.EVENTS.name(), Topics.EVENTS.keySerde(serdeConfig).deserializer(),
          Topics.EVENTS.valueSerde(serdeConfig).deserializer()).readValuesToList();
      List<TestRecord<String, Claim>> claims = driver.createOutputTopic(Topics.CLAIMS.name(),
          Topics.CLAIMS.keySerde(serdeConfig).deserializer(), Topics.CLAIMS.valueSerde(serdeConfig).deserializer()).readRecordsToList();
      List<Contradiction> contradictions = driver.createOutputTopic(Topics.CONTRADICTIONS.name(),
          Topics.CONTRADICTIONS.keySerde(serdeConfig).deserializer(), Topics.CONTRADICTIONS.valueSerde(serdeConfig).deserializer())
          .readValuesToList();
      assertThat(driver.producedTopicNames()).doesNotContain(Topics.ARTICLES_DLQ.name());

      assertThat(events).extracting(e -> e.getLastAssignment().getArticleId()).containsExactly("r1", "r2", "r3");

      // Every claim the extractor finds is published under its article, converted field for field.
      Set<String> expectedIds = expectedClaims.values().stream().flatMap(List::stream)
          .map(io.contraflow.analysis.claims.Claim::id).collect(Collectors.toSet());
      assertThat(claims).extracting(r -> r.getValue().getId()).containsExactlyInAnyOrderElementsOf(expectedIds);
      claims.forEach(r -> assertThat(r.getKey()).isEqualTo(r.getValue().getArticleId()));
      claims.forEach(r -> assertThat(AvroMapping.toDomain(r.getValue())).isIn(expectedClaims.get(r.getKey())));

      // Every contradiction published is one the detector finds over all claims of its event.
      Map<String, String> eventOfArticle = new HashMap<>();
      events.forEach(e -> eventOfArticle.put(e.getLastAssignment().getArticleId(), e.getEventId()));
      Map<String, List<io.contraflow.analysis.claims.Claim>> claimsOfEvent = new HashMap<>();
      expectedClaims.forEach((article, list) -> claimsOfEvent.computeIfAbsent(eventOfArticle.get(article), k -> new java.util.ArrayList<>()).addAll(list));
      ContradictionDetector detector = new ContradictionDetector();
      for (Contradiction c : contradictions) {
        assertThat(detector.detect(c.getEventId(), claimsOfEvent.get(c.getEventId())))
            .extracting(f -> f.id()).contains(c.getId());
      }
      System.out.printf("Real analysis: %d events, %d claims, %d contradiction records%n",
          events.stream().map(Event::getEventId).distinct().count(), claims.size(), contradictions.size());
    }
  }
}
