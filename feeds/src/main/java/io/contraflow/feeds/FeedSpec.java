package io.contraflow.feeds;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One feed to poll: its URL and how often. Written one per line, in the feeds file and in the connector's
 * {@code feeds} setting alike: {@code URL [INTERVAL]}, where INTERVAL is e.g. {@code 90s}, {@code 10m}, {@code 2h}
 * or ISO-8601 ({@code PT10M}); without it the configured default applies. Blank lines and {@code #} comments are
 * ignored.
 *
 * @param interval the feed's own interval, or null for the default
 */
public record FeedSpec(URI url, Duration interval) {

    /** Polling more often than this is rude to any site, and no news feed changes that fast. */
    public static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    public FeedSpec {
        Objects.requireNonNull(url, "url");
    }

    /** The feed's interval, or {@code fallback} when it has none. */
    public Duration intervalOr(Duration fallback) {
        return interval == null ? fallback : interval;
    }

    /** The feed's key in the state file and in Connect's source partitions. */
    public String key() {
        return url.toString();
    }

    /** Reads a feeds file. */
    public static List<FeedSpec> read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Parses feed lines; a feed listed twice is kept once (the first line wins).
     *
     * @param where named in error messages, e.g. the file
     * @throws IllegalArgumentException naming the line, when a line is not a feed
     */
    public static List<FeedSpec> parse(List<String> lines, String where) {
        List<FeedSpec> feeds = new ArrayList<>();
        Set<URI> seen = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String content = (hash >= 0 && (hash == 0 || Character.isWhitespace(line.charAt(hash - 1)))
                    ? line.substring(0, hash) : line).strip();
            if (content.isEmpty()) {
                continue;
            }
            try {
                FeedSpec feed = parseLine(content);
                if (seen.add(feed.url())) {
                    feeds.add(feed);
                }
            } catch (IllegalArgumentException bad) {
                throw new IllegalArgumentException(where + " line " + (i + 1) + ": " + bad.getMessage(), bad);
            }
        }
        return feeds;
    }

    static FeedSpec parseLine(String line) {
        String[] parts = line.split("\\s+");
        if (parts.length > 2) {
            throw new IllegalArgumentException("expected 'URL [INTERVAL]', got '" + line + "'");
        }
        URI url;
        try {
            url = new URI(parts[0]);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: '" + parts[0] + "' (" + e.getReason() + ")");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) URL: '" + parts[0] + "'");
        }
        return new FeedSpec(url, parts.length == 2 ? parseInterval(parts[1]) : null);
    }

    static Duration parseInterval(String text) {
        Duration interval;
        Matcher m = SHORT_DURATION.matcher(text.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            interval = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        } else {
            try {
                interval = Duration.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not an interval: '" + text + "' (write e.g. 90s, 10m, 2h or PT10M)");
            }
        }
        if (interval.compareTo(MIN_INTERVAL) < 0) {
            throw new IllegalArgumentException("interval " + text + " is shorter than " + MIN_INTERVAL.toSeconds() + " s");
        }
        return interval;
    }

    /** The line that parses back to this feed. */
    @Override
    public String toString() {
        return interval == null ? url.toString() : url + " " + interval;
    }
}
