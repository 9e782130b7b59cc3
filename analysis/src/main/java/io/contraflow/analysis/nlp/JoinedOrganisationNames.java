package io.contraflow.analysis.nlp;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Agencies whose names join two fields with "and": "the Food and Drug Administration", "the Fish and Wildlife
 * Service", "the Kessa Fire and Rescue Service". Read as two names, the first half ("Fish") or the second ("Drug
 * Administration") would speak for the agency; the "and" joins nothing when the words after it end in a head
 * that names an agency and no further name follows.
 */
final class JoinedOrganisationNames {
  private JoinedOrganisationNames() {}

  /** Heads that end such a name: a body that administers, regulates or investigates. */
  private static final Set<String> HEADS = Set.of("administration", "agency", "commission", "authority", "board", "department",
      "council", "institute", "office", "bureau", "organisation", "organization", "committee", "association", "service",
      "services", "foundation", "centre", "center", "federation", "directorate", "inspectorate");

  /**
   * Where the name goes on to (exclusive) when the token at {@code j} is an "and" inside it, else -1. The name began at
   * {@code i}; {@code nameLike} tells a word that may belong to a name (a field such as "Health" is capitalised there
   * without being one).
   */
  static int end(List<Token> t, int i, int j, IntPredicate nameLike) {
    if (!t.get(j).is("and") || j - i > 3 || HEADS.contains(t.get(j - 1).lower())) return -1;
    for (int k = j + 1; k < Math.min(t.size(), j + 4) && (nameLike.test(k) || t.get(k).capitalized()); k++) {
      if (HEADS.contains(t.get(k).lower())) return k + 1 < t.size() && nameLike.test(k + 1) ? -1 : k + 1;
    }
    return -1;
  }
}
