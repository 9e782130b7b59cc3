package io.contraflow.analysis.events;

import java.util.Collection;

/**
 * Document frequencies of names and terms over the articles grouped so far, to weight a shared feature by its rarity:
 * "Putin" or "Ukraine" shared by two articles in a week of war coverage says little, "Crocus City Hall" says much.
 *
 * <p>Why online statistics rather than a fixed background list: what is common depends on the news cycle (a name
 * nobody used last month can be in every article this week), and a built-in list would have to guess which names will
 * be frequent. Entities and terms share one key space (names are excluded from terms, so keys rarely collide).
 *
 * <p>Implementations: {@link BoundedTermStatistics} in memory; the streams layer may back this interface with a
 * key-value store, or persist a {@link BoundedTermStatistics} as a reserved profile
 * ({@link BoundedTermStatistics#toProfile()}).
 */
public interface TermStatistics {
  /** Number of documents recorded. */
  long documentCount();

  /** Number of recorded documents that contained {@code key}. */
  long documentFrequency(String key);

  /** Records one document with these distinct keys. */
  void record(Collection<String> keys);

  /** Smoothed inverse document frequency: 1 for a key in every document, about 1 + ln(N) for a new one. */
  default double idf(String key) {
    long n = documentCount();
    long df = Math.min(documentFrequency(key), n);
    return 1.0 + Math.log((n + 1.0) / (df + 1.0));
  }
}
