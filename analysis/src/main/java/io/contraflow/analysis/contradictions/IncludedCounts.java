package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.contradictions.FigureDetector.Figure;
import io.contraflow.analysis.contradictions.FigureDetector.ValuePair;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count that a figure's own claim says is included in it ("all 74 on board, including the 65 prisoners, were
 * killed"): a part of that figure, not a rival one. The two values are then counts of two things, for whoever gives
 * either (the included count is often no figure of its own: "the 65 prisoners" names no measure).
 */
final class IncludedCounts {
  private IncludedCounts() {}

  private static final Pattern INCLUDING = Pattern.compile("(?i)\\b(?:including|among them|of whom|of which)\\s+(?:the\\s+|all\\s+)?"
      + "(\\d{1,3}(?:,\\d{3})+|\\d+)\\b");

  /** Adds to {@code scoped} each figure of one claim paired with a count the claim includes in it after the figure. */
  static void scope(List<Figure> ofClaim, Set<ValuePair> scoped) {
    String content = ofClaim.get(0).claim().content();
    Matcher m = INCLUDING.matcher(content);
    while (m.find()) {
      double part = Double.parseDouble(m.group(1).replace(",", ""));
      for (Figure f : ofClaim) {
        double whole = f.quantity().value();
        int at = content.indexOf(f.quantity().text());
        if (at < 0 || at > m.start() || part >= whole) continue;
        scoped.add(new ValuePair(part, whole));
      }
    }
  }
}
