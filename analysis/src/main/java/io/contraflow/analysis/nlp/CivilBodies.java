package io.contraflow.analysis.nlp;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Bodies of civil society named after a country: "the Norland Refugee Council", "the Ostrian Red Crescent", "the Vell
 * Rights Foundation". A country's name in theirs says where they work, not that they speak for its state: the head of
 * a refugee charity is not an official of his country's government, as the head of its interior ministry is.
 */
public final class CivilBodies {
  private static final Pattern SPACES = Pattern.compile("[\\s-]+");
  /** Words that make a named body a charity, an aid or rights group, a society or a research institute. */
  private static final Set<String> WORDS = Set.of("refugee", "refugees", "relief", "rights", "aid", "charity", "charities",
      "foundation", "association", "society", "crescent", "cross", "watch", "doctors", "physicians", "institute", "university",
      "volunteers", "observatory", "ngo", "humanitarian", "lawyers", "journalists", "reporters", "campaign", "trust");

  private CivilBodies() {}

  /** Whether the body's name holds such a word. */
  public static boolean named(String name) {
    for (String w : SPACES.split(name.toLowerCase(Locale.ROOT))) if (WORDS.contains(w)) return true;
    return false;
  }
}
