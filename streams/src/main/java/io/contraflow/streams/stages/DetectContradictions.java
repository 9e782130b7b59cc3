package io.contraflow.streams.stages;

import io.contraflow.analysis.contradictions.Finding;
import io.contraflow.schemas.AnalyzedArticle;
import io.contraflow.schemas.Claim;
import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.EventClaims;
import io.contraflow.schemas.Side;
import io.contraflow.streams.AvroMapping;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Contradiction detection per event. Input is keyed by event id. Keeps each event's claims (the most recent
 * {@code maxClaims}) in {@value #CLAIMS_STORE} and the last emitted version of each contradiction in
 * {@value #CONTRADICTIONS_STORE}. On each article it adds the article's claims, re-runs detection over the event's
 * claims, and emits, keyed by finding id, every contradiction that is new or whose substance changed: the same
 * contradiction found again with more evidence is an update (revision + 1, firstSeen kept), not a new record.
 *
 * <p>State stays bounded: every {@value #PRUNE_EVERY} articles, events with no claim newer than {@link #RETAIN}
 * before the latest article time seen are dropped from both stores (the emitted records stay on the compacted
 * topic as history). The contradictions store is keyed {@code eventId/contradictionId} so an event's entries are
 * one prefix scan.
 */
public final class DetectContradictions implements Processor<String, AnalyzedArticle, String, Contradiction> {
  public static final String CLAIMS_STORE = "event-claims";
  public static final String CONTRADICTIONS_STORE = "contradictions";

  /** How long an event's claims are kept after its last one: a story can be disputed for months. */
  static final java.time.Duration RETAIN = java.time.Duration.ofDays(400);
  static final int PRUNE_EVERY = 1_000;

  private final BiFunction<String, List<io.contraflow.analysis.claims.Claim>, List<Finding>> detection;
  private Instant latestArticle = Instant.EPOCH;
  private int sincePruned;
  private final int maxClaims;
  private ProcessorContext<String, Contradiction> context;
  private KeyValueStore<String, EventClaims> eventClaims;
  private KeyValueStore<String, Contradiction> emitted;

  public DetectContradictions(BiFunction<String, List<io.contraflow.analysis.claims.Claim>, List<Finding>> detection, int maxClaims) {
    this.detection = detection;
    this.maxClaims = maxClaims;
  }

  public static ProcessorSupplier<String, AnalyzedArticle, String, Contradiction> supplier(
      BiFunction<String, List<io.contraflow.analysis.claims.Claim>, List<Finding>> detection, int maxClaims,
      Serde<EventClaims> claimsSerde, Serde<Contradiction> contradictionSerde) {
    StoreBuilder<KeyValueStore<String, EventClaims>> claims =
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CLAIMS_STORE), Serdes.String(), claimsSerde);
    StoreBuilder<KeyValueStore<String, Contradiction>> contradictions =
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CONTRADICTIONS_STORE), Serdes.String(), contradictionSerde);
    return new ProcessorSupplier<>() {
      @Override
      public Processor<String, AnalyzedArticle, String, Contradiction> get() {
        return new DetectContradictions(detection, maxClaims);
      }

      @Override
      public Set<StoreBuilder<?>> stores() {
        return Set.of(claims, contradictions);
      }
    };
  }

  @Override
  public void init(ProcessorContext<String, Contradiction> context) {
    this.context = context;
    this.eventClaims = context.getStateStore(CLAIMS_STORE);
    this.emitted = context.getStateStore(CONTRADICTIONS_STORE);
  }

  @Override
  public void process(Record<String, AnalyzedArticle> record) {
    String eventId = record.key();
    AnalyzedArticle article = record.value();
    if (article.getClaims().isEmpty()) return; // nothing new to compare

    List<Claim> claims = withNewClaims(eventClaims.get(eventId), article.getClaims());
    // Detect before storing: if detection throws, the article becomes a dead letter and its claims are not kept,
    // so one claim the detector chokes on cannot break every later article of the event.
    List<Finding> findings = detection.apply(eventId, claims.stream().map(AvroMapping::toDomain).toList());
    eventClaims.put(eventId, new EventClaims(eventId, claims));

    Instant articleTime = article.getEventTime();
    for (Finding finding : findings) {
      String storeKey = eventId + "/" + finding.id();
      Contradiction previous = emitted.get(storeKey);
      if (previous != null && sameSubstance(previous, finding)) continue;
      Contradiction next = previous == null
          ? AvroMapping.toAvro(finding, articleTime, articleTime, 1)
          : AvroMapping.toAvro(finding, previous.getFirstSeen(), latest(previous.getLastUpdated(), articleTime), previous.getRevision() + 1);
      emitted.put(storeKey, next);
      context.forward(record.withKey(finding.id()).withValue(next));
    }
    if (articleTime.isAfter(latestArticle)) latestArticle = articleTime;
    if (++sincePruned >= PRUNE_EVERY) {
      pruneIdleEvents();
      sincePruned = 0;
    }
  }

  /** Drops the claims and emitted versions of events whose newest claim is older than {@link #RETAIN}. */
  void pruneIdleEvents() {
    Instant cutoff = latestArticle.minus(RETAIN);
    List<String> idle = new ArrayList<>();
    try (var all = eventClaims.all()) {
      while (all.hasNext()) {
        var next = all.next();
        boolean recent = next.value.getClaims().stream().anyMatch(c -> c.getPublishedAt().isAfter(cutoff));
        if (!recent) idle.add(next.key);
      }
    }
    for (String eventId : idle) {
      eventClaims.delete(eventId);
      List<String> keys = new ArrayList<>();
      try (var mine = emitted.prefixScan(eventId + "/", Serdes.String().serializer())) {
        while (mine.hasNext()) keys.add(mine.next().key);
      }
      keys.forEach(emitted::delete);
    }
  }

  /** The stored claims plus the article's (replacing any with the same id), the most recent {@code maxClaims}. */
  private List<Claim> withNewClaims(EventClaims stored, List<Claim> newClaims) {
    Map<String, Claim> byId = new LinkedHashMap<>();
    if (stored != null) stored.getClaims().forEach(c -> byId.put(c.getId(), c));
    for (Claim c : newClaims) {
      byId.remove(c.getId()); // re-insert so a re-delivered claim counts as recent
      byId.put(c.getId(), c);
    }
    List<Claim> kept = new ArrayList<>(byId.values());
    if (kept.size() > maxClaims) kept = new ArrayList<>(kept.subList(kept.size() - maxClaims, kept.size()));
    return kept;
  }

  /** True when a finding says nothing the emitted version did not: same kind, confidence and sides. */
  static boolean sameSubstance(Contradiction emitted, Finding finding) {
    return emitted.getKind().name().equals(finding.kind().name())
        && emitted.getConfidence() == finding.confidence()
        && sameSide(emitted.getSideA(), finding.sideA())
        && sameSide(emitted.getSideB(), finding.sideB());
  }

  private static boolean sameSide(Side emitted, io.contraflow.analysis.contradictions.Side side) {
    return Objects.equals(emitted.getClaimants(), side.claimants())
        && Objects.equals(emitted.getStatements(), side.statements())
        && Objects.equals(emitted.getArticles(), side.articles());
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
