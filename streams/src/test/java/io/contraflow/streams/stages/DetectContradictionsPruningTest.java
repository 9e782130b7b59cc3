package io.contraflow.streams.stages;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.ClaimExtractor;
import io.contraflow.analysis.contradictions.ContradictionDetector;
import io.contraflow.schemas.AnalyzedArticle;
import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.EventClaims;
import io.contraflow.schemas.serde.SpecificAvroSerde;
import io.contraflow.streams.AvroMapping;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/** The detection stage's state stays bounded: events idle for longer than the retention are dropped from both stores. */
class DetectContradictionsPruningTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.english();
  private static final Instant DAY1 = Instant.parse("2025-03-01T10:00:00Z");

  @Test
  void eventsIdleLongerThanTheRetentionAreDroppedFromBothStores() {
    // The mock context names every store's topic "changelog": one in-memory registry per store keeps their subjects apart.
    SpecificAvroSerde<EventClaims> claimsSerde = new SpecificAvroSerde<>(EventClaims.class);
    claimsSerde.configure(Map.of("schema.registry.url", "mock://pruning-claims-" + UUID.randomUUID()), false);
    SpecificAvroSerde<Contradiction> contradictionSerde = new SpecificAvroSerde<>(Contradiction.class);
    contradictionSerde.configure(Map.of("schema.registry.url", "mock://pruning-contradictions-" + UUID.randomUUID()), false);

    MockProcessorContext<String, org.apache.avro.specific.SpecificRecord> context = new MockProcessorContext<>();
    KeyValueStore<String, EventClaims> claims = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(DetectContradictions.CLAIMS_STORE),
        Serdes.String(), claimsSerde).withLoggingDisabled().build();
    KeyValueStore<String, Contradiction> contradictions = Stores.keyValueStoreBuilder(
        Stores.inMemoryKeyValueStore(DetectContradictions.CONTRADICTIONS_STORE), Serdes.String(), contradictionSerde).withLoggingDisabled().build();
    claims.init(context.getStateStoreContext(), claims);
    contradictions.init(context.getStateStoreContext(), contradictions);
    context.addStateStore(claims);
    context.addStateStore(contradictions);

    DetectContradictions stage = new DetectContradictions(new ContradictionDetector()::detect, 2000, 1_000_000);
    stage.init(context);
    stage.process(article("old-1", "evt-old", DAY1, "Health officials said 23 people were killed in the blast at the Arnholt depot."));
    stage.process(article("old-2", "evt-old", DAY1.plusSeconds(3600), "Hospital staff said 31 people were killed in the Arnholt depot blast."));
    assertThat(context.forwarded()).isNotEmpty();
    assertThat(keysOf(claims, "evt-old/")).isNotEmpty();

    Instant later = DAY1.plus(DetectContradictions.RETAIN).plus(Duration.ofDays(30));
    stage.process(article("new-1", "evt-new", later, "Officials said 4 people were injured when the Vessport bridge collapsed."));
    stage.pruneIdleEvents();

    assertThat(keysOf(claims, "evt-old/")).isEmpty();
    assertThat(keysOf(claims, "evt-new/")).isNotEmpty();
    try (var left = contradictions.all()) {
      assertThat(left.hasNext()).as("no contradiction of the idle event is kept").isFalse();
    }
  }

  private static java.util.List<String> keysOf(KeyValueStore<String, ?> store, String prefix) {
    java.util.List<String> keys = new java.util.ArrayList<>();
    try (var range = store.prefixScan(prefix, Serdes.String().serializer())) {
      range.forEachRemaining(kv -> keys.add(kv.key));
    }
    return keys;
  }

  private static Record<String, AnalyzedArticle> article(String id, String eventId, Instant published, String body) {
    AnalyzedArticle a = AvroMapping.toAvro(EXTRACTOR.analyze(new ArticleText(id, "Title", body, "Wire " + id, null, published, "en")));
    a.setEventId(eventId);
    return new Record<>(eventId, a, published.toEpochMilli());
  }
}
