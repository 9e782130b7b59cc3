package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Token;
import java.util.List;

/**
 * "The operator said the tanker had drifted, which the tanker company denies": a firm described by a thing the sentence
 * has just named (the tanker, the bus, the dam) is that thing's firm, not the company the article spoke of last.
 */
final class ThingOwners {
  private ThingOwners() {}

  /**
   * True when a lower-case noun modifying the head of {@code from}..{@code to} ("tanker" of "the tanker company") is a
   * lower-case noun earlier in the same sentence, outside any capitalised name, or when a relative clause right after
   * the phrase picks out which one it is: either way it is not the organisation the article named before.
   */
  static boolean describedByThingNamedBefore(List<Token> t, int from, int to) {
    // "the company that insured the cargo said": a clause that picks the body out names one the article had not, not the
    // firm that last spoke.
    if (to + 1 < t.size() && (t.get(to).is("that") || t.get(to).is("which")) && "VERB".equals(t.get(to + 1).tag())) return true;
    for (int m = from + 1; m < to - 1; m++) {
      Token modifier = t.get(m);
      if (modifier.capitalized() || !"NOUN".equals(modifier.tag())) continue;
      for (int k = 0; k < from; k++) {
        Token earlier = t.get(k);
        if (earlier.lower().equals(modifier.lower()) && !earlier.capitalized() && "NOUN".equals(earlier.tag())) return true;
      }
    }
    return false;
  }
}
