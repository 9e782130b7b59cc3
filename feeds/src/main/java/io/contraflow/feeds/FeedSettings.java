package io.contraflow.feeds;

import io.contraflow.producer.ArticleReader;
import io.contraflow.producer.ProducerSettings;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

import java.time.Duration;
import java.util.Map;

/**
 * How feeds are fetched and read, declared once: {@code contraflow watch --set key=value} and the Kafka Connect
 * connector's configuration both take these keys (the connector's {@code ConfigDef} embeds this one).
 */
public final class FeedSettings extends AbstractConfig {

    public static final String USER_AGENT_CONFIG = "http.user.agent";
    public static final String CONNECT_TIMEOUT_CONFIG = "http.connect.timeout.ms";
    public static final String REQUEST_TIMEOUT_CONFIG = "http.request.timeout.ms";
    public static final String MAX_REDIRECTS_CONFIG = "http.max.redirects";
    public static final String RETRIES_CONFIG = "http.retries";
    public static final String RETRY_BACKOFF_CONFIG = "http.retry.backoff.ms";
    public static final String HOST_DELAY_CONFIG = "host.delay.ms";
    public static final String ROBOTS_CONFIG = "robots.txt.obey";
    public static final String FEED_MAX_BYTES_CONFIG = "feed.max.bytes";
    public static final String PAGE_MAX_BYTES_CONFIG = "page.max.bytes";
    public static final String FEED_MAX_ITEMS_CONFIG = "feed.max.items";
    public static final String FEED_INTERVAL_CONFIG = "feed.interval.ms";
    public static final String PAGE_FETCH_CONFIG = "page.fetch";
    public static final String MIN_TEXT_CHARS_CONFIG = "page.min.text.chars";
    /** The producer's key, so that one setting bounds articles from files and from feeds alike. */
    public static final String MAX_ARTICLE_BYTES_CONFIG = ProducerSettings.MAX_ARTICLE_BYTES_CONFIG;

    /** Names the program and says what it does, so a site operator reading their logs knows who called. */
    public static final String DEFAULT_USER_AGENT = "ContraflowBot/0.1 (news feed reader; contradiction analysis)";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(USER_AGENT_CONFIG, Type.STRING, DEFAULT_USER_AGENT, new ConfigDef.NonEmptyString(),
                    Importance.MEDIUM, "User-Agent of every request, and the name robots.txt rules are matched "
                            + "against (its first word). Add a contact address for the sites you poll.")
            .define(CONNECT_TIMEOUT_CONFIG, Type.LONG, 10_000L, Range.atLeast(1), Importance.LOW,
                    "Longest wait for a TCP connection.")
            .define(REQUEST_TIMEOUT_CONFIG, Type.LONG, 30_000L, Range.atLeast(1), Importance.MEDIUM,
                    "Longest time one response may take, body included: a server that trickles or never ends "
                            + "its response is cut off here and the fetch reported as timed out.")
            .define(MAX_REDIRECTS_CONFIG, Type.INT, 5, Range.between(0, 20), Importance.LOW,
                    "Redirects followed per fetch; more, or a loop, is reported.")
            .define(RETRIES_CONFIG, Type.INT, 2, Range.between(0, 10), Importance.LOW,
                    "Retries after a 5xx, 429, timeout or connection failure, with exponential backoff and jitter.")
            .define(RETRY_BACKOFF_CONFIG, Type.LONG, 1_000L, Range.atLeast(0), Importance.LOW,
                    "Backoff before the first retry; doubled for each further one, each drawn at random between "
                            + "half and all of it (jitter) so that many pollers do not retry in step.")
            .define(HOST_DELAY_CONFIG, Type.LONG, 1_000L, Range.atLeast(0), Importance.MEDIUM,
                    "Politeness: the least time between the end of one request to a host and the start of the "
                            + "next. Requests to one host never overlap. A longer robots.txt Crawl-delay wins.")
            .define(ROBOTS_CONFIG, Type.BOOLEAN, true, Importance.MEDIUM,
                    "Honour each site's robots.txt for the feeds and pages fetched.")
            .define(FEED_MAX_BYTES_CONFIG, Type.INT, 10 * 1024 * 1024, Range.atLeast(1024), Importance.LOW,
                    "Largest feed document read (after decompression); a larger one is reported and not parsed.")
            .define(PAGE_MAX_BYTES_CONFIG, Type.INT, 5 * 1024 * 1024, Range.atLeast(1024), Importance.LOW,
                    "Largest article page read (after decompression); for a larger one the feed's own "
                            + "description of the item is used, and the page reported.")
            .define(FEED_MAX_ITEMS_CONFIG, Type.INT, 500, Range.atLeast(1), Importance.LOW,
                    "Items read from one feed document, in the feed's order; more are reported and left out. "
                            + "Each feed remembers four times as many item keys, so nothing it lists comes back.")
            .define(FEED_INTERVAL_CONFIG, Type.LONG, Duration.ofMinutes(15).toMillis(), Range.atLeast(1_000),
                    Importance.MEDIUM, "Time between two polls of a feed that does not give its own interval.")
            .define(PAGE_FETCH_CONFIG, Type.BOOLEAN, true, Importance.LOW,
                    "Fetch the page each new item links to and extract its main text; when false, or when the "
                            + "page cannot be had, the feed's description of the item is the body.")
            .define(MIN_TEXT_CHARS_CONFIG, Type.INT, 200, Range.atLeast(0), Importance.LOW,
                    "A page whose extracted main text is shorter than this (a paywall, a video page) is "
                            + "reported, and the feed's description used if it is longer.")
            .define(MAX_ARTICLE_BYTES_CONFIG, Type.INT, ArticleReader.DEFAULT_MAX_ARTICLE_BYTES, Range.atLeast(1),
                    Importance.LOW, "Largest article text, in UTF-8 bytes; a larger one is dead-lettered. The "
                            + "same key and default as the producer's.");

    public FeedSettings(Map<?, ?> originals) {
        super(CONFIG_DEF, originals, false);
    }

    public String userAgent() {
        return getString(USER_AGENT_CONFIG);
    }

    /** The product token robots.txt groups are matched against: the User-Agent's first word, before any '/'. */
    public String robotName() {
        String agent = userAgent().strip();
        int end = 0;
        while (end < agent.length() && !Character.isWhitespace(agent.charAt(end)) && agent.charAt(end) != '/') {
            end++;
        }
        return agent.substring(0, end);
    }

    public Duration connectTimeout() {
        return Duration.ofMillis(getLong(CONNECT_TIMEOUT_CONFIG));
    }

    public Duration requestTimeout() {
        return Duration.ofMillis(getLong(REQUEST_TIMEOUT_CONFIG));
    }

    public int maxRedirects() {
        return getInt(MAX_REDIRECTS_CONFIG);
    }

    public int retries() {
        return getInt(RETRIES_CONFIG);
    }

    public Duration retryBackoff() {
        return Duration.ofMillis(getLong(RETRY_BACKOFF_CONFIG));
    }

    public Duration hostDelay() {
        return Duration.ofMillis(getLong(HOST_DELAY_CONFIG));
    }

    public boolean obeyRobots() {
        return getBoolean(ROBOTS_CONFIG);
    }

    public int feedMaxBytes() {
        return getInt(FEED_MAX_BYTES_CONFIG);
    }

    public int pageMaxBytes() {
        return getInt(PAGE_MAX_BYTES_CONFIG);
    }

    public int feedMaxItems() {
        return getInt(FEED_MAX_ITEMS_CONFIG);
    }

    public Duration defaultInterval() {
        return Duration.ofMillis(getLong(FEED_INTERVAL_CONFIG));
    }

    public boolean fetchPages() {
        return getBoolean(PAGE_FETCH_CONFIG);
    }

    public int maxArticleBytes() {
        return getInt(MAX_ARTICLE_BYTES_CONFIG);
    }

    public int minTextChars() {
        return getInt(MIN_TEXT_CHARS_CONFIG);
    }
}
