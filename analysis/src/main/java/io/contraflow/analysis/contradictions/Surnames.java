package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.nlp.Lexicon;
import java.util.Locale;

/**
 * One person named in several ways: "Ivan Dorov", "Dorov", "Warden Dorov", "Chief Dorov" are one agent when the last
 * word, the surname, is the same and is no word of a body's name ("the Border Forces" and "the Rapid Forces" are two).
 */
final class Surnames {
  private static final Lexicon LEXICON = Lexicon.english();

  private Surnames() {}

  /** Whether agent keys {@code a} and {@code b} (lower case) name one person by their surname. */
  static boolean samePerson(String a, String b) {
    if (a.equals(b)) return true;
    String sa = last(a);
    String sb = last(b);
    if (sa == null || !sa.equals(sb) || sa.length() < 3) return false;
    if (LEXICON.isOrganisationWord(sa) || LEXICON.isOrganisationNoun(sa) || LEXICON.isGroup(sa) || LEXICON.isTitle(sa)) return false;
    return LEXICON.country(sa) == null && !Character.isDigit(sa.charAt(0));
  }

  private static String last(String key) {
    String[] words = key.toLowerCase(Locale.ROOT).trim().split("\\s+");
    return words.length == 0 ? null : words[words.length - 1];
  }
}
