package io.contraflow.producer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IngestProgressTest {

    @Test
    void offNeverDraws() {
        try (IngestProgress progress = IngestProgress.start(ProducerSettings.ProgressBar.OFF, 10)) {
            for (int i = 0; i < 2 * IngestProgress.UNKNOWN_SIZE_THRESHOLD; i++) {
                progress.step();
            }
            assertThat(progress.drawing()).isFalse();
        }
    }

    @Test
    void onDrawsFromTheStartEvenWithoutAKnownSize() {
        try (IngestProgress progress = IngestProgress.start(ProducerSettings.ProgressBar.ON, -1)) {
            progress.step();
            assertThat(progress.drawing()).isTrue();
        }
    }

    @Test
    void autoDrawsOnlyOnAConsole() {
        // Test runs have no console (System.console() is null under surefire), so auto stays quiet.
        try (IngestProgress progress = IngestProgress.start(ProducerSettings.ProgressBar.AUTO, 10)) {
            assertThat(progress.drawing()).isEqualTo(System.console() != null);
        }
    }
}
