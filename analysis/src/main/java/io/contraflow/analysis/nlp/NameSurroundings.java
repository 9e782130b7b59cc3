package io.contraflow.analysis.nlp;

import java.util.List;
import java.util.Set;

/** The words just around a capitalised run that say whether it names a person: an honorific before, a plural noun after. */
final class NameSurroundings {
  static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr.");

  private NameSurroundings() {}

  /** "Mr. Kovacs", "Dr Lind": a lone name an honorific opens is a person's. */
  static boolean afterHonorific(List<Token> t, int nameFrom) {
    int k = nameFrom - 1;
    if (k >= 1 && t.get(k).text().equals(".")) k--;
    return k >= 0 && HONORIFICS.contains(t.get(k).lower());
  }

  /**
   * "Two top Vellard commanders", "senior Ostravian fighters": a name right before a plural common noun says whose the
   * people are, and a title before it ("top") is theirs, not the name's.
   */
  static boolean beforePlural(List<Token> t, int to) {
    if (to >= t.size()) return false;
    Token next = t.get(to);
    // (Sentences with no cue to attribute go untagged: a lower-case word ending in "s" is taken for a plural then.)
    boolean noun = next.tag() == null ? next.text().equals(next.lower()) : "NOUN".equals(next.tag());
    return noun && next.lower().length() > 3 && next.lower().endsWith("s") && !next.lower().endsWith("ss");
  }
}
