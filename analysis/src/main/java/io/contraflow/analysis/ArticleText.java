package io.contraflow.analysis;

import io.contraflow.analysis.time.TimeSource;
import java.time.Instant;
import java.util.Objects;

/**
 * An article as the analysis sees it: plain text and the little metadata that matters for attribution and grouping.
 * Independent of any wire format.
 *
 * @param publishedAt publication time, or ingestion time when the source gave none (never null)
 * @param timeSource where {@code publishedAt} came from; grouping compares only times read from the articles
 */
public record ArticleText(String id, String title, String body, String source, String url, Instant publishedAt, String language,
                          TimeSource timeSource) {
  public ArticleText {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(publishedAt, "publishedAt");
    title = title == null ? "" : title;
    language = language == null ? "en" : language;
    timeSource = timeSource == null ? TimeSource.PUBLISHER : timeSource;
  }

  /** An article whose publication time its publisher gave. */
  public ArticleText(String id, String title, String body, String source, String url, Instant publishedAt, String language) {
    this(id, title, body, source, url, publishedAt, language, TimeSource.PUBLISHER);
  }

  /** The same article with another body (the same text re-flowed, say); itself when the body is unchanged. */
  public ArticleText withBody(String newBody) {
    return newBody.equals(body) ? this : new ArticleText(id, title, newBody, source, url, publishedAt, language, timeSource);
  }

  /** True when the publication time was read from the article (not the time we ingested it). */
  public boolean dated() {
    return timeSource.isKnown();
  }
}
