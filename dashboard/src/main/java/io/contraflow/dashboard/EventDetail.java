package io.contraflow.dashboard;

import java.util.List;

/**
 * What the page shows for one event: its summary (exact counts), its newest articles and contradictions (at most
 * the page's limit of each), one page of its claims grouped by claimant, the timeline of all its coverage, and the
 * page's place in the whole.
 */
public record EventDetail(EventSummary event, List<ArticleRef> articles, List<ContradictionView> contradictions,
                          List<ClaimantGroup> claimants, List<TimelineBucket> timeline, EventPage page) {
}
