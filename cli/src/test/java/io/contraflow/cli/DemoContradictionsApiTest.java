package io.contraflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The bar "with {@code ./contraflow demo} running, {@code curl -s localhost:8080/api/contradictions} returns the
 * demo's contradictions as JSON within 2 minutes of start": the demo runs as its own process, as a user starts it
 * (with this build's classes, not a possibly stale shaded jar), is asked over HTTP until it answers with
 * contradictions, and is then stopped the way Ctrl-C stops it, leaving no schema registry process behind.
 *
 * <p>The dashboard is asked for a free port ({@code --dashboard-port 0}) so a busy 8080 cannot fail the test; the
 * broker and registry take 9092 and 8081 when free, else free ones, as in any demo.
 */
class DemoContradictionsApiTest {
  private static final Duration BAR = Duration.ofMinutes(2);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
  private static final Pattern DASHBOARD_LINE = Pattern.compile("Dashboard:\\s+(http://\\S+)");
  /** Every demo article is published from one of these sites (see src/main/resources/demo). */
  private static final Pattern DEMO_ARTICLE_URL =
      Pattern.compile("https://(wrenfield-courier|valleyherald|northernwire)\\.example/.+");

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void demoServesItsContradictionsAsJsonWithinTwoMinutesAndStopsCleanly() throws Exception {
    long startedAt = System.nanoTime();
    Process demo = new ProcessBuilder(demoCommand()).redirectErrorStream(true).start();
    CompletableFuture<String> dashboardUrl = new CompletableFuture<>();
    StringBuffer output = new StringBuffer();
    Thread reader = new Thread(() -> readOutput(demo, output, dashboardUrl), "demo-output");
    reader.setDaemon(true);
    reader.start();
    List<ProcessHandle> children = new ArrayList<>();
    try {
      String url = dashboardUrl.get(BAR.toSeconds(), TimeUnit.SECONDS);
      demo.descendants().forEach(children::add); // the schema registry, started before the dashboard
      JsonNode contradictions = pollContradictions(URI.create(url).resolve("/api/contradictions"), startedAt, output);
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startedAt);
      System.out.printf("DEMO: GET /api/contradictions answered %d contradiction(s) %d s after the demo process started%n",
          contradictions.size(), seconds);
      System.out.println("DEMO: first answer " + contradictions);
      assertThat(seconds).as("seconds from start to the first contradiction in the API").isLessThanOrEqualTo(BAR.toSeconds());
      assertIsTheDemos(contradictions);

      // Let the demo publish everything, then report what it found in all.
      awaitLine(output, "All sample articles published", Duration.ofSeconds(60));
      Thread.sleep(3000);
      JsonNode all = pollContradictions(URI.create(url).resolve("/api/contradictions"), System.nanoTime(), output);
      assertIsTheDemos(all);
      assertThat(all.size()).isGreaterThanOrEqualTo(contradictions.size());
      List<String> kinds = new ArrayList<>();
      all.forEach(c -> kinds.add(c.path("kind").asText() + " (" + c.path("topic").asText() + ")"));
      System.out.printf("DEMO: after all articles, %d contradiction(s): %s%n", all.size(), kinds);
    } finally {
      stop(demo, children, output);
      reader.join(10_000);
    }
    assertThat(children).as("processes the demo started (its schema registry)").isNotEmpty();
    assertThat(children).as("processes left running after the demo stopped").noneMatch(ProcessHandle::isAlive);
    assertThat(output.toString()).contains("Stopping");
  }

  /** Each contradiction is complete and every piece of its evidence comes from a demo article. */
  private static void assertIsTheDemos(JsonNode contradictions) {
    for (JsonNode c : contradictions) {
      assertThat(c.path("id").asText()).isNotBlank();
      assertThat(c.path("eventId").asText()).isNotBlank();
      assertThat(c.path("kind").asText()).isIn("ATTRIBUTED_DISAGREEMENT", "DENIAL", "NUMERIC_DISCREPANCY",
          "REPORTED_CONTRADICTION", "REVISION");
      for (String side : List.of("sideA", "sideB")) {
        assertThat(c.path(side).path("statements")).as("%s statements", side).isNotEmpty();
        assertThat(c.path(side).path("evidence")).as("%s evidence", side).isNotEmpty()
            .allSatisfy(e -> assertThat(e.path("articleUrl").asText()).matches(DEMO_ARTICLE_URL));
      }
    }
  }

  private static void awaitLine(StringBuffer output, String text, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!output.toString().contains(text)) {
      if (System.nanoTime() > deadline) throw new AssertionError("The demo did not print \"" + text + "\":\n" + output);
      Thread.sleep(200);
    }
  }

  /** This JVM's java and classpath, so the demo runs exactly the classes under test. */
  private static List<String> demoCommand() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path")));
    String root = System.getProperty("contraflow.root");
    if (root != null) command.add("-Dcontraflow.root=" + root);
    command.addAll(List.of(Contraflow.class.getName(), "demo", "--dashboard-port", "0"));
    return command;
  }

  private static void readOutput(Process demo, StringBuffer output, CompletableFuture<String> dashboardUrl) {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        output.append(line).append('\n');
        Matcher m = DASHBOARD_LINE.matcher(line);
        if (m.find()) dashboardUrl.complete(m.group(1));
      }
    } catch (IOException e) {
      output.append("(reading the demo's output failed: ").append(e).append(")\n");
    } finally {
      dashboardUrl.completeExceptionally(new IllegalStateException("the demo printed no dashboard URL:\n" + output));
    }
  }

  /** Asks the API once a second until it lists a contradiction or the two minutes since start are over. */
  private JsonNode pollContradictions(URI api, long startedAt, StringBuffer output) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(api).timeout(Duration.ofSeconds(5)).GET().build();
    long deadline = startedAt + BAR.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", api).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.isArray()).as("the answer is a JSON array: %s", response.body()).isTrue();
        if (!body.isEmpty()) return body;
      } catch (IOException notAnswering) {
        // the dashboard is starting; keep asking
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("No contradiction in " + api + " within " + BAR.toSeconds() + " s of start. Demo output:\n" + output);
  }

  /** SIGTERM, as Ctrl-C: the demo closes the dashboard, the streams app, the broker and the registry, then exits. */
  private static void stop(Process demo, List<ProcessHandle> children, StringBuffer output) throws InterruptedException {
    long stopping = System.nanoTime();
    demo.toHandle().destroy(); // unlike Process.destroy, leaves its output readable to the end
    boolean exited = demo.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    for (ProcessHandle child : children) {
      child.onExit().completeOnTimeout(child, 10, TimeUnit.SECONDS).join();
    }
    if (!exited) {
      children.forEach(ProcessHandle::destroyForcibly);
      demo.destroyForcibly();
      throw new AssertionError("The demo did not stop within " + STOP_TIMEOUT.toSeconds() + " s of SIGTERM:\n" + output);
    }
    System.out.printf("DEMO: stopped %d ms after SIGTERM (exit code %d)%n",
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping), demo.exitValue());
  }
}
