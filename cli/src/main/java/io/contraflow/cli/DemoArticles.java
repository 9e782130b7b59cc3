package io.contraflow.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The demo's sample articles (a fictional chemical plant fire), shipped as resources and copied out to be ingested. */
public final class DemoArticles {
  private static final String FOLDER = "/demo/";

  private DemoArticles() {}

  /** Copies the sample articles into {@code dir} and returns them in publication order. */
  public static List<Path> copyTo(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String name : names()) {
      try (InputStream in = DemoArticles.class.getResourceAsStream(FOLDER + name)) {
        if (in == null) throw new IllegalStateException("demo article " + name + " is missing from the jar");
        Path file = dir.resolve(name);
        Files.copy(in, file);
        files.add(file);
      }
    }
    return files;
  }

  static List<String> names() throws IOException {
    try (InputStream in = DemoArticles.class.getResourceAsStream(FOLDER + "index.txt")) {
      if (in == null) throw new IllegalStateException("demo/index.txt is missing from the jar");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
  }
}
