package io.contraflow.analysis.events;

import java.time.Duration;
import java.util.Objects;

/**
 * Tuning of online event grouping. The streams layer exposes these through its ConfigDef; {@link #defaults()} are the
 * values the tests are calibrated with.
 *
 * @param staleAfter a story with no new coverage for this long stops attracting loosely related articles
 * @param evictAfter a story with no new coverage for this long may be dropped from the open set
 * @param joinThreshold similarity an article needs to join a story covered moments ago
 * @param staleJoinThreshold similarity needed at {@code staleAfter} since the story's last article; the threshold
 *     rises linearly from {@code joinThreshold} to this over the stale period
 * @param thresholdRisePerDoubling beyond {@code staleAfter}, added to the threshold for each doubling of the gap
 * @param maxThreshold the threshold never exceeds this, so a clear continuation joins however old the story is
 * @param minResidualSimilarity similarity still required after removing the single strongest shared name: one shared
 *     person (another Putin speech the same week) is not a shared event
 * @param minSharedNamesWhenStale beyond {@code staleAfter}, how many names (not countries) the article must share with
 *     the story, as well as a multi-word name or phrase; twice as many names also suffice without a phrase
 * @param minTermSimilarityWhenStale beyond {@code staleAfter}, the key-term cosine required as well
 * @param syndicationMaxHamming SimHash distance at or below which two bodies are copies of one text
 * @param nearCopyMaxHamming a larger SimHash distance that still marks a copy when the names and terms agree too
 *     (short wire items with an added sentence move more bits)
 * @param nearCopyMinSimilarity the similarity that confirms a near copy
 * @param minWordsForSyndication shorter bodies are not compared by fingerprint (short texts collide)
 * @param maxProfileFeatures names and terms kept per event profile (each)
 * @param maxProfileArticles article ids and fingerprints kept per event profile
 */
public record EventGroupingSettings(Duration staleAfter, Duration evictAfter, double joinThreshold,
                                    double staleJoinThreshold, double thresholdRisePerDoubling, double maxThreshold,
                                    double minResidualSimilarity, int minSharedNamesWhenStale,
                                    double minTermSimilarityWhenStale,
                                    int syndicationMaxHamming, int nearCopyMaxHamming, double nearCopyMinSimilarity,
                                    int minWordsForSyndication, int maxProfileFeatures, int maxProfileArticles) {

  public static final Duration DEFAULT_STALE_AFTER = Duration.ofDays(7);
  public static final Duration DEFAULT_EVICT_AFTER = Duration.ofDays(365);

  public EventGroupingSettings {
    Objects.requireNonNull(staleAfter, "staleAfter");
    Objects.requireNonNull(evictAfter, "evictAfter");
    if (staleAfter.isNegative() || staleAfter.isZero()) throw new IllegalArgumentException("staleAfter must be positive, was " + staleAfter);
    if (evictAfter.compareTo(staleAfter) < 0) {
      throw new IllegalArgumentException("evictAfter (" + evictAfter + ") must not be shorter than staleAfter (" + staleAfter + ")");
    }
    requireUnit("joinThreshold", joinThreshold);
    requireUnit("staleJoinThreshold", staleJoinThreshold);
    requireUnit("maxThreshold", maxThreshold);
    requireUnit("minResidualSimilarity", minResidualSimilarity);
    requireUnit("minTermSimilarityWhenStale", minTermSimilarityWhenStale);
    if (staleJoinThreshold < joinThreshold) throw new IllegalArgumentException("staleJoinThreshold must be >= joinThreshold");
    if (maxThreshold < staleJoinThreshold) throw new IllegalArgumentException("maxThreshold must be >= staleJoinThreshold");
    if (thresholdRisePerDoubling < 0) throw new IllegalArgumentException("thresholdRisePerDoubling must be >= 0");
    if (minSharedNamesWhenStale < 0) throw new IllegalArgumentException("minSharedNamesWhenStale must be >= 0");
    if (syndicationMaxHamming < 0 || syndicationMaxHamming > 64) throw new IllegalArgumentException("syndicationMaxHamming must be in 0..64");
    if (nearCopyMaxHamming < syndicationMaxHamming || nearCopyMaxHamming > 64) {
      throw new IllegalArgumentException("nearCopyMaxHamming must be in syndicationMaxHamming..64");
    }
    requireUnit("nearCopyMinSimilarity", nearCopyMinSimilarity);
    if (minWordsForSyndication < SimHash.SHINGLE) throw new IllegalArgumentException("minWordsForSyndication must be >= " + SimHash.SHINGLE);
    if (maxProfileFeatures < 1 || maxProfileArticles < 1) throw new IllegalArgumentException("profile bounds must be positive");
  }

  private static void requireUnit(String name, double v) {
    if (!(v >= 0.0 && v <= 1.0)) throw new IllegalArgumentException(name + " must be in [0, 1], was " + v);
  }

  public static EventGroupingSettings defaults() {
    return new EventGroupingSettings(DEFAULT_STALE_AFTER, DEFAULT_EVICT_AFTER, 0.24, 0.28, 0.015, 0.36, 0.16, 2, 0.15, 3, 8,
        0.8, 50, 200, 100);
  }

  public EventGroupingSettings withStaleAfter(Duration newStaleAfter) {
    Duration evict = evictAfter.compareTo(newStaleAfter) < 0 ? newStaleAfter : evictAfter;
    return new EventGroupingSettings(newStaleAfter, evict, joinThreshold, staleJoinThreshold, thresholdRisePerDoubling,
        maxThreshold, minResidualSimilarity, minSharedNamesWhenStale, minTermSimilarityWhenStale,
        syndicationMaxHamming, nearCopyMaxHamming,
        nearCopyMinSimilarity, minWordsForSyndication, maxProfileFeatures, maxProfileArticles);
  }
}
