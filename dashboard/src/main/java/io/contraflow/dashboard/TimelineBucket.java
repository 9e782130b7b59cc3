package io.contraflow.dashboard;

import java.time.Instant;

/** One step of an event's timeline: articles and newly seen contradictions in [start, start + width). */
public record TimelineBucket(Instant start, int articles, int contradictions, int cumulativeContradictions) {
}
