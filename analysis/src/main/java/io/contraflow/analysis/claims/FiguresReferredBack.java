package io.contraflow.analysis.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * "The mayor said 10 to 12 workers were missing. The energy ministry put the number at nine.": a figure named only as a
 * figure ("the number", "that figure", "the tally") in a claim of its own counts what the article counted just before
 * it, in that sentence or the two before. Without it the ministry's nine counts nothing and is set against no one.
 * (Within one sentence {@link FiguresInSentence} reads it already.)
 */
final class FiguresReferredBack {
  private FiguresReferredBack() {}

  /** How many sentences back the figure referred to may stand. */
  static final int SENTENCES_BACK = 2;

  static List<Claim> apply(List<Claim> claims) {
    List<Claim> out = null;
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      if (!c.quantities().isEmpty() || !FiguresInSentence.refersToFigure(c.content())) continue;
      List<Quantity> read = FiguresInSentence.figureCounting(c.content(), measureBefore(claims, c));
      if (read.isEmpty()) continue;
      if (out == null) out = new ArrayList<>(claims);
      out.set(i, c.withQuantities(read));
    }
    return out == null ? claims : out;
  }

  /** The measure of the counted figure nearest before the claim, within {@link #SENTENCES_BACK} sentences, or null. */
  private static String measureBefore(List<Claim> claims, Claim c) {
    Claim nearest = null;
    String measure = null;
    for (Claim o : claims) {
      if (o == c || o.charEnd() > c.charStart() || o.sentenceIndex() < c.sentenceIndex() - SENTENCES_BACK
          || nearest != null && o.charEnd() <= nearest.charEnd()) continue;
      String counted = o.quantities().stream().map(Quantity::counted).filter(java.util.Objects::nonNull).reduce((a, b) -> b).orElse(null);
      if (counted == null) continue;
      nearest = o;
      measure = counted;
    }
    return measure;
  }
}
