package io.contraflow.streams.stages;

import io.contraflow.analysis.contradictions.ContradictionDetector;
import io.contraflow.analysis.contradictions.Finding;
import io.contraflow.schemas.AnalyzedArticle;
import io.contraflow.schemas.Claim;
import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.EventClaims;
import io.contraflow.schemas.Side;
import io.contraflow.streams.AvroMapping;
import io.contraflow.streams.bounds.RecordFit;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Contradiction detection per event. Input is keyed by event id. Keeps each event's claims (the most recent
 * {@code maxClaims}) in {@value #CLAIMS_STORE} and the last emitted version of each contradiction in
 * {@value #CONTRADICTIONS_STORE}. On each article it adds the article's claims, re-runs detection over the event's
 * claims, and emits, keyed by finding id, every contradiction that is new or whose substance changed: the same
 * contradiction found again with more evidence is an update (revision + 1, firstSeen kept), not a new record.
 * The real detector's per-event state is kept between articles ({@link KeptDetections}); stored claims stay the truth.
 *
 * <h2>State that grows with the story, in bounded records</h2>
 * An event's claims are not one value (one value per event passed Kafka's 1 MB record limit at about 2,000 claims,
 * about 120 articles of one story, and stopped the pipeline for good). They are stored as one record per article (per
 * part of an article sent in several), keyed {@code eventId/sequence} with a 16-digit hex sequence, so that an event's
 * claims, oldest first, are one range scan of the prefix {@code eventId/}; each record is as small as the article
 * part that brought it, which {@link ArticleParts} bounded. A claim delivered again replaces its earlier copy and
 * counts as recent; beyond {@code maxClaims} the oldest are dropped. An event stored by an older release as one
 * value under its bare id is moved to this layout the first time the event is seen again.
 *
 * <p>State stays bounded: every {@value #PRUNE_EVERY} articles, events with no claim newer than {@link #RETAIN}
 * before the latest article time seen are dropped from both stores (the emitted records stay on the compacted
 * topic as history). The contradictions store is keyed {@code eventId/contradictionId} so an event's entries are
 * one prefix scan too.
 */
public final class DetectContradictions implements Processor<String, AnalyzedArticle, String, SpecificRecord> {
  public static final String CLAIMS_STORE = "event-claims";
  public static final String CONTRADICTIONS_STORE = "contradictions";

  /** How long an event's claims are kept after its last one: a story can be disputed for months. */
  static final java.time.Duration RETAIN = java.time.Duration.ofDays(400);
  static final int PRUNE_EVERY = 1_000;

  private final BiFunction<String, List<io.contraflow.analysis.claims.Claim>, List<Finding>> detection;
  /** The real detector's per-event state, kept between articles; null for a substituted detection (tests). */
  private final KeptDetections kept;
  private final int maxClaims;
  private final int maxRecordBytes;
  private Instant latestArticle = Instant.EPOCH;
  private int sincePruned;
  private ProcessorContext<String, SpecificRecord> context;
  private KeyValueStore<String, EventClaims> eventClaims;
  private KeyValueStore<String, Contradiction> emitted;

  public DetectContradictions(BiFunction<String, List<io.contraflow.analysis.claims.Claim>, List<Finding>> detection,
                              int maxClaims, int maxRecordBytes) {
    this.detection = detection;
    this.kept = detection instanceof ContradictionDetector d ? new KeptDetections(d, KeptDetections.DEFAULT_EVENTS, maxClaims) : null;
    this.maxClaims = maxClaims;
    this.maxRecordBytes = maxRecordBytes;
  }

  public static ProcessorSupplier<String, AnalyzedArticle, String, SpecificRecord> supplier(
      BiFunction<String, List<io.contraflow.analysis.claims.Claim>, List<Finding>> detection, int maxClaims,
      int maxRecordBytes, Serde<EventClaims> claimsSerde, Serde<Contradiction> contradictionSerde) {
    StoreBuilder<KeyValueStore<String, EventClaims>> claims =
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CLAIMS_STORE), Serdes.String(), claimsSerde);
    StoreBuilder<KeyValueStore<String, Contradiction>> contradictions =
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CONTRADICTIONS_STORE), Serdes.String(), contradictionSerde);
    return new ProcessorSupplier<>() {
      @Override
      public Processor<String, AnalyzedArticle, String, SpecificRecord> get() {
        return new DetectContradictions(detection, maxClaims, maxRecordBytes);
      }

      @Override
      public Set<StoreBuilder<?>> stores() {
        return Set.of(claims, contradictions);
      }
    };
  }

  @Override
  public void init(ProcessorContext<String, SpecificRecord> context) {
    this.context = context;
    this.eventClaims = context.getStateStore(CLAIMS_STORE);
    this.emitted = context.getStateStore(CONTRADICTIONS_STORE);
  }

  @Override
  public void process(Record<String, AnalyzedArticle> record) {
    String eventId = record.key();
    AnalyzedArticle article = record.value();
    Instant articleTime = article.getEventTime();
    if (articleTime.isAfter(latestArticle)) latestArticle = articleTime;
    boolean lastPart = article.getPart() >= article.getParts() - 1;
    if (article.getMergedInto() != null && article.getClaims().isEmpty()) {
      handOver(record, eventId, article.getMergedInto());
      return;
    }
    if (!article.getClaims().isEmpty()) {
      migrateLegacy(eventId);
      ClaimsUpdate update = withNewClaims(eventId, article.getClaims());
      // Detect before storing: if detection throws, the article becomes a dead letter and its claims are not kept,
      // so one claim the detector chokes on cannot break every later article of the event. An article sent in
      // parts is compared once, when all its claims are in.
      if (lastPart) emitFindings(record, eventId, update.claims, articleTime);
      update.apply();
    } else if (lastPart && article.getPart() > 0) {
      emitFindings(record, eventId, storedClaims(eventId), articleTime);
    }
    if (++sincePruned >= PRUNE_EVERY) {
      pruneIdleEvents();
      sincePruned = 0;
    }
  }

  /**
   * A late merge closed {@code eventId}: the event {@code survivor} continues it. Its contradictions are retracted
   * (a tombstone each on the compacted topic, which the live views read as "withdrawn"), and its claims go on to the
   * survivor, in records no larger than an article's parts, through {@code event-merges}; detection there finds what
   * the two halves of the story contradict each other on.
   */
  private void handOver(Record<String, AnalyzedArticle> record, String eventId, String survivor) {
    List<Claim> claims = storedClaims(eventId);
    if (kept != null) kept.forget(eventId);
    chunks(eventId).forEach(kv -> eventClaims.delete(kv.key));
    if (eventClaims.get(eventId) != null) eventClaims.delete(eventId);
    for (String key : emittedKeys(eventId)) {
      Contradiction withdrawn = emitted.get(key);
      emitted.delete(key);
      context.forward(record.withKey(withdrawn.getId()).withValue(null));
    }
    List<List<Claim>> parts = new ArrayList<>();
    List<Claim> part = new ArrayList<>();
    int size = 0;
    int budget = maxRecordBytes / 2;
    for (Claim c : claims) {
      int bytes = RecordFit.wireSize(c);
      if (!part.isEmpty() && size + bytes > budget) {
        parts.add(part);
        part = new ArrayList<>();
        size = 0;
      }
      part.add(c);
      size += bytes;
    }
    if (!part.isEmpty()) parts.add(part);
    for (int i = 0; i < parts.size(); i++) {
      AnalyzedArticle moved = AnalyzedArticle.newBuilder(record.value()).setArticleId("merged:" + eventId).setEventId(survivor)
          .setClaims(parts.get(i)).setPart(i).setParts(parts.size()).setMergedInto(survivor).build();
      context.forward(record.withKey(survivor).withValue(moved));
    }
  }

  private List<String> emittedKeys(String eventId) {
    List<String> keys = new ArrayList<>();
    try (var mine = emitted.prefixScan(eventId + "/", new StringSerializer())) {
      while (mine.hasNext()) keys.add(mine.next().key);
    }
    return keys;
  }

  private void emitFindings(Record<String, AnalyzedArticle> record, String eventId, List<Claim> claims, Instant articleTime) {
    List<Finding> findings = detect(eventId, claims.stream().map(AvroMapping::toDomain).toList());
    retractWithdrawn(record, eventId, claims, findings);
    for (Finding finding : findings) {
      String storeKey = eventId + "/" + finding.id();
      Contradiction previous = emitted.get(storeKey);
      Contradiction next = previous == null
          ? AvroMapping.toAvro(finding, articleTime, articleTime, 1)
          : AvroMapping.toAvro(finding, previous.getFirstSeen(), latest(previous.getLastUpdated(), articleTime), previous.getRevision() + 1);
      // Bounded like every record written: the topic's key is the finding id, the store's a longer one.
      next = RecordFit.fit(next, maxRecordBytes - bytes(storeKey));
      if (previous != null && sameSubstance(previous, next)) continue;
      emitted.put(storeKey, next);
      context.forward(record.withKey(finding.id()).withValue(next));
    }
  }

  /** The findings for the event's stored claims, from its kept detection when the real detector runs. */
  private List<Finding> detect(String eventId, List<io.contraflow.analysis.claims.Claim> claims) {
    if (kept == null) return detection.apply(eventId, claims);
    try {
      return kept.detect(eventId, claims);
    } catch (RuntimeException e) {
      // Half-added claims must not outlive a failure: the next article starts over from the stored claims.
      kept.forget(eventId);
      throw e;
    }
  }

  /**
   * A finding emitted before that the event's claims, all still held, no longer support (a claim re-read, parties
   * now seen as one, a dispute merged into another) is retracted with a tombstone. One whose evidence has aged out of
   * the {@code maxClaims} kept is not: nothing said it was wrong.
   */
  private void retractWithdrawn(Record<String, AnalyzedArticle> record, String eventId, List<Claim> claims, List<Finding> findings) {
    Set<String> current = new HashSet<>();
    for (Finding f : findings) current.add(eventId + "/" + f.id());
    Set<String> held = new HashSet<>();
    for (Claim c : claims) held.add(c.getId());
    for (String key : emittedKeys(eventId)) {
      if (current.contains(key)) continue;
      Contradiction previous = emitted.get(key);
      boolean evidenceHeld = evidenceIds(previous).stream().allMatch(held::contains);
      if (!evidenceHeld) continue;
      emitted.delete(key);
      context.forward(record.withKey(previous.getId()).withValue(null));
    }
  }

  private static List<String> evidenceIds(Contradiction c) {
    List<String> ids = new ArrayList<>();
    for (Side side : List.of(c.getSideA(), c.getSideB())) side.getEvidence().forEach(e -> ids.add(e.getClaimId()));
    return ids;
  }

  /** The event's claims with an article's added, and the store writes that make it so, not yet done. */
  private final class ClaimsUpdate {
    final List<Claim> claims;
    private final List<KeyValue<String, EventClaims>> writes; // a null value deletes

    ClaimsUpdate(List<Claim> claims, List<KeyValue<String, EventClaims>> writes) {
      this.claims = claims;
      this.writes = writes;
    }

    void apply() {
      for (KeyValue<String, EventClaims> w : writes) {
        if (w.value == null) eventClaims.delete(w.key);
        else eventClaims.put(w.key, w.value);
      }
    }
  }

  /**
   * Adds the article's claims to the event's, replacing earlier copies of the same claims and dropping the oldest
   * beyond {@code maxClaims}; the result holds all of them, oldest first.
   */
  private ClaimsUpdate withNewClaims(String eventId, List<Claim> articleClaims) {
    List<KeyValue<String, EventClaims>> writes = new ArrayList<>();
    // One claim per id, the last one in its place, as ever: the analysis can give two claims the same span, hence
    // the same id (an accusation and its denial in one sentence), and detection has always seen only the last.
    Map<String, Claim> unique = new LinkedHashMap<>();
    for (Claim c : articleClaims) {
      unique.remove(c.getId());
      unique.put(c.getId(), c);
    }
    List<Claim> newClaims = new ArrayList<>(unique.values());
    Set<String> newIds = unique.keySet();
    List<KeyValue<String, EventClaims>> stored = chunks(eventId);
    long nextSequence = stored.isEmpty() ? 0 : sequenceOf(stored.get(stored.size() - 1).key) + 1;

    List<KeyValue<String, List<Claim>>> kept = new ArrayList<>();
    for (KeyValue<String, EventClaims> chunk : stored) {
      List<Claim> remaining = chunk.value.getClaims().stream().filter(c -> !newIds.contains(c.getId())).toList();
      if (remaining.size() != chunk.value.getClaims().size()) {
        // A claim delivered again moves to the end, as recent; what is left of its old chunk stays in place.
        writes.add(KeyValue.pair(chunk.key, remaining.isEmpty() ? null : new EventClaims(eventId, new ArrayList<>(remaining))));
      }
      if (!remaining.isEmpty()) kept.add(KeyValue.pair(chunk.key, remaining));
    }
    String key = chunkKey(eventId, nextSequence);
    writes.add(KeyValue.pair(key, new EventClaims(eventId, new ArrayList<>(newClaims))));
    kept.add(KeyValue.pair(key, newClaims));

    int total = kept.stream().mapToInt(kv -> kv.value.size()).sum();
    while (total > maxClaims) {
      KeyValue<String, List<Claim>> oldest = kept.get(0);
      int excess = total - maxClaims;
      if (oldest.value.size() <= excess) {
        writes.add(KeyValue.pair(oldest.key, null));
        kept.remove(0);
        total -= oldest.value.size();
      } else {
        List<Claim> newer = new ArrayList<>(oldest.value.subList(excess, oldest.value.size()));
        writes.add(KeyValue.pair(oldest.key, new EventClaims(eventId, newer)));
        kept.set(0, KeyValue.pair(oldest.key, newer));
        total -= excess;
      }
    }
    List<Claim> all = new ArrayList<>(total);
    kept.forEach(kv -> all.addAll(kv.value));
    return new ClaimsUpdate(all, writes);
  }

  private List<Claim> storedClaims(String eventId) {
    List<Claim> all = new ArrayList<>();
    chunks(eventId).forEach(kv -> all.addAll(kv.value.getClaims()));
    return all;
  }

  /** The event's chunks of claims, oldest first: one range scan. */
  private List<KeyValue<String, EventClaims>> chunks(String eventId) {
    List<KeyValue<String, EventClaims>> out = new ArrayList<>();
    try (KeyValueIterator<String, EventClaims> range = eventClaims.prefixScan(eventId + "/", new StringSerializer())) {
      while (range.hasNext()) out.add(range.next());
    }
    return out;
  }

  /** An event stored by an older release, all its claims in one value under its bare id, becomes chunks. */
  private void migrateLegacy(String eventId) {
    EventClaims legacy = eventClaims.get(eventId);
    if (legacy == null) return;
    eventClaims.delete(eventId);
    List<Claim> claims = legacy.getClaims();
    long sequence = 0;
    List<Claim> chunk = new ArrayList<>();
    int size = 0;
    int budget = maxRecordBytes / 2;
    for (Claim c : claims) {
      int s = RecordFit.wireSize(c);
      if (!chunk.isEmpty() && size + s > budget) {
        eventClaims.put(chunkKey(eventId, sequence++), new EventClaims(eventId, chunk));
        chunk = new ArrayList<>();
        size = 0;
      }
      chunk.add(c);
      size += s;
    }
    if (!chunk.isEmpty()) eventClaims.put(chunkKey(eventId, sequence), new EventClaims(eventId, chunk));
  }

  static String chunkKey(String eventId, long sequence) {
    return eventId + "/" + String.format("%016x", sequence);
  }

  private static long sequenceOf(String chunkKey) {
    return Long.parseUnsignedLong(chunkKey.substring(chunkKey.lastIndexOf('/') + 1), 16);
  }

  /** Drops the claims and emitted versions of events whose newest claim is older than {@link #RETAIN}. */
  void pruneIdleEvents() {
    Instant cutoff = latestArticle.minus(RETAIN);
    Set<String> recent = new HashSet<>();
    Set<String> seen = new HashSet<>();
    try (var all = eventClaims.all()) {
      while (all.hasNext()) {
        var next = all.next();
        String eventId = next.value.getEventId();
        seen.add(eventId);
        if (next.value.getClaims().stream().anyMatch(c -> c.getPublishedAt().isAfter(cutoff))) recent.add(eventId);
      }
    }
    for (String eventId : seen) {
      if (recent.contains(eventId)) continue;
      List<String> keys = new ArrayList<>();
      if (eventClaims.get(eventId) != null) keys.add(eventId);
      chunks(eventId).forEach(kv -> keys.add(kv.key));
      keys.forEach(eventClaims::delete);
      if (kept != null) kept.forget(eventId);
      List<String> contradictionKeys = new ArrayList<>();
      try (var mine = emitted.prefixScan(eventId + "/", new StringSerializer())) {
        while (mine.hasNext()) contradictionKeys.add(mine.next().key);
      }
      contradictionKeys.forEach(emitted::delete);
    }
  }

  /** True when a new version says nothing the emitted version did not: same kind, confidence and sides. */
  static boolean sameSubstance(Contradiction emitted, Contradiction next) {
    return emitted.getKind() == next.getKind()
        && emitted.getConfidence() == next.getConfidence()
        && sameSide(emitted.getSideA(), next.getSideA())
        && sameSide(emitted.getSideB(), next.getSideB());
  }

  private static boolean sameSide(Side emitted, Side next) {
    return Objects.equals(emitted.getClaimants(), next.getClaimants())
        && Objects.equals(emitted.getStatements(), next.getStatements())
        && Objects.equals(emitted.getArticles(), next.getArticles());
  }

  private static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
