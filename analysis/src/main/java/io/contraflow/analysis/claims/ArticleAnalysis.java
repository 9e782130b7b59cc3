package io.contraflow.analysis.claims;

import io.contraflow.analysis.ArticleText;
import java.util.List;
import java.util.Map;

/**
 * What claim extraction learns from one article: its claims, and the features event grouping compares.
 *
 * @param entities named people, organisations, places and incident names, by canonical name, with their weight
 * @param terms content-word lemmas with their weight
 * @param fingerprint SimHash of the body, to recognise syndicated copies
 */
public record ArticleAnalysis(ArticleText article, List<Claim> claims, Map<String, Double> entities,
                              Map<String, Double> terms, long fingerprint) {}
