package io.contraflow.analysis.claims;

/**
 * A stated number read as an interval: "at least 139" is [139, +inf), "nearly 140" is [126, 140).
 * A null bound is unbounded on that side.
 *
 * @param counted what the number counts, normalised to a measure ("killed", "injured"), or null
 */
public record Quantity(String text, double value, Double low, Double high, boolean lowInclusive, boolean highInclusive,
                       String qualifier, String unit, String counted) {

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
