package io.contraflow.analysis.claims;

import java.util.regex.Pattern;

/**
 * "Denied killing the villagers", "admitted opening fire on the crowd", "denied having ordered the raid": a denial or
 * an admission whose object is the deed itself, as a gerund, is the speaker's own answer to who did it, though no frame
 * word ("responsible", "involvement") is said.
 */
final class DeedGerund {
  /** The gerund ("killing"), or "having" and the participle ("having killed", "having shot down"). */
  private static final Pattern OPENS = Pattern.compile("(?i)^(?:ever\\s+|personally\\s+|deliberately\\s+)?(?:"
      + "(?:killing|shooting|attacking|bombing|shelling|firing|targeting|poisoning|torturing|abducting|kidnapping|sabotaging|"
      + "ordering|planning|orchestrating|carrying\\s+out|causing|starting|opening\\s+fire|striking|hitting|downing|"
      + "shooting\\s+down|detonating|planting|launching|storming|beating)"
      + "|having\\s+(?:killed|shot|attacked|bombed|shelled|fired|targeted|poisoned|tortured|abducted|kidnapped|sabotaged|"
      + "ordered|planned|orchestrated|carried\\s+out|caused|started|opened\\s+fire|struck|hit|downed|shot\\s+down|"
      + "detonated|planted|launched|stormed|beaten))\\b");

  private DeedGerund() {}

  /** The content opens with the deed, as a gerund or "having" and its participle. */
  static boolean opens(String content) {
    return content != null && OPENS.matcher(content.strip()).lookingAt();
  }
}
