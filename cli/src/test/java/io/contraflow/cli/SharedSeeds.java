package io.contraflow.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Finds /work/shared/seeds the way the house rule says: from contraflow.root, else ../shared from the repo root. */
final class SharedSeeds {
  private SharedSeeds() {}

  static Path seedsOrSkip() {
    String root = System.getProperty("contraflow.root");
    Path shared = root != null ? Path.of(root, "..", "shared") : Path.of("..", "..", "shared");
    Path seeds = shared.resolve("seeds").normalize();
    if (!Files.isDirectory(seeds)) {
      String reason = "seed articles not found at " + seeds.toAbsolutePath();
      if ("true".equals(System.getenv("CI"))) Assertions.fail(reason + " (CI=true: they are required)");
      System.out.println("Skipping: " + reason);
      Assumptions.abort(reason);
    }
    return seeds;
  }
}
