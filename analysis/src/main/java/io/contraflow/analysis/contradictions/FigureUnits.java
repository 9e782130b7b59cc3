package io.contraflow.analysis.contradictions;

import java.util.Locale;
import java.util.Map;

/**
 * Units a figure can measure on its own, each with the measure it belongs to and its size in that measure's unit:
 * "500 tonnes" and "2,750 tons" are one weight, "eight miles" and "34 kilometres" one distance (a ship's or a drone's
 * distance from a coast is disputed in one unit against the other).
 */
final class FigureUnits {
  private FigureUnits() {}

  private record Unit(String measure, double size) {}

  /** How far a figure given in another unit may lie from its exact conversion: "20 miles" is "32 kilometres" as written. */
  static final double CONVERTED_MARGIN = 0.05;

  private static final Map<String, Unit> UNITS = Map.ofEntries(Map.entry("tonnes", new Unit("tonnes", 1)),
      Map.entry("tons", new Unit("tonnes", 1)), Map.entry("tonne", new Unit("tonnes", 1)), Map.entry("ton", new Unit("tonnes", 1)),
      Map.entry("kilograms", new Unit("kilograms", 1)), Map.entry("kg", new Unit("kilograms", 1)),
      Map.entry("litres", new Unit("litres", 1)), Map.entry("liters", new Unit("litres", 1)), Map.entry("barrels", new Unit("barrels", 1)),
      Map.entry("kilometres", new Unit("kilometres", 1)), Map.entry("kilometers", new Unit("kilometres", 1)),
      Map.entry("km", new Unit("kilometres", 1)), Map.entry("miles", new Unit("kilometres", 1.609344)),
      Map.entry("metres", new Unit("metres", 1)), Map.entry("meters", new Unit("metres", 1)),
      Map.entry("dollars", new Unit("dollars", 1)), Map.entry("euros", new Unit("euros", 1)));

  /** The measure a unit belongs to ("tons": "tonnes", "miles": "kilometres"), or null when it names none. */
  static String measure(String unit) {
    Unit u = unit == null ? null : UNITS.get(unit.toLowerCase(Locale.ROOT));
    return u == null ? null : u.measure();
  }

  /** How many of its measure's units one {@code unit} is (1 for a unit that is its measure's own, or none). */
  static double scale(String unit) {
    Unit u = unit == null ? null : UNITS.get(unit.toLowerCase(Locale.ROOT));
    return u == null ? 1 : u.size();
  }

  /** How many of its measure's units one of the quantity's is: a count is counted in ones, whatever noun follows it. */
  static double scaleOf(io.contraflow.analysis.claims.Quantity q) {
    return q.counted() == null ? scale(q.unit()) : 1;
  }

  /** The quantity's value in its measure's unit ("eight miles": 12.9 kilometres). */
  static double valueOf(io.contraflow.analysis.claims.Quantity q) {
    return q.value() * scaleOf(q);
  }

  /** The value shown for the quantity in its measure's unit: "eight miles" as 13 (kilometres), "2.5 tonnes" as 2.5. */
  static double shown(io.contraflow.analysis.claims.Quantity q) {
    return scaleOf(q) == 1 ? q.value() : Math.rint(valueOf(q));
  }

  /**
   * Half the last digit a percentage is written to: "71%" may be 70.5 to 71.5, "70.67%" 70.665 to 70.675 (shares of a
   * vote are rounded as they are retold). Zero for any other unit.
   */
  static double percentRounding(io.contraflow.analysis.claims.Quantity q) {
    if (!"percent".equals(q.unit())) return 0;
    String digits = q.text().replaceAll("[^0-9.,]", "").replace(',', '.');
    int point = digits.lastIndexOf('.');
    int decimals = point < 0 ? 0 : digits.length() - point - 1;
    return 0.5 * Math.pow(10, -decimals);
  }
}
