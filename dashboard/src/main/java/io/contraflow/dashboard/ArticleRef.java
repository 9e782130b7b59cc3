package io.contraflow.dashboard;

import java.time.Instant;

/**
 * An article as the page links to it. {@code url} is set only when the article id is an http(s) URL, so the page
 * never turns untrusted text into a {@code javascript:} link.
 */
public record ArticleRef(String id, String url, String source, Instant publishedAt) {

    static String linkFor(String articleId) {
        if (articleId == null) {
            return null;
        }
        String lower = articleId.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? articleId : null;
    }
}
