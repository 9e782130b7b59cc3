package io.contraflow.analysis.claims;

import io.contraflow.analysis.ArticleText;
import java.util.List;
import java.util.Map;

/**
 * Extracts attributed claims and grouping features from an article. Thread-safe once built; building loads models,
 * so build one per application and share it.
 */
public final class ClaimExtractor {

  public static ClaimExtractor english() {
    return new ClaimExtractor();
  }

  public ArticleAnalysis analyze(ArticleText article) {
    // Placeholder until the annotator pipeline lands.
    return new ArticleAnalysis(article, List.of(), Map.of(), Map.of(), 0L);
  }
}
