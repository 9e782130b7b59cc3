package io.contraflow.analysis.events;

import java.util.Locale;

/**
 * One word of an article, with what name finding needs to know about its position.
 *
 * @param text the word as written, possessive 's removed
 * @param lower lower-cased form with curly apostrophes made straight
 * @param capitalised starts with an upper-case letter (or is an acronym)
 * @param allCaps written entirely in capitals, like "FSB" or "U.S."
 * @param sentenceInitial first word of a sentence, a line or a quotation: its capital says nothing
 * @param uncertainCase on a headline-style line where most words are capitalised: its capital says nothing
 * @param breakBefore punctuation or a line break separates it from the previous word
 * @param inTitle part of the headline
 * @param sentence running sentence number within the headline or the body
 * @param endsName a possessive ("Moscow's") or the name part of "Washington-based": a name ends here
 */
record Token(String text, String lower, boolean capitalised, boolean allCaps, boolean sentenceInitial,
             boolean uncertainCase, boolean breakBefore, boolean inTitle, int sentence, boolean endsName) {

  static Token of(String text, boolean sentenceInitial, boolean uncertainCase, boolean breakBefore, boolean inTitle,
                  int sentence, boolean endsName) {
    char first = text.charAt(0);
    // "al-Asad", "el-Sisi": an Arabic article written in lower case before a capitalised name is part of the name.
    // (The pattern only matches from an "a" or an "e" with a hyphen after it: most tokens need no matcher.)
    boolean capitalised = Character.isUpperCase(first)
        || (first == 'a' || first == 'e') && text.indexOf('-') > 0 && ARABIC_ARTICLE.matcher(text).matches();
    boolean allCaps = capitalised && text.length() > 1 && text.codePoints().filter(Character::isLetter)
        .allMatch(Character::isUpperCase);
    String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
    return new Token(text, lower, capitalised, allCaps, sentenceInitial, uncertainCase, breakBefore, inTitle, sentence,
        endsName);
  }

  private static final java.util.regex.Pattern ARABIC_ARTICLE = java.util.regex.Pattern.compile(
      "(al|el|ad|an|ar|as|ash|at|az)-\\p{Lu}\\p{L}+.*");

  /** Its capital letter is informative: mid-sentence in ordinary prose. */
  boolean trustedCapital() {
    return capitalised && !sentenceInitial && !uncertainCase;
  }
}
