package io.contraflow.analysis.events;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What scoring needs from an event profile beyond its maps, computed once per profile version and cached: the
 * rarity-weighted vector lengths (so scoring an article costs one look-up per article feature, not an idf computation
 * per profile feature), and a 4,096-bit Bloom signature of its names (so the pre-filter tests bits instead of
 * probing hash maps scattered in memory). An entry is recomputed when the profile has taken new articles or the
 * statistics have grown by more than a twentieth since (idf values then drift by under 0.05). Bounded: at most {@code maxEntries}
 * events (about 600 bytes each: 5 MB for the default 10,000), least recently used dropped first. Not thread-safe, like the grouper that owns it.
 */
final class ProfileIndex {
  static final int SIGNATURE_WORDS = 64;

  /** Cached facts about one version of one profile. */
  record Entry(int articleCount, long documents, double entityNorm, double termNorm, long[] entitySignature) {}

  private final Map<String, Entry> entries;

  ProfileIndex(int maxEntries) {
    this.entries = new LinkedHashMap<>(1024, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
        return size() > maxEntries;
      }
    };
  }

  Entry of(EventProfile p, TermStatistics stats) {
    long documents = stats.documentCount();
    Entry e = entries.get(p.eventId);
    if (e == null || e.articleCount() != p.articleCount || documents > e.documents() + e.documents() / 20) {
      e = new Entry(p.articleCount, documents, norm(p.entities, stats), norm(p.terms, stats), signature(p.entities));
      entries.put(p.eventId, e);
    }
    return e;
  }

  /** Drops the cached entry of an event that no longer exists (merged into another). */
  void forget(String eventId) {
    entries.remove(eventId);
  }

  /** Two bit positions per key (double hashing on the string hash). */
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
