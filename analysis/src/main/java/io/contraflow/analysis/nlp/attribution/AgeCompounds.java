package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Token;
import java.util.List;

/**
 * "A 59-year-old station master denied any wrongdoing": the age before a speaker's noun describes the speaker; the
 * noun names them ("station master", not "-year-old station master").
 */
final class AgeCompounds {
  private AgeCompounds() {}

  /** Where the speaker phrase {@code t[from, to)} goes on past an opening age ("a 59-year-old"), else {@code from}. */
  static int past(List<Token> t, int from, int to) {
    int k = from;
    if (k < to && (t.get(k).is("a") || t.get(k).is("an") || t.get(k).is("the"))) k++;
    if (k < to && "NUM".equals(t.get(k).tag())) k++;
    if (k + 4 >= to || !t.get(k).is("-") || !(t.get(k + 1).is("year") || t.get(k + 1).is("years")) || !t.get(k + 2).is("-")
        || !t.get(k + 3).is("old")) return from;
    return k + 4;
  }
}
