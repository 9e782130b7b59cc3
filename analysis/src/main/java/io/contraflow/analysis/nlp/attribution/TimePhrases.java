package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * Time phrases around a cue, which are no part of its subject or content: "officials last week denied", "said on
 * Tuesday", "in a radio interview Wednesday", "on July 21, 2014".
 */
final class TimePhrases {
  private TimePhrases() {}

  private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
      "ten", "a", "an", "few", "several");

  private static final Set<String> TIME_HEADS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "today", "yesterday", "tonight", "week", "month", "morning", "afternoon", "evening", "night", "statement", "interview", "briefing",
      "conference", "speech", "address", "post", "remarks", "television", "tv", "radio", "also", "again", "further", "repeatedly",
      "previously", "recently", "publicly", "privately", "separately", "meanwhile", "later", "earlier", "then", "hearing");

  /**
   * Words that qualify a time or a channel after a cue and belong to no content: "said late Wednesday", "said in a
   * joint statement", "in a written statement".
   */
  private static final Set<String> MODIFIERS = Set.of("late", "early", "joint", "written", "separate");

  /** The index before a time phrase ending at {@code k} (with its preposition), or {@code k} when there is none. */
  static int skipTimeLeft(List<Token> t, int k) {
    // "Theresa May said": a surname, not a month.
    if (k >= 0 && io.contraflow.analysis.nlp.NameSurroundings.monthAsSurname(t, k)) return k;
    int j = k;
    while (j >= 0 && (Lexicon.TIME_PHRASE_WORDS.contains(t.get(j).lower()) || NUMBER_WORDS.contains(t.get(j).lower())
        || t.get(j).text().chars().allMatch(Character::isDigit))) j--;
    if (j == k || j == k - 1 && t.get(k).text().equals(".")) return k;
    if (j >= 0 && (t.get(j).is("on") || t.get(j).is("in") || t.get(j).is("at") || t.get(j).is("early") || t.get(j).is("late"))) j--;
    return j;
  }

  /** Participles that describe an interview or a briefing rather than open what was said in it. */
  private static final Set<String> OCCASION_PARTICIPLES = Set.of("recorded", "filmed", "conducted", "televised", "streamed", "held", "granted");

  /**
   * The word at {@code j}, right after a cue's time phrases, describes the statement rather than opens what was said:
   * "said in a statement issued on Monday", "said in an interview recorded on Thursday".
   */
  static boolean describesTheSaying(List<Token> t, int j) {
    if (j >= t.size()) return false;
    String w = t.get(j).lower();
    return Phrases.STATEMENT_PARTICIPLES.contains(w) || j > 0 && SubjectStart.COMMUNICATIONS.contains(t.get(j - 1).lower()) && OCCASION_PARTICIPLES.contains(w);
  }

  /** Skips "Tuesday", "on Monday", "in a statement", "in a radio interview Wednesday", "also", "on July 21, 2014" after a cue. */
  static int skipTimePhrases(List<Token> t, int j) {
    boolean moved = true;
    while (moved && j < t.size()) {
      moved = false;
      int date = skipDate(t, j);
      if (date > j && !possessive(t, date)) {
        j = date;
        moved = true;
        continue;
      }
      for (int len = Math.min(6, t.size() - j); len >= 1; len--) {
        boolean all = true;
        for (int k = j; k < j + len; k++) all &= Lexicon.TIME_WORDS.contains(t.get(k).lower()) || MODIFIERS.contains(t.get(k).lower());
        // ("blamed Friday's attack on X": a time that owns the next word is part of the content.)
        if (all && TIME_HEADS.contains(t.get(j + len - 1).lower()) && !possessive(t, j + len)) {
          j += len;
          moved = true;
          break;
        }
      }
    }
    return j;
  }

  private static boolean possessive(List<Token> t, int k) {
    return k < t.size() && (t.get(k).is("'s") || t.get(k).is("\u2019s"));
  }

  private static final Set<String> OCCASION_OPENERS = Set.of("after", "following", "during", "at");
  private static final Set<String> CLAUSE_OPENERS = Set.of("the", "a", "an", "this", "it", "he", "she", "they", "we", "his", "her",
      "its", "their", "no", "there");

  /**
   * "told reporters following an emergency meeting of the council (that) the suggestion was a lie", "said after talks in
   * Vell it would...": the occasion of the saying, past its "that" or to where a new clause opens (a determiner or pronoun
   * after the occasion's last noun, a verb soon after). {@code j} when no occasion phrase opens there.
   */
  static int skipOccasion(List<Token> t, int j) {
    if (j >= t.size() || !OCCASION_OPENERS.contains(t.get(j).lower())) return j;
    for (int k = j + 2; k < Math.min(t.size(), j + 14); k++) {
      Token w = t.get(k);
      if (w.text().equals(",") || w.text().equals("\"") || "VERB".equals(w.tag()) || "AUX".equals(w.tag())) return j;
      if (w.is("that")) return k + 1;
      String before = t.get(k - 1).tag();
      if (CLAUSE_OPENERS.contains(w.lower()) && ("NOUN".equals(before) || "PROPN".equals(before))) {
        for (int v = k + 1; v < Math.min(t.size(), k + 5); v++) {
          if ("VERB".equals(t.get(v).tag()) || "AUX".equals(t.get(v).tag())) return k;
        }
      }
    }
    return j;
  }

  /** After "(on|in) July 21(, 2014)", "on 16 February", "in August 2023" at {@code j}, or {@code j}. */
  static int skipDate(List<Token> t, int j) {
    int k = j < t.size() && (t.get(j).is("on") || t.get(j).is("in")) ? j + 1 : j;
    boolean day = k < t.size() && isNumber(t.get(k).text());
    if (day) k++;
    if (k >= t.size() || !Lexicon.CALENDAR.contains(t.get(k).lower().replace(".", "")) || WEEKDAYS.contains(t.get(k).lower())) return j;
    k++;
    if (!day && k < t.size() && isNumber(t.get(k).text())) k++;
    if (k + 1 < t.size() && t.get(k).text().equals(",") && isNumber(t.get(k + 1).text()) && t.get(k + 1).text().length() == 4) k += 2;
    else if (k < t.size() && isNumber(t.get(k).text()) && t.get(k).text().length() == 4) k++;
    return k;
  }

  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private static boolean isNumber(String w) {
    if (w.isEmpty()) return false;
    for (int i = 0; i < w.length(); i++) if (!Character.isDigit(w.charAt(i))) return false;
    return true;
  }
}
