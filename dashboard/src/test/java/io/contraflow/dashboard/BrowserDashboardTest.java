package io.contraflow.dashboard;

import static io.contraflow.dashboard.SampleRecords.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.embedded.EmbeddedKafkaBroker;
import io.contraflow.schemas.Claim;
import io.contraflow.schemas.ClaimantType;
import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.ContradictionKind;
import io.contraflow.schemas.Event;
import io.contraflow.schemas.Evidence;
import io.contraflow.schemas.Severity;
import io.contraflow.schemas.Side;
import io.contraflow.schemas.Topic;
import io.contraflow.schemas.Topics;
import io.contraflow.schemas.registry.SchemaRegistryClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in headless Chromium over a real Kafka broker: records produced to the topics appear on the open page
 * without a reload, the delay from produce to display is measured, and untrusted text never executes.
 *
 * <p>Records are written in the pipeline's wire format (Confluent-framed Avro keys and values) against an in-memory
 * schema registry shared in this JVM, and read by the dashboard exactly as in production; the path from articles
 * through the topology is the CLI's end-to-end test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserDashboardTest {

    private static final int PROBES = 20;
    private static final Duration PROBE_INTERVAL = Duration.ofMillis(250);
    private static final String XSS_SCRIPT = "<script>window.__xss=1</script>";
    private static final String XSS_IMG = "<img src=x onerror=window.__xss=1>";

    private static final Map<String, String> SERDE_CONFIG =
            Map.of(SchemaRegistryClients.URL_CONFIG, "mock://dashboard-browser-test");

    private EmbeddedKafkaBroker broker;
    private DashboardServer server;
    private FramedRecordProducer producer;
    private HeadlessChromium chromium;
    private ChromeDriver page;

    @BeforeAll
    void startStackAndBrowser() {
        HeadlessChromium.assumeInstalled();
        broker = EmbeddedKafkaBroker.start(0);
        broker.createTopics(List.of(Topics.EVENTS.newTopic((short) 1), Topics.CLAIMS.newTopic((short) 1),
                Topics.CONTRADICTIONS.newTopic((short) 1)));
        server = DashboardServer.start(new DashboardSettings(Map.of(
                DashboardSettings.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                DashboardSettings.SCHEMA_REGISTRY_URL, SERDE_CONFIG.get(SchemaRegistryClients.URL_CONFIG),
                DashboardSettings.PORT, "0")));
        producer = new FramedRecordProducer(broker.bootstrapServers(), SERDE_CONFIG.get(SchemaRegistryClients.URL_CONFIG));
        chromium = HeadlessChromium.start(1440, 1900);
        page = chromium.driver();
        page.get(server.url());
        waitFor(Duration.ofSeconds(20), "the page to connect to the live stream",
                () -> page.findElement(By.id("status")).getText().equals("Live"));
    }

    @AfterAll
    void stop() {
        for (AutoCloseable closeable : new AutoCloseable[] {chromium, producer, server, broker}) {
            if (closeable != null) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    System.out.println("Closing " + closeable + " failed: " + e);
                }
            }
        }
    }

    @Test
    @Order(1)
    void contradictionsAppearOnTheOpenPageWithoutReloadAndTheDelayIsMeasured() throws Exception {
        js("window.__pageMarker = 'not reloaded';"
                + "window.__seen = {};"
                + "new MutationObserver(ms => { const now = Date.now(); ms.forEach(m => m.addedNodes.forEach(n => {"
                + "  if (n.nodeType !== 1) return;"
                + "  const cards = n.matches('[data-contradiction-id]') ? [n] : n.querySelectorAll('[data-contradiction-id]');"
                + "  cards.forEach(c => { const id = c.dataset.contradictionId;"
                + "    if (!(id in window.__seen)) window.__seen[id] = now; });"
                + "})); }).observe(document.body, {childList: true, subtree: true});");

        send(Topics.EVENTS, "e-probe", SampleRecords.event("e-probe", "Ferry timetable dispute", T0,
                List.of("https://gazette.example/ferry"), List.of("Harbour Gazette")));
        Map<String, Long> sentAt = new LinkedHashMap<>();
        for (int i = 0; i < PROBES; i++) {
            String id = "probe-" + i;
            sentAt.put(id, System.currentTimeMillis());
            send(Topics.CONTRADICTIONS, id, SampleRecords.simpleContradiction(id, "e-probe",
                    T0.plusSeconds(60L * i), 1));
            Thread.sleep(PROBE_INTERVAL.toMillis());
        }
        waitFor(Duration.ofSeconds(30), "every probe to appear on the page",
                () -> ((Number) js("return Object.keys(window.__seen).filter(k => k.startsWith('probe-')).length;"))
                        .intValue() == PROBES);

        assertThat(js("return window.__pageMarker;")).as("the page was not reloaded").isEqualTo("not reloaded");
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) js("return window.__seen;");
        List<Long> delays = new ArrayList<>();
        sentAt.forEach((id, sent) -> delays.add(((Number) seen.get(id)).longValue() - sent));
        Collections.sort(delays);
        long p95 = delays.get((int) Math.ceil(0.95 * delays.size()) - 1);
        System.out.printf("DASHBOARD UPDATE DELAY (produce -> card in the page's DOM, %d contradictions, %d ms apart):"
                        + " p50 %d ms, p95 %d ms, max %d ms%n", PROBES, PROBE_INTERVAL.toMillis(),
                delays.get(delays.size() / 2), p95, delays.get(delays.size() - 1));
        assertThat(delays).allSatisfy(d -> assertThat(d).isNotNegative());

        publishNewsroomSample();
        waitFor(Duration.ofSeconds(20), "the sample contradictions to appear",
                () -> !page.findElements(By.cssSelector("[data-contradiction-id='k-route']")).isEmpty());
        page.findElement(By.cssSelector("[data-event-id='e-bridge'] .event-title")).click();
        waitFor(Duration.ofSeconds(20), "the event's claims and timeline to render",
                () -> page.findElements(By.cssSelector("#claimants .claimant-group")).size() >= 3
                        && page.findElements(By.cssSelector("#event-contradictions [data-contradiction-id]")).size() == 3
                        && Boolean.TRUE.equals(js("return !!Chart.getChart(document.getElementById('timeline'));")));
        assertThat(page.findElement(By.cssSelector("#event-contradictions [data-contradiction-id='k-cause'] mark"))
                .getText()).isEqualTo("the span was closed because of cracks in two girders");
        assertThat(js("return window.__pageMarker;")).isEqualTo("not reloaded");
        Thread.sleep(300); // let the chart finish its first layout
        Path screenshot = Paths.get("target", "dashboard.png");
        Files.createDirectories(screenshot.getParent());
        Files.copy(page.getScreenshotAs(OutputType.FILE).toPath(), screenshot, StandardCopyOption.REPLACE_EXISTING);
        Path fullPage = Paths.get("target", "dashboard-full.png");
        Files.write(fullPage, fullPageScreenshot());
        System.out.println("Screenshots saved to " + screenshot.toAbsolutePath() + " and " + fullPage.toAbsolutePath());
    }

    @Test
    @Order(2)
    void untrustedArticleTextIsShownAsTextAndNothingInItRuns() throws Exception {
        page.get(server.url());
        waitFor(Duration.ofSeconds(20), "the page to connect", () -> page.findElement(By.id("status")).getText()
                .equals("Live"));
        String hostile = XSS_SCRIPT + " " + XSS_IMG;
        send(Topics.EVENTS, "e-xss", SampleRecords.event("e-xss", "Depot fire " + hostile, T0.plusSeconds(99_000),
                List.of("javascript:window.__xss=1//a", "https://ledger.example/depot\"onmouseover=\"window.__xss=1"),
                List.of("Ledger " + XSS_IMG)));
        Claim hostileClaim = SampleRecords.claim("c-xss", "javascript:window.__xss=1//a", "Chief " + XSS_SCRIPT,
                "the fire " + XSS_IMG, "He said the fire " + XSS_IMG + " spread fast.", T0.plusSeconds(99_000));
        send(Topics.CLAIMS, hostileClaim.getArticleId(), hostileClaim);
        send(Topics.CONTRADICTIONS, "k-xss", SampleRecords.contradiction("k-xss", "e-xss",
                ContradictionKind.DENIAL, T0.plusSeconds(99_000), 1,
                SampleRecords.side("cause " + XSS_IMG, "Chief " + XSS_SCRIPT, "the fire " + XSS_IMG,
                        "javascript:window.__xss=1//a", "He said the fire " + XSS_IMG + " spread fast.", "c-xss"),
                SampleRecords.side("no cause " + XSS_SCRIPT, "Owner\" onclick=\"window.__xss=1", hostile,
                        "https://ledger.example/depot\"onmouseover=\"window.__xss=1", hostile, "c-xss-2")));

        waitFor(Duration.ofSeconds(20), "the hostile contradiction to appear",
                () -> !page.findElements(By.cssSelector("[data-contradiction-id='k-xss']")).isEmpty());
        assertNothingRan("overview");
        page.findElement(By.cssSelector("[data-event-id='e-xss'] .event-title")).click();
        waitFor(Duration.ofSeconds(20), "the hostile event's claims to render",
                () -> !page.findElements(By.cssSelector("#claimants .claimant-group")).isEmpty());
        assertThat(page.findElement(By.id("event-title")).getText()).isEqualTo("Depot fire " + hostile);
        assertNothingRan("event view");
    }

    private void assertNothingRan(String where) throws InterruptedException {
        Thread.sleep(500); // an injected <img onerror> would fire once its load fails
        assertThat(js("return typeof window.__xss;")).as("window.__xss in the " + where).isEqualTo("undefined");
        assertThat(((Number) js("return document.querySelectorAll('img').length;")).intValue())
                .as("injected <img> elements in the " + where).isZero();
        assertThat(((Number) js("return document.scripts.length;")).intValue())
                .as("script elements besides chart.umd.js and app.js in the " + where).isEqualTo(2);
        assertThat(((Number) js("return document.querySelectorAll('a[href^=\"javascript:\" i]').length;")).intValue())
                .as("javascript: links in the " + where).isZero();
        assertThat(((Number) js("return document.querySelectorAll('[onclick],[onmouseover],[onerror]').length;"))
                .intValue()).as("event-handler attributes in the " + where).isZero();
        assertThat((String) js("return document.body.textContent;")).as("the text shown in the " + where)
                .contains(XSS_SCRIPT).contains(XSS_IMG);
    }

    /** An invented story with three outlets, four claimants and three kinds of contradiction, for the screenshot. */
    private void publishNewsroomSample() {
        Instant start = Instant.parse("2025-03-10T06:40:00Z");
        List<String> articles = List.of("https://gazette.example/bridge-closed", "https://ledger.example/span-shut",
                "https://wire.example/harbour-bridge", "https://gazette.example/bridge-update");
        List<String> sources = List.of("Harbour Gazette", "City Ledger", "Coastal Wire");
        for (int i = 0; i < articles.size(); i++) {
            Event event = SampleRecords.event("e-bridge",
                    "Harbour bridge shut after inspection; council and engineers disagree on why",
                    start.plus(Duration.ofMinutes(55L * i)), articles.subList(0, i + 1),
                    sources.subList(0, Math.min(i + 1, sources.size())));
            event.setFirstSeen(start);
            send(Topics.EVENTS, "e-bridge", event);
        }
        List<Claim> claims = List.of(
                claim("cl-1", articles.get(0), "Mara Ostrova", ClaimantType.PERSON, "say",
                        "the span was closed because of cracks in two girders",
                        "Council spokesperson Mara Ostrova said the span was closed because of cracks in two girders.",
                        start),
                claim("cl-2", articles.get(1), "Port Engineers Union", ClaimantType.ORGANIZATION, "insist",
                        "the closure was a routine inspection",
                        "The Port Engineers Union insisted the closure was a routine inspection and nothing more.",
                        start.plus(Duration.ofMinutes(55))),
                claim("cl-3", articles.get(1), "Mara Ostrova", ClaimantType.PERSON, "say",
                        "the bridge will stay shut for six weeks",
                        "Ostrova said the bridge will stay shut for six weeks while repairs are made.",
                        start.plus(Duration.ofMinutes(55))),
                claim("cl-4", articles.get(2), "Harbour Transit", ClaimantType.ORGANIZATION, "say",
                        "buses will resume crossing on Friday",
                        "Harbour Transit said buses will resume crossing on Friday.", start.plus(Duration.ofMinutes(110))),
                claim("cl-5", articles.get(3), "Ivo Brandt", ClaimantType.PERSON, "deny",
                        "any cracks were found", "Chief engineer Ivo Brandt denied that any cracks were found.",
                        start.plus(Duration.ofMinutes(165))));
        claims.forEach(c -> send(Topics.CLAIMS, c.getArticleId(), c));
        send(Topics.CONTRADICTIONS, "k-cause", SampleRecords.contradiction("k-cause", "e-bridge",
                ContradictionKind.ATTRIBUTED_DISAGREEMENT, start.plus(Duration.ofMinutes(165)), 2,
                side("cause: structural cracks", claims.get(0), "Harbour Gazette"),
                side("cause: routine inspection", claims.get(1), "City Ledger")));
        send(Topics.CONTRADICTIONS, "k-cracks", withSeverity(SampleRecords.contradiction("k-cracks", "e-bridge",
                ContradictionKind.DENIAL, start.plus(Duration.ofMinutes(165)), 1,
                side("cracks found", claims.get(0), "Harbour Gazette"),
                side("no cracks found", claims.get(4), "Harbour Gazette")), Severity.HIGH,
                "The council says cracks closed the bridge; the chief engineer denies any cracks were found."));
        send(Topics.CONTRADICTIONS, "k-route", withSeverity(SampleRecords.contradiction("k-route", "e-bridge",
                ContradictionKind.NUMERIC_DISCREPANCY, start.plus(Duration.ofMinutes(110)), 1,
                side("reopening: six weeks", claims.get(2), "City Ledger"),
                side("reopening: Friday", claims.get(3), "Coastal Wire")), Severity.MEDIUM,
                "The council expects six weeks of closure; the transit operator plans to cross again on Friday."));
    }

    private static Contradiction withSeverity(Contradiction c, Severity severity, String explanation) {
        c.setSeverity(severity);
        c.setExplanation(explanation);
        c.setTopic(c.getSideA().getPosition().replaceAll(":.*", ""));
        return c;
    }

    private static Claim claim(String id, String articleId, String claimant, ClaimantType type, String cue,
                               String content, String sentence, Instant at) {
        Claim claim = SampleRecords.claim(id, articleId, claimant, content, sentence, at);
        claim.setClaimantType(type);
        claim.setCue(cue);
        claim.setClaimantRole(null);
        claim.setSource(articleId.contains("gazette") ? "Harbour Gazette"
                : articleId.contains("ledger") ? "City Ledger" : "Coastal Wire");
        return claim;
    }

    private static Side side(String position, Claim claim, String source) {
        return Side.newBuilder().setPosition(position).setClaimants(List.of(claim.getClaimant()))
                .setStatements(List.of(claim.getContent())).setSources(List.of(source))
                .setArticles(List.of(claim.getArticleId()))
                .setEvidence(List.of(Evidence.newBuilder().setClaimId(claim.getId()).setArticleId(claim.getArticleId())
                        .setClaimant(claim.getClaimant()).setSentence(claim.getSentence())
                        .setCharStart(claim.getCharStart()).setCharEnd(claim.getCharEnd()).build()))
                .build();
    }

    private void send(Topic<String, ? extends SpecificRecord> topic, String key, SpecificRecord value) {
        producer.send(topic, key, value);
    }

    /** The whole page, not just the window, through the DevTools protocol chromedriver exposes. */
    @SuppressWarnings("unchecked")
    private byte[] fullPageScreenshot() {
        Map<String, Object> metrics = page.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
                "scale", 1);
        Map<String, Object> shot = page.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    private Object js(String script) {
        return ((JavascriptExecutor) page).executeScript(script);
    }

    private void waitFor(Duration timeout, String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(page, timeout).withMessage("waiting for " + what).until(d -> condition.getAsBoolean());
    }
}
