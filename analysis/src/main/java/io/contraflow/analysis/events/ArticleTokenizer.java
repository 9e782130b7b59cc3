package io.contraflow.analysis.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a headline and a body into {@link Token}s, marking sentence starts, headline-style lines and punctuation
 * breaks. Deliberately simple and fast (one regular-expression pass, no models): event grouping only needs names and
 * content words, not a parse.
 */
final class ArticleTokenizer {
  /** Dotted acronyms ("U.S."), or words with inner apostrophes/hyphens and an optional trailing possessive mark. */
  private static final Pattern WORD = Pattern.compile(
      "(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['’\\-][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*['’]?");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]");
  /** Lines shorter than this are headings or captions, never soft-wrapped prose. */
  private static final int SHORT_LINE = 50;
  private static final Pattern OPENING_QUOTE = Pattern.compile("[“\"«‘]\\s*$");

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
      Matcher m = WORD.matcher(line);
      int end = 0;
      while (m.find()) {
        gaps.add(line.substring(end, m.start()));
        words.add(m.group());
        end = m.end();
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
          boolean abbreviationStop = gap.trim().equals(".") && previous != null
              && EnglishLexicon.ABBREVIATIONS.contains(previous.toLowerCase(java.util.Locale.ROOT));
          if (!abbreviationStop && SENTENCE_END.matcher(gap).find()) {
            initial = true;
            sentence[0]++;
          }
          if (OPENING_QUOTE.matcher(gap).find() || gap.trim().endsWith(":")) initial = true;
          if (!abbreviationStop && !gap.isBlank()) brk = true;
        }
        String raw = words.get(i);
        String word = stripPossessive(raw);
        boolean possessive = !word.equals(raw);
        if (word.isEmpty()) continue;
        String[] parts = word.split("-");
        if (parts.length > 1 && splitsIntoNames(parts)) {
          // "Ukrainian-Russian border": two names, not one.
          for (int p = 0; p < parts.length; p++) {
            out.add(Token.of(parts[p], initial && p == 0, headline, brk || p > 0, inTitle, sentence[0],
                possessive && p == parts.length - 1));
          }
        } else if (parts.length == 2 && isCapitalisedWord(parts[0]) && Character.isLowerCase(parts[1].charAt(0))) {
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

  /**
   * Lines of the text with soft wraps undone: a line break inside a sentence (plain-text feeds wrap at a fixed width)
   * joins the lines, so a name at the start of a wrapped line is not mistaken for a sentence start. A break after
   * sentence punctuation, before a blank line, or after a short line (a heading, a caption) is kept.
   */
  static List<String> unwrap(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String raw : text.split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        flush(current, lines);
        continue;
      }
      if (current.length() > 0 && endsLine(current)) flush(current, lines);
      if (current.length() > 0) current.append(' ');
      current.append(line);
    }
    flush(current, lines);
    return lines;
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
