package io.contraflow.analysis.claims;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.events.EventFeatures;
import io.contraflow.analysis.events.GroupableArticle;
import java.util.List;
import java.util.Map;

/**
 * What claim extraction learns from one article: its claims, and the features event grouping compares.
 *
 * @param features names, terms, fingerprint, focus and gist for event grouping, or null to compute them from the
 *     article's text when needed
 */
public record ArticleAnalysis(ArticleText article, List<Claim> claims, EventFeatures features) implements GroupableArticle {

  /** Names and terms only (as older records carry them): every name counts as focal. */
  public ArticleAnalysis(ArticleText article, List<Claim> claims, Map<String, Double> entities, Map<String, Double> terms,
                         long fingerprint) {
    this(article, claims, entities.isEmpty() && terms.isEmpty() ? null
        : new EventFeatures(entities, terms, fingerprint, article.body().isEmpty() ? EventFeatures.UNKNOWN_LENGTH
            : article.body().split("\\s+").length));
  }

  /** The headline-and-lead embedding, or null. */
  public float[] gist() {
    return features == null ? null : features.gist();
  }

  public Map<String, Double> entities() {
    return features == null ? Map.of() : features.entities();
  }

  public Map<String, Double> terms() {
    return features == null ? Map.of() : features.terms();
  }

  public long fingerprint() {
    return features == null ? 0L : features.fingerprint();
  }
}
