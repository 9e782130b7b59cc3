package io.contraflow.analysis.nlp;

import java.util.List;
import java.util.Set;

/**
 * Papers whose titles open with a day or a time of day: "the Sunday Herald", "the Sunday Times", "the Evening
 * Standard". There the word is part of the name, not a date ("on Sunday") that names nobody.
 */
final class PaperTitles {
  private PaperTitles() {}

  private static final Set<String> OPENERS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "morning", "evening");
  /** The last words of a paper's title. */
  private static final Set<String> TITLE_ENDS = Set.of("times", "telegraph", "post", "express", "mail", "star", "herald", "mirror",
      "standard", "independent", "observer", "sun", "news", "tribune", "journal", "chronicle", "world", "nation");

  /** The word at {@code i} opens a paper's title: a day or a time of day right before a title's last word. */
  static boolean opensTitle(List<Token> t, int i) {
    return i + 1 < t.size() && OPENERS.contains(t.get(i).lower()) && t.get(i + 1).capitalized()
        && TITLE_ENDS.contains(t.get(i + 1).lower()) && t.get(i + 1).start() == t.get(i).end() + 1;
  }
}
