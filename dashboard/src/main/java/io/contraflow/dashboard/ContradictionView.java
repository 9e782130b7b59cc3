package io.contraflow.dashboard;

import java.time.Instant;
import java.util.List;

/** A contradiction as the API and the live stream show it. */
public record ContradictionView(String id, String eventId, String kind, String topic, String severity,
                                double confidence, String explanation, Instant firstSeen, Instant lastUpdated,
                                int revision, SideView sideA, SideView sideB, List<String> trail) {
}
