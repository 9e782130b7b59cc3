package io.contraflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on a mixed stream: the five seed articles (dated, at test time, the day they appeared) among our
 * own articles on other stories of the same weeks, a wire story printed twice and follow-ups weeks or months later
 * (analysis/src/test/resources/events, with manifest.tsv naming each article's story). Each story must come out as
 * exactly one event, and no contradiction may join claims of different events.
 */
class MixedSetAnalyzeTest {
  @TempDir Path work;

  @Test
  void eachStoryIsOneEventAndNoContradictionCrossesEvents() throws IOException {
    Path seeds = SharedSeeds.seedsOrSkip();
    Path corpus = projectRoot().resolve("analysis/src/test/resources/events");
    Path in = Files.createDirectories(work.resolve("in"));

    Map<String, String> storyOf = new HashMap<>();
    for (String line : Files.readAllLines(corpus.resolve("manifest.tsv"))) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t");
      String text = Files.readString(corpus.resolve(f[0]));
      // Files are produced in name order: prefix the date so the stream is chronological, as news arrives.
      String date = text.lines().filter(l -> l.startsWith("Published:")).findFirst().orElseThrow().substring(10).strip();
      String name = date + "_" + f[0];
      Files.writeString(in.resolve(name), text);
      storyOf.put(name, f[1]);
    }
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path seed : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String raw = Files.readString(seed).strip();
        int nl = raw.indexOf('\n');
        String name = "2024-03-26_" + seed.getFileName();
        Files.writeString(in.resolve(name), "Title: " + raw.substring(0, nl).strip() + "\nPublished: 2024-03-26\n\n" + raw.substring(nl + 1));
        storyOf.put(name, "crocus-city-hall-attack");
      }
    }

    StringWriter stdout = new StringWriter();
    var cli = Contraflow.commandLine();
    cli.setOut(new PrintWriter(stdout, true));
    int code = cli.execute("analyze", in.toString(), "--out", work.resolve("out").toString(), "--timeout", "120");
    System.out.println(stdout);
    assertThat(code).isZero();

    Map<String, String> eventOfFile = new HashMap<>();
    Map<String, String> eventOfArticle = new HashMap<>();
    for (JsonNode e : jsonLines(work.resolve("out").resolve(OutputFiles.EVENTS))) {
      for (JsonNode a : e.get("articles")) {
        String id = a.asText();
        eventOfArticle.put(id, e.get("eventId").asText());
        storyOf.keySet().stream().filter(id::startsWith).forEach(file -> eventOfFile.put(file, e.get("eventId").asText()));
      }
    }
    assertThat(eventOfFile.keySet()).as("every article is in an event").containsExactlyInAnyOrderElementsOf(storyOf.keySet());
    Map<String, Set<String>> eventsOfStory = new HashMap<>();
    Map<String, Set<String>> storiesOfEvent = new HashMap<>();
    storyOf.forEach((file, story) -> {
      eventsOfStory.computeIfAbsent(story, s -> new HashSet<>()).add(eventOfFile.get(file));
      storiesOfEvent.computeIfAbsent(eventOfFile.get(file), s -> new HashSet<>()).add(story);
    });
    assertThat(eventsOfStory).allSatisfy((story, events) -> assertThat(events).as("events of story %s", story).hasSize(1));
    assertThat(storiesOfEvent).allSatisfy((event, stories) -> assertThat(stories).as("stories in event %s", event).hasSize(1));

    List<JsonNode> contradictions = jsonLines(work.resolve("out").resolve(OutputFiles.CONTRADICTIONS));
    assertThat(contradictions).isNotEmpty();
    for (JsonNode c : contradictions) {
      System.out.printf("%s | %s | %s <> %s%n", c.get("kind").asText(), c.get("topic").asText(), c.get("sideA").get("claimants"), c.get("sideB").get("claimants"));
      for (String side : List.of("sideA", "sideB")) {
        for (JsonNode a : c.get(side).get("articles")) {
          assertThat(eventOfArticle.get(a.asText())).as("article %s of contradiction %s", a.asText(), c.get("topic").asText())
              .isEqualTo(c.get("eventId").asText());
        }
      }
    }
  }

  private static Path projectRoot() {
    String root = System.getProperty("contraflow.root");
    return root != null ? Path.of(root) : Path.of("..").toAbsolutePath().normalize();
  }

  private static List<JsonNode> jsonLines(Path file) throws IOException {
    List<JsonNode> out = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(file)) if (!line.isBlank()) out.add(AvroJson.MAPPER.readTree(line));
    return out;
  }
}
