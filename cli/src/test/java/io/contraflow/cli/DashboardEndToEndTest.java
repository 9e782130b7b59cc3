package io.contraflow.cli;

import io.contraflow.dashboard.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.dashboard.DashboardServer;
import io.contraflow.producer.IngestReport;
import io.contraflow.streams.ContraflowStreamsApp;
import io.contraflow.streams.StreamsAppConfig;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole path in one JVM, as a reader sees it: the embedded broker and registry, the streams topology and the
 * dashboard are started and the page is opened in headless Chromium first; only then are articles ingested through
 * the producer. Contradictions found by the pipeline must appear on that open page without a reload, and text
 * carrying {@code <script>} and {@code <img onerror>} from an article must be shown as text without running.
 *
 * <p>The articles are the demo's (a fictional chemical plant fire) plus one more about the same fire whose title,
 * quote and death toll carry the hostile markup.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardEndToEndTest {
  private static final String XSS_SCRIPT = "<script>window.__xss=1</script>";
  private static final String XSS_IMG = "<img src=x onerror=window.__xss=1>";
  private static final String HOSTILE_ARTICLE = "06-riverside-dispatch-hostile.txt";
  private static final Duration ARTICLE_PAUSE = Duration.ofMillis(1500);
  /** The events-list item of the hostile article, whichever event it was grouped into. */
  private static final String HOSTILE_EVENT = "//ul[@id='events']/li[.//*[contains(@class,'event-sources')"
      + " and contains(., 'Riverside Dispatch')]]";
  private static final Path SCREENSHOT = Path.of("target", "dashboard-e2e.png");
  private static final Path FULL_PAGE = Path.of("target", "dashboard-e2e-full.png");

  @TempDir static Path work;

  private Cluster cluster;
  private ContraflowStreamsApp app;
  private DashboardServer dashboard;
  private HeadlessChromium chromium;
  private ChromeDriver page;

  @BeforeAll
  void startPipelineDashboardAndPage() throws Exception {
    HeadlessChromium.assumeInstalled();
    cluster = Cluster.embedded(0, 0);
    cluster.createTopics();
    app = new ContraflowStreamsApp(new StreamsAppConfig(Map.of(
        StreamsAppConfig.APPLICATION_ID, "dashboard-e2e",
        StreamsAppConfig.BOOTSTRAP_SERVERS, cluster.bootstrapServers(),
        StreamsAppConfig.SCHEMA_REGISTRY_URL, cluster.schemaRegistryUrl(),
        StreamsAppConfig.STATE_DIR, work.resolve("state").toString())));
    app.start();
    assertThat(app.awaitRunning(Duration.ofSeconds(120))).as("streams app running (state %s)", app.state()).isTrue();
    dashboard = Dashboards.start(cluster, "127.0.0.1", 0, "--port", java.util.List.of());
    chromium = HeadlessChromium.start(1440, 1600);
    page = chromium.driver();
    page.get(dashboard.url());
    waitFor(Duration.ofSeconds(20), "the page to connect to the live stream",
        () -> page.findElement(By.id("status")).getText().equals("Live"));
  }

  @AfterAll
  void stopEverything() {
    for (AutoCloseable closeable : new AutoCloseable[] {chromium, dashboard, app, cluster}) {
      if (closeable == null) continue;
      try {
        closeable.close();
      } catch (Exception e) {
        System.out.println("Closing " + closeable + " failed: " + e);
      }
    }
  }

  @Test
  void contradictionsFromIngestedArticlesAppearOnTheOpenPageAsTextWithoutReload() throws Exception {
    assertThat(page.findElements(By.cssSelector("[data-contradiction-id]"))).as("cards before any article").isEmpty();
    // A marker that a reload would erase, and the time each card is first added to the DOM.
    js("window.__pageMarker = 'not reloaded'; window.__seen = {};"
        + "new MutationObserver(ms => { const now = Date.now(); ms.forEach(m => m.addedNodes.forEach(n => {"
        + "  if (n.nodeType !== 1) return;"
        + "  const cards = n.matches('[data-contradiction-id]') ? [n] : n.querySelectorAll('[data-contradiction-id]');"
        + "  cards.forEach(c => { if (!(c.dataset.contradictionId in window.__seen)) window.__seen[c.dataset.contradictionId] = now; });"
        + "})); }).observe(document.body, {childList: true, subtree: true});");

    List<Path> articles = articles();
    List<Long> acknowledgedAt = new ArrayList<>();
    for (Path article : articles) {
      IngestReport report = Ingest.run(cluster, List.of(article.toString()), false);
      assertThat(report.acknowledged()).as("%s acknowledged: %s", article.getFileName(), report.summary()).isEqualTo(1);
      acknowledgedAt.add(System.currentTimeMillis());
      Thread.sleep(ARTICLE_PAUSE.toMillis());
    }

    waitFor(Duration.ofSeconds(90), "a contradiction card on the open page",
        () -> !page.findElements(By.cssSelector("#all-contradictions [data-contradiction-id]")).isEmpty());
    assertThat(js("return window.__pageMarker;")).as("the page was not reloaded").isEqualTo("not reloaded");
    reportFirstCardDelay(articles, acknowledgedAt);
    WebElement card = page.findElement(By.cssSelector("#all-contradictions [data-contradiction-id]"));
    assertThat(card.findElement(By.cssSelector(".side-a .statements")).getText()).isNotBlank();
    assertThat(card.findElement(By.cssSelector(".side-b .statements")).getText()).isNotBlank();

    // The hostile article's quote and figure are among its event's claims (its title is shown only if it names the event).
    waitFor(Duration.ofSeconds(60), "the hostile article's event to be listed",
        () -> !page.findElements(By.xpath(HOSTILE_EVENT)).isEmpty());
    assertNothingRan();
    page.findElement(By.xpath(HOSTILE_EVENT + "//a[contains(@class,'event-title')]")).click();
    waitFor(Duration.ofSeconds(60), "the hostile article's claims to be shown",
        () -> {
          String claims = page.findElement(By.id("claimants")).getAttribute("textContent");
          return claims.contains(XSS_SCRIPT) && claims.contains(XSS_IMG);
        });
    assertNothingRan();
    assertThat(js("return window.__pageMarker;")).as("the page was not reloaded").isEqualTo("not reloaded");

    // The screenshot shows the event with the contradictions, the one a reader would open first.
    page.findElement(By.cssSelector("[data-event-id='" + firstCardEventId() + "'] .event-title")).click();
    waitFor(Duration.ofSeconds(20), "the event's contradictions",
        () -> !page.findElements(By.cssSelector("#event-contradictions [data-contradiction-id]")).isEmpty());
    Thread.sleep(300); // let the timeline chart finish its first layout
    Files.createDirectories(SCREENSHOT.getParent());
    Files.copy(page.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
    Files.write(FULL_PAGE, fullPageScreenshot());
    System.out.println("DASHBOARD E2E: screenshots saved to " + SCREENSHOT.toAbsolutePath() + " (window) and "
        + FULL_PAGE.toAbsolutePath() + " (whole page)");
  }

  /** The demo's articles in publication order, then the hostile one about the same fire. */
  private List<Path> articles() throws Exception {
    Path dir = Files.createDirectories(work.resolve("articles"));
    List<Path> files = new ArrayList<>(DemoArticles.copyTo(dir));
    try (InputStream in = getClass().getResourceAsStream("/dashboard-e2e/" + HOSTILE_ARTICLE)) {
      assertThat(in).as("test resource " + HOSTILE_ARTICLE).isNotNull();
      Path hostile = dir.resolve(HOSTILE_ARTICLE);
      Files.copy(in, hostile);
      files.add(hostile);
    }
    return files;
  }

  /** Prints the delay from the acknowledgement of the article before the first card to that card's appearance. */
  private void reportFirstCardDelay(List<Path> articles, List<Long> acknowledgedAt) {
    long firstCardAt = ((Number) js("return Math.min(...Object.values(window.__seen));")).longValue();
    int trigger = 0;
    for (int i = 0; i < acknowledgedAt.size(); i++) if (acknowledgedAt.get(i) <= firstCardAt) trigger = i;
    System.out.printf("DASHBOARD E2E: first contradiction card on the page %d ms after %s was acknowledged"
        + " (producer -> topology -> contradictions topic -> dashboard -> server-sent event -> DOM)%n",
        firstCardAt - acknowledgedAt.get(trigger), articles.get(trigger).getFileName());
  }

  private String firstCardEventId() {
    return (String) js("const link = document.querySelector('#all-contradictions [data-contradiction-id] .event-link');"
        + "return decodeURIComponent(link.getAttribute('href').replace('#/events/', ''));");
  }

  private void assertNothingRan() throws InterruptedException {
    Thread.sleep(500); // an injected <img onerror> would fire once its load fails
    assertThat(js("return typeof window.__xss;")).as("window.__xss").isEqualTo("undefined");
    assertThat(((Number) js("return document.querySelectorAll('img').length;")).intValue()).as("injected <img> elements").isZero();
    assertThat(((Number) js("return document.scripts.length;")).intValue())
        .as("script elements besides chart.umd.js and app.js").isEqualTo(2);
    assertThat(((Number) js("return document.querySelectorAll('[onerror],[onclick],[onload]').length;")).intValue())
        .as("event-handler attributes").isZero();
  }

  /** The whole page, not just the window, through the DevTools protocol chromedriver exposes. */
  @SuppressWarnings("unchecked")
  private byte[] fullPageScreenshot() {
    Map<String, Object> metrics = page.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1);
    Map<String, Object> shot = page.executeCdpCommand("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    return Base64.getDecoder().decode((String) shot.get("data"));
  }

  private Object js(String script) {
    return ((JavascriptExecutor) page).executeScript(script);
  }

  private void waitFor(Duration timeout, String what, BooleanSupplier condition) {
    new WebDriverWait(page, timeout).withMessage("waiting for " + what).until(d -> condition.getAsBoolean());
  }
}
