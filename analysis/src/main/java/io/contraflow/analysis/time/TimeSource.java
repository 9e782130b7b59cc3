package io.contraflow.analysis.time;

/**
 * Where an article's publication time came from, most trustworthy first. Event grouping compares the times of
 * articles only when both were read from the article itself; an {@link #INGESTION} time says when we read it, not
 * when it was written, and is never taken as evidence that two articles are far apart.
 */
public enum TimeSource {
  /** Given by the input: a {@code Published:} header, a JSON field, a feed item's or page's own date. */
  PUBLISHER,
  /** A date in the article's URL ({@code /2022/05/11/}, {@code 20220625}). */
  URL,
  /** A dateline or full date near the top of the text ("Sunday, 25 February 2024"). */
  TEXT,
  /** Nothing said when it was written: the time it was ingested. */
  INGESTION;

  /** True when the time was read from the article, so it can be compared with other articles' times. */
  public boolean isKnown() {
    return this != INGESTION;
  }
}
