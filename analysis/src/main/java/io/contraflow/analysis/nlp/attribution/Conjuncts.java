package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Token;
import java.util.List;

/** The speakers of a coordinated phrase, one per conjunct: "Chilean officials and the Peruvian army". */
final class Conjuncts {
  private static final java.util.Set<String> REFLEXIVES = java.util.Set.of("itself", "themselves", "himself", "herself");

  /**
   * The parties of a coordinated phrase, one per conjunct: "the group itself as well as Hamas" is the group and Hamas
   * (a reflexive only stresses its noun); "Chilean officials and the Peruvian army" are two speakers. With
   * {@code everyConjunct}, a conjunct that names no one ("officials and residents of the town") or no party of its own
   * ("Western military and intelligence officials") makes the phrase one speaker, read whole; otherwise the conjuncts
   * that do name someone are kept. Read whole when none does.
   */
  private Conjuncts() {}

  static List<Mention> of(SpeakerResolver speakers, List<Token> t, int from, int to, boolean everyConjunct) {
    List<Mention> out = new java.util.ArrayList<>();
    int start = from;
    boolean unnamed = false;
    for (int k = from; k <= to; k++) {
      boolean asWellAs = k + 2 < to && t.get(k).is("as") && t.get(k + 1).is("well") && t.get(k + 2).is("as");
      // ("the Department of Health and Human Services": an "and" inside a name joins nothing.)
      boolean and = k < to && (t.get(k).is("and") || t.get(k).text().equals(",")) && !speakers.insideName(t.get(k).start());
      if (k < to && !asWellAs && !and) continue;
      int end = k;
      while (end > start && REFLEXIVES.contains(t.get(end - 1).lower())) end--;
      Mention m = end > start ? speakers.resolve(t, start, end) : null;
      if (m != null && out.stream().noneMatch(o -> o.key().equals(m.key()))) out.add(m);
      unnamed |= m == null && end > start;
      if (asWellAs) k += 2;
      start = k + 1;
    }
    // (Strictly, each conjunct names its own party: "Western military and intelligence officials" are one group.)
    boolean ownParties = out.stream().allMatch(m -> m.affiliation() != null || speakers.isNamed(m));
    if (out.isEmpty() || everyConjunct && (unnamed || out.size() < 2 || !ownParties)) {
      Mention whole = speakers.resolve(t, from, to);
      return whole == null ? List.of() : List.of(whole);
    }
    return out;
  }

  /**
   * Where a list of speakers that ends in "B and C" at {@code start} begins: "Portugal, Spain and Morocco blamed"
   * reads back over "Portugal," (the subject read back from the verb stops at a comma). Only names that resolve to a
   * speaker each are taken in; a fronted phrase ("On Monday, Spain and Morocco said") is not one.
   */
  static int listStart(SpeakerResolver speakers, List<Token> t, int start) {
    int begin = start;
    while (begin >= 2 && t.get(begin - 1).text().equals(",")) {
      int from = Phrases.npStart(t, begin - 2);
      if (from < 0 || from > begin - 2 || speakers.resolve(t, from, begin - 1) == null) break;
      begin = from;
    }
    return begin;
  }
}
