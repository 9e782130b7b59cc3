package io.contraflow.benchmarks.text;

import io.contraflow.analysis.ArticleText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The real seed articles in {@code ../shared/seeds}, read at run time (their text is never part of this repository):
 * the first non-empty line of each {@code .txt} file is the title, the rest the body.
 */
public final class SeedArticles {
  /** Overrides where the seeds are looked for. */
  public static final String DIRECTORY_PROPERTY = "contraflow.seeds";

  private SeedArticles() {}

  /**
   * The seed directory: system property {@value #DIRECTORY_PROPERTY}; else {@code ../shared/seeds} next to the
   * repository, found from system property {@code contraflow.root} or by walking up from the working directory.
   */
  public static Optional<Path> locate() {
    String configured = System.getProperty(DIRECTORY_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      Path dir = Path.of(configured);
      return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }
    List<Path> starts = new ArrayList<>();
    String root = System.getProperty("contraflow.root");
    if (root != null && !root.isBlank()) starts.add(Path.of(root).toAbsolutePath().normalize());
    starts.add(Path.of("").toAbsolutePath().normalize());
    for (Path start : starts) {
      for (Path dir = start; dir != null; dir = dir.getParent()) {
        Path candidate = dir.resolve("../shared/seeds").normalize();
        if (Files.isDirectory(candidate)) return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Where {@link #locate()} looked, for a message when the seeds are missing. */
  public static String searchDescription() {
    return "system property " + DIRECTORY_PROPERTY + ", or ../shared/seeds above " + Path.of("").toAbsolutePath();
  }

  /** Every {@code .txt} file of {@code directory}, in name order, as an article. */
  public static List<ArticleText> read(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      List<Path> texts = files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
      List<ArticleText> articles = new ArrayList<>();
      for (Path f : texts) articles.add(parse(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
      return articles;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the seed articles in " + directory, e);
    }
  }

  /** Title = first non-empty line; body = everything after it, trimmed. */
  static ArticleText parse(String id, String text) {
    String[] lines = text.split("\\R", -1);
    int i = 0;
    while (i < lines.length && lines[i].isBlank()) i++;
    if (i == lines.length) throw new IllegalArgumentException("Seed article " + id + " is empty");
    String title = lines[i].strip();
    String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length)).strip();
    return new ArticleText(id, title, body, null, null, Instant.parse("2024-03-26T12:00:00Z"), "en");
  }
}
