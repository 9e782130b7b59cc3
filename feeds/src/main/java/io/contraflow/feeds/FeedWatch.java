package io.contraflow.feeds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A set of feeds polled on their schedules, with their states: the one loop behind both {@code contraflow watch}
 * and each Kafka Connect task. The caller asks for the next feed that is due, polls it, writes the outputs, and
 * then {@link #keep}s the new state; an item is new only if no feed of this watch has taken it.
 *
 * <p>Not thread-safe: one thread drives a watch (requests to one host never overlap anyway, see {@link HttpFetcher}).
 */
public final class FeedWatch {

    private final FeedSettings settings;
    private final FeedPoller poller;
    private final Clock clock;
    private final Map<FeedSpec, FeedState> states = new LinkedHashMap<>();
    private final Map<FeedSpec, Instant> due = new LinkedHashMap<>();
    private final Map<FeedSpec, Integer> polls = new LinkedHashMap<>();

    /** @param restored states by {@link FeedSpec#key()}, e.g. from a state file or Connect's offsets */
    public FeedWatch(FeedSettings settings, List<FeedSpec> feeds, Map<String, FeedState> restored, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.poller = new FeedPoller(settings, new HttpFetcher(settings), clock);
        Instant now = clock.instant();
        for (FeedSpec feed : feeds) {
            states.put(feed, restored.getOrDefault(feed.key(), FeedState.EMPTY));
            due.put(feed, now);  // every feed once at start: a conditional GET is cheap when nothing changed
            polls.put(feed, 0);
        }
    }

    public List<FeedSpec> feeds() {
        return List.copyOf(states.keySet());
    }

    /**
     * The feed due soonest, waiting up to {@code maxWait} for it to be due; null if none is due by then (or there are
     * no feeds).
     */
    public FeedSpec awaitDue(Duration maxWait) throws InterruptedException {
        return awaitDue(maxWait, feed -> true);
    }

    /** As {@link #awaitDue(Duration)}, among the feeds {@code eligible} accepts (e.g. those with polls to go). */
    public FeedSpec awaitDue(Duration maxWait, Predicate<FeedSpec> eligible) throws InterruptedException {
        FeedSpec next = null;
        for (Map.Entry<FeedSpec, Instant> entry : due.entrySet()) {
            if (eligible.test(entry.getKey()) && (next == null || entry.getValue().isBefore(due.get(next)))) {
                next = entry.getKey();
            }
        }
        if (next == null) {
            TimeUnit.MILLISECONDS.sleep(maxWait.toMillis());
            return null;
        }
        long wait = Duration.between(clock.instant(), due.get(next)).toMillis();
        if (wait > maxWait.toMillis()) {
            TimeUnit.MILLISECONDS.sleep(maxWait.toMillis());
            return null;
        }
        if (wait > 0) {
            TimeUnit.MILLISECONDS.sleep(wait);
        }
        return next;
    }

    /** Polls {@code feed} now and schedules its next poll; its state changes only when the caller {@link #keep}s it. */
    public PollResult poll(FeedSpec feed) throws InterruptedException {
        FeedState state = states.get(feed);
        if (state == null) {
            throw new IllegalArgumentException("not a feed of this watch: " + feed);
        }
        try {
            return poller.poll(feed, state, key -> seenByAnotherFeed(feed, key));
        } finally {
            due.put(feed, clock.instant().plus(feed.intervalOr(settings.defaultInterval())));
            polls.merge(feed, 1, Integer::sum);
        }
    }

    /** Keeps {@code state} as the feed's state, once what it accounts for is written. */
    public void keep(FeedSpec feed, FeedState state) {
        states.put(feed, state);
    }

    /** Every feed's state, by {@link FeedSpec#key()}. */
    public Map<String, FeedState> states() {
        Map<String, FeedState> byKey = new LinkedHashMap<>();
        states.forEach((feed, state) -> byKey.put(feed.key(), state));
        return Collections.unmodifiableMap(byKey);
    }

    /** How often each feed has been polled since this watch started. */
    public int polls(FeedSpec feed) {
        return polls.getOrDefault(feed, 0);
    }

    private boolean seenByAnotherFeed(FeedSpec feed, String key) {
        for (Map.Entry<FeedSpec, FeedState> other : states.entrySet()) {
            if (!other.getKey().equals(feed) && other.getValue().knows(key)) {
                return true;
            }
        }
        return false;
    }
}
