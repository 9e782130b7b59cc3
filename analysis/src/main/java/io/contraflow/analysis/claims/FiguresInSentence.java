package io.contraflow.analysis.claims;

import java.util.ArrayList;
import java.util.List;

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
    // Content that starts its sentence has nothing before it that the content reading did not see.
    if (figures.isEmpty() || contentAt <= 0) return figures;
    List<Quantity> out = new ArrayList<>(figures.size());
    for (Quantity q : figures) {
      int at = content.indexOf(q.text());
      if (at < 0) {
        out.add(q);
      } else if (QuantityReader.changedFrom(sentence, contentAt + at)) {
        Quantity end = changedTo(q);
        if (end != null) out.add(end);
      } else if (!NonCounts.givenUp(sentence, contentAt + at)) {
        out.add(q);
      }
    }
    return out;
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
