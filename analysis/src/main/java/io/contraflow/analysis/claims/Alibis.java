package io.contraflow.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An alibi: "its troops were not present near the car", "none of their units were in the area". Saying one's forces
 * were not there denies having done it; saying someone's were there does not say they did it: only the denial is read.
 */
final class Alibis {
  private Alibis() {}

  private static final Pattern ALIBI = Pattern.compile("(?:\\b(none of (?:its|their|our) |no )|((?:\\p{Lu}[\\p{L}\\p{N}_.'’-]*\\s+){0,3}))"
      + "(troops|forces|soldiers|units|tanks|personnel)\\s+(?:were|was|had been|are|is)\\s+(not\\s+|never\\s+)?"
      + "(?:present|in the (?:area|vicinity)|operating (?:in|near)|deployed (?:in|near)|nearby|near the|anywhere near|within (?:firing )?range)");
  private static final WordGate ALIBI_WORDS = new WordGate(Set.of("troops", "forces", "soldiers", "units", "tanks", "personnel"), List.of());

  static List<Proposition> read(String text, Function<String, Set<String>> parties) {
    if (!ALIBI_WORDS.mayMatch(text)) return List.of();
    Matcher m = ALIBI.matcher(text);
    if (!m.find()) return List.of();
    boolean negated = m.group(1) != null || m.group(4) != null;
    if (!negated) return List.of();
    Set<String> owners = m.group(2) == null ? Set.of() : parties.apply(m.group(2));
    List<Proposition> out = new ArrayList<>();
    if (owners.isEmpty()) {
      // "no troops were in the area", "none of their units": the speaker's own.
      if (m.group(2) != null && !m.group(2).isBlank()) return out;
      out.add(new Proposition(null, "responsible", Map.of("agent", "self"), Map.of(), true));
      return out;
    }
    for (String owner : owners) out.add(new Proposition(null, "responsible", Map.of("agent", owner), Map.of(), true));
    return out;
  }
}
