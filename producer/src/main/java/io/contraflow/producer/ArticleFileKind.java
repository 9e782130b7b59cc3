package io.contraflow.producer;

import java.nio.file.Path;
import java.util.Locale;

/** What a file's name says about how to read it. */
enum ArticleFileKind {
    /** .txt, .md, .markdown or no extension: one article, optional headers. */
    PLAIN_TEXT,
    /** .jsonl, .ndjson: one article per line. */
    JSON_LINES,
    /** .json: read as JSON lines only when it is JSON lines; a JSON document (a gold file, say) is skipped. */
    JSON,
    /** Anything else: skipped while walking a folder. */
    OTHER;

    static ArticleFileKind of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        return switch (extension) {
            case "", "txt", "md", "markdown" -> PLAIN_TEXT;
            case "jsonl", "ndjson" -> JSON_LINES;
            case "json" -> JSON;
            default -> OTHER;
        };
    }

    static boolean isHidden(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
