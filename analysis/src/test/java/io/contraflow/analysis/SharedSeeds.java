package io.contraflow.analysis;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates ../shared/seeds (the real articles the project is built around, read at test time and never copied).
 * Tests that need them skip with a reason when the folder is missing, and fail when CI=true.
 */
public final class SharedSeeds {
  private SharedSeeds() {}

  public static Path dir() {
    String root = System.getProperty("contraflow.root");
    Path base = root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
    Path seeds = base.resolve("../shared/seeds").normalize();
    if (!Files.isDirectory(seeds)) {
      if ("true".equals(System.getenv("CI"))) throw new AssertionError("CI=true but the shared seeds are missing at " + seeds);
      Assumptions.abort("skipped: " + seeds + " not found (the shared seed articles sit beside the checkout)");
    }
    return seeds;
  }
}
