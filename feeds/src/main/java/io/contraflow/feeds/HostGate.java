package io.contraflow.feeds;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness per host: one request at a time, and a pause between the end of one and the start of the next (the
 * configured delay, or the site's robots.txt Crawl-delay when longer). Shared by every thread of one fetcher.
 */
final class HostGate {

    /** A Crawl-delay above this is taken as this: some sites ask for hours, which would starve their feed. */
    static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);

    private final Duration delay;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    HostGate(Duration delay) {
        this.delay = delay;
    }

    /** Waits until {@code host} may be asked again, and holds it until {@link Pass#close()}. */
    Pass enter(String host) throws InterruptedException {
        Host state = hosts.computeIfAbsent(host, h -> new Host(delay));
        state.lock.lockInterruptibly();
        try {
            long wait = state.nextAllowedNanos - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        } catch (InterruptedException e) {
            state.lock.unlock();
            throw e;
        }
        return new Pass(state);
    }

    /** Makes the pause for {@code host} at least {@code crawlDelay} (capped at {@link #MAX_CRAWL_DELAY}). */
    void askedToWait(String host, Duration crawlDelay) {
        Host state = hosts.computeIfAbsent(host, h -> new Host(delay));
        Duration capped = crawlDelay.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : crawlDelay;
        if (capped.compareTo(state.delay) > 0) {
            state.delay = capped;
        }
    }

    /** The pause currently applied to {@code host}. */
    Duration delayFor(String host) {
        Host state = hosts.get(host);
        return state == null ? delay : state.delay;
    }

    /** The right to send one request to a host; closing it starts the host's pause. */
    static final class Pass implements AutoCloseable {
        private final Host host;

        private Pass(Host host) {
            this.host = host;
        }

        @Override
        public void close() {
            host.nextAllowedNanos = System.nanoTime() + host.delay.toNanos();
            host.lock.unlock();
        }
    }

    private static final class Host {
        final ReentrantLock lock = new ReentrantLock(true);  // fair: waiting threads take turns
        volatile Duration delay;
        long nextAllowedNanos;  // guarded by lock

        Host(Duration delay) {
            this.delay = delay;
        }
    }
}
