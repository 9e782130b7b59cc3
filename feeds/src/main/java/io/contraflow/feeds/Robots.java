package io.contraflow.feeds;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each site's robots.txt, fetched once an hour per origin and read with crawler-commons (the parser crawlers such as
 * Apache Nutch and StormCrawler use). A missing robots.txt (4xx) allows everything; a failing one (5xx) allows
 * nothing until it is asked again, as Google documents; an unreachable site is reported as such, not as a refusal.
 */
final class Robots {

    static final Duration REFRESH = Duration.ofHours(1);
    private static final int MAX_BYTES = 512 * 1024;  // Google reads the first 500 KiB

    /** Fetches robots.txt itself: a plain GET, with politeness but without asking robots.txt about itself. */
    interface Loader {
        Fetched load(URI robotsTxt) throws InterruptedException;
    }

    private record Cached(BaseRobotRules rules, long fetchedAtNanos) {
    }

    private final String robotName;
    private final HostGate gate;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Cached> byOrigin = new ConcurrentHashMap<>();

    Robots(String robotName, HostGate gate) {
        this.robotName = robotName;
        this.gate = gate;
    }

    /** Null when {@code uri} may be fetched, else why not. */
    Problem check(URI uri, Loader loader) throws InterruptedException {
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        Cached cached = byOrigin.get(origin);
        if (cached == null || System.nanoTime() - cached.fetchedAtNanos > REFRESH.toNanos()) {
            URI robotsTxt = URI.create(origin + "/robots.txt");
            Fetched fetched = loader.load(robotsTxt);
            BaseRobotRules rules;
            if (fetched instanceof Fetched.Content content) {
                rules = parser.parseContent(robotsTxt.toString(), content.body(),
                        content.contentType() == null ? "text/plain" : content.contentType(),
                        List.of(robotName.toLowerCase(Locale.ROOT)));  // crawler-commons matches in lower case
            } else if (fetched instanceof Fetched.Failed failed && failed.status() > 0) {
                rules = parser.failedFetch(failed.status());
            } else if (fetched instanceof Fetched.Failed failed) {
                return failed.problem();  // the site is unreachable or broken: say so, and ask again next time
            } else {
                rules = parser.failedFetch(404);  // 304 cannot answer an unconditional GET; treat as absent
            }
            if (rules.getCrawlDelay() > 0) {
                gate.askedToWait(uri.getHost(), Duration.ofMillis(rules.getCrawlDelay()));
            }
            cached = new Cached(rules, System.nanoTime());
            byOrigin.put(origin, cached);
        }
        if (cached.rules.isAllowed(uri.toString())) {
            return null;
        }
        return new Problem(Problem.Kind.ROBOTS_DISALLOWED, uri + " (" + origin + "/robots.txt, as " + robotName + ")");
    }

    static int maxBytes() {
        return MAX_BYTES;
    }
}
