package io.contraflow.analysis.claims;

import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One attributed assertion: who asserted what, with which polarity, modality and numbers, and where it was read.
 *
 * @param claimant canonical claimant, normalised across the article and across outlets
 * @param subject normalised subject of the proposition, or null
 * @param predicate normalised predicate frame ("move", "responsible", "kill"), or null
 * @param arguments predicate arguments by role ("destination" -> "Belarus")
 * @param negatedArguments arguments the claimant explicitly rules out ("toward Belarus, not Ukraine")
 * @param charStart start offset of the evidence in the article body
 * @param charEnd end offset (exclusive) of the evidence in the article body
 * @param relayedBy who passed the claim on ("he said, according to BelTA" gives BelTA), or null
 * @param dated whether {@code publishedAt} was read from the article; when false it is the time the article was read,
 *     and which of two reports came first cannot be told from it
 */
public record Claim(String id, String articleId, String source, Instant publishedAt,
                    String claimant, ClaimantType claimantType, String claimantMention, String claimantRole, String affiliation,
                    String cue, String content, String subject, String predicate,
                    Map<String, String> arguments, Map<String, String> negatedArguments,
                    Polarity polarity, Modality modality, List<Quantity> quantities, ReportedDisagreement reported,
                    boolean direct, String sentence, int sentenceIndex, int charStart, int charEnd, String relayedBy,
                    boolean dated) {
  public Claim {
    // Kept in the order found (Map.copyOf's order differs per JVM, and claims are compared across restarts).
    arguments = arguments == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(arguments));
    negatedArguments = negatedArguments == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(negatedArguments));
    quantities = quantities == null ? List.of() : List.copyOf(quantities);
  }

  /** A claim from an article whose publication time is known. */
  public Claim(String id, String articleId, String source, Instant publishedAt,
               String claimant, ClaimantType claimantType, String claimantMention, String claimantRole, String affiliation,
               String cue, String content, String subject, String predicate,
               Map<String, String> arguments, Map<String, String> negatedArguments,
               Polarity polarity, Modality modality, List<Quantity> quantities, ReportedDisagreement reported,
               boolean direct, String sentence, int sentenceIndex, int charStart, int charEnd, String relayedBy) {
    this(id, articleId, source, publishedAt, claimant, claimantType, claimantMention, claimantRole, affiliation, cue, content,
        subject, predicate, arguments, negatedArguments, polarity, modality, quantities, reported, direct, sentence,
        sentenceIndex, charStart, charEnd, relayedBy, true);
  }

  /** The same claim with other figures: a figure read again from the sentence or the sentences before it. */
  public Claim withQuantities(List<Quantity> figures) {
    return new Claim(id, articleId, source, publishedAt, claimant, claimantType, claimantMention, claimantRole, affiliation, cue,
        content, subject, predicate, arguments, negatedArguments, polarity, modality, figures, reported, direct, sentence,
        sentenceIndex, charStart, charEnd, relayedBy, dated);
  }

  /**
   * By id alone, which equal claims share: claims are hashed into every set of a finding's evidence as an event's
   * detection merges and compares its findings, and the generated hash read all the components (the argument maps,
   * the quantities) each time, about a twentieth of a big story's per-article time.
   */
  @Override
  public int hashCode() {
    return java.util.Objects.hashCode(id);
  }
}
