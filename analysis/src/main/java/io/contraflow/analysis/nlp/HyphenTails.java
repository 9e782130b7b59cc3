package io.contraflow.analysis.nlp;

import java.util.Set;

/**
 * What follows a hyphen after a capitalised word: an English word that describes the name ("Kremlin-run",
 * "Paris-born", "Soviet-era", "Kyiv-based"), or the second syllable of a given name ("Min-soo", "Joon-seok"). Mention
 * finding and event grouping read it alike.
 */
public final class HyphenTails {
  private HyphenTails() {}

  private static final Set<String> ENGLISH = Set.of("run", "made", "held", "led", "born", "style", "like", "wide", "free",
      "era", "type", "class", "bound", "in", "up", "out", "off", "on", "year", "old", "long", "new", "bred", "fed", "set",
      "hit", "won", "lost", "only", "rich", "poor", "area", "zone", "side", "city", "day", "week", "high", "low", "plus",
      "bloc", "camp", "war");

  /** A short lower-case tail that is no English word of this kind: the second syllable of a given name. */
  public static boolean isSyllable(String tail) {
    if (tail.isEmpty() || tail.length() > 5 || !tail.chars().allMatch(Character::isLowerCase)) return false;
    return !tail.endsWith("ed") && !tail.endsWith("ing") && !tail.endsWith("ly") && !ENGLISH.contains(tail);
  }

  /**
   * An Arabic article joined to the name part after it, as Bengali, Urdu and Malay names write it: "Kessa-uzzaman",
   * "Nur-ul" (of "Nur-ul-Amin"), "Salah-ud-din". No English word after a hyphen looks like this.
   */
  public static boolean isJoinedArticle(String tail) {
    return tail.length() >= 2 && tail.charAt(0) == 'u' && "zdrlsnt".indexOf(tail.charAt(1)) >= 0 && tail.chars().allMatch(Character::isLowerCase)
        && !tail.equals("us") && !tail.equals("up") && !tail.startsWith("unt") && !tail.startsWith("und") && !tail.startsWith("uns")
        && !tail.startsWith("url") && !tail.startsWith("use");
  }
}
