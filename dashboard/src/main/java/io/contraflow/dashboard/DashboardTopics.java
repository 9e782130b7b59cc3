package io.contraflow.dashboard;

import io.contraflow.schemas.Topics;
import java.util.List;
import java.util.Objects;

/** Names of the three topics the dashboard materialises. */
public record DashboardTopics(String events, String contradictions, String claims) {

    public DashboardTopics {
        Objects.requireNonNull(events, "events topic");
        Objects.requireNonNull(contradictions, "contradictions topic");
        Objects.requireNonNull(claims, "claims topic");
    }

    public static DashboardTopics defaults() {
        return new DashboardTopics(Topics.EVENTS.name(), Topics.CONTRADICTIONS.name(), Topics.CLAIMS.name());
    }

    public List<String> all() {
        return List.of(events, contradictions, claims);
    }
}
