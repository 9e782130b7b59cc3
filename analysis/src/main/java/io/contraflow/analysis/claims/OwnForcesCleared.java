package io.contraflow.analysis.claims;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * "Most of the dead were hit by gunmen in the crowd, not by the police": a passive deed whose doer is named and then
 * set against the forces, with no owner given, clears the speaker's own forces, as "our troops were not in the area"
 * does. Who the gunmen were is no party, so the reading holds only the denial.
 */
final class OwnForcesCleared {
  private OwnForcesCleared() {}

  private static final Pattern NOT_BY_THE_FORCES = Pattern.compile("(?i)\\b(?:killed|shot|shot dead|wounded|injured|fired on|hit|beaten)"
      + "\\s+by\\s+[^,.;]{2,40}?,?\\s+(?:and\\s+|but\\s+)?not\\s+by\\s+(?:the\\s+)?(?:security\\s+forces|police|army|soldiers|troops|"
      + "military|officers|guards)\\b");

  /** The denial the content makes for the speaker's own forces, or none. */
  static List<Proposition> read(String text) {
    if (!text.contains("not by") || !NOT_BY_THE_FORCES.matcher(text).find()) return List.of();
    return List.of(new Proposition(null, "responsible", Map.of("agent", "self"), Map.of(), true));
  }
}
