package io.contraflow.analysis.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a headline and a body into {@link Token}s, marking sentence starts, headline-style lines and punctuation
 * breaks. Deliberately simple and fast (one regular-expression pass, no models): event grouping only needs names and
 * content words, not a parse.
 */
final class ArticleTokenizer {
  /**
   * What a word is: a dotted acronym ("U.S."), or a word with inner apostrophes/hyphens and an optional trailing
   * possessive mark. The scanner ({@link #words}) matches this without the regex engine; tests hold it to the pattern.
   */
  static final Pattern WORD = Pattern.compile(
      "(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['’\\-][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*['’]?");
  /** Lines shorter than this are headings or captions, never soft-wrapped prose. */
  private static final int SHORT_LINE = 50;
  /** Headlines are shorter than this; longer Title Case lines are rare enough to wrap as prose. */
  private static final int HEADING_LENGTH = 140;

  private ArticleTokenizer() {}

  static List<Token> tokenize(String title, String body) {
    List<Token> tokens = new ArrayList<>();
    int[] sentence = {0};
    addText(title, true, tokens, sentence);
    sentence[0] = 0;
    addText(body, false, tokens, sentence);
    return tokens;
  }

  private static void addText(String text, boolean inTitle, List<Token> out, int[] sentence) {
    if (text == null || text.isBlank()) return;
    for (String line : unwrap(text)) {
      List<String> words = new ArrayList<>();
      List<String> gaps = new ArrayList<>();
      int end = 0;
      for (int start = nextWordStart(line, 0); start >= 0; start = nextWordStart(line, end)) {
        int wordEnd = wordEnd(line, start);
        gaps.add(line.substring(end, start));
        words.add(line.substring(start, wordEnd));
        end = wordEnd;
      }
      if (words.isEmpty()) continue;
      boolean headline = isHeadlineStyle(words);
      sentence[0]++;
      String previous = null;
      for (int i = 0; i < words.size(); i++) {
        String gap = gaps.get(i);
        boolean initial = i == 0;
        boolean brk = i == 0;
        if (i > 0) {
          // A stop after a lone letter is an initial's or an abbreviation's ("2:30 p.m. near the town", "the U.S.
          // envoy"), not a sentence's end: counted as one, it pushed the lead's second sentence out of the lead.
          boolean abbreviationStop = gap.trim().equals(".") && previous != null
              && (EnglishLexicon.ABBREVIATIONS.contains(previous.toLowerCase(java.util.Locale.ROOT))
                  || previous.length() == 1 && Character.isLetter(previous.charAt(0)));
          if (!abbreviationStop && endsSentence(gap)) {
            initial = true;
            sentence[0]++;
          }
          if (opensQuote(gap) || gap.trim().endsWith(":")) initial = true;
          // "KESSA, Norland (Reuters) - Rescuers scoured": the story's first sentence starts after the dateline.
          // (Only a gap with a dash can match: the others skip the matcher.)
          if (i <= DATELINE_WORDS && hasDash(gap) && DATELINE_DASH.matcher(gap).matches()) initial = true;
          // "Press NORVIK, Norland (AP) — Angry villagers": a byline run into the dateline puts it further in, but an
          // agency in brackets before the dash still ends it.
          if (gap.startsWith(")") && hasDash(gap) && previous != null && Character.isUpperCase(previous.charAt(0))
              && AGENCY_DASH.matcher(gap).matches()) {
            initial = true;
          }
          if (!abbreviationStop && !gap.isBlank()) brk = true;
        }
        String raw = words.get(i);
        String word = stripPossessive(raw);
        boolean possessive = !word.equals(raw);
        if (word.isEmpty()) continue;
        // (Most words have no hyphen: they skip the split and its list.)
        String[] parts = word.indexOf('-') < 0 ? new String[] {word} : word.split("-");
        if (parts.length > 1 && splitsIntoNames(parts)) {
          // "Ukrainian-Russian border": two names, not one.
          for (int p = 0; p < parts.length; p++) {
            out.add(Token.of(parts[p], initial && p == 0, headline, brk || p > 0, inTitle, sentence[0],
                possessive && p == parts.length - 1));
          }
        } else if (parts.length == 2 && isCapitalisedWord(parts[0]) && Character.isLowerCase(parts[1].charAt(0))
            && !GivenNames.isSyllable(parts[1])) {
          // "Washington-based", "Kremlin-backed": the name, then a separate descriptive word.
          out.add(Token.of(parts[0], initial, headline, brk, inTitle, sentence[0], true));
          out.add(Token.of(parts[1], false, headline, true, inTitle, sentence[0], possessive));
        } else {
          out.add(Token.of(word, initial, headline, brk, inTitle, sentence[0], possessive));
        }
        previous = word;
      }
    }
  }

  // A hand-written scanner for WORD: the pattern, with its Unicode classes, took a tenth of claim extraction's time.

  /** The words of a line, as {@link #WORD} finds them. */
  static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    for (int start = nextWordStart(line, 0); start >= 0; start = nextWordStart(line, wordEnd(line, start))) {
      out.add(line.substring(start, wordEnd(line, start)));
    }
    return out;
  }

  /** Where the next word starts at or after {@code from}, or -1. */
  private static int nextWordStart(String line, int from) {
    for (int i = from; i < line.length(); i++) if (isLetterOrNumber(line.charAt(i))) return i;
    return -1;
  }

  /** The end of the word starting at {@code start}: a dotted acronym, or a word with inner apostrophes or hyphens. */
  private static int wordEnd(String line, int start) {
    int n = line.length();
    int acronym = start;
    while (acronym + 1 < n && Character.getType(line.charAt(acronym)) == Character.UPPERCASE_LETTER && line.charAt(acronym + 1) == '.') acronym += 2;
    if (acronym - start >= 4) return acronym;
    int i = wordPartEnd(line, start + 1);
    while (i + 1 < n && "'\u2019-".indexOf(line.charAt(i)) >= 0 && isLetterOrNumber(line.charAt(i + 1))) i = wordPartEnd(line, i + 2);
    if (i < n && (line.charAt(i) == '\'' || line.charAt(i) == '\u2019')) i++;
    return i;
  }

  private static int wordPartEnd(String line, int i) {
    while (i < line.length() && (isLetterOrNumber(line.charAt(i)) || isMark(line.charAt(i)))) i++;
    return i;
  }

  /** {@code \p{L}} or {@code \p{N}}. */
  private static boolean isLetterOrNumber(char c) {
    if (c < 128) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** {@code \p{M}}. */
  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }

  private static boolean endsSentence(String gap) {
    for (int i = 0; i < gap.length(); i++) if (".!?".indexOf(gap.charAt(i)) >= 0) return true;
    return false;
  }

  /** The gap ends with an opening quotation mark, then perhaps spaces. */
  private static boolean opensQuote(String gap) {
    int i = gap.length() - 1;
    while (i >= 0 && " \t\n\u000B\f\r".indexOf(gap.charAt(i)) >= 0) i--; // regex \s
    return i >= 0 && "\u201c\"\u00ab\u2018".indexOf(gap.charAt(i)) >= 0;
  }

  /**
   * Lines of the text with soft wraps undone: a line break inside a sentence (plain-text feeds wrap at a fixed width)
   * joins the lines, so a name at the start of a wrapped line is not mistaken for a sentence start. A break after
   * sentence punctuation, before a blank line, or after a short line or a Title Case line (a heading, a caption) is
   * kept.
   */
  static List<String> unwrap(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String raw : LINE_BREAK.split(text)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        flush(current, lines);
        continue;
      }
      if (current.length() > 0 && (endsLine(current) || isHeading(current))) flush(current, lines);
      if (current.length() > 0) current.append(' ');
      current.append(line);
    }
    flush(current, lines);
    return lines;
  }

  /** A Title Case line of headline length: every longer word capitalised ("Reporter Killed in Army Raid in Jenin"). */
  private static boolean isHeading(CharSequence line) {
    if (line.length() > HEADING_LENGTH) return false;
    int counted = 0;
    for (String w : words(line.toString())) {
      if (w.length() <= 3 && Character.isLowerCase(w.charAt(0))) continue;
      if (!Character.isLetter(w.charAt(0))) continue;
      if (!Character.isUpperCase(w.charAt(0))) return false;
      counted++;
    }
    return counted >= 4;
  }

  private static boolean endsLine(CharSequence line) {
    char last = line.charAt(line.length() - 1);
    return ".!?:;\"”’»|".indexOf(last) >= 0 || line.length() < SHORT_LINE;
  }

  private static void flush(StringBuilder current, List<String> lines) {
    if (current.length() > 0) lines.add(current.toString());
    current.setLength(0);
  }

  private static boolean isCapitalisedWord(String w) {
    return w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(1));
  }

  private static boolean splitsIntoNames(String[] parts) {
    for (String p : parts) {
      if (p.length() < 3 || !Character.isUpperCase(p.charAt(0))) return false;
    }
    return true;
  }

  private static String stripPossessive(String w) {
    if (w.endsWith("'s") || w.endsWith("’s")) return w.substring(0, w.length() - 2);
    if (w.endsWith("'") || w.endsWith("’")) return w.substring(0, w.length() - 1);
    return w;
  }

  /** Title Case lines ("Moscow Concert Hall Attackers First Headed To Belarus"): capitals there carry no signal. */
  /** A dateline is a place, perhaps a date and an agency: a dash after more words than this is inside the sentence. */
  static final int DATELINE_WORDS = 10;
  private static final java.util.regex.Pattern AGENCY_DASH = java.util.regex.Pattern.compile("\\)\\s*[-–—]+\\s*");
  private static boolean hasDash(String gap) {
    return gap.indexOf('-') >= 0 || gap.indexOf('–') >= 0 || gap.indexOf('—') >= 0;
  }

  /** Compiled once: String.split compiled it for every text. */
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");
  private static final java.util.regex.Pattern DATELINE_DASH = java.util.regex.Pattern.compile("\\)?\\s+[-–—]+\\s+|\\)?\\s*[–—]\\s*");

  private static boolean isHeadlineStyle(List<String> words) {
    int counted = 0;
    int capitalised = 0;
    for (String w : words) {
      if (w.length() <= 3 && Character.isLowerCase(w.charAt(0))) continue; // "of", "to", "in" stay lower in Title Case
      if (!Character.isLetter(w.charAt(0))) continue;
      counted++;
      if (Character.isUpperCase(w.charAt(0))) capitalised++;
    }
    return counted >= 4 && capitalised >= 0.75 * counted;
  }
}
