package io.contraflow.dashboard;

import java.time.Instant;

/** One claim of an event, shown under its claimant; the highlight marks {@code content} within {@code sentence}. */
public record ClaimView(String id, String articleId, String articleUrl, String source, Instant publishedAt,
                        String claimantMention, String claimantRole, String cue, String content, String polarity,
                        String modality, boolean direct, String sentence, Integer highlightStart,
                        Integer highlightEnd) {
}
