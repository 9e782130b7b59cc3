package io.contraflow.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web site on 127.0.0.1 (JDK HttpServer, a free port): static documents that answer conditional GETs with 304 as
 * real feed servers do (ETag and Last-Modified), handlers for misbehaving servers, and a count of the requests and
 * 304s per path. Nothing it serves points off this machine.
 */
public final class TestSite implements AutoCloseable {

    private record Document(String contentType, byte[] body, String etag, String lastModified) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> notModified = new ConcurrentHashMap<>();
    private final Map<String, String> userAgents = new ConcurrentHashMap<>();

    private TestSite(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static TestSite start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            ExecutorService executor = Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "test-site");
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(executor);
            TestSite site = new TestSite(server, executor);
            server.createContext("/", site::dispatch);
            server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "http://127.0.0.1:PORT". */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String url(String path) {
        return base() + path;
    }

    /** Serves {@code body} at {@code path}, with an ETag and Last-Modified, answering 304 when they match. */
    public void put(String path, String contentType, String body) {
        put(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public void put(String path, String contentType, byte[] body) {
        Document document = new Document(contentType, body, "\"" + sha(body) + "\"",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).withNano(0)));
        handlers.put(path, exchange -> serve(exchange, document));
    }

    /** Serves {@code path} with any handler (misbehaving servers). */
    public void handle(String path, HttpHandler handler) {
        handlers.put(path, handler);
    }

    public int requests(String path) {
        return requests.getOrDefault(path, new AtomicInteger()).get();
    }

    public int notModified(String path) {
        return notModified.getOrDefault(path, new AtomicInteger()).get();
    }

    public String userAgent(String path) {
        return userAgents.get(path);
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        String agent = exchange.getRequestHeaders().getFirst("User-Agent");
        if (agent != null) {
            userAgents.put(path, agent);
        }
        HttpHandler handler = handlers.get(path);
        try (exchange) {
            if (handler == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                handler.handle(exchange);
            }
        } catch (IOException clientWentAway) {
            // e.g. the fetcher cancelled an endless body: nothing to answer any more
        }
    }

    private void serve(HttpExchange exchange, Document document) throws IOException {
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        exchange.getResponseHeaders().set("ETag", document.etag);
        exchange.getResponseHeaders().set("Last-Modified", document.lastModified);
        if (document.etag.equals(ifNoneMatch) || ifNoneMatch == null && document.lastModified.equals(ifModifiedSince)) {
            notModified.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", document.contentType);
        exchange.sendResponseHeaders(200, document.body.length);
        exchange.getResponseBody().write(document.body);
    }

    private static String sha(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
