package io.contraflow.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes every change of the views to the open pages as server-sent events: {@code event} (an event summary, or
 * {@code removed}), {@code contradiction} (a contradiction, or {@code removed}) and {@code claim} (an article of an
 * event got claims). Each payload carries {@code emittedAtMillis}, the server's clock when it was sent.
 *
 * <p>Sending happens on one thread of its own so that a slow browser never holds up the Kafka reader; a comment is
 * sent every {@value #HEARTBEAT_SECONDS} s so idle connections stay open through proxies.
 */
final class LiveUpdates implements ViewListener, AutoCloseable {

    static final int HEARTBEAT_SECONDS = 15;
    private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);

    private final ObjectMapper json;
    private final Clock clock;
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> daemon(r, "dashboard-sse-sender"));
    private final ScheduledExecutorService heartbeat =
            Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "dashboard-sse-heartbeat"));

    LiveUpdates(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
        heartbeat.scheduleAtFixedRate(() -> sender.execute(() -> clients.forEach(c -> c.sendComment("keep-alive"))),
                HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    void connect(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
    }

    int connectedClients() {
        return clients.size();
    }

    @Override
    public void eventChanged(EventSummary event) {
        broadcast("event", Map.of("event", event));
    }

    @Override
    public void eventRemoved(String eventId) {
        broadcast("event", Map.of("removed", eventId));
    }

    @Override
    public void eventMerged(String eventId, String survivor) {
        broadcast("event", Map.of("removed", eventId, "continuedBy", survivor));
    }

    @Override
    public void contradictionChanged(ContradictionView contradiction) {
        broadcast("contradiction", Map.of("contradiction", contradiction));
    }

    @Override
    public void contradictionRemoved(String contradictionId, String eventId) {
        broadcast("contradiction", Map.of("removed", contradictionId, "eventId", eventId));
    }

    @Override
    public void claimAdded(String eventId, String articleId) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("eventId", eventId);
        payload.put("articleId", articleId);
        broadcast("claim", payload);
    }

    private void broadcast(String type, Map<String, Object> body) {
        if (clients.isEmpty()) {
            return;
        }
        sender.execute(() -> {
            Map<String, Object> payload = new LinkedHashMap<>(body);
            payload.put("emittedAtMillis", clock.millis());
            String data;
            try {
                data = json.writeValueAsString(payload);
            } catch (JsonProcessingException e) {
                LOG.warn("Could not write a live {} update: {}", type, e.toString());
                return;
            }
            for (SseClient client : clients) {
                client.sendEvent(type, data);
            }
        });
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        sender.shutdownNow();
        clients.forEach(SseClient::close);
        clients.clear();
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
