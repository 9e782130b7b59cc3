package io.contraflow.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Buckets an event's article times and contradiction first-seen times for the timeline chart: hourly, or daily when
 * the coverage spans more than {@value #MAX_HOURLY_BUCKETS} hours, so the chart stays readable.
 */
final class TimelineBuilder {

    static final int MAX_HOURLY_BUCKETS = 7 * 24;

    private TimelineBuilder() {
    }

    static List<TimelineBucket> build(Collection<Instant> articleTimes, Collection<Instant> contradictionTimes) {
        Instant min = null;
        Instant max = null;
        for (Instant t : concat(articleTimes, contradictionTimes)) {
            min = min == null || t.isBefore(min) ? t : min;
            max = max == null || t.isAfter(max) ? t : max;
        }
        if (min == null) {
            return List.of();
        }
        ChronoUnit unit = Duration.between(min, max).toHours() >= MAX_HOURLY_BUCKETS ? ChronoUnit.DAYS : ChronoUnit.HOURS;
        Instant first = min.truncatedTo(unit);
        int count = (int) unit.between(first, max.truncatedTo(unit)) + 1;
        int[] articles = new int[count];
        int[] contradictions = new int[count];
        for (Instant t : articleTimes) {
            articles[(int) unit.between(first, t.truncatedTo(unit))]++;
        }
        for (Instant t : contradictionTimes) {
            contradictions[(int) unit.between(first, t.truncatedTo(unit))]++;
        }
        List<TimelineBucket> buckets = new ArrayList<>(count);
        int cumulative = 0;
        for (int i = 0; i < count; i++) {
            cumulative += contradictions[i];
            buckets.add(new TimelineBucket(first.plus(i, unit), articles[i], contradictions[i], cumulative));
        }
        return buckets;
    }

    private static List<Instant> concat(Collection<Instant> a, Collection<Instant> b) {
        List<Instant> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
