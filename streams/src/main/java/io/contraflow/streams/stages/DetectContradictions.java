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
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;
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
 * Contradiction detection per event. Input is keyed by event id. Keeps each event's claims (the most recent, up to
 * {@code maxClaims}) in {@value #CLAIMS_STORE} ({@link EventClaimLog}) and the last emitted version of each
 * contradiction in {@value #CONTRADICTIONS_STORE} ({@link EmittedFindings}). On each article it adds the article's
 * claims, detects over the event's claims, and emits, keyed by finding id, every contradiction that is new or whose
 * dispute changed, and more coverage of a known one in batches ({@link CoverageUpdates}): the same contradiction
 * found again with more evidence is an update (revision + 1, firstSeen kept), not a new record. The real detector's
 * per-event state is kept between articles ({@link KeptDetections}); stored claims stay the truth.
 *
 * <h2>State that grows with the story, in bounded records and bounded work</h2>
 * An event's claims are not one value (one value per event passed Kafka's 1 MB record limit at about 2,000 claims,
 * about 120 articles of one story, and stopped the pipeline for good): they are one record per article part, each as
 * small as the part that brought it, which {@link ArticleParts} bounded. Beyond {@code maxClaims} the oldest articles'
 * claims are dropped in a batch, down to {@link EventClaimLog#trimmedTo}, so that an event at its cap is detected
 * incrementally between batches rather than whole on every article. An article that only adds claims to an event the
 * stage holds in memory is detected from its own claims and reads nothing back from either store; anything else (an
 * event not held, a claim delivered again, a batch trimmed, an article in parts) reads the stored claims.
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
  /** Events whose claim layout is held in memory: ids only, about 100 KB for 2,000 claims. */
  static final int LAYOUT_EVENTS = KeptDetections.DEFAULT_EVENTS;
  /** Events whose emitted versions are mirrored in memory: up to a few megabytes for a story of hundreds of findings. */
  static final int MIRRORED_EVENTS = 64;

  private final BiFunction<String, List<io.contraflow.analysis.claims.Claim>, List<Finding>> detection;
  /** The real detector's per-event state, kept between articles; null for a substituted detection (tests). */
  private final KeptDetections kept;
  private final int maxClaims;
  private final int maxRecordBytes;
  private Instant latestArticle = Instant.EPOCH;
  private int sincePruned;
  private ProcessorContext<String, SpecificRecord> context;
  private EventClaimLog eventClaims;
  private EmittedFindings emitted;

  public DetectContradictions(BiFunction<String, List<io.contraflow.analysis.claims.Claim>, List<Finding>> detection,
                              int maxClaims, int maxRecordBytes) {
    this.detection = detection;
    this.kept = detection instanceof ContradictionDetector d ? new KeptDetections(d, KeptDetections.DEFAULT_EVENTS) : null;
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
    KeyValueStore<String, EventClaims> claims = context.getStateStore(CLAIMS_STORE);
    KeyValueStore<String, Contradiction> contradictions = context.getStateStore(CONTRADICTIONS_STORE);
    this.eventClaims = new EventClaimLog(claims, maxClaims, maxRecordBytes, LAYOUT_EVENTS);
    this.emitted = new EmittedFindings(contradictions, MIRRORED_EVENTS);
    // A task that starts over (a revived task's stores restored to its last commit) forgets what it held in memory.
    if (kept != null) kept.clear();
  }

  @Override
  public void close() {
    if (kept != null) kept.clear();
  }

  @Override
  public void process(Record<String, AnalyzedArticle> record) {
    String eventId = record.key();
    try {
      processArticle(record, eventId);
    } catch (RuntimeException e) {
      // Nothing half-done may outlive a failure: the next article of the event starts over from the stores.
      if (kept != null) kept.forget(eventId);
      eventClaims.forget(eventId);
      emitted.forget(eventId);
      throw e;
    }
    if (++sincePruned >= PRUNE_EVERY) {
      pruneIdleEvents();
      sincePruned = 0;
    }
  }

  private void processArticle(Record<String, AnalyzedArticle> record, String eventId) {
    AnalyzedArticle article = record.value();
    Instant articleTime = article.getEventTime();
    if (articleTime.isAfter(latestArticle)) latestArticle = articleTime;
    boolean lastPart = article.getPart() >= article.getParts() - 1;
    if (article.getMergedInto() != null && article.getClaims().isEmpty()) {
      handOver(record, eventId, article.getMergedInto());
      return;
    }
    if (!article.getClaims().isEmpty()) {
      eventClaims.migrateLegacy(eventId);
      EventClaimLog.Update update = eventClaims.add(eventId, article.getClaims());
      // Detect before storing: if detection throws, the article becomes a dead letter and its claims are not kept,
      // so one claim the detector chokes on cannot break every later article of the event. An article sent in
      // parts is compared once, when all its claims are in.
      if (lastPart) emitFindings(record, eventId, detect(eventId, update), update::holds, update.size(), articleTime);
      update.apply();
    } else if (lastPart && article.getPart() > 0) {
      List<Claim> claims = eventClaims.claims(eventId);
      Set<String> ids = new HashSet<>();
      claims.forEach(c -> ids.add(c.getId()));
      emitFindings(record, eventId, detect(eventId, claims), ids::contains, ids.size(), articleTime);
    }
  }

  /**
   * A late merge closed {@code eventId}: the event {@code survivor} continues it. Its contradictions are retracted
   * (a tombstone each on the compacted topic, which the live views read as "withdrawn"), and its claims go on to the
   * survivor, in records no larger than an article's parts, through {@code event-merges}; detection there finds what
   * the two halves of the story contradict each other on.
   */
  private void handOver(Record<String, AnalyzedArticle> record, String eventId, String survivor) {
    List<Claim> claims = eventClaims.claims(eventId);
    if (kept != null) kept.forget(eventId);
    eventClaims.delete(eventId);
    EmittedFindings.Event mine = emitted.of(eventId);
    for (String id : mine.allIds()) {
      mine.delete(id);
      context.forward(record.withKey(id).withValue(null));
    }
    emitted.forget(eventId);
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

  /**
   * Emits what changed. A finding detection hands back as the same object as last time is passed over; the others
   * are compared with their emitted version, and emitted when new, when their dispute changed, or when enough new
   * coverage accrued ({@link CoverageUpdates}).
   */
  private void emitFindings(Record<String, AnalyzedArticle> record, String eventId, List<Finding> findings, Predicate<String> held,
                            int heldCount, Instant articleTime) {
    EmittedFindings.Event mine = emitted.of(eventId);
    // One look-up per finding handed back as it was last compared (most of a big story's), which is held too.
    boolean[] asCompared = new boolean[findings.size()];
    int emittedFound = 0;
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      asCompared[i] = mine.lastCompared(f.id()) == f;
      if (asCompared[i] || mine.holds(f.id())) emittedFound++;
    }
    retractWithdrawn(record, mine, held, findings, emittedFound);
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      if (asCompared[i] || mine.unchanged(finding)) continue;
      Contradiction previous = mine.get(finding.id());
      if (previous != null && !CoverageUpdates.worthEmitting(previous, mine.shown(finding.id(), previous), finding, heldCount)) {
        mine.compared(finding);
        continue;
      }
      Contradiction next = previous == null
          ? AvroMapping.toAvro(finding, articleTime, articleTime, 1)
          : AvroMapping.toAvro(finding, previous.getFirstSeen(), latest(previous.getLastUpdated(), articleTime), previous.getRevision() + 1);
      // Bounded like every record written: the topic's key is the finding id, the store's a longer one.
      next = RecordFit.fit(next, maxRecordBytes - bytes(mine.storeKey(finding.id())));
      if (previous != null && sameSubstance(previous, next)) {
        mine.compared(finding);
        continue;
      }
      mine.put(finding, next);
      context.forward(record.withKey(finding.id()).withValue(next));
    }
  }

  /** The findings for the event's claims after the update, from its kept detection when the real detector runs. */
  private List<Finding> detect(String eventId, EventClaimLog.Update update) {
    if (kept != null && update.onlyAdded) {
      List<Finding> added = kept.add(eventId, update.sizeBefore, update.added.stream().map(AvroMapping::toDomain).toList());
      if (added != null) return added;
    }
    // A batch trim: the claims retained are held already, so none is read back from the store.
    if (kept != null && update.onlyTrimmed) {
      List<Finding> trimmed = kept.trim(eventId, update.sizeBefore, update::holds, update.added.stream().map(AvroMapping::toDomain).toList());
      if (trimmed != null) return trimmed;
    }
    return detect(eventId, update.claims());
  }

  private List<Finding> detect(String eventId, List<Claim> claims) {
    List<io.contraflow.analysis.claims.Claim> domain = claims.stream().map(AvroMapping::toDomain).toList();
    return kept == null ? detection.apply(eventId, domain) : kept.detect(eventId, domain);
  }

  /**
   * A finding emitted before that the event's claims, all still held, no longer support (a claim re-read, parties
   * now seen as one, a dispute merged into another) is retracted with a tombstone. One whose evidence has aged out of
   * the claims kept is not (nothing said it was wrong): it is retired, left as emitted and not looked at again.
   * {@code emittedFound}: how many of {@code findings} have an entry not retired.
   */
  private void retractWithdrawn(Record<String, AnalyzedArticle> record, EmittedFindings.Event mine, Predicate<String> claims,
                                List<Finding> findings, int emittedFound) {
    if (emittedFound == mine.size()) return; // every finding emitted is still found: nothing to withdraw
    Set<String> current = new HashSet<>();
    for (Finding f : findings) current.add(f.id());
    for (String id : mine.ids()) {
      if (current.contains(id)) continue;
      boolean evidenceHeld = evidenceIds(mine.get(id)).stream().allMatch(claims);
      if (!evidenceHeld) {
        mine.retire(id);
        continue;
      }
      mine.delete(id);
      context.forward(record.withKey(id).withValue(null));
    }
  }

  private static List<String> evidenceIds(Contradiction c) {
    List<String> ids = new ArrayList<>();
    for (Side side : List.of(c.getSideA(), c.getSideB())) side.getEvidence().forEach(e -> ids.add(e.getClaimId()));
    return ids;
  }

  /** Drops the claims and emitted versions of events whose newest claim is older than {@link #RETAIN}. */
  void pruneIdleEvents() {
    for (String eventId : eventClaims.idleEvents(latestArticle.minus(RETAIN))) {
      eventClaims.delete(eventId);
      if (kept != null) kept.forget(eventId);
      emitted.deleteAll(eventId);
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
