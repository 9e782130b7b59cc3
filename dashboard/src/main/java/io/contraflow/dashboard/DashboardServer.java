package io.contraflow.dashboard;

import io.javalin.Javalin;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard's web server: the page, its JSON API and the live stream, over views materialised from Kafka.
 *
 * <p>{@link #start(DashboardSettings, DashboardDeserializers)} reads the cluster; {@link #start(String, int, TopicViews)}
 * serves views fed by the caller (tests, or a process that already has the records).
 */
public final class DashboardServer implements AutoCloseable {

    /** Defence in depth behind the page's text-only rendering: no inline or foreign script can run. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; object-src 'none'; "
            + "img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; base-uri 'none'; "
            + "frame-ancestors 'none'";
    private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);

    private final Javalin app;
    private final LiveUpdates live;
    private final TopicViews views;
    private final TopicFollower follower;
    private final String host;

    private DashboardServer(String host, Javalin app, LiveUpdates live, TopicViews views, TopicFollower follower) {
        this.host = host;
        this.app = app;
        this.live = live;
        this.views = views;
        this.follower = follower;
    }

    /**
     * Starts reading the settings' cluster from the beginning of each topic, decoding records with the schema
     * registry at {@code schema.registry.url}, and serves the dashboard at {@code dashboard.host:dashboard.port}.
     */
    public static DashboardServer start(DashboardSettings settings) {
        return start(settings, DashboardDeserializers.fromRegistry(settings.schemaRegistryUrl()));
    }

    /** As {@link #start(DashboardSettings)}, with the given decoders instead of the registry's. */
    public static DashboardServer start(DashboardSettings settings, DashboardDeserializers deserializers) {
        Objects.requireNonNull(deserializers, "deserializers");
        TopicViews views = new TopicViews();
        TopicFollower follower = new TopicFollower(TopicFollower.kafkaConsumer(settings.bootstrapServers()),
                settings.topics(), deserializers, views);
        try {
            DashboardServer server = serve(settings.host(), settings.port(), settings.allowedHosts(), views, follower);
            follower.start();
            return server;
        } catch (RuntimeException e) {
            follower.close();
            throw e;
        }
    }

    /** Serves views that the caller feeds; nothing is read from Kafka. Port 0 picks a free port. */
    public static DashboardServer start(String host, int port, TopicViews views) {
        return serve(host, port, DashboardSettings.LOCAL_HOSTS, views, null);
    }

    private static DashboardServer serve(String host, int port, List<String> allowedHosts, TopicViews views,
                                         TopicFollower follower) {
        Set<String> allowed = allowedHosts(host, allowedHosts);
        LiveUpdates live = new LiveUpdates(JsonMapping.objectMapper(), Clock.systemUTC());
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(JsonMapping.objectMapper(), false));
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
        });
        app.before(ctx -> {
            String requested = hostName(ctx.header("Host"));
            if (requested == null || !allowed.contains(requested)) {
                throw new ForbiddenResponse("This dashboard does not answer to the host '" + requested + "'; start it with"
                        + " --allowed-host " + requested + " if that is how you reach it");
            }
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            ctx.header("X-Content-Type-Options", "nosniff");
        });
        new DashboardApi(views).register(app, live);
        views.addListener(live);
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            views.removeListener(live);
            live.close();
            // Said in terms of the library's settings; the command line says it in terms of its flags.
            throw new PortUnavailableException("The dashboard could not listen on " + host + ":" + port
                    + " (is the port in use? set " + DashboardSettings.PORT + ")", e);
        }
        DashboardServer server = new DashboardServer(host, app, live, views, follower);
        LOG.info("Dashboard at {}", server.url());
        return server;
    }

    public int port() {
        return app.port();
    }

    /** The port (or address) asked for could not be listened on. */
    public static final class PortUnavailableException extends IllegalStateException {
        PortUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The page's address, e.g. {@code http://127.0.0.1:8080/}; when listening on all interfaces, under this machine's
     * host name, which others can reach it by (and which it answers to).
     */
    public String url() {
        return "http://" + hostForUrl() + ":" + port() + "/";
    }

    /** Whether the server listens on every interface rather than one address. */
    public boolean listensEverywhere() {
        return isWildcard(host);
    }

    private String hostForUrl() {
        if (host == null || host.isBlank()) {
            return "127.0.0.1";
        }
        if (isWildcard(host)) {
            return thisMachine().orElse("localhost");
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static boolean isWildcard(String host) {
        return "0.0.0.0".equals(host) || "::".equals(host) || "[::]".equals(host);
    }

    private static java.util.Optional<String> thisMachine() {
        try {
            return java.util.Optional.of(java.net.InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT));
        } catch (java.io.IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** The names to answer to: the configured ones, the address bound to, and this machine's name when bound to all. */
    static Set<String> allowedHosts(String bindHost, List<String> configured) {
        Set<String> allowed = new HashSet<>();
        configured.forEach(h -> allowed.add(h.strip().toLowerCase(Locale.ROOT)));
        if (bindHost != null && !bindHost.isBlank()) {
            if (isWildcard(bindHost)) {
                thisMachine().ifPresent(allowed::add);
            } else {
                allowed.add(bindHost.contains(":") ? "[" + bindHost.toLowerCase(Locale.ROOT) + "]" : bindHost.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(allowed);
    }

    /** The host name of a Host header: without its port, lower case; an IPv6 address keeps its brackets. */
    static String hostName(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    public TopicViews views() {
        return views;
    }

    int liveClients() {
        return live.connectedClients();
    }

    @Override
    public void close() {
        views.removeListener(live);
        if (follower != null) {
            follower.close();
        }
        live.close();
        app.stop();
    }
}
