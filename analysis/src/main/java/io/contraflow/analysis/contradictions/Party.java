package io.contraflow.analysis.contradictions;

import java.util.Set;

/**
 * Who holds a position, as one identity across the articles of an event: a government however it is voiced (its
 * president, its spokesman, its ministry, its capital), an organisation, a person who speaks for nobody else, or an
 * outlet in its own voice. Two claims of one party never contradict each other as a dispute between parties.
 *
 * @param key identity ("government:russia", "organisation:human rights watch", "person:navalnaya",
 *     "outlet:bbc news")
 * @param label how a reader names the party ("Russian government", "Human Rights Watch")
 * @param names the names as the articles wrote them ("Dmitry Peskov", "the Kremlin", "Kremlin spokesman"), shown
 *     beside the label so a reader can check who said what
 */
public record Party(String key, String label, Set<String> names) {
  public Party {
    // In the order first written (a side lists them for readers, the same in every run).
    names = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(names));
  }

  public boolean isOutlet() {
    return key.startsWith(OUTLET);
  }

  public boolean isGovernment() {
    return key.startsWith(GOVERNMENT);
  }

  /**
   * True unless the party is a bare word for someone named elsewhere ("the report", "the ministry", "the
   * spokesman") that extraction left unresolved: such a claimant says nothing about who is on which side, and is
   * not set against anyone. Groups that speak as such ("witnesses", "the army") are parties.
   */
  public boolean isNamed() {
    if (isGovernment() || isOutlet()) return true;
    String bare = LEADING_DETERMINER.matcher(label.toLowerCase(java.util.Locale.ROOT)).replaceFirst("");
    return !UNRESOLVED.contains(bare);
  }

  private static final java.util.regex.Pattern LEADING_DETERMINER = java.util.regex.Pattern.compile("^(the|a|an|its|their|this|that)\\s+");

  /** Words that stand for a party named elsewhere in the article, when extraction could not tell which. */
  private static final Set<String> UNRESOLVED = Set.of("report", "investigation", "inquiry", "study", "findings", "statement",
      "document", "probe", "analysis", "it", "they", "tv", "radio", "agency", "office", "secretary", "spokesman",
      "spokeswoman", "spokesperson", "official", "source", "sources", "ministry", "department", "company", "firm",
      "group", "organisation", "organization", "channel", "broadcaster", "newspaper", "paper", "website", "evidence",
      // Words extraction sometimes takes for a speaker: times and licence notices.
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "by-sa", "cc by-sa",
      "cc", "copyright");

  static final String GOVERNMENT = "government:";
  static final String OUTLET = "outlet:";
  static final String ORGANISATION = "organisation:";
  static final String PERSON = "person:";
  static final String OTHER = "other:";
}
