package io.contraflow.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose weapon it was, told as what the weapon was: "it may have been a Ukrainian missile", "the missiles were
 * Russian", "it was not a Peruvian rocket", "the blast was the result of a Peruvian interceptor". The country whose
 * weapon it was fired it. (Where it was made says nothing of who fired it: "a Russian-made missile" is left alone, as a
 * design's or a maker's name is.)
 */
final class WeaponOwner {
  private WeaponOwner() {}

  private static final String WEAPON = "(?:missiles?|rockets?|shells?|drones?|interceptors?|projectiles?|bombs?|torpedo(?:es)?|mortars?|munitions?)";
  /** "it was a Ukrainian missile", "the blast was caused by a stray Ostrian rocket" is the by-phrase's; this is the copula's. */
  private static final Pattern WAS_A = Pattern.compile("(?i)\\b(?:it|this|that|the\\s+(?:blast|explosion|strike|weapon|projectile|object|debris|"
      + "wreckage|fragments?|incident|attack|deaths?|damage))\\s+(?:was|were|is|had\\s+been|(?:may|might|could|must)\\s+(?:have\\s+)?(?:been|be))\\s+"
      // ("the incident was the result of an Israeli interceptor hitting the field")
      + "(?<not>not\\s+)?(?:(?:the\\s+)?(?:result|work|consequence)\\s+of\\s+)?(?:(?:an?|the)\\s+)?"
      + "(?:(?:stray|errant|misfired|falling|\\w+ly)\\s+)?(?<owner>\\p{Lu}[\\p{L}]+)\\s+(?:(?!made\\b|built\\b)[\\w-]+\\s+){0,2}?" + WEAPON + "\\b");
  /** "the missiles were Russian", "the rocket was Iranian" (not "Iranian-made"). */
  private static final Pattern WEAPON_WAS = Pattern.compile("(?i)\\bthe\\s+(?:[\\w-]+\\s+)?" + WEAPON + "\\s+(?:was|were|is|are)\\s+"
      + "(?<not>not\\s+)?(?:(?:all|both|probably|likely)\\s+)?(?<owner>\\p{Lu}[\\p{L}]+)\\b(?![-‑](?:made|built|designed|produced|manufactured))");
  /** Every match names a weapon: a clause without one (most) skips both patterns. */
  private static final WordGate WEAPON_WORDS = new WordGate(Set.of(), List.of("missile", "rocket", "shell", "drone", "interceptor",
      "projectile", "bomb", "torpedo", "mortar", "munition"));
  /** ("a Russian-made missile": a maker, not an owner.) */
  private static final Pattern MADE = Pattern.compile("(?i)^[-‑](?:made|built|designed|produced|manufactured)\\b");

  /** The responsibility {@code text} gives by naming whose weapon it was, read with {@code parties}; empty when it names none. */
  static List<Proposition> read(String text, Function<String, Set<String>> parties) {
    if (!WEAPON_WORDS.mayMatch(text)) return List.of();
    List<Proposition> out = new ArrayList<>();
    for (Pattern p : new Pattern[] {WAS_A, WEAPON_WAS}) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (MADE.matcher(text.substring(m.end("owner"))).lookingAt()) continue;
        for (String owner : parties.apply(m.group("owner"))) {
          out.add(new Proposition(null, "responsible", Map.of("agent", owner), Map.of(), m.group("not") != null));
        }
      }
    }
    return out;
  }
}
