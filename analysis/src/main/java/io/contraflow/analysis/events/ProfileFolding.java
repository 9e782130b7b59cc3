package io.contraflow.analysis.events;

import io.contraflow.analysis.ArticleText;
import java.time.Instant;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Folds one article into its event's profile: the span of its dated coverage, its outlets, fingerprints and gists,
 * the counts of names it is about, and (for an original, not a syndicated copy) its names and terms, each bounded so
 * that a long-running story's profile stays the same size.
 */
final class ProfileFolding {
  private ProfileFolding() {}

  /** Adds {@code text} with {@code features} to {@code p} (a new, empty profile for a new event); re-deliveries change nothing. */
  static void fold(EventProfile p, EventDecision decision, ArticleText text, EventFeatures features, EventGroupingSettings settings,
      TermStatistics statistics) {
    Instant t = text.publishedAt();
    boolean dated = text.dated() && settings.uses(EventGroupingSettings.Signal.DATES);
    if (p.eventId == null) {
      p.eventId = decision.eventId();
      p.title = text.title();
      p.firstSeen = t;
      p.lastSeen = t;
    }
    if (p.articles.contains(text.id())) return; // re-delivery: already counted
    if (dated) {
      if (p.datedFirst == null || t.isBefore(p.datedFirst)) p.datedFirst = t;
      if (p.datedLast == null || t.isAfter(p.datedLast)) p.datedLast = t;
      // Once the story has dated coverage, its span is that coverage: when we read undated articles says nothing.
      p.firstSeen = p.datedFirst;
      p.lastSeen = p.datedLast;
    } else if (p.datedFirst == null) {
      if (t.isBefore(p.firstSeen)) p.firstSeen = t;
      if (t.isAfter(p.lastSeen)) p.lastSeen = t;
    }
    if ((p.title == null || p.title.isBlank() || p.title.equalsIgnoreCase("unknown"))
        && !text.title().isBlank() && !text.title().equalsIgnoreCase("unknown")) {
      p.title = text.title();
    }
    p.articleCount++;
    p.articles.add(text.id());
    trimOldest(p.articles, settings.maxProfileArticles());
    if (text.source() != null && !text.source().isBlank()) {
      p.sources.remove(text.source());
      p.sources.add(text.source()); // most recent last, so trimming drops outlets not heard from for longest
      trimOldest(p.sources, settings.maxProfileArticles());
    }
    if (features.fingerprint() != 0L) {
      p.fingerprints.put(text.id(), features.fingerprint());
      trimOldest(p.fingerprints.keySet(), settings.maxProfileArticles());
    }
    if (features.gist() != null) {
      p.gists.put(text.id(), features.gist());
      keepFirstAndLatest(p.gists, EventGrouper.FIRST_GISTS, EventGrouper.MAX_GISTS);
    }
    features.focal().forEach(k -> p.focalCounts.merge(k, 1, Integer::sum));
    keepMostFrequent(p.focalCounts, settings.maxProfileFeatures());
    for (String place : features.places()) {
      if (features.focal().contains(place)) p.placeCounts.merge(place, 1, Integer::sum);
    }
    p.placeCounts.keySet().retainAll(p.focalCounts.keySet());
    for (String speaker : features.speakers()) {
      if (features.focal().contains(speaker)) p.speakerCounts.merge(speaker, 1, Integer::sum);
    }
    p.speakerCounts.keySet().retainAll(p.focalCounts.keySet());
    if (features.incident() != null) p.incidents.merge(features.incident(), 1, Integer::sum);
    if (decision.syndicatedCopyOf() == null) {
      features.entities().forEach((k, w) -> p.entities.merge(k, w, Double::sum));
      features.terms().forEach((k, w) -> p.terms.merge(k, w, Double::sum));
      keepHeaviest(p.entities, settings.maxProfileFeatures());
      keepHeaviest(p.terms, settings.maxProfileFeatures());
      Set<String> keys = new LinkedHashSet<>(features.entities().keySet());
      keys.addAll(features.terms().keySet());
      statistics.record(keys);
    }
  }

  /**
   * Folds the absorbed event's profile into the survivor's: what both saw is counted once (articles by id), what each
   * counted is summed, the dated span covers both, and every bound applies as after an article.
   */
  static void merge(EventProfile survivor, EventProfile absorbed, EventGroupingSettings settings) {
    int before = survivor.articles.size();
    for (String id : absorbed.articles) if (!survivor.articles.contains(id)) survivor.articles.add(id);
    survivor.articleCount += absorbed.articleCount - (before + absorbed.articles.size() - survivor.articles.size());
    trimOldest(survivor.articles, settings.maxProfileArticles());
    survivor.sources.addAll(absorbed.sources);
    trimOldest(survivor.sources, settings.maxProfileArticles());
    absorbed.fingerprints.forEach(survivor.fingerprints::putIfAbsent);
    trimOldest(survivor.fingerprints.keySet(), settings.maxProfileArticles());
    absorbed.gists.forEach(survivor.gists::putIfAbsent);
    keepFirstAndLatest(survivor.gists, EventGrouper.FIRST_GISTS, EventGrouper.MAX_GISTS);
    absorbed.focalCounts.forEach((k, n) -> survivor.focalCounts.merge(k, n, Integer::sum));
    keepMostFrequent(survivor.focalCounts, settings.maxProfileFeatures());
    absorbed.placeCounts.forEach((k, n) -> survivor.placeCounts.merge(k, n, Integer::sum));
    survivor.placeCounts.keySet().retainAll(survivor.focalCounts.keySet());
    absorbed.speakerCounts.forEach((k, n) -> survivor.speakerCounts.merge(k, n, Integer::sum));
    survivor.speakerCounts.keySet().retainAll(survivor.focalCounts.keySet());
    absorbed.incidents.forEach((k, n) -> survivor.incidents.merge(k, n, Integer::sum));
    absorbed.entities.forEach((k, w) -> survivor.entities.merge(k, w, Double::sum));
    absorbed.terms.forEach((k, w) -> survivor.terms.merge(k, w, Double::sum));
    keepHeaviest(survivor.entities, settings.maxProfileFeatures());
    keepHeaviest(survivor.terms, settings.maxProfileFeatures());
    survivor.firstSeen = earlier(survivor.firstSeen, absorbed.firstSeen);
    survivor.lastSeen = later(survivor.lastSeen, absorbed.lastSeen);
    survivor.datedFirst = earlier(survivor.datedFirst, absorbed.datedFirst);
    survivor.datedLast = later(survivor.datedLast, absorbed.datedLast);
    if (survivor.datedFirst != null) {
      survivor.firstSeen = survivor.datedFirst;
      survivor.lastSeen = survivor.datedLast;
    }
  }

  private static Instant earlier(Instant a, Instant b) {
    return a == null ? b : b == null || !b.isBefore(a) ? a : b;
  }

  private static Instant later(Instant a, Instant b) {
    return a == null ? b : b == null || !b.isAfter(a) ? a : b;
  }

  private static void trimOldest(Collection<String> insertionOrdered, int max) {
    Iterator<String> it = insertionOrdered.iterator();
    int excess = insertionOrdered.size() - max;
    while (excess-- > 0 && it.hasNext()) {
      it.next();
      it.remove();
    }
  }

  /** Drops entries after the first {@code first} until at most {@code max} remain, oldest first. */
  private static <V> void keepFirstAndLatest(Map<String, V> insertionOrdered, int first, int max) {
    Iterator<String> it = insertionOrdered.keySet().iterator();
    int excess = insertionOrdered.size() - max;
    for (int skipped = 0; excess > 0 && it.hasNext(); ) {
      it.next();
      if (skipped < first) {
        skipped++;
        continue;
      }
      it.remove();
      excess--;
    }
  }

  private static void keepHeaviest(Map<String, Double> weights, int max) {
    if (weights.size() <= max) return;
    Map<String, Double> kept = EventFeatures.top(weights, max);
    weights.keySet().retainAll(kept.keySet());
  }

  private static void keepMostFrequent(Map<String, Integer> counts, int max) {
    if (counts.size() <= max) return;
    Set<String> kept = new java.util.HashSet<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(max).forEach(e -> kept.add(e.getKey()));
    counts.keySet().retainAll(kept);
  }
}
