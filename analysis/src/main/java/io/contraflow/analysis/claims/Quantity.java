package io.contraflow.analysis.claims;

/**
 * A stated number read as an interval: "at least 139" is [139, +inf), "nearly 140" is [126, 140).
 * A null bound is unbounded on that side.
 *
 * @param counted what the number counts, normalised to a measure ("killed", "injured"), or null
 */
public record Quantity(String text, double value, Double low, Double high, boolean lowInclusive, boolean highInclusive,
                       String qualifier, String unit, String counted) {

  private static final java.util.regex.Pattern VAGUE = java.util.regex.Pattern.compile(".*\\b(dozens|scores|hundreds|thousands|millions)\\b.*");

  /** A toll of none: "no one was killed", "we have not recorded any fatality". */
  public boolean none() {
    return value == 0 && high != null && high == 0;
  }

  /**
   * How far below its number "nearly N" may lie: writers round 179 dead up to "nearly 200", which is no rival figure;
   * within an eighth of N.
   */
  static final double NEARLY = 0.88;

  /** How far below its number a high estimate ("up to N", "as many as N") may lie and still agree with it: half of N. */
  static final double HIGH_ESTIMATE = 0.5;

  /**
   * The interval a stated number means with its qualifier ("at least", "nearly", "about", "up to"), a range's upper
   * end, or a vague word ("dozens").
   */
  static Quantity of(String text, double value, Double rangeHigh, String qualifier, String unit, String counted) {
    if (VAGUE.matcher(text.toLowerCase(java.util.Locale.ROOT)).matches()) {
      // Up to twice the next power of ten: dozens [24, 199], hundreds [200, 1999], thousands [2000, 19999]. Writers
      // use the word loosely: "the deaths of dozens" and "scores were killed" for a toll officials put at 112.
      double hi = 2 * Math.pow(10, Math.floor(Math.log10(value)) + 1) - 1;
      return new Quantity(text, value, value, hi, true, true, "vague", unit, counted);
    }
    if (rangeHigh != null && rangeHigh > value) return new Quantity(text, value, value, rangeHigh, true, true, "range", unit, counted);
    return switch (qualifier) {
      case "at least", "no fewer than", "no less than" -> new Quantity(text, value, value, null, true, true, "at_least", unit, counted);
      case "more than", "over", "upwards of", "in excess of", "exceeds", "exceeded", "exceeding", "surpassed", "surpasses", "surpassing" -> new Quantity(text, value, value, null, false, true, "more_than", unit, counted);
      case "nearly", "almost", "close to", "just under" -> new Quantity(text, value, Math.floor(value * NEARLY), value, true, false, "nearly", unit, counted);
      case "about", "around", "approximately", "roughly", "some", "an estimated" ->
          new Quantity(text, value, Math.floor(value * 0.9), Math.ceil(value * 1.1), true, true, "about", unit, counted);
      // "Up to 750 were killed" and "as many as 50" put the toll high, against a rival's far lower figure; only "at
      // most" and "no more than" cap a figure and leave every lower one standing.
      case "up to", "as many as", "as high as" -> new Quantity(text, value, Math.floor(value * HIGH_ESTIMATE), value, true, true, "up_to", unit, counted);
      case "at most", "no more than" -> new Quantity(text, value, 0d, value, true, true, "at_most", unit, counted);
      case "fewer than", "less than", "under" -> new Quantity(text, value, 0d, value, true, false, "less_than", unit, counted);
      default -> new Quantity(text, value, value, value, true, true, "exact", unit, counted);
    };
  }

  /** "nearly", "about", "an estimated": a qualifier that rounds its number rather than bounding it. */
  static boolean approximate(String qualifier) {
    String kind = of("1", 1, null, qualifier.toLowerCase(java.util.Locale.ROOT), null, null).qualifier();
    return kind.equals("nearly") || kind.equals("about");
  }

  /** True when the two intervals share at least one point. */
  public boolean overlaps(Quantity other) {
    return !below(this, other) && !below(other, this);
  }

  /** True when every value of {@code a} lies below every value of {@code b}. */
  private static boolean below(Quantity a, Quantity b) {
    if (a.high == null || b.low == null) return false;
    if (a.high < b.low) return true;
    return a.high.equals(b.low) && !(a.highInclusive && b.lowInclusive);
  }
}
