package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.PhrasalVerbs;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * Cues that are a verb and the words after it. A feeling expressed about something speaks of it: "voiced its
 * anger at the paper's false reporting", "voiced concern that the dam could fail"; an expressed doubt rejects
 * what it is aimed at, as the verb "doubt" does ("expressed serious doubts about the official account"); "expressed
 * condolences" and "voiced support" claim nothing. A phrasal verb ({@link PhrasalVerbs}) disputes or dismisses its
 * object: "took issue with the findings", "brushed aside the accusations"; aimed at anything but something said, nothing.
 */
final class PhrasalCues {
  private PhrasalCues() {}

  /** Verbs that speak only with a feeling after them. */
  static final Set<String> FEELING_VERBS = Set.of("express", "voice");

  /** Feelings that, expressed, speak of what they are aimed at (with one, "expressed" is the verb whatever its tag). */
  private static final Set<String> FEELINGS = Set.of("disappointment", "regret", "anger", "outrage", "dismay", "concern", "concerns",
      "shock", "frustration", "surprise", "alarm", "indignation");
  /** Feelings that doubt what they are aimed at. */
  private static final Set<String> DOUBTS = Set.of("doubt", "doubts", "scepticism", "skepticism", "disbelief", "astonishment",
      "incredulity", "bewilderment", "bafflement");
  /** What a feeling is aimed at begins after one of these. */
  private static final Set<String> AIMS = Set.of("at", "over", "about", "with", "regarding", "that", "on");

  /**
   * The words of the cue's phrase after the verb at {@code i} ("[its deep anger at]", "[issue with]"), or 0
   * when the word there opens no such phrase.
   */
  static int phraseLength(List<Token> t, int i) {
    PhrasalVerbs.Phrase phrase = PhrasalVerbs.at(t, i);
    if (phrase != null) return phrase.rest().size();
    if (!FEELING_VERBS.contains(Lexicon.CUE_VERBS.getOrDefault(t.get(i).lower(), ""))) return 0;
    for (int k = i + 1; k < Math.min(t.size() - 1, i + 5); k++) {
      String w = t.get(k).lower();
      if (FEELINGS.contains(w) || DOUBTS.contains(w)) return AIMS.contains(t.get(k + 1).lower()) ? k + 1 - i : 0;
      // Only a determiner, a possessive or an adjective stands between the verb and its feeling.
      String tag = t.get(k).tag();
      if (!"DET".equals(tag) && !"ADJ".equals(tag) && !"PRON".equals(tag) && !"ADV".equals(tag)) return 0;
    }
    return 0;
  }

  /**
   * The lemma the word at {@code i} cues with, given its lemma as a cue verb ({@code null} if none): "doubt" for an
   * expressed doubt, the phrase's own for a phrasal verb aimed at something said (none aimed elsewhere), else the lemma
   * itself.
   */
  static String lemma(List<Token> t, int i, String lemma) {
    PhrasalVerbs.Phrase phrase = PhrasalVerbs.at(t, i);
    // ("took issue with her coach", "brushed off the rain": pushing back at people, or at acts, disputes no claim.)
    // ("pointed out that P": a phrase that ends in "that" reports what follows, whatever it is.)
    // ("ruled out foul play": what is ruled out is a cause or a deed, denied, whatever it is.)
    // ("placed the blame on the operator": blame is aimed at whoever is named, said or not.)
    if (phrase != null && ("say".equals(phrase.lemma()) || "deny".equals(phrase.lemma()) || "blame".equals(phrase.lemma()))) return phrase.lemma();
    if (phrase != null) return DoubtingCues.aimsAtSomethingSaid(t, i + 1 + phrase.rest().size()) ? phrase.lemma() : null;
    if (lemma == null) return null;
    if (!FEELING_VERBS.contains(lemma)) return lemma;
    int n = phraseLength(t, i);
    return n > 0 && DOUBTS.contains(t.get(i + n - 1).lower()) ? "doubt" : lemma;
  }
}
