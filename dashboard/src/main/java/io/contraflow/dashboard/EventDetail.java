package io.contraflow.dashboard;

import java.util.List;

/** Everything the page shows for one event. */
public record EventDetail(EventSummary event, List<ArticleRef> articles, List<ContradictionView> contradictions,
                          List<ClaimantGroup> claimants, List<TimelineBucket> timeline) {
}
