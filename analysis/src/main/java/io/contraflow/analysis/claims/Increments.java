package io.contraflow.analysis.claims;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts that add to a total, which are no totals themselves: "73 more bodies", "bringing the total to 283", "30 died
 * of smoke, while eight others died jumping".
 */
final class Increments {
  private Increments() {}

  /** "bringing the total to 283", "taking the number of dead to 64": what comes before it adds to that total. */
  private static final Pattern TOTAL_AFTER = Pattern.compile("(?i)\\b(?:bringing|taking|raising|pushing|lifting)\\s+(?:the\\s+|its\\s+)?"
      + "(?:overall\\s+|total\\s+|official\\s+)?(?:total|toll|death toll|number|tally|count)(?:\\s+of\\s+\\w+)?\\s+to\\s+");
  private static final Pattern MORE_AFTER = Pattern.compile("(?i)^\\s+(?:more|additional|further|new)\\b");
  private static final Pattern ANOTHER_BEFORE = Pattern.compile("(?i)\\b(?:another|an additional|a further)\\s+$");
  /** Verbs of a count that changed: "rose", "climbed", "fell". */
  private static final String CHANGED = "(?:risen|rose|rises|climbed|increased|jumped|grew|fallen|fell|dropped)";
  /** "rose by 11 to 187": a change and where it led, which a range ("11 to 187") would read as one figure. */
  private static final Pattern CHANGE_BY_TO = Pattern.compile("(?i)\\b(" + CHANGED + "\\s+by\\s+[\\d,]*\\d) (to\\s)");
  /**
   * What {@link #changeApart} leaves between a change and the toll it led to ("by 11" and a no-break space), for the
   * patterns that read the toll after it.
   */
  static final String CHANGED_BY = "by\\s+[\\d,]+\\u00a0";

  /**
   * The text with a change's "by N to M" set apart as two numbers by a no-break space (which no range reads across), as
   * long as it was (offsets stay true).
   */
  static String changeApart(String text) {
    return CHANGE_BY_TO.matcher(text).replaceAll("$1\u00a0$2");
  }

  /** "the toll rose by 11 to 187": the change, not a count of its own. */
  private static final Pattern CHANGE_BEFORE = Pattern.compile("(?i)\\b" + CHANGED + "\\s+by\\s+$");

  /**
   * Counts that add to a total are no totals: "73 more bodies", "another 15 people", and every count before "bringing
   * the total to 283" (which takes the measure of what it totals when it names none).
   */
  static void drop(String text, List<Quantity> qs, List<int[]> spans) {
    Matcher total = TOTAL_AFTER.matcher(text);
    int totalAt = total.find() ? total.start() : -1;
    // What the total counts, when it says: "injured 12, bringing the death toll to 52" adds no injured to the dead.
    String totalMeasure = null;
    for (int i = 0; i < qs.size() && totalAt >= 0; i++) if (spans.get(i)[0] >= total.end() && totalMeasure == null) totalMeasure = qs.get(i).counted();
    String measure = null;
    for (int i = qs.size() - 1; i >= 0; i--) {
      int[] span = spans.get(i);
      // ("a crash killed 9; in the fire about 40 more died": after another count, "more" sets one against the other.)
      boolean more = (MORE_AFTER.matcher(text.substring(span[1])).lookingAt()
          || ANOTHER_BEFORE.matcher(text.substring(Math.max(0, span[0] - 16), span[0])).find()) && !countedBefore(qs, i)
          || CHANGE_BEFORE.matcher(text.substring(Math.max(0, span[0] - 20), span[0])).find();
      boolean added = more || totalAt >= 0 && span[1] <= totalAt && (totalMeasure == null || totalMeasure.equals(qs.get(i).counted()));
      if (!added || qs.get(i).counted() == null && qs.get(i).unit() == null) continue;
      if (measure == null) measure = qs.get(i).counted();
      qs.remove(i);
      spans.remove(i);
    }
    sumOthers(text, qs, spans);
    if (totalAt < 0 || measure == null) return;
    for (int i = 0; i < qs.size(); i++) {
      Quantity q = qs.get(i);
      if (spans.get(i)[0] >= total.end() && q.counted() == null) {
        qs.set(i, new Quantity(q.text(), q.value(), q.low(), q.high(), q.lowInclusive(), q.highInclusive(), q.qualifier(), q.unit(), measure));
      }
    }
  }

  private static final Pattern OTHERS_AFTER = Pattern.compile("(?i)^\\s+others?\\b");

  /**
   * "30 died of smoke, while eight others died jumping from the windows": the second count adds to the first, and
   * both are parts of their sum, the total.
   */
  private static void sumOthers(String text, List<Quantity> qs, List<int[]> spans) {
    for (int i = 1; i < qs.size(); i++) {
      Quantity other = qs.get(i);
      if (other.counted() == null || other.counted().contains("(") || !OTHERS_AFTER.matcher(text.substring(spans.get(i)[1])).lookingAt()) continue;
      for (int j = i - 1; j >= 0; j--) {
        Quantity first = qs.get(j);
        if (!other.counted().equals(first.counted()) || !"exact".equals(first.qualifier()) || !"exact".equals(other.qualifier())) continue;
        double total = first.value() + other.value();
        qs.set(j, QuantityReader.part(first, ""));
        qs.set(i, QuantityReader.part(other, ""));
        qs.add(new Quantity(first.text() + " + " + other.text(), total, total, total, true, true, "exact", null, first.counted()));
        spans.add(new int[] {spans.get(j)[0], spans.get(i)[1]});
        return;
      }
    }
  }

  /** True when the number at {@code numberStart} is the total a "bringing the total to" phrase just named. */
  static boolean totalAhead(String text, int numberStart) {
    Matcher total = TOTAL_AFTER.matcher(text.substring(Math.max(0, numberStart - 60), numberStart));
    while (total.find()) if (total.end() == Math.min(numberStart, 60)) return true;
    return false;
  }

  private static boolean countedBefore(List<Quantity> qs, int i) {
    for (int k = 0; k < i; k++) if (qs.get(k).counted() != null && qs.get(k).counted().equals(qs.get(i).counted())) return true;
    return false;
  }
}
