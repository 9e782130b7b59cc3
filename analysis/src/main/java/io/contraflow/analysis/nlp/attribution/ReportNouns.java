package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * Nouns for what speaks as a text or a finding rather than a person: "a study", "the autopsy", "leaked documents",
 * "a memo", "social media posts". Such a speaker is its own claimant, and "a report by X" is X's.
 */
final class ReportNouns {
  private ReportNouns() {}

  static final Set<String> WORDS = Set.of(
      "study", "report", "investigation", "assessment", "analysis", "survey", "poll", "review", "audit", "inquiry", "probe", "estimate",
      "estimates", "data", "figures", "statistics", "documents", "findings", "readings", "records", "images", "imagery", "footage",
      "photos", "photographs", "video", "videos", "results", "tests", "certificate", "autopsy", "verdict", "ruling", "evidence",
      "document", "memo", "memos", "memorandum", "dossier", "cable", "cables", "studies", "investigations", "analyses", "surveys",
      "reviews", "inquiries", "probes", "assessments", "reports", "count", "tally", "posts", "tweets", "statement",
      "communique");

  /** Participles of making a text public, which with their time describe the text: "a report released last week". */
  private static final Set<String> PUBLISHED = Set.of("released", "published", "issued", "presented", "unveiled", "leaked",
      "compiled", "submitted", "delivered", "filed");

  /**
   * The end of a subject at {@code end}, moved back over such a participle after a text's noun ("A UN report released
   * on Tuesday concluded": its time already skipped): the report is the subject, not its release.
   */
  static int beforePublication(List<Token> t, int end) {
    return end > 0 && PUBLISHED.contains(t.get(end).lower()) && WORDS.contains(t.get(end - 1).lower()) ? end - 1 : end;
  }
}
