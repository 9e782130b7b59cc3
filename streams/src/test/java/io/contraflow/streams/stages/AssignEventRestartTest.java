package io.contraflow.streams.stages;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.schemas.AnalyzedArticle;
import io.contraflow.schemas.EventProfile;
import io.contraflow.schemas.serde.SpecificAvroSerde;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, defect 8: event assignment decides the same whether or not its task was restarted in between. A restart
 * is what exactly-once recovery does after a crash: a new processor over the stores as they were at the last commit
 * (here, as they are: every record is committed). The stores keep serialized bytes, so what is read back went through
 * the Avro serde, as after a restore from the changelog. Before the fix, the restored profiles' fingerprints came back
 * in hash order, so a copy of a wire story named another of its equally close copies as its original, and the term
 * statistics, saved every 25 articles, came back missing the articles since.
 */
class AssignEventRestartTest {
  private static final Instant T0 = Instant.parse("2031-05-04T06:00:00Z");
  private static final long[] WIRE_COPIES = {0x5A5A_1234_0F0F_7777L, 0x1111_2222_3333_4444L, 0x7E57_0000_FFFF_0001L};

  @Test
  void decisionsAfterRestartsAreTheDecisionsOfAnUninterruptedRun() {
    List<AnalyzedArticle> articles = articles(180);

    List<String> uninterrupted = run(articles, List.of(), false);
    List<String> restarted = run(articles, List.of(31, 77, 130, 151), false);

    assertThat(uninterrupted).as("some articles are syndicated copies").anyMatch(s -> s.contains("copyOf=story"));
    assertThat(restarted).containsExactlyElementsOf(uninterrupted);
  }

  /**
   * The same, similarity scores included: the grouper computes an event's vector lengths from the current term
   * statistics (never from a cache a restarted task lacks) and breaks weight ties by name, so a restarted task scores
   * exactly as an uninterrupted one.
   */
  @Test
  void scoresAfterRestartsAreTheScoresOfAnUninterruptedRun() {
    List<AnalyzedArticle> articles = articles(180);

    assertThat(run(articles, List.of(31, 77, 130, 151), true)).containsExactlyElementsOf(run(articles, List.of(), true));
  }

  /** Feeds the articles to one processor, replaced by a new one over the same stores before each index in restarts. */
  private static List<String> run(List<AnalyzedArticle> articles, List<Integer> restarts, boolean withScores) {
    String registry = "mock://restart-" + UUID.randomUUID();
    SpecificAvroSerde<EventProfile> serde = new SpecificAvroSerde<>(EventProfile.class);
    serde.configure(Map.of("schema.registry.url", registry), false);
    MockProcessorContext<String, Assigned> context = new MockProcessorContext<>();
    KeyValueStore<String, EventProfile> profiles = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(AssignEvent.STORE),
        Serdes.String(), serde).withLoggingDisabled().build();
    KeyValueStore<String, Long> statistics = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(AssignEvent.STATISTICS_STORE),
        Serdes.String(), Serdes.Long()).withLoggingDisabled().build();
    profiles.init(context.getStateStoreContext(), profiles);
    statistics.init(context.getStateStoreContext(), statistics);
    context.addStateStore(profiles);
    context.addStateStore(statistics);

    List<String> decisions = new ArrayList<>();
    AssignEvent stage = null;
    for (int i = 0; i < articles.size(); i++) {
      if (stage == null || restarts.contains(i)) {
        stage = new AssignEvent(Duration.ofDays(7), 1_000_000);
        stage.init(context);
      }
      AnalyzedArticle copy = AnalyzedArticle.newBuilder(articles.get(i)).build();
      stage.process(new Record<>("en", copy, copy.getEventTime().toEpochMilli()));
    }
    for (var forwarded : context.forwarded()) {
      Assigned a = forwarded.record().value();
      if (!withScores) {
        // The reason quotes the scores ("names and terms 0.87"): without scores, only its words are compared.
        a.event().getLastAssignment().setSimilarity(0);
        String reason = a.event().getLastAssignment().getReason();
        if (reason != null) a.event().getLastAssignment().setReason(reason.replaceAll("\\d+\\.\\d+", "#"));
      }
      decisions.add(a.article().getArticleId() + " -> " + a.event().getEventId() + " copyOf=" + a.article().getSyndicatedCopyOf()
          + " " + a.event());
    }
    return decisions;
  }

  /** Two stories told in turn; in each, wire copies (equal fingerprints) and own reports. */
  private static List<AnalyzedArticle> articles(int count) {
    List<AnalyzedArticle> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      boolean fire = i % 3 != 2;
      Map<String, Double> entities = new LinkedHashMap<>();
      Map<String, Double> terms = new LinkedHashMap<>();
      if (fire) {
        entities.put("harlow creek", 2.0);
        entities.put("brennan chemicals", 2.0);
        terms.put("fire", 3.0);
        terms.put("plant", 2.0);
      } else {
        entities.put("vessport", 2.0);
        entities.put("vessport bridge", 2.0);
        terms.put("bridge", 3.0);
        terms.put("collapse", 2.0);
      }
      entities.put("spokesperson " + (i % 11), 1.0);
      terms.put("detail" + (i % 13), 1.0);
      terms.put("angle" + (i % 5), 1.0);
      long fingerprint = i % 4 == 0 ? WIRE_COPIES[(i / 4) % WIRE_COPIES.length] : 0x1000_0000_0000_0000L + i * 0x9E37_79B9_7F4A_7C15L;
      out.add(AnalyzedArticle.newBuilder()
          .setArticleId("story-" + i).setTitle(fire ? "Fire at Brennan Chemicals" : "Vessport bridge collapse")
          .setSource("Outlet " + (i % 9)).setUrl(null).setLanguage("en")
          .setEventTime(T0.plus(Duration.ofMinutes(i)))
          .setEntities(entities).setTerms(terms).setFingerprint(fingerprint)
          .setClaims(List.of())
          .build());
    }
    return out;
  }
}
