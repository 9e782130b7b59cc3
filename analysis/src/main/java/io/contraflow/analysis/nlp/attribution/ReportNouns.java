package io.contraflow.analysis.nlp.attribution;

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
}
