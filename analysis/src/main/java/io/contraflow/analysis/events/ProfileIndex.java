package io.contraflow.analysis.events;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What scoring needs from an event profile beyond its maps, cached per profile version: a 4,096-bit Bloom signature of
 * its names (so the pre-filter tests bits instead of probing hash maps scattered in memory), and the rarity-weighted
 * vector lengths (so scoring an article costs one look-up per article feature, not an idf computation per profile
 * feature). The lengths are computed only for events that pass the pre-filter, and again whenever the term statistics
 * have changed: a length computed from older statistics would make a restarted application (empty cache) score
 * otherwise than an uninterrupted one, and a stream processor must give the same output after a crash. Bounded: at
 * most {@code maxEntries} events (about 600 bytes each: 5 MB for the default 10,000), least recently used dropped
 * first. Not thread-safe, like the grouper that owns it.
 */
final class ProfileIndex {
  static final int SIGNATURE_WORDS = 64;

  /** Cached facts about one version of one profile; the norms belong to the statistics of {@code documents}. */
  static final class Entry {
    private final int articleCount;
    private final long[] entitySignature;
    private long documents = -1;
    private double entityNorm;
    private double termNorm;

    private Entry(int articleCount, long[] entitySignature) {
      this.articleCount = articleCount;
      this.entitySignature = entitySignature;
    }

    long[] entitySignature() {
      return entitySignature;
    }

    double entityNorm() {
      return entityNorm;
    }

    double termNorm() {
      return termNorm;
    }
  }

  private final Map<String, Entry> entries;

  ProfileIndex(int maxEntries) {
    this.entries = new LinkedHashMap<>(1024, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
        return size() > maxEntries;
      }
    };
  }

  /** The profile's signature; its norms are not computed yet (see {@link #scored}). */
  Entry of(EventProfile p) {
    Entry e = entries.get(p.eventId);
    if (e == null || e.articleCount != p.articleCount) {
      e = new Entry(p.articleCount, signature(p.entities));
      entries.put(p.eventId, e);
    }
    return e;
  }

  /** The profile's entry with its norms under the current statistics, for scoring. */
  Entry scored(EventProfile p, TermStatistics stats) {
    Entry e = of(p);
    long documents = stats.documentCount();
    if (e.documents != documents) {
      e.entityNorm = norm(p.entities, stats);
      e.termNorm = norm(p.terms, stats);
      e.documents = documents;
    }
    return e;
  }

  /** Drops the cached entry of an event that no longer exists (merged into another). */
  void forget(String eventId) {
    entries.remove(eventId);
  }

  /** Two bit positions per key (double hashing on the string hash). */
  /** Marks a skeleton's bits apart from a key's that happens to read alike. */
  static final String SKELETON = "~";

  static int[] bits(String key) {
    int h = key.hashCode();
    int h2 = Integer.reverse(h * 0x9E3779B9) | 1;
    int size = SIGNATURE_WORDS * 64;
    return new int[] {Math.floorMod(h, size), Math.floorMod(h + h2, size)};
  }

  /** True when the signature may contain the key (false positives possible, no false negatives). */
  static boolean mayContain(long[] signature, int[] bits) {
    for (int b : bits) {
      if ((signature[b >>> 6] & (1L << (b & 63))) == 0) return false;
    }
    return true;
  }

  private static long[] signature(Map<String, Double> keys) {
    long[] s = new long[SIGNATURE_WORDS];
    for (String k : keys.keySet()) {
      for (int b : bits(k)) s[b >>> 6] |= 1L << (b & 63);
      // (And its skeleton, so that a name spelt another way may still find the event: see NameKeys.spelledAlike.)
      String skeleton = NameKeys.skeleton(k);
      if (skeleton != null) for (int b : bits(SKELETON + skeleton)) s[b >>> 6] |= 1L << (b & 63);
    }
    return s;
  }

  private static double norm(Map<String, Double> weights, TermStatistics stats) {
    double s = 0;
    for (Map.Entry<String, Double> w : weights.entrySet()) {
      double v = w.getValue() * stats.idf(w.getKey());
      s += v * v;
    }
    return Math.sqrt(s);
  }
}
