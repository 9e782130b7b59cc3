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
  }}
