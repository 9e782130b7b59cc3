package io.contraflow.analysis.dev;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimExtractor;
import io.contraflow.analysis.contradictions.ContradictionDetector;
import io.contraflow.analysis.contradictions.Finding;
import io.contraflow.analysis.contradictions.Side;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Contradiction detection on the shared dev set, scored by the shared scorer: every dev article's claims, each event
 * folder taken as one event (grouping is measured by {@link DevSetGroupingTest}), the detector's findings written as
 * {@code contraflow analyze} writes them, then {@code ../shared/tools/score-contradictions} run on them.
 */
class DevSetContradictionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void findsWhatACarefulReaderFinds() throws Exception {
    List<SharedDev.DevArticle> articles = SharedDev.articles();
    ClaimExtractor extractor = ClaimExtractor.englishWithoutGist();
    Map<String, List<Claim>> claimsByEvent = new LinkedHashMap<>();
    Map<String, List<String>> articlesByEvent = new LinkedHashMap<>();
    for (SharedDev.DevArticle a : articles) {
      String event = a.label();
      claimsByEvent.computeIfAbsent(event, k -> new ArrayList<>()).addAll(extractor.analyze(a.text()).claims());
      articlesByEvent.computeIfAbsent(event, k -> new ArrayList<>()).add(a.text().id());
    }
    Path out = Path.of("target", "dev-contradictions");
    Files.createDirectories(out);
    ContradictionDetector detector = new ContradictionDetector();
    List<String> lines = new ArrayList<>();
    List<String> events = new ArrayList<>();
    for (var e : claimsByEvent.entrySet()) {
      for (Finding f : detector.detect(e.getKey(), e.getValue())) {
        // No claim stands on both sides of one finding: it cannot be both answers.
        org.assertj.core.api.Assertions.assertThat(f.sideA().claims()).as(f.topic()).doesNotContainAnyElementsOf(f.sideB().claims());
        lines.add(JSON.writeValueAsString(json(f)));
      }
      events.add(JSON.writeValueAsString(Map.of("eventId", e.getKey(), "articles", articlesByEvent.get(e.getKey()))));
    }
    Files.write(out.resolve("contradictions.jsonl"), lines, StandardCharsets.UTF_8);
    Files.write(out.resolve("events.jsonl"), events, StandardCharsets.UTF_8);
    System.out.println(score(out));
  }

  /**
   * Each dev event's articles fed one by one, in publication order, to the detection kept between articles give
   * after every article what the whole-event detection gives for the claims so far.
   */
  @Test
  void detectionKeptBetweenArticlesMatchesTheWholeEvent() {
    ClaimExtractor extractor = ClaimExtractor.englishWithoutGist();
    Map<String, List<SharedDev.DevArticle>> byEvent = new LinkedHashMap<>();
    for (SharedDev.DevArticle a : SharedDev.articles()) byEvent.computeIfAbsent(a.label(), k -> new ArrayList<>()).add(a);
    ContradictionDetector detector = new ContradictionDetector();
    int steps = 0;
    for (var e : byEvent.entrySet()) {
      List<SharedDev.DevArticle> inOrder = new ArrayList<>(e.getValue());
      inOrder.sort(java.util.Comparator.comparing((SharedDev.DevArticle a) -> a.text().publishedAt(),
          java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())).thenComparing(a -> a.text().id()));
      var kept = detector.start(e.getKey(), List.of());
      List<Claim> held = new ArrayList<>();
      for (SharedDev.DevArticle a : inOrder) {
        List<Claim> claims = extractor.analyze(a.text()).claims();
        held.addAll(claims);
        List<Finding> incremental = kept.add(claims);
        List<Finding> whole = detector.detect(e.getKey(), held);
        org.assertj.core.api.Assertions.assertThat(new java.util.HashSet<>(incremental)).as(e.getKey() + " after " + a.text().id())
            .isEqualTo(new java.util.HashSet<>(whole));
        org.assertj.core.api.Assertions.assertThat(incremental).hasSameSizeAs(whole);
        steps++;
      }
    }
    System.out.println("Detection kept between articles matched the whole event after each of " + steps + " articles of "
        + byEvent.size() + " events");
  }

  @Test
  void findsBothSeedFindings() throws Exception {
    Path seeds = io.contraflow.analysis.SharedSeeds.dir();
    ClaimExtractor extractor = ClaimExtractor.englishWithoutGist();
    List<Claim> claims = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    try (var files = Files.list(seeds)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(f).strip();
        int nl = text.indexOf('\n');
        String id = f.getFileName().toString();
        claims.addAll(extractor.analyze(new io.contraflow.analysis.ArticleText(id, text.substring(0, nl).strip(),
            text.substring(nl + 1), null, null, java.time.Instant.parse("2024-03-27T12:00:00Z"), "en")).claims());
        ids.add(id);
      }
    }
    Path out = Path.of("target", "seed-contradictions");
    Files.createDirectories(out);
    List<String> lines = new ArrayList<>();
    for (Finding f : new ContradictionDetector().detect("seeds", claims)) lines.add(JSON.writeValueAsString(json(f)));
    Files.write(out.resolve("contradictions.jsonl"), lines, StandardCharsets.UTF_8);
    Files.write(out.resolve("events.jsonl"), List.of(JSON.writeValueAsString(Map.of("eventId", "seeds", "articles", ids))),
        StandardCharsets.UTF_8);
    System.out.println(score(out, seeds.resolve("gold.json")));
  }

  /** The shared scorer's output on the dev set, or why it could not run. */
  static String score(Path out) throws IOException, InterruptedException {
    return score(out, SharedDev.dir().resolve("gold.json"));
  }

  static String score(Path out, Path gold) throws IOException, InterruptedException {
    Path scorer = SharedDev.dir().resolve("../tools/score-contradictions").normalize();
    Process p = new ProcessBuilder("python3", scorer.toString(), gold.toString(), out.toString())
        .redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return text;
  }

  static Map<String, Object> json(Finding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", f.id());
    m.put("eventId", f.eventId());
    m.put("kind", f.kind().name());
    m.put("topic", f.topic());
    m.put("sideA", side(f.sideA()));
    m.put("sideB", side(f.sideB()));
    m.put("confidence", f.confidence());
    m.put("explanation", f.explanation());
    m.put("trail", f.trail());
    return m;
  }

  private static Map<String, Object> side(Side s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("position", s.position());
    m.put("claimants", s.claimants());
    m.put("names", s.names());
    m.put("statements", s.statements());
    m.put("sources", s.sources());
    m.put("articles", s.articles());
    List<Map<String, Object>> evidence = new ArrayList<>();
    for (Claim c : s.claims()) {
      evidence.add(Map.of("claimId", c.id(), "articleId", c.articleId(), "claimant", c.claimant(), "sentence", c.sentence()));
    }
    m.put("evidence", evidence);
    return m;
  }
}
