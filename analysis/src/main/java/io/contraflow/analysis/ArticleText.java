package io.contraflow.analysis;

import java.time.Instant;
import java.util.Objects;

/**
 * An article as the analysis sees it: plain text and the little metadata that matters for attribution and grouping.
 * Independent of any wire format.
 *
 * @param publishedAt publication time, or ingestion time when the source gave none (never null)
 */
public record ArticleText(String id, String title, String body, String source, String url, Instant publishedAt, String language) {
  public ArticleText {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(publishedAt, "publishedAt");
    title = title == null ? "" : title;
    language = language == null ? "en" : language;
  }
}
