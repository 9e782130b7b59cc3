package io.contraflow.producer;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * When an ingest stops before the end of its input: at its deadline, or when asked to (Ctrl-C, SIGTERM). Either way
 * it stops within a fraction of a second, even with a send blocked on a broker that is gone, and reports what it did.
 *
 * @param timeout       the whole ingest's deadline, or null for none
 * @param stopRequested polled a few times a second; true stops the ingest
 */
public record IngestLimits(Duration timeout, BooleanSupplier stopRequested) {

    /** No deadline, never asked to stop. */
    public static final IngestLimits NONE = new IngestLimits(null, () -> false);

    public IngestLimits {
        Objects.requireNonNull(stopRequested, "stopRequested");
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }
}
