package io.contraflow.analysis.events;

import io.contraflow.analysis.ArticleText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Loads test articles: the plain-text files under src/test/resources/events and the shared seed articles. */
final class ArticleCorpus {
  /** A test article and the event it belongs to by the manifest. */
  record Labelled(ArticleText article, String label, String role) {}

  /** Publication date the brief assigns to the seed articles, which carry no header. */
  static final Instant SEED_DATE = Instant.parse("2024-03-26T12:00:00Z");
  static final String SEED_LABEL = "crocus-city-hall-attack";

  private ArticleCorpus() {}

  /** Reads "Title:", "Source:", "Published:" header lines, a blank line, then the body. */
  static ArticleText parseWithHeader(String id, String text) {
    String[] parts = text.split("\\R\\R", 2);
    if (parts.length < 2) throw new IllegalArgumentException(id + ": expected header lines, a blank line, then the body");
    String title = null;
    String source = null;
    Instant published = null;
    for (String line : parts[0].split("\\R")) {
      int colon = line.indexOf(':');
      if (colon < 0) throw new IllegalArgumentException(id + ": header line without a colon: " + line);
      String value = line.substring(colon + 1).trim();
      switch (line.substring(0, colon).trim()) {
        case "Title" -> title = value;
        case "Source" -> source = value;
        case "Published" -> published = value.length() == 10
            ? LocalDate.parse(value).atTime(12, 0).toInstant(ZoneOffset.UTC) : Instant.parse(value);
        default -> throw new IllegalArgumentException(id + ": unknown header " + line);
      }
    }
    if (title == null || published == null) throw new IllegalArgumentException(id + ": Title and Published are required");
    return new ArticleText(id, title, parts[1].trim(), source, null, published, "en");
  }

  /** A seed file: first non-empty line is the title, the rest the body. */
  static ArticleText parseSeed(String id, String text, Instant published) {
    String trimmed = text.strip();
    int newline = trimmed.indexOf('\n');
    String title = newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    String body = newline < 0 ? "" : trimmed.substring(newline + 1).strip();
    return new ArticleText(id, title, body, null, null, published, "en");
  }

  static List<Labelled> mixedSet() {
    Path dir = resourceDir();
    List<Labelled> out = new ArrayList<>();
    for (String line : read(dir.resolve("manifest.tsv")).split("\\R")) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] cols = line.split("\t");
      if (cols.length != 3) throw new IllegalArgumentException("manifest line needs file, label, role: " + line);
      out.add(new Labelled(parseWithHeader(cols[0], read(dir.resolve(cols[0]))), cols[1], cols[2]));
    }
    return out;
  }

  static List<Labelled> seeds(Path seedDir) {
    try (Stream<Path> files = Files.list(seedDir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted()
          .map(f -> new Labelled(parseSeed(f.getFileName().toString(), read(f), SEED_DATE), SEED_LABEL, "seed"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Chronological order, ties broken by id, as articles would arrive. */
  static List<Labelled> chronological(List<Labelled> articles) {
    return articles.stream()
        .sorted(Comparator.comparing((Labelled l) -> l.article().publishedAt()).thenComparing(l -> l.article().id()))
        .toList();
  }

  /** /work/shared/seeds, found from the surefire property or from the working directory; null when absent. */
  static Path seedDirectory() {
    String root = System.getProperty("contraflow.root");
    Path repo = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
    if (root == null && !Files.isDirectory(repo.resolve("analysis"))) repo = repo.getParent();
    Path seeds = repo.resolve("../shared/seeds").normalize();
    return Files.isDirectory(seeds) ? seeds : null;
  }

  static Path resourceDir() {
    try {
      return Path.of(ArticleCorpus.class.getResource("/events/manifest.tsv").toURI()).getParent();
    } catch (Exception e) {
      throw new IllegalStateException("test resources events/manifest.tsv not on the class path", e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
