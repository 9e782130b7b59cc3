package io.contraflow.feeds;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real articles from ../shared/dev, read at test time (their text is never copied into the repository). Skips the
 * calling test, with the reason printed, when ../shared is missing; fails it instead when CI=true.
 */
public final class DevArticles {

    /**
     * One article file: header lines, a blank line, the text.
     *
     * @param published the Published header as written ("unknown" or a date)
     */
    public record DevArticle(String file, String title, String source, String published, String url, String text) {
    }

    private DevArticles() {
    }

    /** The first {@code count} article files in path order (events first, then distractors). */
    public static List<DevArticle> firstOrSkip(int count) {
        Path dev = devFolder();
        List<DevArticle> articles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dev)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(count).toList()) {
                articles.add(read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Assertions.assertEquals(count, articles.size(), "article files under " + dev);
        return articles;
    }

    private static Path devFolder() {
        String root = System.getProperty("contraflow.root");
        Path shared = root != null ? Path.of(root, "..", "shared") : Path.of("..", "..", "shared");
        Path dev = shared.resolve("dev").normalize();
        if (!Files.isDirectory(dev)) {
            String reason = "dev articles not found at " + dev.toAbsolutePath();
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(reason + " (CI=true: they are required)");
            }
            System.out.println("Skipping: " + reason);
            Assumptions.abort(reason);
        }
        return dev;
    }

    private static DevArticle read(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        int blank = content.indexOf("\n\n");
        String header = content.substring(0, blank);
        String text = content.substring(blank + 2).strip();
        return new DevArticle(file.getFileName().toString(), field(header, "Title"), field(header, "Source"),
                field(header, "Published"), field(header, "URL"), text);
    }

    private static String field(String header, String name) {
        for (String line : header.split("\n")) {
            if (line.startsWith(name + ":")) {
                return line.substring(name.length() + 1).strip();
            }
        }
        return null;
    }
}
