package io.contraflow.analysis.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * In-memory {@link TermStatistics} with bounded size and a fading memory.
 *
 * <p>Bounds: at most {@code maxKeys} keys (when exceeded, the keys seen in fewest documents are dropped: they are
 * the rare ones, and a dropped key simply reads as new, i.e. as rare, which is what it was). Every
 * {@code halfLifeDocuments} documents all counts are halved, so frequencies follow the current news cycle rather than
 * all history. Not thread-safe: one instance per stream task (grouping reads it hundreds of times per article, so it
 * takes no locks).
 */
public final class BoundedTermStatistics implements TermStatistics {
  /** Event id of the reserved profile that carries these statistics when persisted with the profiles. */
  public static final String RESERVED_PROFILE_ID = "__term-statistics__";
  public static final int DEFAULT_MAX_KEYS = 100_000;
  public static final long DEFAULT_HALF_LIFE_DOCUMENTS = 50_000;

  private final int maxKeys;
  private final long halfLifeDocuments;
  private final Map<String, Long> frequencies = new HashMap<>();
  private long documents;
  private long recordedSinceHalving;

  public BoundedTermStatistics() {
    this(DEFAULT_MAX_KEYS, DEFAULT_HALF_LIFE_DOCUMENTS);
  }

  public BoundedTermStatistics(int maxKeys, long halfLifeDocuments) {
    if (maxKeys < 1) throw new IllegalArgumentException("maxKeys must be positive, was " + maxKeys);
    if (halfLifeDocuments < 1) throw new IllegalArgumentException("halfLifeDocuments must be positive, was " + halfLifeDocuments);
    this.maxKeys = maxKeys;
    this.halfLifeDocuments = halfLifeDocuments;
  }

  @Override
  public long documentCount() {
    return documents;
  }

  @Override
  public long documentFrequency(String key) {
    Long f = frequencies.get(key);
    return f == null ? 0L : f;
  }

  @Override
  public double idf(String key) {
    Long f = frequencies.get(key);
    long df = f == null ? 0L : Math.min(f, documents);
    return 1.0 + Math.log((documents + 1.0) / (df + 1.0));
  }

  @Override
  public void record(Collection<String> keys) {
    documents++;
    for (String k : new HashSet<>(keys)) frequencies.merge(k, 1L, Long::sum);
    if (++recordedSinceHalving >= halfLifeDocuments) halve();
    if (frequencies.size() > maxKeys) prune();
  }

  public int size() {
    return frequencies.size();
  }

  private void halve() {
    recordedSinceHalving = 0;
    documents = Math.max(1, documents / 2);
    frequencies.replaceAll((k, v) -> v / 2);
    frequencies.values().removeIf(v -> v == 0L);
  }

  /** Drops the rarest keys until a tenth of the capacity is free again. */
  private void prune() {
    int target = maxKeys - maxKeys / 10;
    long threshold = 1;
    while (frequencies.size() > target) {
      final long t = threshold;
      List<String> rare = new ArrayList<>();
      for (Map.Entry<String, Long> e : frequencies.entrySet()) {
        if (e.getValue() <= t) rare.add(e.getKey());
        if (frequencies.size() - rare.size() <= target) break;
      }
      rare.forEach(frequencies::remove);
      threshold++;
    }
  }

  /**
   * These statistics as a reserved {@link EventProfile} (id {@value #RESERVED_PROFILE_ID}; document count in
   * {@code articleCount}, frequencies in {@code terms}), so a caller that already persists profiles in a changelogged
   * store can keep them there without a new schema. {@link EventGrouper} ignores this profile among open events.
   */
  public EventProfile toProfile() {
    EventProfile p = new EventProfile();
    p.eventId = RESERVED_PROFILE_ID;
    p.title = "";
    p.firstSeen = java.time.Instant.EPOCH;
    p.lastSeen = java.time.Instant.EPOCH;
    p.articleCount = (int) Math.min(Integer.MAX_VALUE, documents);
    frequencies.forEach((k, v) -> p.terms.put(k, v.doubleValue()));
    return p;
  }

  /** Restores statistics saved with {@link #toProfile()}. */
  public static BoundedTermStatistics fromProfile(EventProfile profile, int maxKeys, long halfLifeDocuments) {
    if (!RESERVED_PROFILE_ID.equals(profile.eventId)) {
      throw new IllegalArgumentException("not a term-statistics profile: " + profile.eventId);
    }
    BoundedTermStatistics s = new BoundedTermStatistics(maxKeys, halfLifeDocuments);
    s.documents = profile.articleCount;
    profile.terms.forEach((k, v) -> s.frequencies.put(k, Math.round(v)));
    return s;
  }
}
