package io.contraflow.analysis.nlp;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The lower-case particles inside a person's name: "Ana de Vell", "Tomas van der Berg", "Khalid bin Omar". A name goes on
 * over them to the capitalised part after, which is the surname the text later uses alone.
 */
public final class NameParticles {
  private static final Set<String> PARTICLES = Set.of("de", "da", "do", "dos", "das", "di", "du", "del", "della", "der", "den",
      "dela", "delos", "delas", "degli", "des", "ten", "zu",
      "van", "von", "ter", "bin", "ibn", "bint", "al", "el", "la", "le");

  /** Particles an Arabic name glues to the word after it with a hyphen: "Harakat ul-Vell", "Tarik ud-Kessa". */
  private static final Set<String> HYPHENED = Set.of("ut", "ul", "ur", "ud", "us", "ad", "ash", "al", "el", "an", "ar", "as", "at", "az");

  private NameParticles() {}

  /** Whether the particle at {@code k} is glued by a hyphen to the capitalised word after it ("ul-Vell"). */
  private static boolean hyphened(List<Token> t, int k) {
    return k + 2 < t.size() && HYPHENED.contains(t.get(k).text()) && t.get(k + 1).text().equals("-")
        && t.get(k + 1).start() == t.get(k).end() && t.get(k + 2).start() == t.get(k + 1).end() && t.get(k + 2).capitalized();
  }

  /**
   * The end of the name that goes on over particles at {@code j}, or -1 when no particle stands there or no name word
   * follows them.
   */
  static int end(List<Token> t, int j, IntPredicate nameLike) {
    if (hyphened(t, j) && nameLike.test(j + 2)) return j + 3;
    int k = j;
    while (k < t.size() && k - j < 2 && PARTICLES.contains(t.get(k).text())) k++;
    return k > j && k < t.size() && nameLike.test(k) ? k + 1 : -1;
  }

  /** The token at {@code k} is a particle between two words of a name ("de" in "Ana de Vell", "von" or "der" in "von der"). */
  public static boolean inside(List<Token> t, int k) {
    if (k >= 1 && hyphened(t, k) && t.get(k - 1).capitalized()) return true;
    if (k < 1 || k + 1 >= t.size() || !PARTICLES.contains(t.get(k).text())) return false;
    boolean before = t.get(k - 1).capitalized() || PARTICLES.contains(t.get(k - 1).text()) && k >= 2 && t.get(k - 2).capitalized();
    boolean after = t.get(k + 1).capitalized() || PARTICLES.contains(t.get(k + 1).text()) && k + 2 < t.size() && t.get(k + 2).capitalized();
    return before && after;
  }
}
