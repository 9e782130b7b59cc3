package io.contraflow.analysis.claims;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cheap first test for a keyword pattern ({@code \b(fled|escap\w*|...)\b}): the pattern can match only if the text
 * has one of its words, or a word starting with one of its stems. Java's regex engine tries every alternative at every
 * word, which made the frame patterns a tenth of claim extraction's time; most clauses have none of the words.
 *
 * <p>Sound when every alternative of the pattern contains a whole word from {@code words} or starts a word with a
 * stem from {@code stems}; {@code WordGateTest} checks each gate against its pattern.
 */
final class WordGate {
  private final Set<String> words;
  private final List<String> stems;

  WordGate(Set<String> words, List<String> stems) {
    this.words = words;
    this.stems = stems;
  }

  /** False when the pattern cannot match {@code text}; true when it may. */
  boolean mayMatch(String text) {
    for (String word : lowerWords(text)) {
      if (words.contains(word)) return true;
      for (String stem : stems) if (word.startsWith(stem)) return true;
    }
    return false;
  }

  /**
   * The text and its lower-cased words, last read on this thread: PropositionReader asks four gates about one clause
   * in turn, and splitting and lower-casing it once instead of four times showed in profiles.
   */
  private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

  @SuppressWarnings("unchecked")
  private static List<String> lowerWords(String text) {
    Object[] last = LAST.get();
    if (last[0] == text) return (List<String>) last[1];
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < text.length(); ) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) i++;
      out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
    }
    last[0] = text;
    last[1] = out;
    return out;
  }
}
