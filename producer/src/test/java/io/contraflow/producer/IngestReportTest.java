package io.contraflow.producer;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IngestReportTest {

    @Test
    void summaryOfACleanRun() {
        IngestReport report = new IngestReport(5, 5, 5, Map.of(), Map.of(), 0, Duration.ofMillis(1234));

        assertThat(report.summary()).isEqualTo("5 articles read, 5 sent, 5 acknowledged, 0 failed; 0 skipped (1.2 s)");
        assertThat(report.complete()).isTrue();
    }

    @Test
    void summaryNamesReasonsMostFrequentFirst() {
        IngestReport report = new IngestReport(1, 1, 0, Map.of("TimeoutException", 1L),
                Map.of("empty body", 1L, "invalid UTF-8", 3L), 4, Duration.ZERO);

        assertThat(report.skipped()).isEqualTo(4);
        assertThat(report.failedToSend()).isEqualTo(1);
        assertThat(report.complete()).isFalse();
        assertThat(report.summary()).isEqualTo("1 article read, 1 sent, 0 acknowledged, 1 failed: TimeoutException (1); "
                + "4 skipped: invalid UTF-8 (3), empty body (1); 4 dead letters written (0.0 s)");
    }
}
