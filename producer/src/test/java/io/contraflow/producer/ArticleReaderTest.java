package io.contraflow.producer;

import io.contraflow.schemas.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleReaderTest {

    private static final String HARBOUR = """
            Title: Harbour crane topples in Vessport
            Source: Vessport Herald
            Published: 2031-04-02T07:15:00+02:00

            A crane fell onto an empty quay on Wednesday, the port operator said.
            """;
    private static final String BRIDGE = """
            Rail bridge at Ambrel to close for repairs

            The regional rail company said the bridge would close for three weeks.
            """;

    @TempDir
    Path dir;

    @Test
    void readsAPlainTextFileWithHeaders() throws IOException {
        Path file = write("harbour.txt", HARBOUR);

        Article article = ok(new ArticleReader().readTextFile(file));

        assertThat(article.getTitle()).isEqualTo("Harbour crane topples in Vessport");
        assertThat(article.getSource()).isEqualTo("Vessport Herald");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2031-04-02T05:15:00Z"));
        assertThat(article.getBody()).startsWith("A crane fell");
        assertThat(article.getId()).startsWith("harbour.txt#").isEqualTo(ArticleIds.forFile(file, article.getBody()));
        assertThat(article.getOrigin()).isEqualTo(file.toString());
        assertThat(article.getLanguage()).isEqualTo("en");
        assertThat(article.getIngestedAt()).isNotNull();
    }

    @Test
    void theIdIsStableAcrossRunsAndContainsTheBaseName() throws IOException {
        Path file = write("000_f12199891f924760.txt", BRIDGE);

        String first = ok(new ArticleReader().readTextFile(file)).getId();
        String second = ok(new ArticleReader().readTextFile(file)).getId();

        assertThat(first).isEqualTo(second).contains("000_f12199891f924760");
    }

    @Test
    void aUrlHeaderBecomesTheId() throws IOException {
        Path file = write("bridge.md", "URL: HTTPS://Rail.Example/Ambrel/#map\n\n" + BRIDGE);

        Article article = ok(new ArticleReader().readTextFile(file));

        assertThat(article.getId()).isEqualTo("https://rail.example/Ambrel");
        assertThat(article.getTitle()).isEqualTo("Rail bridge at Ambrel to close for repairs");
    }

    @Test
    void anUnparseableDateKeepsTheArticle() throws IOException {
        Path file = write("dated.txt", "Title: Dated\nPublished: the day before yesterday\n\nSome body.\n");

        Article article = ok(new ArticleReader().readTextFile(file));

        assertThat(article.getPublishedAt()).isNull();
        assertThat(article.getBody()).isEqualTo("Some body.");
    }

    @Test
    void walksFoldersRecursivelyInNameOrderSkippingHiddenAndNonArticleFiles() throws IOException {
        write("b/2-bridge.txt", BRIDGE);
        write("a/1-harbour.md", HARBOUR);
        write("a/nested/deeper/3-plain", "Plain file without extension\n\nIts body.\n");
        write("c/feed.jsonl", "{\"body\": \"From JSON lines.\"}\n{\"body\": \"Second line.\"}\n");
        write("c/lines.json", "{\"body\": \"A .json file that is JSON lines.\"}\n");
        write("c/gold.json", "{\n  \"events\": {}\n}\n");
        write(".hidden/secret.txt", BRIDGE);
        write("a/.draft.txt", BRIDGE);
        write("a/picture.png", "not an article");

        List<ReadResult> results = readAll(dir.toString());

        assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(ReadResult.Ok.class));
        assertThat(results).map(ReadResult::origin).containsExactly(
                dir.resolve("a/1-harbour.md").toString(),
                dir.resolve("a/nested/deeper/3-plain").toString(),
                dir.resolve("b/2-bridge.txt").toString(),
                dir.resolve("c/feed.jsonl") + ":1",
                dir.resolve("c/feed.jsonl") + ":2",
                dir.resolve("c/lines.json") + ":1");
    }

    @Test
    void anExplicitlyNamedFileIsReadWhateverItsExtension() throws IOException {
        Path file = write("story.text", BRIDGE);

        assertThat(readAll(file.toString())).singleElement().isInstanceOf(ReadResult.Ok.class);
    }

    @Test
    void eachKindOfBadFileIsReportedAndNoneStopsTheOthers() throws IOException {
        write("01-good.txt", HARBOUR);
        writeBytes("02-latin1.txt", concat("Title: Caf".getBytes(StandardCharsets.US_ASCII), new byte[]{(byte) 0xE9},
                "\n\nBody.\n".getBytes(StandardCharsets.US_ASCII)));
        write("03-empty.txt", "");
        write("04-title-only.txt", "Just a headline\n");
        write("05-huge.txt", "Huge\n\n" + "z".repeat(2 * 1024 * 1024));
        Files.createSymbolicLink(dir.resolve("06-dangling.txt"), dir.resolve("does-not-exist.txt"));
        Path realFolder = Files.createDirectory(dir.resolve("06-real-folder.d"));
        Files.createSymbolicLink(dir.resolve("07-link-to-folder.txt"), realFolder);
        write("08-bad.jsonl", "{\"title\": \"no body\"}\n{oops}\n{\"body\": \"good line\"}\n");
        write("09-good.txt", BRIDGE);

        List<ReadResult> results = readAll(dir.toString());

        Map<String, String> reasons = results.stream()
                .filter(ReadResult.Failed.class::isInstance).map(ReadResult.Failed.class::cast)
                .collect(Collectors.toMap(f -> Path.of(f.origin()).getFileName().toString(), ReadResult.Failed::reason));
        assertThat(reasons).hasSize(8);
        assertThat(reasons.get("02-latin1.txt")).isEqualTo(
                "invalid UTF-8: malformed byte sequence at byte 10 (is the file in another encoding?)");
        assertThat(reasons.get("03-empty.txt")).isEqualTo("empty body: the file is empty");
        assertThat(reasons.get("04-title-only.txt")).isEqualTo("empty body: no text after the title");
        assertThat(reasons.get("05-huge.txt")).isEqualTo(
                "article too large: 2,097,158 bytes, more than max.article.bytes (1,047,552)");
        assertThat(reasons.get("06-dangling.txt"))
                .isEqualTo("unreadable file: symbolic link to a file that does not exist");
        assertThat(reasons.get("07-link-to-folder.txt")).startsWith("unreadable file: it is a symbolic link to a folder");
        assertThat(reasons.get("08-bad.jsonl:1")).isEqualTo("missing body: no \"body\", \"text\" or \"content\" field");
        assertThat(reasons.get("08-bad.jsonl:2")).startsWith("JSON syntax error: ");

        assertThat(results).filteredOn(ReadResult.Ok.class::isInstance).map(ReadResult::origin).containsExactly(
                dir.resolve("01-good.txt").toString(),
                dir.resolve("08-bad.jsonl") + ":3",
                dir.resolve("09-good.txt").toString());
    }

    @Test
    void anUnreadableFileIsReportedAndTheRestIsRead() throws IOException {
        Path locked = write("locked.txt", BRIDGE);
        write("open.txt", HARBOUR);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        if (Files.isReadable(locked)) {  // root reads any file whatever its permissions: put a folder in its place
            Files.delete(locked);
            Files.createSymbolicLink(locked, Files.createDirectory(dir.resolve("folder")));
        }

        List<ReadResult> results = readAll(dir.toString());

        assertThat(results).filteredOn(ReadResult.Failed.class::isInstance).singleElement()
                .satisfies(r -> {
                    assertThat(r.origin()).isEqualTo(locked.toString());
                    assertThat(((ReadResult.Failed) r).kind()).isEqualTo("unreadable file");
                });
        assertThat(results).filteredOn(ReadResult.Ok.class::isInstance).map(ReadResult::origin)
                .containsExactly(dir.resolve("open.txt").toString());
    }

    @Test
    void aMissingInputIsReportedAndTheNextInputIsRead() throws IOException {
        Path good = write("good.txt", BRIDGE);

        List<ReadResult> results = readAll(dir.resolve("missing").toString(), good.toString());

        assertThat(results.get(0)).isEqualTo(new ReadResult.Failed(dir.resolve("missing").toString(),
                "unreadable file: no such file or folder"));
        assertThat(results.get(1)).isInstanceOf(ReadResult.Ok.class);
    }

    /** Issue 12, defect 10: plain text piped to standard input is one article, not one dead letter per line. */
    @Test
    void plainTextOnStandardInputIsOneArticle() {
        String text = BRIDGE + "\nA second paragraph, which is no JSON either.\n";
        ArticleReader reader = new ArticleReader(1 << 20, java.time.Clock.systemUTC(),
                () -> new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

        List<ReadResult> results;
        try (Stream<ReadResult> all = reader.read(ArticleReader.STDIN)) {
            results = all.toList();
        }

        assertThat(results).singleElement().isInstanceOfSatisfying(ReadResult.Ok.class, ok -> {
            assertThat(ok.article().getTitle()).isEqualTo("Rail bridge at Ambrel to close for repairs");
            assertThat(ok.article().getBody()).contains("three weeks").contains("second paragraph");
            assertThat(ok.article().getOrigin()).isEqualTo("stdin");
        });
    }

    @Test
    void jsonLinesOnStandardInputAreStillOneArticleEach() {
        String lines = "{\"title\": \"One\", \"body\": \"First.\"}\n{\"title\": \"Two\", \"body\": \"Second.\"}\n";
        ArticleReader reader = new ArticleReader(1 << 20, java.time.Clock.systemUTC(),
                () -> new java.io.ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));

        try (Stream<ReadResult> all = reader.read(ArticleReader.STDIN)) {
            assertThat(all.toList()).hasSize(2).allMatch(r -> r instanceof ReadResult.Ok);
        }
    }

    /** Issue 12, defect 10: an HTML page is not article text; it is refused with the reason, not ingested as markup. */
    @Test
    void anHtmlPageIsRefusedNotReadAsText() throws IOException {
        Path page = write("page.html", "<!DOCTYPE html>\n<html><head><title>Crane</title></head><body><p>A crane fell.</p></body></html>\n");
        Path disguised = write("page.txt", "\n  <html lang=\"en\"><body><p>A crane fell.</p></body></html>\n");

        List<ReadResult> results;
        try (Stream<ReadResult> all = new ArticleReader().read(page.toString(), disguised.toString())) {
            results = all.toList();
        }

        assertThat(results).hasSize(2).allSatisfy(r -> assertThat(r).isInstanceOfSatisfying(ReadResult.Failed.class,
                f -> assertThat(f.message()).contains("an HTML page")));
    }

    @Test
    void theLimitIsConfigurable() throws IOException {
        Path file = write("small.txt", BRIDGE);

        ReadResult result = new ArticleReader(20).readTextFile(file);

        assertThat(result).isInstanceOf(ReadResult.Failed.class);
        assertThat(((ReadResult.Failed) result).kind()).isEqualTo("article too large");
    }

    @Test
    void readsLazilyOneResultAtATime() throws IOException {
        for (int i = 0; i < 50; i++) {
            write(String.format("f%02d.txt", i), "Title " + i + "\n\nBody " + i + ".\n");
        }
        try (Stream<ReadResult> results = new ArticleReader().read(dir)) {
            var iterator = results.iterator();
            assertThat(ok(iterator.next()).getTitle()).isEqualTo("Title 0");
            // a file written after the walk started but before its turn is still read: nothing was read ahead
            Files.writeString(dir.resolve("f01.txt"), "Rewritten\n\nNew body.\n");
            assertThat(ok(iterator.next()).getTitle()).isEqualTo("Rewritten");
        }
    }

    private List<ReadResult> readAll(String... inputs) {
        try (Stream<ReadResult> results = new ArticleReader().read(inputs)) {
            return results.toList();
        }
    }

    private static Article ok(ReadResult result) {
        assertThat(result).isInstanceOf(ReadResult.Ok.class);
        return ((ReadResult.Ok) result).article();
    }

    private Path write(String name, String text) throws IOException {
        return writeBytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path writeBytes(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private static byte[] concat(byte[]... parts) {
        return Arrays.stream(parts).map(p -> new String(p, StandardCharsets.ISO_8859_1))
                .collect(Collectors.joining()).getBytes(StandardCharsets.ISO_8859_1);
    }
}
