package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import java.util.List;

/**
 * Cue verbs outside quotes ("said", "denied", "accused", "claims"), each decided by the first of its {@link CueRule}s
 * that recognises the construction. A cue inside content already attributed in the sentence is part of that content
 * ("U.S. officials said intelligence indicates that P"), except "as claimed by X".
 */
final class CueVerbSieve implements Sieve {
  private final List<CueRule> rules;

  CueVerbSieve(List<CueRule> rules) {
    this.rules = List.copyOf(rules);
  }

  List<CueRule> rules() {
    return rules;
  }

  @Override
  public void apply(SentenceState st) {
    for (int i = 0; i < st.t.size(); i++) {
      if (st.quoted[i] || st.usedCues.contains(i)) continue;
      String lemma = Phrases.cueLemma(st.t, i);
      if (lemma == null) continue;
      int at = st.t.get(i).start();
      boolean asClaimedBy = i > 0 && st.t.get(i - 1).is("as") && i + 1 < st.t.size() && st.t.get(i + 1).is("by");
      if (!asClaimedBy && st.here.stream().anyMatch(h -> !h.direct() && h.challenged() == null && at >= h.contentStart() && at < h.contentEnd())) {
        continue;
      }
      for (CueRule rule : rules) {
        List<Attribution> made = rule.apply(st, i, lemma);
        if (made == null) continue;
        for (Attribution a : made) st.here.add(a.sieve() == null ? a.by(rule.name()) : a);
        // The last attribution made is the cue's own; its speaker is remembered for pronouns and roles.
        if (!made.isEmpty()) st.speakers().spoke(made.get(made.size() - 1).speaker());
        break;
      }
    }
  }
}
