package io.contraflow.analysis.nlp;

import java.util.List;

/**
 * Bodies named as the nation's, the state's or the federation's: "the National Transportation Safety Board", "the
 * National Council of Vell Exiles", "the State Emergency Service". "National" and "state" are also words of
 * roles ("national security adviser", "state prosecutor"), which a name's span otherwise sheds before the name; here
 * they are the name's first word.
 */
final class NationalBodies {
  private NationalBodies() {}

  /** Whether the span {@code t[from, to)} opens with such a word and holds a body's word ("Board", "Council") further in. */
  static boolean named(List<Token> t, int from, int to, Lexicon lexicon) {
    if (!(t.get(from).is("national") || t.get(from).is("state") || t.get(from).is("federal"))) return false;
    for (int k = from + 1; k < to; k++) if (lexicon.isOrganisationWord(t.get(k).text())) return true;
    return false;
  }
}
