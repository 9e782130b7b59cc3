package io.contraflow.feeds;

import java.net.URI;
import java.util.Objects;

/** The outcome of fetching one URL: its content, "not modified", or a {@link Problem}. */
public sealed interface Fetched permits Fetched.Content, Fetched.NotModified, Fetched.Failed {

    /**
     * A 2xx response, its body read in full (decompressed) and within the size cap.
     *
     * @param uri          where the content was found, after redirects
     * @param contentType  the Content-Type header, or null
     * @param etag         the ETag header, or null
     * @param lastModified the Last-Modified header, or null
     */
    record Content(URI uri, String contentType, byte[] body, String etag, String lastModified) implements Fetched {
        public Content {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(body, "body");
        }

        /** The validators to send with the next request for the same URL. */
        public Validators validators() {
            return new Validators(etag, lastModified);
        }
    }

    /** 304: the server says nothing changed since the validators we sent. */
    record NotModified(URI uri) implements Fetched {
    }

    /** @param status the HTTP status when the server answered with an error, else -1 */
    record Failed(Problem problem, int status) implements Fetched {
        public Failed {
            Objects.requireNonNull(problem, "problem");
        }

        public Failed(Problem problem) {
            this(problem, -1);
        }
    }

    /**
     * What makes a GET conditional: the ETag and Last-Modified of the last full response (either may be null).
     */
    record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }
}
