package io.contraflow.dashboard;

import java.time.Instant;
import java.util.List;

/** One event in the events list. */
public record EventSummary(String id, String title, int articleCount, List<String> sources, List<String> keyTerms,
                           Instant firstSeen, Instant lastSeen, int contradictionCount, int claimCount, String reason,
                           List<String> continues) {
}
