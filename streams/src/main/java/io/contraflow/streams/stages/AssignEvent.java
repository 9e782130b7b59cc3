package io.contraflow.streams.stages;

import io.contraflow.analysis.claims.ArticleAnalysis;
import io.contraflow.analysis.events.EventDecision;
import io.contraflow.analysis.events.BoundedTermStatistics;
import io.contraflow.analysis.events.EventGrouper;
import io.contraflow.analysis.events.EventGroupingSettings;
import io.contraflow.schemas.AnalyzedArticle;
import io.contraflow.schemas.Event;
import io.contraflow.schemas.EventProfile;
import io.contraflow.streams.AvroMapping;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * could join. Keeps the open events' profiles in the changelogged store {@value #STORE}, asks the
 * {@link EventGrouper} which event the article reports, saves the updated profile, and drops profiles the grouper
 * calls evictable. Emits, keyed by event id, the article with its event set and the event's new summary.
 */
public final class AssignEvent implements Processor<String, AnalyzedArticle, String, Assigned> {
  public static final String STORE = "event-profiles";

  /** Term statistics are saved to the store every this many articles (and restored at start), so rarity survives restarts. */
  static final int SAVE_STATISTICS_EVERY = 25;
  /** At most this many term frequencies are saved (about 20 bytes each on the wire). */
  static final int MAX_SAVED_STATISTICS = 20_000;

  private final Duration staleAfter;
  private EventGrouper grouper;
  private BoundedTermStatistics statistics;
  private int sinceSaved;
  private ProcessorContext<String, Assigned> context;
  private KeyValueStore<String, EventProfile> profiles;
  /**
   * The open profiles, read from the store once and then kept in step with it, so each article does not decode
   * every open profile again. The store stays the truth (it is changelogged and restored); this task owns it alone.
   */
  private Map<String, io.contraflow.analysis.events.EventProfile> open;
  /** Latest article time seen: the clock eviction is judged by, so replaying old coverage behaves like live coverage. */
  private Instant now = Instant.EPOCH;

  public AssignEvent(Duration staleAfter) {
    this.staleAfter = staleAfter;
  }

  public static ProcessorSupplier<String, AnalyzedArticle, String, Assigned> supplier(Duration staleAfter, Serde<EventProfile> profileSerde) {
    StoreBuilder<KeyValueStore<String, EventProfile>> store =
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(), profileSerde);
    return new ProcessorSupplier<>() {
      @Override
      public Processor<String, AnalyzedArticle, String, Assigned> get() {
        return new AssignEvent(staleAfter);
      }

      @Override
      public Set<StoreBuilder<?>> stores() {
        return Set.of(store);
      }
    };
  }

  @Override
  public void init(ProcessorContext<String, Assigned> context) {
    this.context = context;
    this.profiles = context.getStateStore(STORE);
  }

  @Override
  public void process(Record<String, AnalyzedArticle> record) {
    if (open == null) open = loadOpenProfiles();
    try {
      assign(record);
    } catch (RuntimeException e) {
      open = null; // the grouper may have changed a cached profile that was not saved: reload from the store
      throw e;
    }
  }

  private void saveStatistics(boolean force) {
    if (force || ++sinceSaved >= SAVE_STATISTICS_EVERY) {
      io.contraflow.analysis.events.EventProfile saved = statistics.toProfile();
      // One changelog record must stay well under Kafka's 1 MB default: keep the most frequent keys, which carry
      // the rarity information that matters (a key seen once is rare either way).
      if (saved.terms.size() > MAX_SAVED_STATISTICS) {
        Map<String, Double> top = new LinkedHashMap<>();
        saved.terms.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(MAX_SAVED_STATISTICS)
            .forEach(e -> top.put(e.getKey(), e.getValue()));
        saved.terms = top;
      }
      profiles.put(BoundedTermStatistics.RESERVED_PROFILE_ID, AvroMapping.toAvro(saved));
      sinceSaved = 0;
    }
  }

  private void assign(Record<String, AnalyzedArticle> record) {
    AnalyzedArticle article = record.value();
    ArticleAnalysis analysis = AvroMapping.toDomain(article);
    // Only times read from articles move the clock: an undated article's ingestion time, years after a replayed
    // story's dated coverage, must not make every open event look idle and evict it.
    if (analysis.article().dated() && article.getEventTime().isAfter(now)) now = article.getEventTime();

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
      profile = grouper.apply(decision, analysis, chosen);
      profiles.put(profile.eventId, AvroMapping.toAvro(profile));
      open.put(profile.eventId, profile);
    }
    evictStale(candidates, profile.eventId);
    saveStatistics(false);

    article.setEventId(profile.eventId);
    article.setSyndicatedCopyOf(decision.syndicatedCopyOf());
    Event summary = AvroMapping.toEvent(profile, decision, article);
    context.forward(record.withKey(profile.eventId).withValue(new Assigned(article, summary)));
  }

  private Map<String, io.contraflow.analysis.events.EventProfile> loadOpenProfiles() {
    Map<String, io.contraflow.analysis.events.EventProfile> loaded = new LinkedHashMap<>();
    statistics = null;
    try (KeyValueIterator<String, EventProfile> all = profiles.all()) {
      while (all.hasNext()) {
        KeyValue<String, EventProfile> next = all.next();
        if (BoundedTermStatistics.RESERVED_PROFILE_ID.equals(next.key)) {
          statistics = BoundedTermStatistics.fromProfile(AvroMapping.toDomain(next.value), BoundedTermStatistics.DEFAULT_MAX_KEYS,
              BoundedTermStatistics.DEFAULT_HALF_LIFE_DOCUMENTS);
          continue;
        }
        loaded.put(next.key, AvroMapping.toDomain(next.value));
        Instant dated = next.value.getDatedLast();
        if (dated != null && dated.isAfter(now)) now = dated;
      }
    }
    if (statistics == null) statistics = new BoundedTermStatistics();
    // Articles arrive with their gist from extraction; records from before gists existed are compared by words.
    grouper = new EventGrouper(EventGroupingSettings.defaults().withStaleAfter(staleAfter), statistics);
    return loaded;
  }

  private void evictStale(List<io.contraflow.analysis.events.EventProfile> candidates, String current) {
    for (io.contraflow.analysis.events.EventProfile p : candidates) {
      if (!p.eventId.equals(current) && grouper.evictable(p, now)) {
        profiles.delete(p.eventId);
        open.remove(p.eventId);
      }
    }
  }
}
