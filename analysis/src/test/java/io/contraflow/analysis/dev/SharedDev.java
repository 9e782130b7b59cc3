package io.contraflow.analysis.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.time.PublicationTimes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The shared development set (../shared/dev: real coverage of contested events, with distractors and gold), read at
 * test time and never copied. Articles come in the order {@code contraflow analyze} reads them (folders, then files,
 * by name), with publication times resolved as the streams app resolves them. Tests that need it skip with a reason
 * when it is missing, and fail when CI=true.
 */
public final class SharedDev {
  /** The ingestion time given to every article: the dev set's files carry no time of their own. */
  public static final Instant INGESTED_AT = Instant.parse("2026-11-01T00:00:00Z");

  /** One dev article and the event folder it belongs to ("distractors" for a distractor). */
  public record DevArticle(ArticleText text, String folder, String file) {
    /** The gold label: the event folder, or a label of its own for a distractor (which must stay alone). */
    public String label() {
      return folder.equals("distractors") ? "distractor:" + file : folder;
    }
  }

  private SharedDev() {}

  /**
   * The dev set, or with {@code -Dcontraflow.evalDir=DIR} another set in the same layout (a private held-out set, for
   * diagnostics: the bars are the dev set's).
   */
  public static Path dir() {
    String other = System.getProperty("contraflow.evalDir");
    if (other != null) return Path.of(other);
    return io.contraflow.analysis.SharedSeeds.shared("dev", "the shared dev articles");
  }

  public static List<DevArticle> articles() {
    Path dev = dir();
    List<DevArticle> out = new ArrayList<>();
    try (Stream<Path> folders = Files.list(dev)) {
      for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> files = Files.list(folder)) {
          for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
            String name = f.getFileName().toString();
            out.add(new DevArticle(parse(name, Files.readString(f, StandardCharsets.UTF_8)), folder.getFileName().toString(), name));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  public static JsonNode gold() {
    try {
      return new ObjectMapper().readTree(dir().resolve("gold.json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Header lines (Title, Source, Published, URL), a blank line, the text; "unknown" means absent. */
  static ArticleText parse(String file, String text) {
    String[] parts = text.split("\\R\\R", 2);
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line : parts[0].split("\\R")) {
      int colon = line.indexOf(':');
      if (colon > 0) headers.put(line.substring(0, colon).trim().toLowerCase(), line.substring(colon + 1).trim());
    }
    String body = parts.length > 1 ? parts[1].strip() : "";
    String title = known(headers.get("title"));
    // As the producer reads these files (PlainTextArticle): an unknown title is the body's first sentence (a byline
    // line skipped), shortened
    // at a word boundary past 320 characters, and the body stays whole; a date is its midnight UTC.
    if (title == null) {
      title = body.lines().map(String::strip).filter(l -> !l.isEmpty() && !BYLINE.matcher(l).matches()).findFirst().orElse("");
      java.util.regex.Matcher end = java.util.regex.Pattern.compile("(?<![A-Z])[.?!](?=\\s+[\"\u201cA-Z])").matcher(title);
      if (end.find()) title = title.substring(0, end.start() + 1);
      if (title.length() > 320) {
        int cut = title.lastIndexOf(' ', 320);
        title = title.substring(0, cut > 160 ? cut : 320) + "\u2026";
      }
    }
    String published = known(headers.get("published"));
    Instant given = published == null ? null : LocalDate.parse(published).atStartOfDay().toInstant(ZoneOffset.UTC);
    String url = known(headers.get("url"));
    PublicationTimes.Resolved time = PublicationTimes.resolve(given, url, body, INGESTED_AT);
    String id = url != null ? url : file;
    return new ArticleText(id, title, body, known(headers.get("source")), url, time.at(), "en", time.source());
  }

  /** A line that is only a byline, as the producer's JsonLinesArticles reads one. */
  private static final java.util.regex.Pattern BYLINE = java.util.regex.Pattern.compile(
      "[Bb][Yy]\\s+\\p{Lu}[\\p{L}.'-]*(?:,?\\s+(?:\\p{Lu}[\\p{L}.'-]*|and|&)){0,8}(?:,\\s*\\p{Lu}\\p{L}*(?:\\s+\\p{L}+){0,2})?");

  private static String known(String v) {
    return v == null || v.isBlank() || v.equalsIgnoreCase("unknown") ? null : v;
  }
}
