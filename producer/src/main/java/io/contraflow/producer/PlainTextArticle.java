package io.contraflow.producer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text article format: optional header lines ({@code Title:}, {@code Source:}, {@code Published:},
 * {@code URL:}, keys in any case) closed by a blank line, then the text. Without headers the first non-empty line is
 * the title and the rest is the body, with or without other headers. A value that says it is not known ("unknown",
 * "n/a", "none", "-") counts as absent; {@code Title: unknown} says the text has no headline line, so the text is all
 * body and its first line, shortened, stands for the title.
 *
 * <p>Header lines count as headers only when a blank line (or the end) closes them, so an article that happens to
 * open with "Source: officials" is read as text, not as a header.
 *
 * @param title   the headline, empty when the text is empty
 * @param body    the text without the title and headers, trimmed; may be empty
 * @param source  the Source header, or null
 * @param url     the URL header, or null
 * @param published the Published header as written, or null
 */
record PlainTextArticle(String title, String body, String source, String url, String published) {

    /** Header values that say the field is not known: read as absent. */
    private static final java.util.Set<String> PLACEHOLDERS = java.util.Set.of("unknown", "untitled", "n/a", "none", "null", "-");
    /** Marks a title header that said it is not known. */
    private static final String UNKNOWN_TITLE = "title-unknown";
    private static final Pattern HEADER = Pattern.compile("(?i)^(title|source|published|url)\\s*:\\s*(.*)$");

    static PlainTextArticle parse(String text) {
        List<String> lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        int next = readHeaders(lines, first, headers);
        String title = headers.get("title");
        if (title == null && headers.containsKey(UNKNOWN_TITLE)) {
            // "Title: unknown", as stored pages often say: the text has no headline line, so it is all body, and its
            // first line, shortened, stands for the headline, as for a JSON line without one.
            String body = String.join("\n", lines.subList(Math.min(next, lines.size()), lines.size())).strip();
            return new PlainTextArticle(JsonLinesArticles.titleFrom(body), body,
                    headers.get("source"), headers.get("url"), headers.get("published"));
        }
        if (title == null || title.isBlank()) {
            while (next < lines.size() && lines.get(next).isBlank()) {
                next++;
            }
            title = next < lines.size() ? lines.get(next++) : "";
        }
        String body = String.join("\n", lines.subList(Math.min(next, lines.size()), lines.size())).strip();
        return new PlainTextArticle(title.strip(), body,
                headers.get("source"), headers.get("url"), headers.get("published"));
    }

    /**
     * Reads consecutive header lines from {@code start} into {@code headers} (keys lowercased, blank values dropped)
     * and returns the index after them; leaves {@code headers} empty when the block is not closed by a blank line.
     */
    private static int readHeaders(List<String> lines, int start, Map<String, String> headers) {
        int index = start;
        Map<String, String> found = new LinkedHashMap<>();
        while (index < lines.size()) {
            Matcher header = HEADER.matcher(lines.get(index).strip());
            if (!header.matches()) {
                break;
            }
            String key = header.group(1).toLowerCase(Locale.ROOT);
            if (PLACEHOLDERS.contains(header.group(2).strip().toLowerCase(Locale.ROOT))) {
                if (key.equals("title")) found.putIfAbsent(UNKNOWN_TITLE, "");
            } else if (!header.group(2).isBlank()) {
                found.putIfAbsent(key, header.group(2).strip());
            }
            index++;
        }
        boolean closed = index == lines.size() || lines.get(index).isBlank();
        if (index == start || !closed) {
            return start;
        }
        headers.putAll(found);
        return index;
    }
}
