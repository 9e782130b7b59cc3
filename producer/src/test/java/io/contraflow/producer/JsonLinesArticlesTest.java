package io.contraflow.producer;

import io.contraflow.schemas.Article;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLinesArticlesTest {

    private static final Instant NOW = Instant.parse("2031-06-01T12:00:00Z");
    private final ArticleReader reader = new ArticleReader(4096, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void readsAGoodLine() {
        List<ReadResult> results = read("""
                {"title": "Tram strike ends in Pollard", "body": "Drivers accepted the offer.", \
                "source": "Pollard Courier", "url": "HTTPS://Courier.example/tram-strike/#top", \
                "publishedAt": "2031-05-30T09:00:00Z"}
                """);

        assertThat(results).singleElement().isInstanceOf(ReadResult.Ok.class);
        Article article = ((ReadResult.Ok) results.get(0)).article();
        assertThat(article.getId()).isEqualTo("https://courier.example/tram-strike");
        assertThat(article.getUrl()).isEqualTo("https://courier.example/tram-strike");
        assertThat(article.getTitle()).isEqualTo("Tram strike ends in Pollard");
        assertThat(article.getBody()).isEqualTo("Drivers accepted the offer.");
        assertThat(article.getSource()).isEqualTo("Pollard Courier");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2031-05-30T09:00:00Z"));
        assertThat(article.getIngestedAt()).isEqualTo(NOW);
        assertThat(article.getLanguage()).isEqualTo("en");
        assertThat(article.getOrigin()).isEqualTo("feed.jsonl:1");
    }

    @Test
    void aBadLineBecomesAFailureAndTheNextLinesAreStillRead() {
        List<ReadResult> results = read("""
                {"title": "First", "body": "Body one."}
                {"title": "Broken", "body": "no closing brace"

                {"title": "Third", "body": "Body three."}
                """);

        assertThat(results).hasSize(3);
        assertThat(results.get(0)).isInstanceOf(ReadResult.Ok.class);
        ReadResult.Failed failed = (ReadResult.Failed) results.get(1);
        assertThat(failed.origin()).isEqualTo("feed.jsonl:2");
        assertThat(failed.kind()).isEqualTo("JSON syntax error");
        assertThat(failed.message()).startsWith("feed.jsonl:2: JSON syntax error: ")
                .contains("at column").doesNotContain("[Source:");
        assertThat(((ReadResult.Ok) results.get(2)).article().getOrigin()).isEqualTo("feed.jsonl:4");
    }

    @Test
    void acceptsBodyAndDateAliases() {
        List<Article> articles = read("""
                {"title": "A", "text": "Text alias.", "published": "2031-05-01"}
                {"title": "B", "content": "Content alias.", "date": "Thu, 1 May 2031 10:00:00 GMT"}
                {"title": "C", "body": "Epoch millis.", "publishedAt": 1000}
                """).stream().map(r -> ((ReadResult.Ok) r).article()).toList();

        assertThat(articles).extracting(Article::getBody)
                .containsExactly("Text alias.", "Content alias.", "Epoch millis.");
        assertThat(articles).extracting(Article::getPublishedAt).containsExactly(
                Instant.parse("2031-05-01T00:00:00Z"), Instant.parse("2031-05-01T10:00:00Z"), Instant.ofEpochMilli(1000));
    }

    @Test
    void withoutUrlTheIdIsAContentHash() {
        Article first = ((ReadResult.Ok) read("{\"title\": \"T\", \"body\": \"B\"}").get(0)).article();
        Article again = ((ReadResult.Ok) read("{\"body\": \"B\", \"title\": \"T\"}").get(0)).article();

        assertThat(first.getId()).isEqualTo(ArticleIds.forContent("T", "B")).matches("sha256:[0-9a-f]{16}");
        assertThat(again.getId()).isEqualTo(first.getId());
    }

    @Test
    void withoutTitleTheFirstLineOfTheBodyIsTheTitleAndTheBodyStaysWhole() {
        Article article = ((ReadResult.Ok) read(
                "{\"body\": \"Wind farm approved near Selk.\\nThe vote was close.\"}").get(0)).article();

        assertThat(article.getTitle()).isEqualTo("Wind farm approved near Selk.");
        assertThat(article.getBody()).isEqualTo("Wind farm approved near Selk.\nThe vote was close.");
    }

    @Test
    void anUnparseableDateKeepsTheArticle() {
        Article article = ((ReadResult.Ok) read("{\"body\": \"B\", \"published\": \"last Tuesday\"}").get(0)).article();

        assertThat(article.getPublishedAt()).isNull();
    }

    @Test
    void reportsEachKindOfBadRecord() {
        List<ReadResult> results = read("""
                {"title": "No body"}
                {"title": "Blank body", "body": "   "}
                {"title": "Number body", "body": 42}
                [1, 2, 3]
                {"title": "Two"} {"title": "objects"}
                """);

        assertThat(results).map(r -> ((ReadResult.Failed) r).kind()).containsExactly(
                "missing body", "empty body", "missing body", "not a JSON object", "JSON syntax error");
    }

    @Test
    void invalidUtf8OnOneLineFailsThatLineOnly() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"body\": \"caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xC3);  // a lead byte with no continuation byte
        bytes.writeBytes("\"}\n{\"body\": \"fine\"}\n".getBytes(StandardCharsets.UTF_8));

        List<ReadResult> results = read(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(results).hasSize(2);
        assertThat(((ReadResult.Failed) results.get(0)).reason()).startsWith("invalid UTF-8: ").contains("byte 13");
        assertThat(results.get(1)).isInstanceOf(ReadResult.Ok.class);
    }

    @Test
    void aLineOverTheLimitIsTooLarge() {
        String big = "{\"body\": \"" + "y".repeat(5000) + "\"}";
        List<ReadResult> results = read(big + "\n{\"body\": \"small\"}\n");

        assertThat(((ReadResult.Failed) results.get(0)).kind()).isEqualTo("article too large");
        assertThat(((ReadResult.Failed) results.get(0)).reason()).contains("5,012 bytes").contains("4,096");
        assertThat(results.get(1)).isInstanceOf(ReadResult.Ok.class);
    }

    @Test
    void dashReadsStandardInput() {
        byte[] input = "{\"body\": \"From a pipe.\"}\n".getBytes(StandardCharsets.UTF_8);
        ArticleReader fromStdin = new ArticleReader(4096, Clock.systemUTC(), () -> new ByteArrayInputStream(input));

        try (Stream<ReadResult> results = fromStdin.read("-")) {
            assertThat(results.toList()).singleElement()
                    .extracting(r -> ((ReadResult.Ok) r).article().getOrigin()).isEqualTo("stdin:1");
        }
    }

    private List<ReadResult> read(String text) {
        return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private List<ReadResult> read(InputStream in) {
        try (Stream<ReadResult> results = reader.readJsonLines(in, "feed.jsonl")) {
            return results.toList();
        }
    }
}
