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
    return shared("seeds", "the shared seed articles");
  }

  /** A folder of ../shared: skips the test with a reason when it is missing, and fails it when CI=true. */
  public static Path shared(String folder, String what) {
    String root = System.getProperty("contraflow.root");
    Path base = root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
    Path dir = base.resolve("../shared/" + folder).normalize();
    if (!Files.isDirectory(dir)) {
      if ("true".equals(System.getenv("CI"))) throw new AssertionError("CI=true but " + what + " are missing at " + dir);
      Assumptions.abort("skipped: " + dir + " not found (" + what + " sit beside the checkout)");
    }
    return dir;
  }
}
