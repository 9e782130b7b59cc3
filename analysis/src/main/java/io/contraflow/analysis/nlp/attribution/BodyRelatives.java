package io.contraflow.analysis.nlp.attribution;

import static io.contraflow.analysis.nlp.attribution.Phrases.LEXICON;

import io.contraflow.analysis.nlp.Token;
import java.util.List;

/**
 * A relative clause that describes the body or group that speaks: "An investigation that cleared the officer
 * concluded", "Residents who fled the town said". The speaker is the noun before "that", "which" or "who", not the last
 * name inside the clause; a clause within the clause, about a thing ("the pit that was the site of the blast"), is
 * passed over to the body's own.
 */
final class BodyRelatives {
  private BodyRelatives() {}

  /**
   * Where such a clause begins, read back from {@code start} (the noun phrase just before the verb), or -1 when no
   * relative clause of a speaking noun ends there.
   */
  static int before(List<Token> t, int start) {
    for (int r = start - 1; r >= Math.max(1, start - 16); r--) {
      Token w = t.get(r);
      if (w.text().equals(",") || w.text().equals(".")) return -1;
      if (!(w.is("that") || w.is("which") || w.is("who"))) continue;
      String h = t.get(r - 1).lower();
      boolean verbBetween = false;
      for (int k = r + 1; k < start; k++) verbBetween |= "VERB".equals(t.get(k).tag());
      boolean speakerNoun = ReportNouns.WORDS.contains(h) || LEXICON.isGroup(h) || LEXICON.isOrganisationNoun(h) || LEXICON.isTitle(h);
      // ("The firm that owns the pit that was the site of the blast denied": a clause within the body's clause.)
      if (!speakerNoun && !t.get(r - 1).capitalized()) continue;
      return verbBetween && speakerNoun && (!t.get(r - 1).capitalized() || r == 1) ? r : -1;
    }
    return -1;
  }
}
