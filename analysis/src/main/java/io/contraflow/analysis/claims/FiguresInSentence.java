package io.contraflow.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A claim's figures as its whole sentence reads them. An attribution's content leaves out the cue and the words before
 * it, which may be what says a figure was given up: "the harbour master revised the toll from 64 to 57" yields the content
 * "the toll from 64 to 57", whose figure is 57 alone; "the governor revised the toll to 61, having earlier told
 * reporters that 88 had died" yields a claim of 88 that the governor no longer holds.
 */
final class FiguresInSentence {
  private FiguresInSentence() {}

  /** {@code figures}, read from {@code content}, without those {@code sentence} gives up and with changes read to their end. */
  static List<Quantity> asReadIn(List<Quantity> figures, String content, String sentence) {
    int contentAt = sentence.indexOf(content);
    if (figures.isEmpty() && contentAt > 0) return referredFigure(content, sentence.substring(0, contentAt));
    // (Content that starts its sentence is read too: a measure assigned after the content reading may be a set's part.)
    if (figures.isEmpty() || contentAt < 0) return figures;
    List<Quantity> out = new ArrayList<>(figures.size());
    for (Quantity q : figures) {
      int at = content.indexOf(q.text());
      if (at < 0) {
        out.add(q);
      } else if (QuantityReader.changedFrom(sentence, contentAt + at)) {
        Quantity end = changedTo(q);
        if (end != null) out.add(end);
      } else if (!NonCounts.givenUp(sentence, contentAt + at)) {
        String set = setOpening(sentence, contentAt + at);
        out.add(set == null || q.counted() == null || q.counted().contains("(") ? q : QuantityReader.part(q, set));
      }
    }
    return out;
  }

  /**
   * "the figure was 28", "the real number is about 40", "(put) its total estimate at 900", "the count could be as high as
   * 700", "(raised) the figure to 631": a figure named only as a figure.
   */
  private static final Pattern FIGURE_REFERENCE = Pattern.compile("(?i)^(?:the|that|this|his|her|its|their)\\s+(?:real\\s+|true\\s+|actual\\s+"
      + "|total\\s+|own\\s+)?(?:figure|number|count|tally|total|estimate)\\s+(?:was|is|stood\\s+at|had\\s+been|were|at|to|"
      + "(?:could|may|might)\\s+be(?:\\s+as\\s+high\\s+as)?)\\s+(?:[a-z]+\\s+){0,2}?(?:\\d[\\d,]*\\b|" + QuantityReader.NUMBER_WORD + ")");
  /** Whether {@code content} opens on a figure named only as a figure ("the figure to 631"), which its sentence gives a measure. */
  static boolean refersToFigure(String content) {
    return FIGURE_REFERENCE.matcher(content).lookingAt();
  }

  static final java.util.Set<String> PLAIN_MEASURES = java.util.Set.of("killed", "injured", "hospitalised", "detained",
      "missing", "trapped", "rescued", "evacuated", "displaced", "aboard", "present");

  /**
   * "While rescue teams counted 31 bodies, the governor insisted the true figure was 28": a figure named only as a figure
   * counts what its sentence counted before it; none when the sentence counted nothing.
   */
  private static List<Quantity> referredFigure(String content, String before) {
    String measure = null;
    for (Quantity q : QuantityReader.read(before)) if (q.counted() != null) measure = q.counted();
    return figureCounting(content, measure);
  }

  /** The figure {@code content} opens on, named only as a figure, read as counting {@code measure}; none without one. */
  static List<Quantity> figureCounting(String content, String measure) {
    java.util.regex.Matcher m = FIGURE_REFERENCE.matcher(content);
    if (!m.lookingAt() || measure == null || !PLAIN_MEASURES.contains(measure)) return List.of();
    return QuantityReader.read(content.substring(0, m.end()) + " " + measure);
  }

  /** A clause that opens on the set it counts within: "Of the 40 people on the list, ...", "Among those hurt, ...". */
  private static final Pattern OPENS_ON_A_SET = Pattern.compile("(?i)^\\s*[\"“]?(?:of|among)\\s+(?:the|those|these|all)\\s+([^,;]{1,60}),[^,;]{0,60}$");

  /**
   * The set the figure at {@code at} counts part of, as its clause opened on it ("Of the 40 people on the inquiry's list,
   * 21 were wounded by gunfire": "40 people on the inquiry's list"), or null. Such a figure is a breakdown, set only against
   * a breakdown of the set named alike, never against the toll.
   */
  static String setOpening(String text, int at) {
    String before = text.substring(0, at);
    int clause = Math.max(before.lastIndexOf(". "), before.lastIndexOf(';'));
    java.util.regex.Matcher m = OPENS_ON_A_SET.matcher(before.substring(clause + 1));
    return m.find() ? "of " + m.group(1).strip().toLowerCase(java.util.Locale.ROOT) : null;
  }

  /** "64 to 57" after a verb of change: the count it changed to (57), or null when there is none in digits. */
  private static Quantity changedTo(Quantity q) {
    int to = q.text().lastIndexOf(" to ");
    if (to < 0) return null;
    String end = q.text().substring(to + 4).trim();
    if (!end.matches("\\d[\\d,]*")) return null;
    return Quantity.of(end, Double.parseDouble(end.replace(",", "")), null, "", q.unit(), q.counted());
  }
}
