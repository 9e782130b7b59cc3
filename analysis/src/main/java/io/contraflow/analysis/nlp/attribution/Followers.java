package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * "Dorov and his allies", "the mayor, a former judge, and her deputies": a phrase of someone's own people after "and"
 * speaks with that someone, named before it. The claim is the one named, as a reader would credit it.
 */
final class Followers {
  private Followers() {}

  private static final Set<String> OWNERS = Set.of("his", "her", "its", "their");
  /** Words an aside after the name may take: ", a populist," is short. */
  private static final int LONGEST_ASIDE = 6;

  /**
   * Where the one the phrase starting at {@code from} belongs to ends (exclusive), before "and" and an aside; -1 when
   * the phrase is not someone's own people joined to a name.
   */
  static int ownerEnd(List<Token> t, int from) {
    if (from < 2 || !OWNERS.contains(t.get(from).lower()) || !t.get(from - 1).is("and")) return -1;
    int end = from - 1;
    if (!t.get(end - 1).text().equals(",")) return end;
    int comma = end - 2;
    while (comma > 0 && end - comma <= LONGEST_ASIDE && !t.get(comma).text().equals(",")) comma--;
    return comma > 0 && t.get(comma).text().equals(",") && (t.get(comma + 1).is("a") || t.get(comma + 1).is("an") || t.get(comma + 1).is("the"))
        ? comma : -1;
  }
}
