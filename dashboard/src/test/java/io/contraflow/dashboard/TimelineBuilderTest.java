package io.contraflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineBuilderTest {

    private static Instant at(String time) {
        return Instant.parse("2025-03-10T" + time + "Z");
    }

    @Test
    void bucketsArticlesByHourAndCountsContradictionsCumulatively() {
        List<TimelineBucket> buckets = TimelineBuilder.build(
                List.of(at("08:05:00"), at("08:55:00"), at("10:30:00")),
                List.of(at("08:59:59"), at("10:00:00"), at("10:01:00")));

        assertThat(buckets).containsExactly(
                new TimelineBucket(at("08:00:00"), 2, 1, 1),
                new TimelineBucket(at("09:00:00"), 0, 0, 1),
                new TimelineBucket(at("10:00:00"), 1, 2, 3));
    }

    @Test
    void switchesToDaysWhenCoverageSpansMoreThanAWeek() {
        List<TimelineBucket> buckets = TimelineBuilder.build(
                List.of(Instant.parse("2025-03-01T10:00:00Z"), Instant.parse("2025-03-10T10:00:00Z")), List.of());

        assertThat(buckets).hasSize(10);
        assertThat(buckets.get(0).start()).isEqualTo(Instant.parse("2025-03-01T00:00:00Z"));
        assertThat(buckets).extracting(TimelineBucket::articles).containsExactly(1, 0, 0, 0, 0, 0, 0, 0, 0, 1);
    }

    @Test
    void isEmptyWithoutTimes() {
        assertThat(TimelineBuilder.build(List.of(), List.of())).isEmpty();
    }
}
