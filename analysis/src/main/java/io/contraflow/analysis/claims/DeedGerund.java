package io.contraflow.analysis.claims;

import java.util.regex.Pattern;

/**
 * "Denied killing the villagers", "admitted opening fire on the crowd": a denial or an admission whose object is the
 * deed itself, as a gerund, is the speaker's own answer to who did it, though no frame word ("responsible",
 * "involvement") is said.
 */
final class DeedGerund {
  private static final Pattern OPENS = Pattern.compile("(?i)^(?:ever\\s+|personally\\s+|deliberately\\s+|having\\s+)?"
      + "(?:killing|killed|shooting|shot|attacking|attacked|bombing|bombed|shelling|shelled|firing|fired|targeting|targeted|"
      + "poisoning|poisoned|torturing|tortured|abducting|abducted|kidnapping|kidnapped|sabotaging|sabotaged|ordering|ordered|"
      + "planning|planned|orchestrating|orchestrated|carrying\\s+out|carried\\s+out|causing|caused|starting|started|"
      + "opening\\s+fire|opened\\s+fire|striking|struck|hitting|hit|downing|downed|shooting\\s+down|shot\\s+down|detonating|"
      + "detonated|planting|planted|launching|launched|storming|stormed|beating|beat)\\b");

  private DeedGerund() {}

  /** The content opens with the deed, as a gerund (or "having" and its participle). */
  static boolean opens(String content) {
    return content != null && OPENS.matcher(content.strip()).lookingAt();
  }
}
