package io.contraflow.producer;

import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one ingest did.
 *
 * @param articlesRead       inputs that became articles
 * @param sent               articles handed to the Kafka producer
 * @param acknowledged       articles the broker acknowledged
 * @param sendFailures       articles that could not be sent or were not acknowledged, by reason (exception name)
 * @param readFailures       inputs that did not become articles, by {@link ReadProblem} label
 * @param deadLettersWritten dead-letter records the broker acknowledged
 * @param elapsed            wall time of the ingest, flush included
 * @param stoppedBecause     why the ingest stopped before the end of its input (deadline, stop request, Kafka gone),
 *                           or null when it read everything
 */
public record IngestReport(long articlesRead, long sent, long acknowledged, Map<String, Long> sendFailures,
                           Map<String, Long> readFailures, long deadLettersWritten, Duration elapsed,
                           String stoppedBecause) {

    public IngestReport {
        sendFailures = sortedByCount(sendFailures);
        readFailures = sortedByCount(readFailures);
    }

    public IngestReport(long articlesRead, long sent, long acknowledged, Map<String, Long> sendFailures,
                        Map<String, Long> readFailures, long deadLettersWritten, Duration elapsed) {
        this(articlesRead, sent, acknowledged, sendFailures, readFailures, deadLettersWritten, elapsed, null);
    }

    /** Articles that were read but did not reach the broker. */
    public long failedToSend() {
        return sendFailures.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Inputs that could not be read as articles. */
    public long skipped() {
        return readFailures.values().stream().mapToLong(Long::longValue).sum();
    }

    /** True when every input was read, became an article, and every article was acknowledged. */
    public boolean complete() {
        return stoppedBecause == null && skipped() == 0 && failedToSend() == 0 && acknowledged == articlesRead;
    }

    /** One line a person reads, e.g. "5 articles read, 5 sent, 5 acknowledged, 0 failed; 1 skipped: empty body (1)". */
    public String summary() {
        StringBuilder out = new StringBuilder()
                .append(articlesRead).append(articlesRead == 1 ? " article read, " : " articles read, ")
                .append(sent).append(" sent, ")
                .append(acknowledged).append(" acknowledged, ")
                .append(failedToSend()).append(" failed");
        if (!sendFailures.isEmpty()) {
            out.append(": ").append(counts(sendFailures));
        }
        out.append("; ").append(skipped()).append(" skipped");
        if (!readFailures.isEmpty()) {
            out.append(": ").append(counts(readFailures));
        }
        if (deadLettersWritten > 0) {
            out.append("; ").append(deadLettersWritten)
                    .append(deadLettersWritten == 1 ? " dead letter written" : " dead letters written");
        }
        out.append(String.format(Locale.ROOT, " (%.1f s)", elapsed.toMillis() / 1000.0));
        if (stoppedBecause != null) {
            out.append("; stopped before the end of the input: ").append(stoppedBecause);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return summary();
    }

    private static String counts(Map<String, Long> byReason) {
        return byReason.entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
    }

    /** Most frequent reason first, ties by name, so the summary reads the same way every time. */
    private static Map<String, Long> sortedByCount(Map<String, Long> byReason) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        byReason.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(sorted);
    }
}
