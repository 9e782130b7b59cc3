package io.contraflow.producer;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable article ids, so that reading the same input twice yields the same Kafka key (and downstream dedup and
 * compaction work): the URL when known, else a name built from the file or the content.
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    /**
     * The URL in one canonical spelling: scheme and host lowercased, no fragment, no trailing slash at the end. A
     * slash before a query stays: "https://host/?p=7" is how sites publish such a page (and how people and gold files
     * spell it), and "/a/?p=7" need not be "/a?p=7" on a server. A URL that does not parse is kept as written, minus
     * any fragment.
     */
    public static String normaliseUrl(String url) {
        String trimmed = url.trim();
        try {
            URI uri = new URI(trimmed);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return stripTrailingSlashes(withoutFragment(trimmed));
            }
            StringBuilder out = new StringBuilder()
                    .append(uri.getScheme().toLowerCase(Locale.ROOT)).append("://");
            if (uri.getHost() == null) {  // authority that is not a server name, e.g. with odd characters
                out.append(uri.getRawAuthority().toLowerCase(Locale.ROOT));
            } else {
                if (uri.getRawUserInfo() != null) {
                    out.append(uri.getRawUserInfo()).append('@');
                }
                out.append(uri.getHost().toLowerCase(Locale.ROOT));
                if (uri.getPort() != -1) {
                    out.append(':').append(uri.getPort());
                }
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            if (uri.getRawQuery() == null) {
                out.append(stripTrailingSlashes(path));
            } else {
                out.append(path).append('?').append(uri.getRawQuery());
            }
            return out.toString();
        } catch (URISyntaxException notAUri) {
            return stripTrailingSlashes(withoutFragment(trimmed));
        }
    }

    /**
     * The id of an article read from a file without a URL: the file's name (so a person, or a gold file listing
     * file names, can tell which file it came from), '#', and 12 hex digits of the body's SHA-256 (so an edited
     * file is a new article). "000_f12199891f924760.txt" gives "000_f12199891f924760.txt#" and the 12 digits.
     */
    public static String forFile(Path file, String body) {
        // The whole file name, extension included, so tools that match results to files by name find it.
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return name + "#" + sha256Hex(body).substring(0, 12);
    }

    /** The id of a JSON-lines article without a URL: "sha256:" and 16 hex digits of SHA-256(title + body). */
    public static String forContent(String title, String body) {
        return "sha256:" + sha256Hex(title + body).substring(0, 16);
    }

    /** The file name without its last extension: "a/b/000_x.txt" gives "000_x", "notes" gives "notes". */
    static String baseName(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private static String stripTrailingSlashes(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '/') {
            end--;
        }
        return text.substring(0, end);
    }

    private static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
