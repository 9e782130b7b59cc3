package io.contraflow.dashboard;

/**
 * One evidence sentence of a contradiction's side. {@code highlightStart}/{@code highlightEnd} are offsets in
 * {@code sentence} (not in the article body) of the statement to mark, or null when it could not be located.
 */
public record EvidenceView(String claimId, String articleId, String articleUrl, String claimant, String sentence,
                           Integer highlightStart, Integer highlightEnd) {
}
