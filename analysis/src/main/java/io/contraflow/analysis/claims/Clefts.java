package io.contraflow.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who did it, told as a cleft: "it was a stray Peruvian interceptor, and not Bolivian artillery, that struck the
 * clinic", "it was the rebels who shelled the depot, not its own gunners". What the cleft puts first did the deed;
 * what it sets aside with "not" did not.
 */
final class Clefts {
  private static final String DEED = "(?:had\\s+|has\\s+|have\\s+)?(?:hit|struck|fired|shelled|attacked|killed|bombed|shot|downed|started|"
      + "launched|carried\\s+out|planted|caused|opened\\s+fire)\\b";
  private static final Pattern CLEFT = Pattern.compile("(?i)\\bit\\s+(?:was|is|had\\s+been|has\\s+been)\\s+(?<doer>[^,;.]{2,60}?)"
      + "(?:,\\s*(?:and\\s+)?not\\s+(?<spared>[^,;.]{2,40}?),)?\\s+(?:that|who|which)\\s+" + DEED + "(?<rest>[^;]*)");
  /** ", not our troops" after the cleft's clause. */
  private static final Pattern NOT_AFTER = Pattern.compile("(?i),\\s*(?:and\\s+)?not\\s+([^,;.]{2,40})\\s*$");
  private static final Pattern OWN = Pattern.compile("(?i)^(?:we|us|our|its|it)\\b");

  private Clefts() {}

  /** The responsibility a cleft in {@code text} assigns and denies, with {@code parties} reading who a phrase names. */
  static List<Proposition> read(String text, Function<String, Set<String>> parties) {
    if (text.length() < 12 || !text.regionMatches(true, 0, "it ", 0, 3) && !text.toLowerCase(java.util.Locale.ROOT).contains(" it ")) return List.of();
    Matcher m = CLEFT.matcher(text);
    if (!m.find()) return List.of();
    List<Proposition> out = new ArrayList<>();
    for (String doer : parties.apply(m.group("doer"))) out.add(new Proposition(null, "responsible", Map.of("agent", doer), Map.of(), false));
    String spared = m.group("spared");
    if (spared == null) {
      Matcher after = NOT_AFTER.matcher(m.group("rest"));
      if (after.find()) spared = after.group(1);
    }
    if (spared != null) {
      Set<String> named = parties.apply(spared);
      if (named.isEmpty() && OWN.matcher(spared.strip()).lookingAt()) named = Set.of("self");
      for (String s : named) out.add(new Proposition(null, "responsible", Map.of("agent", s), Map.of(), true));
    }
    return out;
  }
}
