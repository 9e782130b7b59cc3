package io.contraflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contraflow.producer.ArticleIds;
import io.contraflow.schemas.Claim;
import io.contraflow.schemas.Contradiction;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * `contraflow analyze` end to end: a real broker and registry (embedded), the real streams application and analysis.
 * Content of the contradictions is the analysis's business; these check that every article makes it through and the
 * three files are complete, well-formed JSON lines.
 */
class AnalyzeCommandTest {
  @TempDir Path out;

  @Test
  void analyzesTheSharedSeedArticles() throws IOException {
    Path seeds = SharedSeeds.seedsOrSkip();
    List<Path> seedFiles;
    try (Stream<Path> files = Files.list(seeds)) {
      seedFiles = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(seedFiles).isNotEmpty();

    Result result = analyze(seeds.toString());

    assertThat(result.exitCode).as(result.output).isZero();
    assertCompleteResults(seedFiles);

    // The bars of the contradictions issue, scored with the rule in gold.json's "about".
    ContradictionScore.Result score = ContradictionScore.score(seeds.resolve("gold.json"), out.resolve("results"));
    score.print(new PrintWriter(System.out, true));
    assertThat(score.requiredFound()).as("required findings").isEqualTo(score.required());
    assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(0.9);
    assertThat(score.redundancy()).as("detections per matched finding").isLessThanOrEqualTo(1.5);
    assertThat(score.eventsF1()).as("all five seeds in one event").isEqualTo(1.0);
  }

  @Test
  void analyzesTheDemoArticles() throws IOException {
    Path articles = Files.createDirectories(out.resolve("in"));
    List<Path> files = DemoArticles.copyTo(articles);

    Result result = analyze(articles.toString());

    assertThat(result.exitCode).as(result.output).isZero();
    assertThat(result.output).contains("Analyzed " + files.size() + " articles");
    assertCompleteResults(files);
  }

  @Test
  void missingFolderIsAOneLineUserError() {
    Result result = analyze(out.resolve("no-such-folder").toString());
    assertThat(result.exitCode).isEqualTo(2);
    assertThat(result.errors).contains("Not found:").contains("no-such-folder").doesNotContain("Exception").doesNotContain("\tat ");
  }

  /** Every article appears in an event, has claims, and every line of every file is one complete JSON object. */
  private void assertCompleteResults(List<Path> articleFiles) throws IOException {
    Path results = out.resolve("results");
    List<JsonNode> events = jsonLines(results.resolve(OutputFiles.EVENTS));
    List<JsonNode> claims = jsonLines(results.resolve(OutputFiles.CLAIMS));
    List<JsonNode> contradictions = jsonLines(results.resolve(OutputFiles.CONTRADICTIONS));

    Set<String> eventArticles = new HashSet<>();
    for (JsonNode e : events) {
      assertThat(e.fieldNames()).toIterable().contains("eventId", "title", "articles", "sources", "articleCount", "firstSeen", "lastSeen");
      assertThat(e.get("articleCount").asInt()).isEqualTo(e.get("articles").size());
      e.get("articles").forEach(a -> eventArticles.add(a.asText()));
    }
    for (Path file : articleFiles) {
      String id = expectedIdPart(file);
      assertThat(eventArticles).as("events.jsonl lists the article from %s", file.getFileName()).anyMatch(a -> a.contains(id));
    }
    assertThat(eventArticles).hasSize(articleFiles.size());

    Set<String> claimFields = Claim.getClassSchema().getFields().stream().map(Schema.Field::name).collect(Collectors.toSet());
    for (JsonNode c : claims) assertThat(c.fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(claimFields);
    Set<String> articlesWithClaims = claims.stream().map(c -> c.get("articleId").asText()).collect(Collectors.toSet());
    assertThat(articlesWithClaims).as("every article has claims").containsExactlyInAnyOrderElementsOf(eventArticles);

    Set<String> contradictionFields = Contradiction.getClassSchema().getFields().stream().map(Schema.Field::name).collect(Collectors.toSet());
    for (JsonNode c : contradictions) {
      assertThat(c.fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(contradictionFields);
      assertThat(c.get("sideA").fieldNames()).toIterable().contains("position", "claimants", "statements", "sources", "articles", "evidence");
      assertThat(java.time.Instant.parse(c.get("firstSeen").asText())).isNotNull();
    }
  }

  /** An article's id is its URL when the file has a URL header, else it contains the file's base name. */
  private static String expectedIdPart(Path file) throws IOException {
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) break;
      if (line.regionMatches(true, 0, "URL:", 0, 4)) return ArticleIds.normaliseUrl(line.substring(4).strip());
    }
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  private static List<JsonNode> jsonLines(Path file) throws IOException {
    assertThat(file).exists();
    List<JsonNode> nodes = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      JsonNode node = AvroJson.MAPPER.readTree(line);
      assertThat(node.isObject()).as("a JSON object per line in %s: %s", file.getFileName(), line).isTrue();
      nodes.add(node);
    }
    return nodes;
  }

  private record Result(int exitCode, String output, String errors) {}

  private Result analyze(String input) {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    CommandLine cli = Contraflow.commandLine();
    cli.setOut(new PrintWriter(stdout, true));
    cli.setErr(new PrintWriter(stderr, true));
    int code = cli.execute("analyze", input, "--out", out.resolve("results").toString(), "--timeout", "90");
    System.out.println(stdout);
    System.err.println(stderr);
    return new Result(code, stdout.toString(), stderr.toString());
  }
}
