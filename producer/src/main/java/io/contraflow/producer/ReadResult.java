package io.contraflow.producer;

import io.contraflow.schemas.Article;

import java.util.Objects;

/** One outcome of reading: an article, or an input that could not become one and why. */
public sealed interface ReadResult permits ReadResult.Ok, ReadResult.Failed {

    /** Where the input came from: a file path, "path:line" for JSON lines, or "stdin:line". */
    String origin();

    record Ok(Article article) implements ReadResult {
        public Ok {
            Objects.requireNonNull(article, "article");
        }

        @Override
        public String origin() {
            return article.getOrigin();
        }
    }

    /**
     * An input that was not turned into an article.
     *
     * @param origin where it came from
     * @param reason a {@link ReadProblem} label, then ": " and the detail, e.g. "invalid UTF-8: malformed bytes at byte 17"
     */
    record Failed(String origin, String reason) implements ReadResult {
        public Failed {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(reason, "reason");
        }

        static Failed of(String origin, ReadProblem problem, String detail) {
            return new Failed(origin, problem.reason(detail));
        }

        /** The kind of failure reports count by, e.g. "empty body". */
        public String kind() {
            return ReadProblem.labelOf(reason);
        }

        /** "origin: reason", the line a person reads. */
        public String message() {
            return origin + ": " + reason;
        }
    }
}
