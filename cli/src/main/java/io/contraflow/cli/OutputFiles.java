package io.contraflow.cli;

import io.contraflow.schemas.Claim;
import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.Event;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Function;

/** Writes the results of an analysis as JSON lines: contradictions.jsonl, events.jsonl, claims.jsonl. */
public final class OutputFiles {
  public static final String CONTRADICTIONS = "contradictions.jsonl";
  public static final String EVENTS = "events.jsonl";
  public static final String CLAIMS = "claims.jsonl";

  private OutputFiles() {}

  public static void write(Path dir, Collection<Contradiction> contradictions, Collection<Event> events, Collection<Claim> claims) {
    try {
      Files.createDirectories(dir);
      writeLines(dir.resolve(CONTRADICTIONS), contradictions, c -> AvroJson.line(AvroJson.toJson(c)));
      writeLines(dir.resolve(EVENTS), events, e -> AvroJson.line(AvroJson.toJson(e,
          "eventId", "title", "articles", "sources", "articleCount", "firstSeen", "lastSeen", "keyTerms")));
      writeLines(dir.resolve(CLAIMS), claims, c -> AvroJson.line(AvroJson.toJson(c)));
    } catch (IOException e) {
      throw new UserError("Cannot write results to " + dir + ": " + e.getMessage(), e);
    }
  }

  private static <T> void writeLines(Path file, Collection<T> items, Function<T, String> toLine) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (T item : items) {
        out.write(toLine.apply(item));
        out.write('\n');
      }
    }
  }
}
