package io.contraflow.streams.stages;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.ClaimExtractor;
import io.contraflow.analysis.contradictions.ContradictionDetector;
import io.contraflow.analysis.contradictions.Finding;
import io.contraflow.schemas.AnalyzedArticle;
import io.contraflow.schemas.Claim;
import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.EventClaims;
import io.contraflow.schemas.serde.SpecificAvroSerde;
import io.contraflow.streams.AvroMapping;
import java.time.Instant;
import java.util.ArrayList;
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
 * An event over its claim cap loses its oldest articles in a batch, and between batches the stage adds each article to
 * its kept detection and reads nothing back: after every article, the emitted contradictions are those whole-event
 * detection finds on the claims the store retains. Fictional coverage in our own words.
 */
class DetectContradictionsTrimTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.englishWithoutGist();
  private static final ContradictionDetector DETECTOR = new ContradictionDetector();
  private static final Instant T0 = Instant.parse("2031-03-03T08:00:00Z");
  /** The story of {@link KeptDetectionsTest}, and one more article of it. */
  private static final String[] BODIES = java.util.stream.Stream.concat(java.util.Arrays.stream(KeptDetectionsTest.BODIES), java.util.stream.Stream.of(
      "Hospital staff in Tolvik said 11 people were killed. The union repeated that Nordbahn skipped inspections for months."))
      .toArray(String[]::new);

  @Test
  void findingsAfterEveryArticleAreThoseOfTheRetainedClaims() {
    MockProcessorContext<String, org.apache.avro.specific.SpecificRecord> context = new MockProcessorContext<>();
    KeyValueStore<String, EventClaims> claims = store(context, DetectContradictions.CLAIMS_STORE, EventClaims.class);
    KeyValueStore<String, Contradiction> contradictions = store(context, DetectContradictions.CONTRADICTIONS_STORE, Contradiction.class);
    int maxClaims = 9;
    DetectContradictions stage = new DetectContradictions(DETECTOR, maxClaims, 1_000_000);
    stage.init(context);

    int trims = 0;
    int before = 0;
    for (int i = 0; i < 3 * BODIES.length; i++) {
      stage.process(article("a" + i, BODIES[i % BODIES.length], T0.plusSeconds(600L * i)));
      List<Claim> stored = storedClaims(claims);
      assertThat(stored.size()).isLessThanOrEqualTo(maxClaims);
      if (stored.size() < before) trims++;
      before = stored.size();
      List<Finding> whole = DETECTOR.detect("evt", stored.stream().map(AvroMapping::toDomain).toList());
      for (Finding f : whole) {
        Contradiction kept = contradictions.get("evt/" + f.id());
        assertThat(kept).as("article %d: %s", i, f.topic()).isNotNull();
        Contradiction expected = AvroMapping.toAvro(f, kept.getFirstSeen(), kept.getLastUpdated(), kept.getRevision());
        assertThat(DetectContradictions.sameSubstance(kept, expected)).as("article %d: %s", i, f.topic()).isTrue();
      }
    }
    assertThat(trims).as("the cap was reached and trimmed more than once").isGreaterThan(1);
  }

  @Test
  void anEventOverItsCapKeepsAQuarterFewerClaims() {
    assertThat(EventClaimLog.trimmedTo(2000)).isEqualTo(1500);
    assertThat(EventClaimLog.trimmedTo(1)).isZero();
  }

  private static List<Claim> storedClaims(KeyValueStore<String, EventClaims> claims) {
    List<Claim> out = new ArrayList<>();
    try (var range = claims.prefixScan("evt/", Serdes.String().serializer())) {
      range.forEachRemaining(kv -> out.addAll(kv.value.getClaims()));
    }
    return out;
  }

  private static <T extends org.apache.avro.specific.SpecificRecord> KeyValueStore<String, T> store(
      MockProcessorContext<String, org.apache.avro.specific.SpecificRecord> context, String name, Class<T> type) {
    // The mock context names every store's topic "changelog": one in-memory registry per store keeps their subjects apart.
    SpecificAvroSerde<T> serde = new SpecificAvroSerde<>(type);
    serde.configure(Map.of("schema.registry.url", "mock://trim-" + name + "-" + UUID.randomUUID()), false);
    KeyValueStore<String, T> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), serde)
        .withLoggingDisabled().build();
    store.init(context.getStateStoreContext(), store);
    context.addStateStore(store);
    return store;
  }

  private static Record<String, AnalyzedArticle> article(String id, String body, Instant published) {
    AnalyzedArticle a = AvroMapping.toAvro(EXTRACTOR.analyze(new ArticleText(id, "Tolvik derailment", body, "Wire " + id, null, published, "en")));
    a.setEventId("evt");
    return new Record<>("evt", a, published.toEpochMilli());
  }
}
