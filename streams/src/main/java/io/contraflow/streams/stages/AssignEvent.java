package io.contraflow.streams.stages;

import io.contraflow.analysis.claims.ArticleAnalysis;
import io.contraflow.analysis.events.BoundedTermStatistics;
import io.contraflow.analysis.events.EventDecision;
import io.contraflow.analysis.events.EventGrouper;
import io.contraflow.analysis.events.EventGroupingSettings;
import io.contraflow.schemas.AnalyzedArticle;
import io.contraflow.schemas.Event;
import io.contraflow.schemas.EventProfile;
import io.contraflow.streams.AvroMapping;
import io.contraflow.streams.bounds.RecordFit;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
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
 * Event grouping. Input is keyed by language, so one task sees every article of a language and all open events it
 * could join. Keeps the open events' profiles in the changelogged store {@value #STORE} and the term statistics in
 * {@value #STATISTICS_STORE}, asks the {@link EventGrouper} which event the article reports, saves the updated
 * profile, and drops profiles the grouper calls evictable. Emits, keyed by event id, the article with its event set
 * and the event's new summary. The further parts of an article sent in several ({@link ArticleParts}) follow the
 * event their first part was given, and emit no summary.
 *
 * <h2>Same results after a crash</h2>
 * Under exactly-once a crash rolls the stores back to the last commit and the articles since are processed again,
 * so what a restarted task decides depends only on what the stores hold. Hence: the statistics are saved with every
 * article that changes them (they used to be saved every 25 articles, so a restart lost up to 24 articles' worth of
 * them and weighted later articles differently); the open events are compared in event-id order (a HashMap order
 * before restart and the store's order after it broke ties differently); and profile maps keep one order
 * ({@link AvroMapping#canonical}) in memory, in the store and after a restore.
 */
public final class AssignEvent implements Processor<String, AnalyzedArticle, String, Assigned> {
  public static final String STORE = "event-profiles";
  public static final String STATISTICS_STORE = "term-statistics";
  /** Keys of the statistics store that are not terms (a term is never empty and never starts with NUL). */
  static final String DOCUMENTS = "\u0000documents";
  /** Where an older release kept the latest article time, which eviction is no longer judged by: skipped. */
  static final String CLOCK = "\u0000now";

  private final Duration staleAfter;
  private final int maxRecordBytes;
  private EventGrouper grouper;
  private BoundedTermStatistics statistics;
  private ProcessorContext<String, Assigned> context;
  private KeyValueStore<String, EventProfile> profiles;
  private KeyValueStore<String, Long> savedStatistics;
  /**
   * The open profiles, read from the store once and then kept in step with it, so each article does not decode
   * every open profile again. The store stays the truth (it is changelogged and restored); this task owns it alone.
   * Sorted by event id, the order the store iterates in, so a restored task compares events in the same order.
   */
  private TreeMap<String, io.contraflow.analysis.events.EventProfile> open;

  public AssignEvent(Duration staleAfter, int maxRecordBytes) {
    this.staleAfter = staleAfter;
    this.maxRecordBytes = maxRecordBytes;
  }

  public static ProcessorSupplier<String, AnalyzedArticle, String, Assigned> supplier(Duration staleAfter, int maxRecordBytes,
                                                                                       Serde<EventProfile> profileSerde) {
    StoreBuilder<KeyValueStore<String, EventProfile>> store =
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(), profileSerde);
    StoreBuilder<KeyValueStore<String, Long>> statistics =
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STATISTICS_STORE), Serdes.String(), Serdes.Long());
    return new ProcessorSupplier<>() {
      @Override
      public Processor<String, AnalyzedArticle, String, Assigned> get() {
        return new AssignEvent(staleAfter, maxRecordBytes);
      }

      @Override
      public Set<StoreBuilder<?>> stores() {
        return Set.of(store, statistics);
      }
    };
  }

  @Override
  public void init(ProcessorContext<String, Assigned> context) {
    this.context = context;
    this.profiles = context.getStateStore(STORE);
    this.savedStatistics = context.getStateStore(STATISTICS_STORE);
  }

  @Override
  public void process(Record<String, AnalyzedArticle> record) {
    if (open == null) load();
    try {
      if (record.value().getPart() == 0) assign(record);
      else follow(record);
    } catch (RuntimeException e) {
      open = null; // the grouper may have changed a cached profile or the statistics without saving: reload
      throw e;
    }
  }

  private void assign(Record<String, AnalyzedArticle> record) {
    AnalyzedArticle article = record.value();
    ArticleAnalysis analysis = AvroMapping.groupable(article);
    List<io.contraflow.analysis.events.EventProfile> candidates = List.copyOf(open.values());
    io.contraflow.analysis.events.EventProfile already = candidates.stream()
        .filter(p -> p.articles.contains(article.getArticleId())).findFirst().orElse(null);

    EventDecision decision;
    io.contraflow.analysis.events.EventProfile profile;
    if (already != null) {
      // A re-delivered or re-ingested article keeps its event and is not counted twice.
      decision = new EventDecision(already.eventId, false, 1.0, null);
      profile = already;
    } else {
      decision = grouper.decide(analysis, candidates);
      io.contraflow.analysis.events.EventProfile chosen = decision.newEvent() ? null : open.get(decision.eventId());
      List<String> absorbed = chosen == null ? List.of() : absorb(record, chosen, decision.absorbs());
      StatisticsChange change = new StatisticsChange(article);
      profile = save(grouper.apply(decision, analysis, chosen));
      change.save();
      if (!absorbed.isEmpty()) {
        evictStale(candidates.stream().filter(p -> !absorbed.contains(p.eventId)).toList(), profile.eventId, analysis);
        forwardAssignment(record, article, profile, decision, absorbed);
        return;
      }
    }
    evictStale(candidates, profile.eventId, analysis);
    forwardAssignment(record, article, profile, decision, List.of());
  }

  private void forwardAssignment(Record<String, AnalyzedArticle> record, AnalyzedArticle article,
                                 io.contraflow.analysis.events.EventProfile profile, EventDecision decision, List<String> continues) {
    article.setEventId(profile.eventId);
    article.setSyndicatedCopyOf(decision.syndicatedCopyOf());
    Event summary = AvroMapping.toEvent(profile, decision, article);
    summary.setContinues(new ArrayList<>(continues));
    summary = RecordFit.fit(summary, valueBudget(profile.eventId));
    context.forward(record.withKey(profile.eventId).withValue(new Assigned(article, summary)));
  }

  /**
   * A late merge: the article showed that {@code absorbs} are the story {@code survivor} tells. Each is folded into
   * the survivor's profile and closed: its last {@code events} record says which event continues it, and a record
   * without claims, keyed by it and marked {@code mergedInto}, tells detection to move its claims to the survivor.
   * Returns the ids absorbed.
   */
  private List<String> absorb(Record<String, AnalyzedArticle> record, io.contraflow.analysis.events.EventProfile survivor,
                              List<String> absorbs) {
    List<String> done = new ArrayList<>();
    for (String id : absorbs) {
      io.contraflow.analysis.events.EventProfile gone = open.remove(id);
      if (gone == null) continue;
      grouper.merge(survivor, gone);
      profiles.delete(id);
      done.add(id);
      AnalyzedArticle closing = AnalyzedArticle.newBuilder(record.value()).setClaims(new ArrayList<>()).setPart(0).setParts(1)
          .setEventId(id).setMergedInto(survivor.eventId).setSyndicatedCopyOf(null).build();
      Event last = AvroMapping.toEvent(gone, new EventDecision(id, false, 0, null, "continued by " + survivor.eventId), closing);
      last.setContinuedBy(survivor.eventId);
      last = RecordFit.fit(last, valueBudget(id));
      context.forward(record.withKey(id).withValue(new Assigned(closing, last)));
    }
    return done;
  }

  /** A further part of an article: it goes to the event its first part was given, which is open and lists it. */
  private void follow(Record<String, AnalyzedArticle> record) {
    AnalyzedArticle part = record.value();
    io.contraflow.analysis.events.EventProfile event = open.values().stream()
        .filter(p -> p.articles.contains(part.getArticleId())).findFirst()
        .orElseThrow(() -> new IllegalStateException("part " + part.getPart() + " of article '" + part.getArticleId()
            + "' arrived, but no open event lists the article"));
    part.setEventId(event.eventId);
    context.forward(record.withKey(event.eventId).withValue(new Assigned(part, null)));
  }

  /**
   * Stores the profile the grouper returned, in canonical order and within the record budget, and keeps the same in
   * memory: what a restarted task reads back must equal what this one goes on with.
   */
  private io.contraflow.analysis.events.EventProfile save(io.contraflow.analysis.events.EventProfile profile) {
    profile.entities = AvroMapping.canonical(profile.entities);
    profile.terms = AvroMapping.canonical(profile.terms);
    EventProfile stored = AvroMapping.toAvro(profile);
    EventProfile fitted = RecordFit.fit(stored, valueBudget(profile.eventId));
    if (fitted != stored) profile = AvroMapping.toDomain(fitted);
    profiles.put(profile.eventId, fitted);
    open.put(profile.eventId, profile);
    return profile;
  }

  private int valueBudget(String key) {
    return maxRecordBytes - key.getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * Saves what one article changes in the term statistics: the frequencies of its own terms, one key each; or, when
   * the statistics halved or pruned themselves meanwhile (which touches every term), all of them.
   */
  private final class StatisticsChange {
    private final Map<String, Long> before = new HashMap<>();
    private final long documentsBefore = statistics.documentCount();
    private final int sizeBefore = statistics.size();

    StatisticsChange(AnalyzedArticle article) {
      Set<String> keys = new LinkedHashSet<>(article.getEntities().keySet());
      keys.addAll(article.getTerms().keySet());
      for (String k : keys) before.put(k, statistics.documentFrequency(k));
    }

    void save() {
      long documents = statistics.documentCount();
      if (documents == documentsBefore) return; // nothing recorded: a syndicated copy adds no words
      long added = before.entrySet().stream().filter(e -> e.getValue() == 0 && statistics.documentFrequency(e.getKey()) > 0).count();
      if (documents == documentsBefore + 1 && statistics.size() == sizeBefore + added) {
        before.forEach((k, old) -> {
          long f = statistics.documentFrequency(k);
          if (f != old) savedStatistics.put(k, f);
        });
      } else {
        saveAllStatistics();
      }
      savedStatistics.put(DOCUMENTS, documents);
    }
  }

  private void saveAllStatistics() {
    Map<String, Double> all = statistics.toProfile().terms;
    try (KeyValueIterator<String, Long> saved = savedStatistics.all()) {
      while (saved.hasNext()) {
        KeyValue<String, Long> next = saved.next();
        if (next.key.startsWith("\u0000")) continue;
        if (!all.containsKey(next.key)) savedStatistics.delete(next.key);
      }
    }
    all.forEach((k, f) -> {
      Long old = savedStatistics.get(k);
      if (old == null || old != Math.round(f)) savedStatistics.put(k, Math.round(f));
    });
    savedStatistics.put(DOCUMENTS, statistics.documentCount());
  }

  private void load() {
    open = new TreeMap<>();
    io.contraflow.analysis.events.EventProfile legacyStatistics = null;
    try (KeyValueIterator<String, EventProfile> all = profiles.all()) {
      while (all.hasNext()) {
        KeyValue<String, EventProfile> next = all.next();
        if (BoundedTermStatistics.RESERVED_PROFILE_ID.equals(next.key)) {
          legacyStatistics = AvroMapping.toDomain(next.value);
          continue;
        }
        open.put(next.key, AvroMapping.toDomain(next.value));
      }
    }
    statistics = loadStatistics(legacyStatistics);
    grouper = new EventGrouper(EventGroupingSettings.defaults().withStaleAfter(staleAfter), statistics);
  }

  private BoundedTermStatistics loadStatistics(io.contraflow.analysis.events.EventProfile legacy) {
    io.contraflow.analysis.events.EventProfile saved = new io.contraflow.analysis.events.EventProfile();
    saved.eventId = BoundedTermStatistics.RESERVED_PROFILE_ID;
    try (KeyValueIterator<String, Long> all = savedStatistics.all()) {
      while (all.hasNext()) {
        KeyValue<String, Long> next = all.next();
        if (DOCUMENTS.equals(next.key)) saved.articleCount = (int) Math.min(Integer.MAX_VALUE, next.value);
        else if (!CLOCK.equals(next.key)) saved.terms.put(next.key, next.value.doubleValue());
      }
    }
    BoundedTermStatistics restored = BoundedTermStatistics.fromProfile(legacy != null && saved.terms.isEmpty() ? legacy : saved,
        BoundedTermStatistics.DEFAULT_MAX_KEYS, BoundedTermStatistics.DEFAULT_HALF_LIFE_DOCUMENTS);
    if (legacy != null) {
      // Statistics of an older release, kept as a reserved profile and saved every 25 articles: move them over.
      statistics = restored;
      if (saved.terms.isEmpty()) saveAllStatistics();
      profiles.delete(BoundedTermStatistics.RESERVED_PROFILE_ID);
    }
    return restored;
  }

  /**
   * Drops the events idle for the eviction period before the article just grouped. By its own time, not by the latest
   * time seen: an archive replayed in folder order brings a 2017 story after a 2025 one, and by the latest time every
   * event of the older story would be evicted as soon as another article came between two of its reports. An undated
   * article evicts nothing.
   */
  private void evictStale(List<io.contraflow.analysis.events.EventProfile> candidates, String current, ArticleAnalysis analysis) {
    if (!analysis.article().dated()) return;
    Instant at = analysis.article().publishedAt();
    for (io.contraflow.analysis.events.EventProfile p : candidates) {
      if (!p.eventId.equals(current) && grouper.evictable(p, at)) {
        profiles.delete(p.eventId);
        open.remove(p.eventId);
      }
    }
  }
}
