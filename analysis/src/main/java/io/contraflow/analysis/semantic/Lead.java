package io.contraflow.analysis.semantic;

import io.contraflow.analysis.nlp.BoilerplateRemover;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text that says what an article reports: its headline and its first real sentence. Photo credits, captions,
 * bylines and datelines that open many pages are skipped, and so is a first line that only repeats the headline.
 */
public final class Lead {
  /** Shorter sentences are bylines, credits or datelines, not the lead. */
  static final int MIN_WORDS = 8;
  /** The model reads the first 128 word pieces (its tokenizer file's limit); a lead that long says nothing more about what happened. */
  static final int MAX_WORDS = 60;
  private static final Pattern NOT_PROSE = Pattern.compile(
      "(?i)\\b(image (caption|copyright)|photo:|photograph:|copyright|getty images|file photo|subscribe|sign up|cookies?)\\b");

  private Lead() {}

  /**
   * The headline (unless unknown) and the first sentence that reads as prose.
   *
   * @param title the headline, possibly empty or "unknown"
   * @param sentences the body's sentences in order
   */
  public static String of(String title, List<String> sentences) {
    String headline = isHeadline(title) ? title.strip() : "";
    String normalisedHeadline = headline.toLowerCase(Locale.ROOT);
    for (String s : sentences) {
      String text = s.strip();
      if (words(text) < MIN_WORDS || NOT_PROSE.matcher(text).find() || !BoilerplateRemover.isNews(text)) continue;
      if (!normalisedHeadline.isEmpty() && text.toLowerCase(Locale.ROOT).startsWith(normalisedHeadline)) {
        text = text.substring(headline.length()).strip();
        if (words(text) < MIN_WORDS) continue;
      }
      String lead = firstWords(text, MAX_WORDS);
      return headline.isEmpty() ? lead : headline + ". " + lead;
    }
    return headline;
  }

  /** The headline and lead of a text not yet split into sentences: lines, then sentence punctuation. */
  public static String of(String title, String body) {
    List<String> sentences = new java.util.ArrayList<>();
    for (String line : LINE_BREAK.split(body)) {
      for (String s : SENTENCE_BREAK.split(line)) {
        if (!s.isBlank()) sentences.add(s);
      }
      if (sentences.size() > 12) break;
    }
    return of(title, sentences);
  }

  /** Words that a page's name-and-date line is made of: "- The Washington Times - Wednesday, March 27, 2024". */
  private static final Pattern DATE_WORDS = Pattern.compile("(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday"
      + "|january|february|march|april|may|june|july|august|september|october|november|december|updated|published"
      + "|[0-9]+(st|nd|rd|th)?)\\b");

  /** A real headline: not missing, not "unknown", not only an outlet's name and a date. */
  static boolean isHeadline(String title) {
    if (title == null || title.isBlank() || title.strip().equalsIgnoreCase("unknown")) return false;
    String rest = DATE_WORDS.matcher(title).replaceAll(" ");
    int lowerCaseWords = 0;
    for (String w : NOT_WORD.split(rest)) {
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) lowerCaseWords++;
    }
    // A headline says something: in sentence case it has lower-case words; in Title Case, at least four words.
    return lowerCaseWords > 0 || words(NOT_WORD_OR_SPACE.matcher(rest).replaceAll(" ")) >= 4;
  }

  // Compiled once: String.split and replaceAll compile their pattern on every call, for every article.
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");
  private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?][\"'”’]?)\\s+(?=[\"'“‘]?\\p{Lu})");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}']+");
  private static final Pattern NOT_WORD_OR_SPACE = Pattern.compile("[^\\p{L}' ]");

  private static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = !Character.isWhitespace(s.charAt(i));
      if (w && !in) n++;
      in = w;
    }
    return n;
  }

  private static String firstWords(String s, int max) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = !Character.isWhitespace(s.charAt(i));
      if (w && !in && ++n > max) return s.substring(0, i).strip();
      in = w;
    }
    return s;
  }
}
