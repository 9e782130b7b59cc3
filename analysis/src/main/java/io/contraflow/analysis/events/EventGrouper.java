package io.contraflow.analysis.events;

import io.contraflow.analysis.claims.ArticleAnalysis;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * Online event grouping: compares each new article with the open events and picks one, or opens a new event.
 * Plain Java; the caller keeps the profiles (in a Kafka Streams store) and passes the open ones in.
 */
public final class EventGrouper {
  private final Duration staleAfter;

  public EventGrouper(Duration staleAfter) {
    this.staleAfter = staleAfter;
  }

  /** Chooses the event for {@code article} among {@code openEvents}. Does not modify anything. */
  public EventDecision decide(ArticleAnalysis article, Collection<EventProfile> openEvents) {
    // Placeholder until the grouping lands: every article opens its own event.
    return new EventDecision("evt-" + Integer.toHexString(article.article().id().hashCode()), true, 0.0, null);
  }

  /** Folds the article into the chosen event's profile ({@code profile} is null for a new event) and returns it. */
  public EventProfile apply(EventDecision decision, ArticleAnalysis article, EventProfile profile) {
    EventProfile p = profile != null ? profile : new EventProfile();
    Instant t = article.article().publishedAt();
    if (p.eventId == null) {
      p.eventId = decision.eventId();
      p.title = article.article().title();
      p.firstSeen = t;
      p.lastSeen = t;
    }
    if (t.isBefore(p.firstSeen)) p.firstSeen = t;
    if (t.isAfter(p.lastSeen)) p.lastSeen = t;
    p.articleCount++;
    p.articles.add(article.article().id());
    if (article.article().source() != null) p.sources.add(article.article().source());
    return p;
  }

  /** True when a profile may be dropped from the open set: no coverage for far longer than the stale period. */
  public boolean evictable(EventProfile profile, Instant now) {
    return profile.lastSeen.plus(staleAfter.multipliedBy(52)).isBefore(now);
  }
}
