package io.contraflow.feeds;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One poll of one feed: what to write, in order, what went wrong, and the state to keep once it is written.
 *
 * <p>{@link #stateAfter(int)} is the state after the first n outputs are safely written: it holds their keys but
 * the old validators until the last one, so that a crash in between re-fetches the feed in full and takes up
 * exactly the items that were not written (a Connect task stores it as each record's source offset).
 *
 * @param status     what the feed's server answered, for the progress line ("200, 12 items", "304 not modified")
 * @param items      items read from the feed document (0 for a 304 or a failure)
 * @param outputs    new articles and dead letters, in feed order
 * @param problems   everything reported: feed failures, pages replaced by the feed's text, dead-letter reasons
 * @param before     the feed's state when the poll began
 * @param after      the state once every output is written (null when nothing changes)
 */
public record PollResult(FeedSpec feed, String status, int items, List<FeedOutput> outputs, List<Problem> problems,
                         FeedState before, FeedState after, int capacity, Duration took) {

    public PollResult {
        outputs = List.copyOf(outputs);
        problems = List.copyOf(problems);
    }

    /** The state to keep after the first {@code written} outputs (all of them: {@link #after}). */
    public FeedState stateAfter(int written) {
        if (written >= outputs.size()) {
            return after == null ? before : after;
        }
        List<String> keys = new ArrayList<>();
        for (FeedOutput output : outputs.subList(0, written)) {
            keys.addAll(output.seenKeys());
        }
        return before.remember(keys, capacity);
    }

    public long articles() {
        return outputs.stream().filter(o -> o instanceof FeedOutput.NewArticle).count();
    }

    public long deadLetters() {
        return outputs.stream().filter(o -> o instanceof FeedOutput.Rejected).count();
    }

    /** The progress line: "https://x/feed.xml: 200, 30 items, 3 new articles, 0 dead letters, 1 problem (0.4 s)". */
    public String summary() {
        StringBuilder line = new StringBuilder(feed.url().toString()).append(": ").append(status);
        if (items > 0) {
            line.append(", ").append(items).append(items == 1 ? " item" : " items");
        }
        line.append(", ").append(articles()).append(articles() == 1 ? " new article" : " new articles");
        if (deadLetters() > 0) {
            line.append(", ").append(deadLetters()).append(deadLetters() == 1 ? " dead letter" : " dead letters");
        }
        if (!problems.isEmpty()) {
            line.append(", ").append(problems.size()).append(problems.size() == 1 ? " problem: " : " problems: ")
                    .append(problems.get(0).reason());
            if (problems.size() > 1) {
                line.append(" (and ").append(problems.size() - 1).append(" more)");
            }
        }
        return line.append(String.format(Locale.ROOT, " (%.1f s)", took.toMillis() / 1000.0)).toString();
    }
}
