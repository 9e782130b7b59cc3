package io.contraflow.dashboard;

import static io.contraflow.dashboard.SampleRecords.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contraflow.schemas.ContradictionKind;
import io.contraflow.schemas.Event;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JSON API over views fed in memory: no Kafka involved. */
class DashboardApiTest {

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private TopicViews views;
    private DashboardServer server;

    @BeforeEach
    void start() {
        views = new TopicViews();
        server = DashboardServer.start("127.0.0.1", 0, views);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private void givenTwoEventsWithClaimsAndContradictions() {
        views.applyEvent("e-bridge", SampleRecords.event("e-bridge", "Harbour bridge closed", T0.plusSeconds(3600),
                List.of("https://gazette.example/bridge-1", "https://ledger.example/bridge-2"),
                List.of("Harbour Gazette", "Ledger")));
        views.applyEvent("e-fire", SampleRecords.event("e-fire", "Warehouse fire", T0.plusSeconds(7200),
                List.of("fire-1"), List.of("Ledger")));
        views.applyClaim("https://gazette.example/bridge-1", SampleRecords.claim("c-1",
                "https://gazette.example/bridge-1", "Mara Ostrova", "the bridge closed because of cracks",
                "Mara Ostrova said the bridge closed because of cracks.", T0));
        views.applyClaim("https://gazette.example/bridge-1", SampleRecords.claim("c-3",
                "https://gazette.example/bridge-1", "Mara Ostrova", "repairs will take a month",
                "She added that repairs will take a month.", T0));
        views.applyClaim("https://ledger.example/bridge-2", SampleRecords.claim("c-2",
                "https://ledger.example/bridge-2", "Port Engineers Union", "the closure was a routine inspection",
                "The union insisted the closure was a routine inspection, nothing more.", T0.plusSeconds(3600)));
        views.applyContradiction("k-1", SampleRecords.simpleContradiction("k-1", "e-bridge", T0.plusSeconds(3600), 1));
        views.applyContradiction("k-2", SampleRecords.contradiction("k-2", "e-fire", ContradictionKind.DENIAL,
                T0.plusSeconds(7200), 1,
                SampleRecords.side("arson", "Fire chief", "the fire was set", "fire-1", "The fire was set.", "c-9"),
                SampleRecords.side("no arson", "Owner", "nobody set the fire", "fire-1", "Nobody set it.", "c-10")));
    }

    @Test
    void listsEventsNewestFirstWithTheirCounts() throws Exception {
        givenTwoEventsWithClaimsAndContradictions();

        JsonNode events = getJson("/api/events");

        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("id").asText()).isEqualTo("e-fire");
        JsonNode bridge = events.get(1);
        assertThat(bridge.get("title").asText()).isEqualTo("Harbour bridge closed");
        assertThat(bridge.get("articleCount").asInt()).isEqualTo(2);
        assertThat(bridge.get("contradictionCount").asInt()).isEqualTo(1);
        assertThat(bridge.get("claimCount").asInt()).isEqualTo(3);
        assertThat(bridge.get("sources")).extracting(JsonNode::asText).containsExactly("Harbour Gazette", "Ledger");
        assertThat(bridge.get("lastSeen").asText()).isEqualTo("2025-03-10T09:15:00Z");
    }

    @Test
    void showsOneEventWithItsContradictionsClaimsByClaimantAndTimeline() throws Exception {
        givenTwoEventsWithClaimsAndContradictions();

        JsonNode detail = getJson("/api/events/e-bridge");

        assertThat(detail.get("event").get("id").asText()).isEqualTo("e-bridge");
        assertThat(detail.get("contradictions")).extracting(c -> c.get("id").asText()).containsExactly("k-1");
        JsonNode sideA = detail.get("contradictions").get(0).get("sideA");
        JsonNode evidence = sideA.get("evidence").get(0);
        String sentence = evidence.get("sentence").asText();
        assertThat(sentence.substring(evidence.get("highlightStart").asInt(), evidence.get("highlightEnd").asInt()))
                .isEqualTo("the bridge closed because of cracks");
        assertThat(sideA.get("articles").get(0).get("url").asText()).isEqualTo("https://gazette.example/bridge-1");
        assertThat(sideA.get("articles").get(0).get("source").asText()).isEqualTo("Harbour Gazette");

        JsonNode claimants = detail.get("claimants");
        assertThat(claimants).extracting(g -> g.get("claimant").asText())
                .containsExactly("Mara Ostrova", "Port Engineers Union");
        assertThat(claimants.get(0).get("claims")).extracting(c -> c.get("id").asText()).containsExactly("c-1", "c-3");

        JsonNode timeline = detail.get("timeline");
        assertThat(timeline).extracting(b -> b.get("start").asText())
                .containsExactly("2025-03-10T08:00:00Z", "2025-03-10T09:00:00Z");
        assertThat(timeline).extracting(b -> b.get("articles").asInt()).containsExactly(1, 1);
        assertThat(timeline).extracting(b -> b.get("cumulativeContradictions").asInt()).containsExactly(1, 1);
    }

    @Test
    void filtersContradictionsByEventAndKind() throws Exception {
        givenTwoEventsWithClaimsAndContradictions();

        assertThat(getJson("/api/contradictions")).extracting(c -> c.get("id").asText()).containsExactly("k-2", "k-1");
        assertThat(getJson("/api/contradictions?event=e-bridge")).extracting(c -> c.get("id").asText())
                .containsExactly("k-1");
        assertThat(getJson("/api/contradictions?kind=denial")).extracting(c -> c.get("id").asText())
                .containsExactly("k-2");
        assertThat(getJson("/api/contradictions?event=e-bridge&kind=DENIAL")).isEmpty();
    }

    @Test
    void answersBadInputWithAClearMessage() throws Exception {
        HttpResponse<String> badKind = get("/api/contradictions?kind=rumour");
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(badKind.body()).contains("Unknown contradiction kind 'rumour'").contains("NUMERIC_DISCREPANCY");

        HttpResponse<String> missing = get("/api/events/nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("No event with id 'nope'");
    }

    @Test
    void aNewerRecordOfTheSameContradictionReplacesTheOldOneAndATombstoneRemovesIt() throws Exception {
        givenTwoEventsWithClaimsAndContradictions();

        views.applyContradiction("k-1", SampleRecords.simpleContradiction("k-1", "e-bridge", T0.plusSeconds(9000), 2));
        JsonNode all = getJson("/api/contradictions");
        assertThat(all).extracting(c -> c.get("id").asText()).containsExactly("k-1", "k-2");
        assertThat(all.get(0).get("revision").asInt()).isEqualTo(2);

        views.applyContradiction("k-1", null);
        assertThat(getJson("/api/contradictions")).extracting(c -> c.get("id").asText()).containsExactly("k-2");
        assertThat(getJson("/api/events").get(1).get("contradictionCount").asInt()).isZero();
    }

    @Test
    void anEventClosedByALateMergeLeavesTheListAndItsArticlesFollowTheEventThatContinuesIt() throws Exception {
        givenTwoEventsWithClaimsAndContradictions();
        Event closed = SampleRecords.event("e-fire", "Warehouse fire", T0.plusSeconds(7200), List.of("fire-1"), List.of("Ledger"));
        closed.setContinuedBy("e-bridge");
        views.applyEvent("e-fire", closed);
        Event survivor = SampleRecords.event("e-bridge", "Harbour bridge closed", T0.plusSeconds(9000),
                List.of("https://gazette.example/bridge-1", "https://ledger.example/bridge-2", "fire-1"), List.of("Harbour Gazette", "Ledger"));
        survivor.setContinues(List.of("e-fire"));
        views.applyEvent("e-bridge", survivor);

        JsonNode events = getJson("/api/events");
        assertThat(events).extracting(e -> e.get("id").asText()).containsExactly("e-bridge");
        assertThat(events.get(0).get("articleCount").asInt()).isEqualTo(3);
        assertThat(events.get(0).get("continues")).extracting(JsonNode::asText).containsExactly("e-fire");
        assertThat(get("/api/events/e-fire").statusCode()).isEqualTo(404);
    }

    @Test
    void servesTheLabelsOfEveryKindAndDetector() throws Exception {
        JsonNode labels = getJson("/api/labels");
        assertThat(labels.get("kinds").get("NUMERIC_DISCREPANCY").asText()).isEqualTo("Numbers differ");
        assertThat(labels.get("kinds").size()).isEqualTo(io.contraflow.schemas.ContradictionKind.values().length);
        assertThat(labels.get("detectors").get("rejection").asText()).contains("rejection");
    }

    @Test
    void servesThePageWithAStrictContentSecurityPolicyAndChartJsFromItsWebJar() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/webjars/chart.js/4.4.9/dist/chart.umd.js").contains("/app.js");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-eval"));

        HttpResponse<String> chartJs = get("/webjars/chart.js/4.4.9/dist/chart.umd.js");
        assertThat(chartJs.statusCode()).isEqualTo(200);
        assertThat(chartJs.body()).contains("Chart.js v4.4.9");
        assertThat(get("/app.js").body()).doesNotContain("innerHTML =").doesNotContain("insertAdjacentHTML");
    }

    @Test
    void streamsEachChangeAsAServerSentEventWithItsEmitTime() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "api/stream"))
                .header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/event-stream"));
        BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
        // The handler registers the client just after the headers are sent; wait for it before emitting.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (server.liveClients() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        long before = System.currentTimeMillis();
        views.applyContradiction("k-7", SampleRecords.simpleContradiction("k-7", "e-bridge", T0, 1));

        CompletableFuture<String[]> firstMessage = CompletableFuture.supplyAsync(() -> {
            try {
                String event = null;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("event:")) {
                        event = line.substring(6).trim();
                    } else if (line.startsWith("data:") && event != null) {
                        return new String[] {event, line.substring(5).trim()};
                    }
                }
                return null;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        String[] message = firstMessage.get(10, TimeUnit.SECONDS);
        response.body().close();

        assertThat(message[0]).isEqualTo("contradiction");
        JsonNode payload = json.readTree(message[1]);
        assertThat(payload.get("contradiction").get("id").asText()).isEqualTo("k-7");
        assertThat(payload.get("emittedAtMillis").asLong()).isBetween(before, System.currentTimeMillis());
    }

    /**
     * Issue 12, defect 9: counts are exact for a story larger than one Event record lists (the pipeline lists the
     * last 100 articles), and an event's detail comes in pages, not as one answer of megabytes.
     */
    @Test
    void aBigEventHasExactCountsAndItsDetailComesInPages() throws Exception {
        int articles = 150;
        List<String> all = new java.util.ArrayList<>();
        for (int a = 0; a < articles; a++) {
            String article = "https://ledger.example/fire-" + a;
            all.add(article);
            List<String> lastHundred = all.subList(Math.max(0, all.size() - 100), all.size());
            views.applyEvent("e-big", SampleRecords.event("e-big", "Warehouse fire", T0.plusSeconds(a), List.copyOf(lastHundred),
                    List.of("Ledger")));
            for (int c = 0; c < 2; c++) {
                views.applyClaim(article, SampleRecords.claim("c-" + a + "-" + c, article, c == 0 ? "Fire chief" : "Owner",
                        "claim " + c + " of article " + a, "Sentence " + c + " of article " + a + ".", T0.plusSeconds(a)));
            }
        }

        JsonNode summary = getJson("/api/events").get(0);
        assertThat(summary.get("claimCount").asInt()).isEqualTo(2 * articles);

        JsonNode first = getJson("/api/events/e-big?limit=50");
        assertThat(first.get("page").get("claimsTotal").asInt()).isEqualTo(2 * articles);
        assertThat(first.get("page").get("articlesTotal").asInt()).isEqualTo(articles);
        assertThat(first.get("articles")).hasSize(50);
        int shown = 0;
        for (JsonNode group : first.get("claimants")) shown += group.get("claims").size();
        assertThat(shown).isEqualTo(50);
        assertThat(first.get("claimants").get(0).get("claimCount").asInt()).as("a claimant's whole count").isEqualTo(articles);

        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int offset = 0; offset < 2 * articles; offset += 50) {
            for (JsonNode group : getJson("/api/events/e-big?limit=50&offset=" + offset).get("claimants")) {
                group.get("claims").forEach(c -> seen.add(c.get("id").asText()));
            }
        }
        assertThat(seen).as("the pages together hold every claim once").hasSize(2 * articles);
    }

    /** Issue 12, defect 5: a request whose Host is not this machine's (DNS rebinding) is refused. */
    @Test
    void aRequestForAnotherHostIsRefused() throws Exception {
        assertThat(rawGet("/api/events", "attacker.example:" + server.port())).startsWith("HTTP/1.1 403");
        assertThat(rawGet("/api/events", "localhost:" + server.port())).startsWith("HTTP/1.1 200");
        assertThat(rawGet("/api/events", "127.0.0.1:" + server.port())).startsWith("HTTP/1.1 200");
    }

    /** A request with the Host header as given (Java's HTTP client will not send a Host of our choosing). */
    private String rawGet(String path, String host) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
