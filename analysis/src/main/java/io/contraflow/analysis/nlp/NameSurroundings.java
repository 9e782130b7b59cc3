package io.contraflow.analysis.nlp;

import java.util.List;
import java.util.Set;

/** The words just around a capitalised run that say whether it names a person: an honorific before, a plural noun after. */
public final class NameSurroundings {
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

  private static final Set<String> MONTH_SURNAMES = Set.of("may", "march", "june", "august", "april");

  /**
   * "Theresa May said", "Mrs May told": a month that follows a given name or an honorific, with no day or year after
   * it, is a surname ("on Monday May 4" and "in May 2024" stay dates).
   */
  public static boolean monthAsSurname(List<Token> t, int i) {
    if (i == 0 || !MONTH_SURNAMES.contains(t.get(i).lower())) return false;
    Token before = t.get(i - 1);
    boolean givenName = (before.tag() == null || "PROPN".equals(before.tag())) && before.capitalized() && !Lexicon.NOT_NAMES.contains(before.lower())
        || NameSurroundings.HONORIFICS.contains(before.lower());
    boolean dated = i + 1 < t.size() && !t.get(i + 1).text().isEmpty() && Character.isDigit(t.get(i + 1).text().charAt(0));
    return givenName && !dated;
  }
}
