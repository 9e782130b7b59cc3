package io.contraflow.analysis.events;

import io.contraflow.analysis.ArticleText;

/**
 * An article as event grouping reads it: its text and metadata, and the features extraction computed for grouping
 * (null to compute them from the text). Grouping needs nothing of the article's claims, so this package stays below
 * claim extraction: extraction's result implements this, not the other way round.
 */
public interface GroupableArticle {
  ArticleText article();

  /** Names, terms, fingerprint, focus and gist, or null when the caller has none. */
  EventFeatures features();

  /** An article whose features are computed from its text when grouping needs them. */
  static GroupableArticle of(ArticleText article) {
    return of(article, null);
  }

  static GroupableArticle of(ArticleText article, EventFeatures features) {
    record Plain(ArticleText article, EventFeatures features) implements GroupableArticle {}
    return new Plain(article, features);
  }
}
