package io.contraflow.producer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads articles from files, folders (recursively, in name order) and standard input, one {@link ReadResult} at a
 * time, so memory stays flat however large the folder.
 *
 * <ul>
 *   <li>Plain-text files (.txt, .md, no extension): one article each, see {@link PlainTextArticle} for the format.
 *   <li>JSON-lines files (.jsonl, .ndjson, and .json files whose first line is a JSON object) and standard input
 *       ("-"): one article per line, see {@link JsonLinesArticles}.
 *   <li>Inside folders, hidden files and folders, other extensions, and .json documents that are not JSON lines
 *       (gold files, say) are skipped with a logged note. Symbolic links to folders are not followed there.
 * </ul>
 *
 * Bad input never stops the rest: it becomes a {@link ReadResult.Failed} with a {@link ReadProblem} reason.
 */
public final class ArticleReader {

    /** The input name that means standard input, read as JSON lines. */
    public static final String STDIN = "-";
    public static final int DEFAULT_MAX_ARTICLE_BYTES = io.contraflow.schemas.ArticleLimits.DEFAULT_MAX_ARTICLE_BYTES;

    private static final Logger log = LoggerFactory.getLogger(ArticleReader.class);
    private static final int CHARACTERISTICS = Spliterator.ORDERED | Spliterator.NONNULL;
    private static final LinkOption[] FOLLOW_LINKS = {};
    private static final LinkOption[] NO_FOLLOW_LINKS = {LinkOption.NOFOLLOW_LINKS};

    private final int maxArticleBytes;
    private final ArticleFactory articles;
    private final Supplier<InputStream> stdin;

    public ArticleReader() {
        this(DEFAULT_MAX_ARTICLE_BYTES);
    }

    /** @param maxArticleBytes larger articles (a file, or one JSON line) are refused as {@link ReadProblem#TOO_LARGE} */
    public ArticleReader(int maxArticleBytes) {
        this(maxArticleBytes, Clock.systemUTC());
    }

    public ArticleReader(int maxArticleBytes, Clock clock) {
        this(maxArticleBytes, clock, () -> System.in);
    }

    ArticleReader(int maxArticleBytes, Clock clock, Supplier<InputStream> stdin) {
        if (maxArticleBytes < 1) {
            throw new IllegalArgumentException("maxArticleBytes must be at least 1, was " + maxArticleBytes);
        }
        this.maxArticleBytes = maxArticleBytes;
        this.articles = new ArticleFactory(clock);
        this.stdin = stdin;
    }

    public static ArticleReader from(ProducerSettings settings) {
        return new ArticleReader(settings.maxArticleBytes());
    }

    public int maxArticleBytes() {
        return maxArticleBytes;
    }

    /** Reads every input in order: files, folders, or "-" for standard input. Close the stream when done. */
    public Stream<ReadResult> read(String... inputs) {
        return read(Arrays.asList(inputs));
    }

    /** Reads every input in order: files, folders, or "-" for standard input. Close the stream when done. */
    public Stream<ReadResult> read(List<String> inputs) {
        List<Input> roots = new ArrayList<>();
        for (String input : inputs) {
            roots.add(STDIN.equals(input) ? Input.standardInput() : Input.named(input));
        }
        return stream(new Walk(roots));
    }

    /** Reads one file or folder. Close the stream when done. */
    public Stream<ReadResult> read(Path path) {
        return stream(new Walk(List.of(new Input(path, null, true))));
    }

    /** Reads JSON lines from a stream, origins "name:line". Closing the returned stream closes {@code in}. */
    public Stream<ReadResult> readJsonLines(InputStream in, String name) {
        JsonLinesArticles lines = new JsonLinesArticles(in, name, maxArticleBytes, articles);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines, CHARACTERISTICS), false)
                .onClose(() -> closeQuietly(lines));
    }

    /** Reads one plain-text article file. */
    public ReadResult readTextFile(Path file) {
        String origin = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxArticleBytes) {
                return tooLarge(origin, size);
            }
            if (Files.isDirectory(file)) {
                return ReadResult.Failed.of(origin, ReadProblem.UNREADABLE_FILE, Files.isSymbolicLink(file)
                        ? "it is a symbolic link to a folder; links to folders are not followed inside folders, "
                                + "name the folder itself to read it"
                        : "it is a folder, not a file");
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(maxArticleBytes + 1);  // the file may have grown since size()
            }
            if (bytes.length > maxArticleBytes) {
                return tooLarge(origin, Files.size(file));
            }
        } catch (IOException e) {
            return unreadable(file, e);
        }
        return readText(bytes, origin, file);
    }

    /** One plain-text article from its bytes; {@code named} gives the id its name when there is no URL header. */
    private ReadResult readText(byte[] bytes, String origin, Path named) {
        String text;
        try {
            text = StrictUtf8.decode(bytes);
        } catch (StrictUtf8.MalformedUtf8Exception e) {
            return ReadResult.Failed.of(origin, ReadProblem.INVALID_UTF8, e.getMessage());
        }
        if (isHtml(text)) {
            // Markup read as text would give claims quoting tags and scripts: refuse it and say what to do.
            return ReadResult.Failed.of(origin, ReadProblem.NOT_ARTICLE_TEXT,
                    "an HTML page; extract the article's text first (or give its URL to a feed source)");
        }
        PlainTextArticle parsed = PlainTextArticle.parse(text);
        if (parsed.body().isEmpty()) {
            return ReadResult.Failed.of(origin, ReadProblem.EMPTY_BODY,
                    text.isBlank() ? "the file is empty" : "no text after the title");
        }
        String id = parsed.url() != null
                ? ArticleIds.normaliseUrl(parsed.url())
                : ArticleIds.forFile(named, parsed.body());
        return new ReadResult.Ok(articles.create(id, parsed.title(), parsed.body(), parsed.source(), parsed.url(),
                articles.publishedAt(parsed.published(), origin), origin));
    }

    /** Whether a text is an HTML document: it opens (after blanks and a byte-order mark) with a doctype or html tag. */
    static boolean isHtml(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        String start = text.substring(i, Math.min(text.length(), i + 14)).toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    /**
     * Standard input: JSON lines when its first non-blank character opens an object, otherwise one plain-text article
     * (text piped in used to become one dead letter per line).
     */
    private ReadResult readStandardInput(InputStream in, Walk walk) {
        PushbackInputStream peekable = new PushbackInputStream(in, 1);
        try {
            int first;
            do {
                first = peekable.read();
            } while (first != -1 && Character.isWhitespace(first));
            if (first == -1) {
                return ReadResult.Failed.of("stdin", ReadProblem.EMPTY_BODY, "nothing on standard input");
            }
            peekable.unread(first);
            if (first == '{') {
                walk.lines = new JsonLinesArticles(peekable, "stdin", maxArticleBytes, articles);
                return null;
            }
            byte[] bytes = peekable.readNBytes(maxArticleBytes + 1);
            if (bytes.length > maxArticleBytes) {
                return ReadResult.Failed.of("stdin", ReadProblem.TOO_LARGE, String.format(Locale.ROOT,
                        "more than max.article.bytes (%,d) of text on standard input", maxArticleBytes));
            }
            return readText(bytes, "stdin", Path.of("stdin"));
        } catch (IOException e) {
            return ReadResult.Failed.of("stdin", ReadProblem.UNREADABLE_FILE, e.getMessage());
        }
    }

    private ReadResult tooLarge(String origin, long size) {
        return ReadResult.Failed.of(origin, ReadProblem.TOO_LARGE,
                String.format(Locale.ROOT, "%,d bytes, more than max.article.bytes (%,d)", size, maxArticleBytes));
    }

    private static ReadResult unreadable(Path file, IOException e) {
        String detail;
        if (e instanceof NoSuchFileException) {
            detail = Files.isSymbolicLink(file) ? "symbolic link to a file that does not exist" : "no such file";
        } else if (e instanceof AccessDeniedException) {
            detail = "permission denied";
        } else {
            detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return ReadResult.Failed.of(file.toString(), ReadProblem.UNREADABLE_FILE, detail);
    }

    private static Stream<ReadResult> stream(Walk walk) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(walk, CHARACTERISTICS), false)
                .onClose(walk::close);
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            log.debug("closing an input failed", e);
        }
    }

    /** A file or folder to read ({@code path}), or standard input ({@code invalid} null and path null). */
    private record Input(Path path, String invalid, boolean explicit) {
        static Input standardInput() {
            return new Input(null, null, true);
        }

        static Input named(String name) {
            try {
                return new Input(Path.of(name), null, true);
            } catch (InvalidPathException e) {
                return new Input(null, name, true);
            }
        }

        boolean isStandardInput() {
            return path == null && invalid == null;
        }
    }

    /**
     * A depth-first walk that lists one folder at a time and reads one file at a time; a JSON-lines file is read
     * line by line as its results are asked for.
     */
    private final class Walk implements Iterator<ReadResult>, Closeable {
        private final Deque<Iterator<Input>> pending = new ArrayDeque<>();
        private JsonLinesArticles lines;
        private ReadResult next;

        Walk(List<Input> roots) {
            pending.push(roots.iterator());
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = advance();
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
            while (true) {
                if (lines != null) {
                    if (lines.hasNext()) {
                        return lines.next();
                    }
                    closeLines();
                }
                Iterator<Input> folder = pending.peek();
                if (folder == null) {
                    return null;
                }
                if (!folder.hasNext()) {
                    pending.pop();
                    continue;
                }
                ReadResult result = visit(folder.next());
                if (result != null) {
                    return result;
                }
            }
        }

        /** Reads or opens one input; returns its result, or null when it opened a folder or JSON lines or was skipped. */
        private ReadResult visit(Input input) {
            if (input.isStandardInput()) {
                return readStandardInput(new KeepOpen(stdin.get()), this);
            }
            if (input.path() == null) {
                return ReadResult.Failed.of(input.invalid(), ReadProblem.UNREADABLE_FILE, "not a valid path");
            }
            Path path = input.path();
            if (Files.isDirectory(path, input.explicit() ? FOLLOW_LINKS : NO_FOLLOW_LINKS)) {
                return openFolder(path);
            }
            if (input.explicit() && !Files.exists(path, NO_FOLLOW_LINKS)) {
                return ReadResult.Failed.of(path.toString(), ReadProblem.UNREADABLE_FILE, "no such file or folder");
            }
            switch (ArticleFileKind.of(path)) {
                case PLAIN_TEXT:
                    return readTextFile(path);
                case JSON_LINES:
                    return openJsonLines(path);
                case JSON:
                    if (startsWithJsonObjectLine(path)) {
                        return openJsonLines(path);
                    }
                    log.info("Skipped {}: a JSON document, not JSON lines (one article object per line); "
                            + "gold and config files are not articles", path);
                    return null;
                default:
                    if (input.explicit()) {
                        return readTextFile(path);  // named on purpose, so read it as text whatever its extension
                    }
                    log.debug("Skipped {}: not an article file (.txt, .md, no extension, .jsonl, .ndjson)", path);
                    return null;
            }
        }

        private ReadResult openFolder(Path folder) {
            List<Input> children = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    if (ArticleFileKind.isHidden(entry)) {
                        log.debug("Skipped hidden {}", entry);
                    } else {
                        children.add(new Input(entry, null, false));
                    }
                }
            } catch (IOException | DirectoryIteratorException e) {
                IOException cause = e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e;
                String detail = cause instanceof AccessDeniedException ? "permission denied" : cause.getMessage();
                return ReadResult.Failed.of(folder.toString(), ReadProblem.UNREADABLE_FILE,
                        "cannot list this folder: " + detail);
            }
            children.sort((a, b) -> a.path().getFileName().toString().compareTo(b.path().getFileName().toString()));
            pending.push(children.iterator());
            return null;
        }

        private ReadResult openJsonLines(Path file) {
            try {
                if (Files.size(file) == 0) {
                    return ReadResult.Failed.of(file.toString(), ReadProblem.EMPTY_BODY, "the file is empty");
                }
                lines = new JsonLinesArticles(Files.newInputStream(file), file.toString(), maxArticleBytes, articles);
                return null;
            } catch (IOException e) {
                return unreadable(file, e);
            }
        }

        /** Whether the first non-blank line of a .json file is a JSON object on its own, i.e. it is JSON lines. */
        private boolean startsWithJsonObjectLine(Path file) {
            try (BoundedLineReader reader = new BoundedLineReader(Files.newInputStream(file), maxArticleBytes)) {
                BoundedLineReader.Line line;
                while ((line = reader.next()) != null) {
                    if (!line.isBlank()) {
                        return !line.tooLong(maxArticleBytes)
                                && JsonLinesArticles.isJsonObjectLine(StrictUtf8.decode(line.bytes(), line.length()));
                    }
                }
                return false;
            } catch (StrictUtf8.MalformedUtf8Exception e) {
                return false;
            } catch (IOException e) {
                return true;  // let openJsonLines report why it cannot be read
            }
        }

        private void closeLines() {
            closeQuietly(lines);
            lines = null;
        }

        @Override
        public void close() {
            if (lines != null) {
                closeLines();
            }
            pending.clear();
        }
    }

    /** Standard input is not ours to close. */
    private static final class KeepOpen extends FilterInputStream {
        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // leave System.in open for whoever reads it next
        }
    }
}
