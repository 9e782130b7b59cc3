package io.contraflow.analysis.events;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.ArticleAnalysis;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Online event grouping: compares each new article with the open events and picks one, or opens a new event.
 * Plain Java; the caller keeps the profiles (in a Kafka Streams store) and passes the open ones in.
 *
 * <h2>Rules</h2>
 * <ol>
 *   <li><b>Re-delivery.</b> An article already recorded in a profile gets that event again.</li>
 *   <li><b>Syndication.</b> A body whose SimHash is within {@code syndicationMaxHamming} bits of an article of an open
 *       event (bodies of at least {@code minWordsForSyndication} words), or within {@code nearCopyMaxHamming} bits of
 *       an article of an event it is also at least {@code nearCopyMinSimilarity} similar to, joins that event as a
 *       syndicated copy: its decision names the original, and {@link #apply} records it without adding its words to
 *       the profile again, so a wire story printed by ten outlets counts as one piece of evidence
 *       ({@link #independentReports}).</li>
 *   <li><b>Similarity.</b> Otherwise the article joins the most similar event ({@link EventSimilarity}) whose score
 *       reaches the threshold for the event's age, i.e. the gap between the article's time and the event's last
 *       article: {@code joinThreshold} for a story covered moments ago, rising linearly to {@code staleJoinThreshold}
 *       at {@code staleAfter}, then by {@code thresholdRisePerDoubling} per doubling of the gap up to
 *       {@code maxThreshold}. An article that clearly continues a story therefore joins it however old it is.</li>
 *   <li><b>Shared distinctive content.</b> The similarity left after removing the single strongest shared name must
 *       reach {@code minResidualSimilarity}: two stories about the same person in the same week (another speech,
 *       another strike in the same war) share that person and little else. Rarity weighting already shrinks names
 *       that are in every article ("Putin", "Ukraine"); this rule handles the name that is frequent only this week.</li>
 *   <li><b>Stale stories.</b> Past {@code staleAfter} an article must also share at least
 *       {@code minSharedNamesWhenStale} names other than countries and a multi-word name or phrase (the incident
 *       name: "Crocus City Hall", "the Kakhovka dam", "mobilisation law"), or twice as many names without one;
 *       and its key terms must agree at least {@code minTermSimilarityWhenStale}: names say who and where, terms
 *       say what happened, and a continuation months later agrees on both. A story about the same places that is
 *       about something else (farmers coping with the drained reservoir after a dam's collapse) opens a new event.
 *       </li>
 * </ol>
 * Articles without a publication date must be given their ingestion time by the caller
 * ({@link ArticleText#publishedAt()} is never null); the grouper uses that time as the article's event time.
 *
 * <h2>Bounded state</h2>
 * Each profile keeps at most {@code maxProfileFeatures} names and as many terms (the heaviest), and the last
 * {@code maxProfileArticles} article ids, outlets and fingerprints; with the defaults a profile serialises to under
 * 20 KB. {@link #evictable} tells the caller when a profile may be dropped. The term statistics are bounded
 * by {@link BoundedTermStatistics}.
 *
 * <h2>Cost of {@link #decide}</h2>
 * O(a log a) to weight the article (a ≤ 224 features), then per open event one cache look-up and at most 6
 * Bloom-signature tests for the article's heaviest names ({@link ProfileIndex}); only the C events sharing one of them
 * are scored, each in O(64 + 64) hash look-ups (profile norms are cached) plus O(f) fingerprint comparisons
 * (f ≤ maxProfileArticles). Total O(a log a + E·6 + C·(128 + f)).
 * Measured with a throw-away harness on this project's 2-core machine (under load from parallel builds) with 1,000
 * open events: 250–350 µs of CPU per decision when 40–90 of them share one of the article's names, of which about
 * 100 µs is the pass over all events. Feature extraction ({@link EventFeatures#of}) adds about 250 µs when the
 * analysis did not supply features. The benchmarks module is the place to track these figures.
 *
 * <p>Not thread-safe (the term statistics are not): one grouper per stream task.
 */
public final class EventGrouper {
  private final EventGroupingSettings settings;
  private final TermStatistics statistics;
  /** The last article's features, so that decide and the following apply extract them once. */
  private volatile CachedFeatures cache;
  private final ProfileIndex index = new ProfileIndex(INDEXED_EVENTS);
  /** Profile norms and signatures cached for this many events (about 600 bytes each). */
  private static final int INDEXED_EVENTS = 10_000;

  private record CachedFeatures(ArticleAnalysis article, EventFeatures features) {}

  /** Default settings with this stale period, and fresh in-memory term statistics. */
  public EventGrouper(Duration staleAfter) {
    this(EventGroupingSettings.defaults().withStaleAfter(staleAfter), new BoundedTermStatistics());
  }

  public EventGrouper(EventGroupingSettings settings, TermStatistics statistics) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.statistics = Objects.requireNonNull(statistics, "statistics");
  }

  public EventGroupingSettings settings() {
    return settings;
  }

  /** The document frequencies this grouper weights by; {@link #apply} records each original article in them. */
  public TermStatistics statistics() {
    return statistics;
  }

  /**
   * Chooses the event for {@code article} among {@code openEvents}. Modifies neither the profiles nor the statistics
   * ({@link #apply} does). Profiles that are not usable (no id or last-seen time, or the reserved statistics profile)
   * are ignored.
   */
  public EventDecision decide(ArticleAnalysis article, Collection<EventProfile> openEvents) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(openEvents, "openEvents");
    ArticleText text = article.article();
    EventFeatures features = featuresOf(article);

    for (EventProfile p : openEvents) {
      if (isUsable(p) && p.articles.contains(text.id())) return new EventDecision(p.eventId, false, 1.0, null);
    }
    EventSimilarity.ArticleVector vector = EventSimilarity.vector(features, statistics);
    boolean fingerprinted = features.fingerprint() != 0L && features.bodyWords() >= settings.minWordsForSyndication();
    Match copy = null;
    Match nearCopy = null;
    Match best = null;
    for (EventProfile p : openEvents) {
      // A copy shares all the original's names, so the probe filter never hides one.
      if (!isUsable(p)) continue;
      ProfileIndex.Entry indexed = index.of(p, statistics);
      if (!EventSimilarity.mayMatch(vector, p, indexed)) continue;
      Match fingerprintMatch = fingerprinted ? closestFingerprint(features.fingerprint(), p) : null;
      if (fingerprintMatch != null && fingerprintMatch.distance <= settings.syndicationMaxHamming()) {
        if (copy == null || fingerprintMatch.distance < copy.distance) copy = fingerprintMatch;
        continue;
      }
      EventSimilarity.Score s = EventSimilarity.score(vector, p, indexed);
      if (fingerprintMatch != null && fingerprintMatch.distance <= settings.nearCopyMaxHamming()
          && s.similarity() >= settings.nearCopyMinSimilarity()
          && (nearCopy == null || fingerprintMatch.distance < nearCopy.distance)) {
        nearCopy = fingerprintMatch;
      }
      if (joins(s, gap(text.publishedAt(), p)) && (best == null || s.similarity() > best.similarity)) {
        best = new Match(p.eventId, null, 0, s.similarity());
      }
    }
    Match syndicated = copy != null ? copy : nearCopy;
    if (syndicated != null) {
      return new EventDecision(syndicated.eventId, false, 1.0 - syndicated.distance / 64.0, syndicated.articleId);
    }
    if (best != null) return new EventDecision(best.eventId, false, best.similarity, null);
    return new EventDecision(eventIdFor(text.id()), true, 0.0, null);
  }

  /** A candidate outcome: an event, and for a copy the article it repeats and the fingerprint distance. */
  private record Match(String eventId, String articleId, int distance, double similarity) {}

  private static Match closestFingerprint(long fingerprint, EventProfile p) {
    Match closest = null;
    for (Map.Entry<String, Long> e : p.fingerprints.entrySet()) {
      int d = SimHash.distance(fingerprint, e.getValue());
      if (closest == null || d < closest.distance) closest = new Match(p.eventId, e.getKey(), d, 0);
    }
    return closest;
  }

  /** Scores {@code article} against one event without deciding: for diagnostics and tuning. */
  EventSimilarity.Score explain(ArticleAnalysis article, EventProfile event) {
    EventSimilarity.ArticleVector vector = EventSimilarity.vector(featuresOf(article), statistics);
    return EventSimilarity.score(vector, event, index.of(event, statistics));
  }

  /** Whether a score is enough to join an event whose last article is {@code gap} older than the new one. */
  boolean joins(EventSimilarity.Score s, Duration gap) {
    if (s.similarity() < threshold(gap)) return false;
    if (s.residual() < settings.minResidualSimilarity()) return false;
    if (gap.compareTo(settings.staleAfter()) > 0) {
      int names = settings.minSharedNamesWhenStale();
      return s.sharedNames() >= names && (s.sharedPhrase() || s.sharedNames() >= 2 * names)
          && s.termCosine() >= settings.minTermSimilarityWhenStale();
    }
    return true;
  }

  /** The similarity an article needs to join an event last covered {@code gap} before it. */
  public double threshold(Duration gap) {
    double stale = settings.staleAfter().toMillis();
    double g = Math.max(0, gap.toMillis());
    if (g <= stale) {
      return settings.joinThreshold() + (settings.staleJoinThreshold() - settings.joinThreshold()) * g / stale;
    }
    double doublings = Math.log(g / stale) / Math.log(2);
    return Math.min(settings.maxThreshold(), settings.staleJoinThreshold() + settings.thresholdRisePerDoubling() * doublings);
  }

  /** Folds the article into the chosen event's profile ({@code profile} is null for a new event) and returns it. */
  public EventProfile apply(EventDecision decision, ArticleAnalysis article, EventProfile profile) {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(article, "article");
    if (profile != null && profile.eventId != null && !profile.eventId.equals(decision.eventId())) {
      throw new IllegalArgumentException("decision is for event " + decision.eventId() + " but the profile is "
          + profile.eventId);
    }
    ArticleText text = article.article();
    EventProfile p = profile != null ? profile : new EventProfile();
    Instant t = text.publishedAt();
    if (p.eventId == null) {
      p.eventId = decision.eventId();
      p.title = text.title();
      p.firstSeen = t;
      p.lastSeen = t;
    }
    if (p.articles.contains(text.id())) return p; // re-delivery: already counted
    if (t.isBefore(p.firstSeen)) p.firstSeen = t;
    if (t.isAfter(p.lastSeen)) p.lastSeen = t;
    if ((p.title == null || p.title.isBlank()) && !text.title().isBlank()) p.title = text.title();
    p.articleCount++;
    p.articles.add(text.id());
    trimOldest(p.articles, settings.maxProfileArticles());
    if (text.source() != null && !text.source().isBlank()) {
      p.sources.remove(text.source());
      p.sources.add(text.source()); // most recent last, so trimming drops outlets not heard from for longest
      trimOldest(p.sources, settings.maxProfileArticles());
    }
    EventFeatures features = featuresOf(article);
    if (features.fingerprint() != 0L) {
      p.fingerprints.put(text.id(), features.fingerprint());
      trimOldest(p.fingerprints.keySet(), settings.maxProfileArticles());
    }
    if (decision.syndicatedCopyOf() == null) {
      features.entities().forEach((k, w) -> p.entities.merge(k, w, Double::sum));
      features.terms().forEach((k, w) -> p.terms.merge(k, w, Double::sum));
      keepHeaviest(p.entities, settings.maxProfileFeatures());
      keepHeaviest(p.terms, settings.maxProfileFeatures());
      Set<String> keys = new LinkedHashSet<>(features.entities().keySet());
      keys.addAll(features.terms().keySet());
      statistics.record(keys);
    }
    return p;
  }

  /** True when a profile may be dropped from the open set: no coverage for {@code evictAfter}. */
  public boolean evictable(EventProfile profile, Instant now) {
    if (BoundedTermStatistics.RESERVED_PROFILE_ID.equals(profile.eventId)) return false;
    return profile.lastSeen == null || profile.lastSeen.plus(settings.evictAfter()).isBefore(now);
  }

  /**
   * Distinct texts among the event's retained articles: syndicated copies of one wire story count once. Articles
   * without a fingerprint (empty bodies) are not counted.
   */
  public int independentReports(EventProfile profile) {
    List<Long> distinct = new ArrayList<>();
    for (long f : profile.fingerprints.values()) {
      boolean copy = false;
      for (long d : distinct) {
        if (SimHash.distance(f, d) <= settings.nearCopyMaxHamming()) { // same event already: similarity confirmed
          copy = true;
          break;
        }
      }
      if (!copy) distinct.add(f);
    }
    return distinct.size();
  }

  /** Stable event id derived from the id of the article that opens the event: "evt-" + 12 hex digits of SHA-256. */
  public static String eventIdFor(String articleId) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(articleId.getBytes(StandardCharsets.UTF_8));
      return "evt-" + HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private EventFeatures featuresOf(ArticleAnalysis article) {
    CachedFeatures c = cache;
    if (c != null && c.article() == article) return c.features();
    EventFeatures f = EventFeatures.of(article);
    cache = new CachedFeatures(article, f);
    return f;
  }

  private static boolean isUsable(EventProfile p) {
    return p != null && p.eventId != null && p.lastSeen != null
        && !BoundedTermStatistics.RESERVED_PROFILE_ID.equals(p.eventId);
  }

  private static Duration gap(Instant articleTime, EventProfile p) {
    Duration d = Duration.between(p.lastSeen, articleTime);
    return d.isNegative() ? Duration.ZERO : d;
  }

  private static void trimOldest(Collection<String> insertionOrdered, int max) {
    Iterator<String> it = insertionOrdered.iterator();
    int excess = insertionOrdered.size() - max;
    while (excess-- > 0 && it.hasNext()) {
      it.next();
      it.remove();
    }
  }

  private static void keepHeaviest(Map<String, Double> weights, int max) {
    if (weights.size() <= max) return;
    Map<String, Double> kept = EventFeatures.top(weights, max);
    weights.keySet().retainAll(kept.keySet());
  }
}
