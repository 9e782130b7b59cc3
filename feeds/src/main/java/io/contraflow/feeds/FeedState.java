package io.contraflow.feeds;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What is remembered of one feed between polls and across restarts: the validators of its last full response (for
 * conditional GETs) and the keys of the items and articles already taken from it, oldest first and bounded (keys of
 * items still listed are refreshed at every poll, so they are never the ones dropped). Immutable; stored as a flat
 * map of strings, which is what a Kafka Connect source offset holds and what the CLI's state file writes.
 */
public final class FeedState {

    public static final FeedState EMPTY = new FeedState(null, null, new LinkedHashSet<>());

    private static final String ETAG = "etag";
    private static final String LAST_MODIFIED = "last_modified";
    private static final String SEEN = "seen";

    private final String etag;
    private final String lastModified;
    private final Set<String> seen;

    private FeedState(String etag, String lastModified, LinkedHashSet<String> seen) {
        this.etag = etag;
        this.lastModified = lastModified;
        this.seen = Collections.unmodifiableSet(seen);
    }

    public Fetched.Validators validators() {
        return new Fetched.Validators(etag, lastModified);
    }

    public boolean knows(String key) {
        return seen.contains(key);
    }

    public Set<String> seen() {
        return seen;
    }

    /** This state with {@code keys} remembered as the newest (at most {@code capacity} kept). */
    public FeedState remember(Collection<String> keys, int capacity) {
        LinkedHashSet<String> next = new LinkedHashSet<>(seen);
        next.removeAll(keys);
        next.addAll(keys);
        var oldest = next.iterator();
        for (int excess = next.size() - capacity; excess > 0; excess--) {
            oldest.next();
            oldest.remove();
        }
        return new FeedState(etag, lastModified, next);
    }

    /** This state with the validators of a new full response. */
    public FeedState withValidators(Fetched.Validators validators) {
        return new FeedState(validators.etag(), validators.lastModified(), new LinkedHashSet<>(seen));
    }

    /** As strings only: {"etag", "last_modified", "seen": keys separated by spaces}; absent validators are left out. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        if (etag != null) {
            map.put(ETAG, etag);
        }
        if (lastModified != null) {
            map.put(LAST_MODIFIED, lastModified);
        }
        map.put(SEEN, String.join(" ", seen));
        return map;
    }

    /** Reads {@link #toMap()}'s form; null or empty gives {@link #EMPTY}. */
    public static FeedState fromMap(Map<String, ?> map) {
        if (map == null || map.isEmpty()) {
            return EMPTY;
        }
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        Object keys = map.get(SEEN);
        if (keys != null && !keys.toString().isBlank()) {
            Collections.addAll(seen, keys.toString().strip().split(" +"));
        }
        return new FeedState(string(map.get(ETAG)), string(map.get(LAST_MODIFIED)), seen);
    }

    private static String string(Object value) {
        return value == null || value.toString().isEmpty() ? null : value.toString();
    }
}
