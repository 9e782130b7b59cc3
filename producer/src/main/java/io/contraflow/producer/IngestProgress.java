package io.contraflow.producer;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The terminal progress bar of an ingest, drawn on standard error. With {@code auto} it is drawn only when there is
 * a console, and, when the number of inputs is not known in advance, only once the ingest has proved long.
 */
final class IngestProgress implements AutoCloseable {

    /** An ingest of unknown size gets a bar after this many inputs: small ones finish before a bar helps. */
    static final long UNKNOWN_SIZE_THRESHOLD = 1_000;

    private final boolean enabled;
    private final long expected;
    private long done;
    private ProgressBar bar;

    private IngestProgress(boolean enabled, long expected) {
        this.enabled = enabled;
        this.expected = expected;
    }

    /** @param expected number of inputs, or -1 when unknown */
    static IngestProgress start(ProducerSettings.ProgressBar mode, long expected) {
        boolean enabled = switch (mode) {
            case ON -> true;
            case OFF -> false;
            case AUTO -> System.console() != null;
        };
        IngestProgress progress = new IngestProgress(enabled, expected);
        if (enabled && (expected > 0 || mode == ProducerSettings.ProgressBar.ON)) {
            progress.draw();
        }
        return progress;
    }

    void step() {
        done++;
        if (bar != null) {
            bar.step();
        } else if (enabled && done >= UNKNOWN_SIZE_THRESHOLD) {
            draw();
        }
    }

    boolean drawing() {
        return bar != null;
    }

    private void draw() {
        bar = new ProgressBarBuilder()
                .setTaskName("Ingest")
                .setInitialMax(expected > 0 ? expected : -1)  // -1 draws an indefinite bar
                .setUnit(" articles", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .showSpeed()
                .build();
        bar.stepTo(done);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
