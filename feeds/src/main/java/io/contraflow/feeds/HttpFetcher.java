package io.contraflow.feeds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * GETs feeds and pages the way a polite crawler does: conditional requests (ETag, Last-Modified, so an unchanged
 * feed costs a 304), gzip, a bounded number of redirects with loop detection, a deadline for the whole response, a
 * size cap, retries with exponential backoff and jitter on 5xx, 429, timeouts and refused connections, one request
 * at a time per host with a pause between them, robots.txt honoured, and a User-Agent that says who is asking.
 *
 * <p>Never throws for bad input: every failure is a {@link Fetched.Failed} with its reason. Thread-safe.
 */
public final class HttpFetcher {

    private static final int ERROR_BODY_CAP = 64 * 1024;  // error pages are read (to keep the connection) but capped

    private final FeedSettings settings;
    private final HttpClient client;
    private final HostGate gate;
    private final Robots robots;

    public HttpFetcher(FeedSettings settings) {
        this.settings = settings;
        // Redirects are followed here, not by the client, to count them, catch loops and ask robots.txt at each hop.
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .build();
        this.gate = new HostGate(settings.hostDelay());
        this.robots = settings.obeyRobots() ? new Robots(settings.robotName(), gate) : null;
    }

    /**
     * Fetches {@code uri}, conditionally when {@code validators} are given.
     *
     * @param maxBytes largest body accepted, after decompression
     * @param accept   the Accept header, e.g. feed or HTML media types
     */
    public Fetched fetch(URI uri, Fetched.Validators validators, int maxBytes, String accept)
            throws InterruptedException {
        Set<URI> visited = new HashSet<>();
        URI current = uri;
        for (int hop = 0; ; hop++) {
            String scheme = current.getScheme() == null ? "" : current.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || current.getHost() == null) {
                return new Fetched.Failed(new Problem(Problem.Kind.UNREACHABLE, "not an http(s) URL: " + current));
            }
            if (!visited.add(current)) {
                return new Fetched.Failed(new Problem(Problem.Kind.REDIRECT_LOOP, uri + " leads back to " + current));
            }
            if (robots != null) {
                Problem refused = robots.check(current, this::loadRobotsTxt);
                if (refused != null) {
                    return new Fetched.Failed(refused);
                }
            }
            Exchange exchange = sendWithRetries(current, validators, maxBytes, accept);
            if (exchange.failure != null) {
                return exchange.failure;
            }
            int status = exchange.response.statusCode();
            if (isRedirect(status)) {
                String location = exchange.response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    return failedStatus(current, exchange.response, "redirect without a Location");
                }
                if (hop >= settings.maxRedirects()) {
                    return new Fetched.Failed(new Problem(Problem.Kind.TOO_MANY_REDIRECTS,
                            "more than " + settings.maxRedirects() + " from " + uri));
                }
                try {
                    current = current.resolve(location.strip());
                } catch (IllegalArgumentException badLocation) {
                    return failedStatus(current, exchange.response, "unusable Location '" + location + "'");
                }
                continue;
            }
            if (status == 304) {
                return new Fetched.NotModified(current);
            }
            if (status < 200 || status > 299) {
                return failedStatus(current, exchange.response, null);
            }
            return content(current, exchange.response, maxBytes);
        }
    }

    /** The pause applied between requests to {@code host} (the setting, or a longer robots.txt Crawl-delay). */
    java.time.Duration delayFor(String host) {
        return gate.delayFor(host);
    }

    private Fetched loadRobotsTxt(URI robotsTxt) throws InterruptedException {
        Exchange exchange = sendWithRetries(robotsTxt, Fetched.Validators.NONE, Robots.maxBytes(), "text/plain");
        if (exchange.failure != null) {
            return exchange.failure;
        }
        int status = exchange.response.statusCode();
        if (status >= 200 && status <= 299) {
            return content(robotsTxt, exchange.response, Robots.maxBytes());
        }
        // Redirected robots.txt files are rare; crawler-commons' convention for an unusable one is by status.
        return new Fetched.Failed(new Problem(Problem.Kind.HTTP_STATUS, status + " for " + robotsTxt),
                isRedirect(status) ? 404 : status);
    }

    private record Exchange(HttpResponse<byte[]> response, Fetched.Failed failure) {
    }

    private Exchange sendWithRetries(URI uri, Fetched.Validators validators, int maxBytes, String accept)
            throws InterruptedException {
        long backoff = settings.retryBackoff().toMillis();
        for (int attempt = 0; ; attempt++) {
            Exchange exchange;
            try (HostGate.Pass ignored = gate.enter(uri.getHost())) {
                exchange = sendOnce(uri, validators, maxBytes, accept);
            }
            boolean retryable = exchange.failure != null
                    ? isTransient(exchange.failure.problem())
                    : isRetryableStatus(exchange.response.statusCode());
            if (!retryable || attempt >= settings.retries()) {
                return exchange;
            }
            // Exponential backoff with "equal jitter": half fixed, half random.
            long wait = backoff / 2 + ThreadLocalRandom.current().nextLong(backoff / 2 + 1);
            TimeUnit.MILLISECONDS.sleep(wait);
            backoff = Math.min(backoff * 2, TimeUnit.MINUTES.toMillis(5));
        }
    }

    private Exchange sendOnce(URI uri, Fetched.Validators validators, int maxBytes, String accept)
            throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", accept)
                .header("Accept-Encoding", "gzip");
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            request.version(HttpClient.Version.HTTP_1_1);  // no h2c upgrade dance with plain-HTTP servers
        }
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        CappedBody[] body = new CappedBody[1];
        HttpResponse.BodyHandler<byte[]> handler = info -> {
            int cap = info.statusCode() >= 200 && info.statusCode() <= 299 ? maxBytes : ERROR_BODY_CAP;
            body[0] = new CappedBody(cap, info.headers().firstValueAsLong("Content-Length").orElse(-1));
            return body[0];
        };
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request.build(), handler);
        try {
            // The request timeout only covers the headers; this deadline covers the body too.
            return new Exchange(pending.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS), null);
        } catch (TimeoutException slow) {
            if (body[0] != null) {
                body[0].fail(slow);
            }
            pending.cancel(true);
            return timedOut(uri);
        } catch (InterruptedException stop) {
            pending.cancel(true);
            throw stop;
        } catch (ExecutionException failed) {
            return failure(failed.getCause(), uri);
        }
    }

    /** The one report for both deadlines: the client's for the headers, ours for the whole response. */
    private Exchange timedOut(URI uri) {
        return failure(Problem.Kind.TIMEOUT, "no complete response from " + uri + " within "
                + settings.requestTimeout().toMillis() + " ms");
    }

    private Exchange failure(Throwable cause, URI uri) {
        Throwable root = cause;
        while (root.getCause() != null && !(root instanceof CappedBody.TooLarge) && !(root instanceof HttpTimeoutException)
                && !(root instanceof ConnectException)) {
            root = root.getCause();
        }
        if (root instanceof CappedBody.TooLarge) {
            return failure(Problem.Kind.TOO_LARGE, uri + ": " + root.getMessage());
        }
        if (root instanceof HttpTimeoutException && !(root instanceof java.net.http.HttpConnectTimeoutException)) {
            return timedOut(uri);
        }
        if (root instanceof HttpTimeoutException) {
            return failure(Problem.Kind.TIMEOUT, uri + ": " + root.getMessage());
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
        return failure(Problem.Kind.UNREACHABLE, uri + ": " + message);
    }

    private static Exchange failure(Problem.Kind kind, String detail) {
        return new Exchange(null, new Fetched.Failed(new Problem(kind, detail)));
    }

    private static Fetched content(URI uri, HttpResponse<byte[]> response, int maxBytes) {
        byte[] body = response.body();
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity").strip()
                .toLowerCase(Locale.ROOT);
        if (encoding.equals("gzip") || encoding.equals("x-gzip")) {
            try {
                body = gunzip(body, maxBytes);
            } catch (CappedBody.TooLarge tooLarge) {
                return new Fetched.Failed(new Problem(Problem.Kind.TOO_LARGE,
                        uri + ": decompressed to " + tooLarge.getMessage()));
            } catch (IOException broken) {
                return new Fetched.Failed(new Problem(Problem.Kind.BAD_RESPONSE,
                        uri + ": body is not valid gzip (" + broken.getMessage() + ")"));
            }
        } else if (!encoding.equals("identity") && !encoding.isEmpty()) {
            return new Fetched.Failed(new Problem(Problem.Kind.BAD_RESPONSE,
                    uri + ": unsupported Content-Encoding '" + encoding + "'"));
        }
        return new Fetched.Content(uri, response.headers().firstValue("Content-Type").orElse(null), body,
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
    }

    /** Decompresses at most {@code maxBytes}: a small gzip body can expand a thousandfold. */
    static byte[] gunzip(byte[] compressed, int maxBytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] out = in.readNBytes(maxBytes);
            if (in.read() != -1) {
                throw new CappedBody.TooLarge("more than " + maxBytes + " bytes (the limit)");
            }
            return out;
        }
    }

    private static Fetched failedStatus(URI uri, HttpResponse<byte[]> response, String note) {
        int status = response.statusCode();
        String detail = status + " from " + uri + (note == null ? "" : ": " + note);
        return new Fetched.Failed(new Problem(Problem.Kind.HTTP_STATUS, detail), status);
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static boolean isRetryableStatus(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    private static boolean isTransient(Problem problem) {
        return problem.kind() == Problem.Kind.TIMEOUT || problem.kind() == Problem.Kind.UNREACHABLE;
    }
}
