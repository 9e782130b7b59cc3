package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/** What something is done "according to" without anyone saying it: "built according to the regulations", a law. */
final class Norms {
  private Norms() {}

  private static final Set<String> NORMS = Set.of("rules", "regulations", "standards", "plan", "plans", "law", "laws", "procedure",
      "procedures", "protocol", "protocols", "schedule", "guidelines", "instructions", "norms", "requirements", "specifications",
      // Laws by name: "according to the Harbour Safety Act", "under the country's constitution".
      "act", "code", "constitution", "charter", "statute", "treaty", "decree");

  /** Last words of a law's name: "the Harbour Safety Act", "the Penal Code". */
  private static final Set<String> LAW_NAME_ENDS = Set.of("act", "code", "constitution", "charter", "statute", "treaty", "decree");

  /** Whether a name is a law's ("Constitutional Court Act"), which is no court, whatever words it holds. */
  static boolean namesALaw(String name) {
    String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
    return LAW_NAME_ENDS.contains(last);
  }

  private static final Set<String> NUMBERED_PARTS = Set.of("article", "section", "clause", "paragraph", "rule");

  /**
   * Whether the words from {@code i} name a norm: within three words ("according to international standards"), or at the
   * end of a longer capitalised name ("according to the Kessa Harbour Safety Act"). A norm's own people ("the plan's
   * authors") are speakers.
   */
  static boolean isNorm(List<Token> t, int i) {
    // "according to Article 53 of the act", "Section 4": a numbered part of a law.
    if (i + 1 < t.size() && t.get(i).capitalized() && NUMBERED_PARTS.contains(t.get(i).lower()) && Character.isDigit(t.get(i + 1).text().charAt(0))) {
      return true;
    }
    for (int k = i; k < Math.min(t.size(), i + 6); k++) {
      if (k >= i + 3 && !t.get(k).capitalized()) return false;
      if (NORMS.contains(t.get(k).lower()) && !(k + 1 < t.size() && t.get(k + 1).is("'s"))) return true;
    }
    return false;
  }
}
