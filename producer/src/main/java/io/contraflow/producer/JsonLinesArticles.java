package io.contraflow.producer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.contraflow.schemas.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Articles from JSON lines, one object per line: {@code title}, {@code body} (or {@code text}, {@code content}),
 * {@code source}, {@code url}, {@code publishedAt} (or {@code published}, {@code date}; text, or a number of epoch
 * milliseconds). A bad line becomes a {@link ReadResult.Failed} with origin "name:line" and the next line is read.
 * Blank lines are skipped.
 */
final class JsonLinesArticles implements Iterator<ReadResult>, Closeable {

    static final List<String> BODY_FIELDS = List.of("body", "text", "content");
    static final List<String> PUBLISHED_FIELDS = List.of("publishedAt", "published", "date");
    /** Long enough for a wire lead sentence (most are under 300 characters). */
    private static final int DERIVED_TITLE_MAX_CHARS = 320;
    /** A line that is only a byline: "By Ana Ruiz", "By Ana Ruiz and Tom Weir, Reuters". */
    private static final Pattern BYLINE = Pattern.compile("[Bb][Yy]\\s+\\p{Lu}[\\p{L}.'-]*(?:,?\\s+(?:\\p{Lu}[\\p{L}.'-]*|and|&))"
            + "{0,8}(?:,\\s*\\p{Lu}\\p{L}*(?:\\s+\\p{L}+){0,2})?");
    /** A sentence's end: a full stop, question or exclamation mark before a space and a capital or a quote. */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<![A-Z])[.?!](?=\\s+[\"\u201cA-Z])");
    private static final Pattern JACKSON_LOCATION = Pattern.compile("\\[Source: .*?; line: \\d+, column: (\\d+)]");

    private static final Logger log = LoggerFactory.getLogger(JsonLinesArticles.class);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)  // two objects on one line is a syntax error
            .build();

    private final BoundedLineReader lines;
    private final String name;
    private final int maxArticleBytes;
    private final ArticleFactory articles;
    private ReadResult next;
    private boolean done;

    JsonLinesArticles(InputStream in, String name, int maxArticleBytes, ArticleFactory articles) {
        this.lines = new BoundedLineReader(in, maxArticleBytes);
        this.name = name;
        this.maxArticleBytes = maxArticleBytes;
        this.articles = articles;
    }

    /** Whether this line would be read as a JSON-lines record: a whole JSON object on its own. */
    static boolean isJsonObjectLine(String line) {
        try {
            return JSON.readTree(line).isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = advance();
            done = next == null;
        }
        return next != null;
    }

    @Override
    public ReadResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ReadResult result = next;
        next = null;
        return result;
    }

    private ReadResult advance() {
        try {
            BoundedLineReader.Line line;
            while ((line = lines.next()) != null) {
                if (!line.isBlank()) {
                    return read(line);
                }
            }
            close();
            return null;
        } catch (IOException e) {
            done = true;
            closeQuietly();
            return ReadResult.Failed.of(name, ReadProblem.UNREADABLE_FILE,
                    "stopped after a read error: " + e.getMessage());
        }
    }

    private ReadResult read(BoundedLineReader.Line line) {
        String origin = name + ":" + line.number();
        if (line.tooLong(maxArticleBytes)) {
            return ReadResult.Failed.of(origin, ReadProblem.TOO_LARGE, String.format(Locale.ROOT,
                    "%,d bytes on one line, more than max.article.bytes (%,d)", line.fullLength(), maxArticleBytes));
        }
        String text;
        try {
            text = StrictUtf8.decode(line.bytes(), line.length());
        } catch (StrictUtf8.MalformedUtf8Exception e) {
            return ReadResult.Failed.of(origin, ReadProblem.INVALID_UTF8, e.getMessage());
        }
        JsonNode record;
        try {
            record = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at column " + at.getColumnNr();
            return ReadResult.Failed.of(origin, ReadProblem.JSON_SYNTAX, readable(e.getOriginalMessage()) + where);
        }
        if (!record.isObject()) {
            return ReadResult.Failed.of(origin, ReadProblem.NOT_A_JSON_OBJECT,
                    "expected {\"title\": ..., \"body\": ...}, found " + typeOf(record));
        }
        return toArticle(record, origin);
    }

    /** Jackson's message without its "[Source: ...; line: 1, column: 5]" parts: one line has one source. */
    private static String readable(String jacksonMessage) {
        return JACKSON_LOCATION.matcher(jacksonMessage).replaceAll("column $1");
    }

    private ReadResult toArticle(JsonNode record, String origin) {
        Optional<String> bodyField = BODY_FIELDS.stream().filter(f -> present(record, f)).findFirst();
        if (bodyField.isEmpty()) {
            return ReadResult.Failed.of(origin, ReadProblem.MISSING_BODY,
                    "no \"body\", \"text\" or \"content\" field");
        }
        JsonNode bodyNode = record.get(bodyField.get());
        if (!bodyNode.isTextual()) {
            return ReadResult.Failed.of(origin, ReadProblem.MISSING_BODY,
                    "\"" + bodyField.get() + "\" is " + typeOf(bodyNode) + ", not text");
        }
        String body = bodyNode.asText().strip();
        if (body.isEmpty()) {
            return ReadResult.Failed.of(origin, ReadProblem.EMPTY_BODY, "\"" + bodyField.get() + "\" is blank");
        }
        String title = text(record, "title", origin);
        if (title == null || title.isBlank()) {
            title = titleFrom(body);
        }
        String url = text(record, "url", origin);
        String id = url != null ? ArticleIds.normaliseUrl(url) : ArticleIds.forContent(title, body);
        Article article = articles.create(id, title.strip(), body, text(record, "source", origin), url,
                published(record, origin), origin);
        return new ReadResult.Ok(article);
    }

    private Instant published(JsonNode record, String origin) {
        for (String field : PUBLISHED_FIELDS) {
            if (!present(record, field)) {
                continue;
            }
            JsonNode value = record.get(field);
            if (value.isIntegralNumber()) {
                return Instant.ofEpochMilli(value.asLong());
            }
            if (value.isTextual()) {
                return articles.publishedAt(value.asText(), origin);
            }
            log.warn("{}: \"{}\" is {}, not a date; publishedAt left empty",
                    origin, field, typeOf(value));
            return null;
        }
        return null;
    }

    private static boolean present(JsonNode record, String field) {
        JsonNode value = record.get(field);
        return value != null && !value.isNull();
    }

    private static String text(JsonNode record, String field, String origin) {
        if (!present(record, field)) {
            return null;
        }
        JsonNode value = record.get(field);
        if (!value.isTextual()) {
            log.warn("{}: \"{}\" is {}, not text; ignored", origin, field, typeOf(value));
            return null;
        }
        return value.asText().isBlank() ? null : value.asText().strip();
    }

    private static String typeOf(JsonNode value) {
        return value.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    /**
     * A title for a record without one: the body's first sentence (its lead, which says what a headline would), or its
     * first line when that is shorter; shortened at a word boundary when still long.
     */
    static String titleFrom(String body) {
        // A byline ("By Ana Ruiz and Tom Weir") says who wrote the story, not what it is about.
        String firstLine = body.lines().map(String::strip).filter(l -> !l.isEmpty() && !BYLINE.matcher(l).matches())
                .findFirst().orElse("");
        Matcher end = SENTENCE_END.matcher(firstLine);
        String lead = end.find() ? firstLine.substring(0, end.start() + 1) : firstLine;
        if (lead.length() <= DERIVED_TITLE_MAX_CHARS) {
            return lead;
        }
        int cut = lead.lastIndexOf(' ', DERIVED_TITLE_MAX_CHARS);
        return lead.substring(0, cut > DERIVED_TITLE_MAX_CHARS / 2 ? cut : DERIVED_TITLE_MAX_CHARS) + "…";
    }

    @Override
    public void close() throws IOException {
        done = true;
        lines.close();
    }

    private void closeQuietly() {
        try {
            lines.close();
        } catch (IOException ignored) {
            // already failing; the read error is what gets reported
        }
    }
}
