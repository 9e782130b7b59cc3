package io.contraflow.analysis.events;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.semantic.Lead;
import io.contraflow.analysis.semantic.MiniLmEmbedder;
import io.contraflow.analysis.semantic.SentenceEmbedder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 *   <li><b>What the article is about.</b> Otherwise the article is compared with each event on four kinds of
 *       evidence: the names it is about ({@link EventFocus}: names in its headline or lead, weighted by what they
 *       are: an incident name such as "the Beirut blast" most, a person or organisation fully, a place half, a
 *       country hardly), how similar its headline and lead are to the event's (sentence embeddings), how much of its
 *       rarity-weighted vocabulary it shares ({@link EventSimilarity}), and the time between it and the event's
 *       dated reports. It joins the best event it passes one of these tests for ({@link JoinTests}):
 *       <ul>
 *         <li><i>identity</i>: it is about a name the event is about (not a place or country): gist similarity
 *             {@code identitySemantic}; the gap does not matter, so the verdict years later joins the story;</li>
 *         <li><i>mentioned</i>: it leads with a person, organisation or thing the event's articles name further down
 *             (the ship's name, which the first reports of a sinking gave in their fourth paragraph): gist similarity
 *             {@code nameSemantic} and names and terms {@code nameWords}, within {@code settingMaxGap}, and the event
 *             must not be about someone or something the article never names;</li>
 *         <li><i>setting</i>: it shares only the place where the event happened: gist similarity
 *             {@code settingSemantic}, the same kind of incident (a fire at the port a month after the blast there
 *             is another event), and within {@code settingMaxGap};</li>
 *         <li><i>alone</i>: it shares no name the event is about: gist similarity {@code aloneSemantic}, names and
 *             terms {@code aloneWords}, the same kind of incident, within {@code staleAfter}, and the event must
 *             not be about someone the article never names ("about Abu Akleh" is not joined by another shooting in
 *             the same town).</li>
 *       </ul>
 *       Without gists (records from before they existed) the tests read the names-and-terms similarity instead.</li>
 * </ol>
 * <b>Time.</b> Only times read from the articles count: an article whose input gave no date and none could be
 * inferred ({@link ArticleText#dated()}) has an unknown gap to every event, never a gap of years, and does not move
 * the event's first or last seen time when the event has dated coverage.
 *
 * <h2>Bounded state</h2>
 * Each profile keeps at most {@code maxProfileFeatures} names and as many terms and focus counts (the heaviest), the
 * last {@code maxProfileArticles} article ids, outlets and fingerprints, and {@value #MAX_GISTS} gists (the first
 * {@value #FIRST_GISTS} and the latest); with the defaults a profile serialises to under 30 KB. {@link #evictable}
 * tells the caller when a profile may be dropped. The term statistics are bounded by {@link BoundedTermStatistics}.
 *
 * <h2>Cost of {@link #decide}</h2>
 * O(a log a) to weight the article (a ≤ 224 features), then per open event one cache look-up and at most 8
 * Bloom-signature tests for the article's heaviest names ({@link ProfileIndex}); only the C events sharing one of them
 * are scored, each in O(64 + 64) hash look-ups (profile norms are cached), at most {@value #MAX_GISTS} 384-wide dot
 * products and O(f) fingerprint comparisons (f ≤ maxProfileArticles). The benchmarks module measures it.
 *
 * <p>Not thread-safe (the term statistics are not): one grouper per stream task.
 */
public final class EventGrouper {
  private final EventGroupingSettings settings;
  private final JoinTests joinTests;
  private final TermStatistics statistics;
  /** Embeds the gist of articles that arrive without one (null: such articles are compared by words only). */
  private final SentenceEmbedder embedder;
  /** The last article's features, so that decide and the following apply extract them once. */
  private CachedFeatures cache;
  private final ProfileIndex index = new ProfileIndex(INDEXED_EVENTS);
  /** Profile norms and signatures cached for this many events (about 600 bytes each). */
  private static final int INDEXED_EVENTS = 10_000;
  /** Gists kept per event: those of the articles that opened it, then the most recent (384 bytes each on the wire). */
  static final int FIRST_GISTS = 4, MAX_GISTS = 16;

  private record CachedFeatures(GroupableArticle article, EventFeatures features) {}

  /** Default settings with this stale period, fresh in-memory term statistics, and the bundled sentence model. */
  public EventGrouper(Duration staleAfter) {
    this(EventGroupingSettings.defaults().withStaleAfter(staleAfter), new BoundedTermStatistics(), MiniLmEmbedder.get());
  }

  /** Articles without a gist are compared by names and terms only. */
  public EventGrouper(EventGroupingSettings settings, TermStatistics statistics) {
    this(settings, statistics, null);
  }

  public EventGrouper(EventGroupingSettings settings, TermStatistics statistics, SentenceEmbedder embedder) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.joinTests = new JoinTests(settings);
    this.statistics = Objects.requireNonNull(statistics, "statistics");
    this.embedder = embedder;
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
  public EventDecision decide(GroupableArticle article, Collection<EventProfile> openEvents) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(openEvents, "openEvents");
    ArticleText text = article.article();
    EventFeatures features = featuresOf(article);

    for (EventProfile p : openEvents) {
      if (isUsable(p) && p.articles.contains(text.id())) return new EventDecision(p.eventId, false, 1.0, null, "re-delivered");
    }
    EventSimilarity.ArticleVector vector = EventSimilarity.vector(features, statistics, semantic() ? features.gist() : null);
    boolean fingerprinted = features.fingerprint() != 0L && features.bodyWords() >= settings.minWordsForSyndication();
    Match copy = null;
    Match nearCopy = null;
    Match best = null;
    Map<EventProfile, Match> byIdentity = new LinkedHashMap<>();
    Map<EventProfile, Match> byMention = new LinkedHashMap<>();
    java.util.Set<EventProfile> far = new java.util.HashSet<>();
    java.util.Set<EventProfile> timeUnknown = new java.util.HashSet<>();
    for (EventProfile p : openEvents) {
      // A copy shares all the original's names, so the probe filter never hides one.
      if (!isUsable(p)) continue;
      if (!EventSimilarity.mayMatch(vector, p, index.of(p))) continue;
      ProfileIndex.Entry indexed = index.scored(p, statistics);
      Match fingerprintMatch = fingerprinted ? closestFingerprint(features.fingerprint(), p) : null;
      if (fingerprintMatch != null && fingerprintMatch.distance <= settings.syndicationMaxHamming()) {
        if (copy == null || fingerprintMatch.distance < copy.distance) copy = fingerprintMatch;
        continue;
      }
      EventSimilarity.Score s = EventSimilarity.scoreWords(vector, p, indexed);
      if (fingerprintMatch != null && fingerprintMatch.distance <= settings.nearCopyMaxHamming()
          && s.similarity() >= settings.nearCopyMinSimilarity()
          && (nearCopy == null || fingerprintMatch.distance < nearCopy.distance)) {
        nearCopy = fingerprintMatch;
      }
      EventFocus.Match focus = focus(features, p);
      // The gist is compared (up to 16 dot products) only where it can decide: an event that shares no name the
      // article is about and few of its words cannot be joined however alike the headlines read.
      if (focus.strength() == EventFocus.Strength.NONE && s.similarity() < Math.min(settings.aloneWords(), settings.corroboratedWords())) continue;
      if (vector.gist != null) s = s.withSemantic(EventSimilarity.semantic(vector.gist, p));
      Duration gap = gap(text, features, p);
      JoinTests.Verdict v = joinTests.judge(s, focus, gap, gap != null && StorySpans.recallsStart(features.days(), p));
      if (!v.joins()) continue;
      Match m = new Match(p.eventId, null, 0, s.similarity(), v.rank(), v.reason());
      if (best == null || v.rank() > best.rank) best = m;
      if (v.incident() || v.identity()) byIdentity.put(p, m);
      if (gap != null && gap.compareTo(settings.settingMaxGap()) > 0) far.add(p);
      if (gap == null && p.datedFirst != null) timeUnknown.add(p);
      if (v.mentioned()) byMention.put(p, m);
    }
    Match syndicated = copy != null ? copy : nearCopy;
    if (syndicated != null) {
      return new EventDecision(syndicated.eventId, false, 1.0 - syndicated.distance / 64.0, syndicated.articleId,
          "copy of " + syndicated.articleId + " (" + syndicated.distance + " of 64 fingerprint bits differ)");
    }
    // An article identified with one event that leads with a name another gives further down joins the two: the
    // first reports of a sinking name the ship low, the next day's lead with it, and a report between does both.
    if (!byIdentity.isEmpty()) byMention.forEach(byIdentity::putIfAbsent);
    // A report dated in one story's days and months or years from another's continues the near one; it does not show
    // the two are one (a second chemical attack in the same war reads like the first).
    if (byIdentity.size() > 1 && byIdentity.keySet().stream().anyMatch(p -> !far.contains(p))) {
      byIdentity.keySet().removeIf(far::contains);
      if (byIdentity.size() == 1) {
        Match near = byIdentity.values().iterator().next();
        return new EventDecision(near.eventId, false, near.similarity, null, near.reason);
      }
    }
    // An undated report that names a day of one story's own days ("the attack of 19 March") continues that story, not
    // another of the same kind it reads like whose dated days lie a month or more away and which it never names. (A
    // story of undated reports, or one of the same weeks, may be the same one under another name.)
    // (Told of by name or incident: a name the article merely gives further down is no sign of which story it tells.)
    List<EventProfile> toldOf = byIdentity.keySet().stream().filter(p -> !timeUnknown.contains(p) && !byMention.containsKey(p)).toList();
    if (byIdentity.size() > 1 && !text.dated() && !toldOf.isEmpty()) {
      byIdentity.keySet().removeIf(p -> timeUnknown.contains(p)
          && toldOf.stream().allMatch(q -> StorySpans.apart(List.of(p, q), settings.settingMaxGap())));
      if (byIdentity.size() == 1) {
        Match told = byIdentity.values().iterator().next();
        return new EventDecision(told.eventId, false, told.similarity, null, told.reason);
      }
    }
    // Nor does an undated report, or one far from both, show two stories years apart to be one: it joins the closer.
    if (byIdentity.size() > 1 && StorySpans.apart(byIdentity.keySet(), StorySpans.YEARS_APART)) {
      Match top = byIdentity.values().stream().max(java.util.Comparator.comparingDouble(Match::rank)).orElseThrow();
      return new EventDecision(top.eventId, false, top.similarity, null, top.reason);
    }
    if (byIdentity.size() > 1 && settings.uses(EventGroupingSettings.Signal.INCIDENTS)) return merging(byIdentity);
    if (best != null) return new EventDecision(best.eventId, false, best.similarity, null, best.reason);
    return new EventDecision(eventIdFor(text.id()), true, 0.0, null, "no open event close enough");
  }

  /**
   * An article that passes the incident test for two or more open events, or the name test on a person or
   * organisation each is about, shows that they are one story told under two names (a flight number and the place it
   * fell; the poisoned man, and the laboratory that named the poison): it joins the oldest, which absorbs the others.
   * A name joins stories this way only with words in common too (names and terms at {@code nameWords}): a company in
   * the lead of two disasters years apart is a company with two disasters. A place in common never merges: that is
   * how other stories of the same week look. An event the article joins only because it gives the article's lead name
   * further down is merged with one the article passes either of those tests for, never on its own.
   */
  private static EventDecision merging(Map<EventProfile, Match> byIdentity) {
    List<EventProfile> oldestFirst = new ArrayList<>(byIdentity.keySet());
    oldestFirst.sort(java.util.Comparator.comparing((EventProfile p) -> p.datedFirst != null ? p.datedFirst : p.firstSeen)
        .thenComparing(p -> p.eventId));
    EventProfile survivor = oldestFirst.get(0);
    List<String> absorbed = oldestFirst.subList(1, oldestFirst.size()).stream().map(p -> p.eventId).toList();
    Match m = byIdentity.get(survivor);
    return new EventDecision(survivor.eventId, false, m.similarity, null,
        m.reason + "; also the incident of " + String.join(", ", absorbed) + ", which it continues", absorbed);
  }

  /**
   * Folds {@code absorbed} into {@code survivor} after a decision that {@link EventDecision#absorbs} it: its articles,
   * outlets, names, terms, gists and dated span become the survivor's (bounded as always). Returns the survivor.
   */
  public EventProfile merge(EventProfile survivor, EventProfile absorbed) {
    ProfileFolding.merge(survivor, absorbed, settings);
    index.forget(absorbed.eventId);
    index.forget(survivor.eventId);
    return survivor;
  }

  /**
   * Groups one article against events held in memory ({@code open}, event id to profile, updated in place): decides,
   * folds any events the article shows to be the same story into the one it joins (removing them), and applies it.
   * For callers without a store of their own (the tests, the benchmarks); the streams app does the same steps on its
   * state stores.
   */
  public EventDecision group(GroupableArticle article, Map<String, EventProfile> open) {
    EventDecision d = decide(article, open.values());
    for (String absorbed : d.absorbs()) {
      EventProfile gone = open.remove(absorbed);
      if (gone != null) merge(open.get(d.eventId()), gone);
    }
    open.put(d.eventId(), apply(d, article, open.get(d.eventId())));
    return d;
  }

  /** A candidate outcome: an event, and for a copy the article it repeats and the fingerprint distance. */
  private record Match(String eventId, String articleId, int distance, double similarity, double rank, String reason) {
    Match(String eventId, String articleId, int distance) {
      this(eventId, articleId, distance, 0, 0, null);
    }
  }

  private static Match closestFingerprint(long fingerprint, EventProfile p) {
    Match closest = null;
    for (Map.Entry<String, Long> e : p.fingerprints.entrySet()) {
      int d = SimHash.distance(fingerprint, e.getValue());
      if (closest == null || d < closest.distance) closest = new Match(p.eventId, e.getKey(), d);
    }
    return closest;
  }

  /** Scores {@code article} against one event without deciding: for diagnostics and tuning. */
  EventSimilarity.Score explain(GroupableArticle article, EventProfile event) {
    EventFeatures f = featuresOf(article);
    EventSimilarity.ArticleVector vector = EventSimilarity.vector(f, statistics, semantic() ? f.gist() : null);
    return EventSimilarity.score(vector, event, index.scored(event, statistics));
  }

  /** The verdict {@link #decide} reaches for {@code article} and {@code event}: for diagnostics and tuning. */
  JoinTests.Verdict verdict(GroupableArticle article, EventProfile event) {
    Duration gap = gap(article.article(), featuresOf(article), event);
    return joinTests.judge(explain(article, event), focus(featuresOf(article), event), gap,
        gap != null && StorySpans.recallsStart(featuresOf(article).days(), event));
  }

  private EventFocus.Match focus(EventFeatures features, EventProfile p) {
    return settings.uses(EventGroupingSettings.Signal.FOCUS) ? EventFocus.match(features, p) : EventFocus.matchAnyName(features, p);
  }

  /** The tests of the class comment, in order; the first that passes decides. */
  JoinTests.Verdict judge(EventSimilarity.Score s, EventFocus.Match focus, Duration gap) {
    return joinTests.judge(s, focus, gap);
  }

  /** {@link #judge(EventSimilarity.Score, EventFocus.Match, Duration)} for an article that may name the story's first day. */
  JoinTests.Verdict judge(EventSimilarity.Score s, EventFocus.Match focus, Duration gap, boolean recallsStart) {
    return joinTests.judge(s, focus, gap, recallsStart);
  }

  private boolean semantic() {
    return settings.uses(EventGroupingSettings.Signal.SEMANTIC);
  }

  /** Folds the article into the chosen event's profile ({@code profile} is null for a new event) and returns it. */
  public EventProfile apply(EventDecision decision, GroupableArticle article, EventProfile profile) {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(article, "article");
    if (profile != null && profile.eventId != null && !profile.eventId.equals(decision.eventId())) {
      throw new IllegalArgumentException("decision is for event " + decision.eventId() + " but the profile is "
          + profile.eventId);
    }
    EventProfile p = profile != null ? profile : new EventProfile();
    ProfileFolding.fold(p, decision, article.article(), featuresOf(article), settings, statistics);
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

  private EventFeatures featuresOf(GroupableArticle article) {
    CachedFeatures c = cache;
    if (c != null && c.article() == article) return c.features();
    EventFeatures f = EventFeatures.of(article);
    if (f.gist() == null && embedder != null && semantic() && !article.article().body().isBlank()) {
      f = f.withGist(embedder.embed(Lead.of(article.article().title(), article.article().body())));
    }
    cache = new CachedFeatures(article, f);
    return f;
  }

  private static boolean isUsable(EventProfile p) {
    return p != null && p.eventId != null && p.lastSeen != null
        && !BoundedTermStatistics.RESERVED_PROFILE_ID.equals(p.eventId);
  }
  /**
   * How far the article's publication time is from the event's dated coverage (zero inside its span), or null when
   * either has no date read from an article; an undated report that tells of the story's days is within them.
   */
  private Duration gap(ArticleText text, EventFeatures features, EventProfile p) {
    if (!settings.uses(EventGroupingSettings.Signal.DATES) || p.datedFirst == null) return null;
    if (!text.dated()) return StorySpans.tellsOfTheStorysDays(features.days(), p) ? Duration.ZERO : null;
    Instant t = text.publishedAt();
    if (t.isBefore(p.datedFirst)) return Duration.between(t, p.datedFirst);
    if (t.isAfter(p.datedLast)) return Duration.between(p.datedLast, t);
    return Duration.ZERO;
  }
}
