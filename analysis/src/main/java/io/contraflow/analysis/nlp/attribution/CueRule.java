package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import java.util.List;

/**
 * One construction in which a cue verb outside quotes attributes speech ("X said P", "P, said X", "as claimed by X",
 * "X quoted Y as saying P"), or in which a cue word makes no claim ("who asked not to be named", "the alleged
 * gunmen"). {@link CueVerbSieve} tries its rules in order for each cue verb; the first that recognises its
 * construction decides.
 */
interface CueRule {
  /** Recorded on the attributions the rule makes: its class name in kebab case ("reported-speech"). */
  default String name() {
    return SieveNames.of(getClass());
  }

  /**
   * Decides the cue verb at {@code i}: null when the construction is not this rule's (the next rule is tried), an
   * empty list when the cue makes no claim, else the attributions it makes, credited to their rule.
   */
  List<Attribution> apply(SentenceState s, int i, String lemma);
}
