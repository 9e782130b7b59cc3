package io.contraflow.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Articles for the fault suite, made from the project's own articles (the demo's fictional fire and the event-grouping
 * corpus in analysis/src/test/resources/events): each base article, then variants of it from other outlets, later,
 * some word for word (syndicated copies), some with a paragraph left out (near copies), some with other figures
 * (numeric contradictions). So a run has events, copies whose original must be named the same way every time, and
 * contradictions updated as evidence grows: what the issue saw differ after a crash.
 */
final class FaultCorpus {
  private static final Pattern HEADER = Pattern.compile("(?i)^(title|source|published|url)\\s*:\\s*(.*)$");
  private static final Pattern NUMBER = Pattern.compile("\\b([1-9][0-9]{0,2})\\b");
  private static final String[] OUTLETS = {"Harbour Gazette", "Ledger", "Morning Star", "County Echo", "Daily Wire",
      "Evening Post", "Valley Times", "Coast Radio", "Metro News", "Plains Journal", "River Courier", "Hill Sentinel"};

  private FaultCorpus() {}

  /** The demo's five articles and the events corpus, in that order. */
  static List<Base> bases(Path projectRoot) throws IOException {
    List<Base> bases = new ArrayList<>(demoBases());
    Path corpus = projectRoot.resolve("analysis/src/test/resources/events");
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        bases.add(Base.parse(f.getFileName().toString(), Files.readString(f)));
      }
    }
    return bases;
  }

  /** The demo's five articles: one story. */
  static List<Base> demoBases() throws IOException {
    List<Base> bases = new ArrayList<>();
    for (String name : DemoArticles.names()) {
      try (var in = DemoArticles.class.getResourceAsStream("/demo/" + name)) {
        bases.add(Base.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      }
    }
    return bases;
  }

  /** Writes {@code count} articles made from {@code bases} into {@code dir}, named so that name order is their order. */
  static List<Path> write(Path dir, List<Base> bases, int count, Duration between) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Base base = bases.get(i % bases.size());
      int variant = i / bases.size();
      Path file = dir.resolve(String.format("%05d-%s", i, base.name));
      Files.writeString(file, base.variant(variant, between));
      files.add(file);
    }
    return files;
  }

  record Base(String name, String title, String source, Instant published, String url, List<String> paragraphs) {
    static Base parse(String name, String text) {
      String title = null;
      String source = null;
      String url = null;
      Instant published = Instant.parse("2031-05-14T06:00:00Z");
      List<String> lines = text.lines().toList();
      int i = 0;
      for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
        Matcher m = HEADER.matcher(lines.get(i));
        if (!m.matches()) break;
        String value = m.group(2).strip();
        switch (m.group(1).toLowerCase()) {
          case "title" -> title = value;
          case "source" -> source = value;
          case "url" -> url = value;
          default -> published = value.length() == 10 ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.parse(value);
        }
      }
      List<String> paragraphs = new ArrayList<>();
      for (String p : String.join("\n", lines.subList(i, lines.size())).strip().split("\n\\s*\n")) {
        if (!p.isBlank()) paragraphs.add(p.strip());
      }
      if (title == null) title = paragraphs.remove(0);
      return new Base(name, title, source == null ? "Wire" : source, published, url, paragraphs);
    }

    /** Variant 0 is the article itself; others come from other outlets, later, copied, shortened or re-figured. */
    String variant(int variant, Duration between) {
      List<String> body = new ArrayList<>(paragraphs);
      if (variant % 4 == 1 && body.size() > 2) body.remove(1 + variant % (body.size() - 1));
      String text = String.join("\n\n", body);
      if (variant % 4 == 2) {
        int shift = 1 + variant % 3;
        text = NUMBER.matcher(text).replaceAll(m -> Integer.toString(Integer.parseInt(m.group(1)) + shift));
      }
      String outlet = variant == 0 ? source : OUTLETS[variant % OUTLETS.length] + " " + (variant / OUTLETS.length + 1);
      String link = (url == null ? "https://fault.example/" + name : url) + (variant == 0 ? "" : "/v" + variant);
      return "Title: " + title + "\nSource: " + outlet + "\nPublished: " + published.plus(between.multipliedBy(variant))
          + "\nURL: " + link + "\n\n" + text + "\n";
    }
  }
}
