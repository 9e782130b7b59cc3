package io.contraflow.feeds;

import java.util.Objects;

/**
 * Something that went wrong with a feed, a page or an item: its kind (what reports count by) and the detail a person
 * needs to act on it, e.g. {@code http status: 404 Not Found from https://example.org/feed}.
 */
public record Problem(Kind kind, String detail) {

    /** The kinds of bad input, each with the short label reports count by. */
    public enum Kind {
        UNREACHABLE("unreachable"),
        TIMEOUT("timeout"),
        HTTP_STATUS("http status"),
        TOO_MANY_REDIRECTS("too many redirects"),
        REDIRECT_LOOP("redirect loop"),
        TOO_LARGE("too large"),
        ROBOTS_DISALLOWED("disallowed by robots.txt"),
        BAD_RESPONSE("bad response"),
        CHARSET("charset"),
        NOT_A_FEED("not a feed"),
        BROKEN_FEED("broken feed"),
        TOO_MANY_ITEMS("too many items"),
        NOT_HTML("not html"),
        NO_MAIN_TEXT("no main text"),
        NO_TEXT("no text");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    /** "label: detail", the line a person reads. */
    public String reason() {
        return kind.label + ": " + detail;
    }

    @Override
    public String toString() {
        return reason();
    }
}
