package io.contraflow.analysis.contradictions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Gunmen among the marchers fired on the police" against "the sit-in was peaceful from first to last": whether the
 * crowd a force dispersed was armed. The force and its government say there were weapons and gunmen in the crowd, or
 * that the crowd fired first; the crowd, witnesses and rights groups say it was peaceful or unarmed. A negation just
 * before turns either round ("were not armed", "was anything but peaceful" is left unread).
 */
final class ArmedCrowd extends ForceConduct {
  private static final String CROWD = "(?:protesters|protestors|demonstrators|marchers|crowds?|sit-ins?|camps?|protest\\s+camps?|"
      + "protests?|demonstrations?|marches|rally|rallies|gathering|supporters|mourners|worshippers)";
  private static final String WERE = "(?:were|was|had\\s+been|have\\s+been|has\\s+been|remained|are|is)(?:\\s+(?:not|never))?";
  /**
   * "the protesters were armed", "armed protesters", "gunmen among the crowd", "demonstrators opened fire on the police",
   * "weapons were found in the camp".
   */
  private static final Pattern ARMED = Pattern.compile("(?i)\\b" + CROWD + "\\s+(?:[\\w-]+\\s+){0,2}?" + WERE
      + "\\s+(?:heavily\\s+|well\\s+)?armed\\b|\\barmed\\s+(?:protesters|protestors|demonstrators|marchers|men\\s+(?:among|in|inside))\\b|"
      + "\\b(?:gunmen|snipers|armed\\s+men|militants)\\s+(?:were\\s+)?(?:among|inside|within|in)\\s+(?:the\\s+)?" + CROWD + "\\b|"
      + "\\b" + CROWD + "\\s+(?:had\\s+)?(?:opened\\s+fire|fired|shot)\\s+(?:first\\s+)?(?:on|at)\\s+(?:the\\s+)?(?:police|officers|"
      + "security\\s+forces|soldiers|troops)\\b|\\b(?:weapons|guns|firearms|ammunition)\\s+(?:were\\s+)?(?:found|seized|recovered)\\s+"
      + "(?:in|at|inside|from)\\s+(?:the\\s+)?" + CROWD + "\\b|"
      // "after being shot at by some in the crowd": the force fired back.
      + "\\b(?:shot\\s+at|fired\\s+(?:up)?on|attacked)\\s+(?:with\\s+[\\w-]+\\s+(?:rifles|guns|weapons)\\s+)?by\\s+(?:some\\s+|people\\s+|men\\s+|gunmen\\s+)?"
      + "(?:in|among|from|within)\\s+(?:the\\s+)?" + CROWD + "\\b");
  /** "the sit-in was peaceful", "peaceful protesters", "unarmed demonstrators", "the crowd carried no weapons". */
  private static final Pattern PEACEFUL = Pattern.compile("(?i)\\b" + CROWD + "\\s+(?:[\\w-]+\\s+){0,2}?" + WERE
      + "\\s+(?:entirely\\s+|completely\\s+|largely\\s+|totally\\s+|wholly\\s+)?(?:peaceful|unarmed)\\b|"
      + "\\b(?:peaceful|unarmed)\\s+(?:protesters|protestors|demonstrators|marchers|crowds?|sit-ins?|protests?|demonstrations?|civilians)\\b|"
      + "\\b" + CROWD + "\\s+(?:carried|had|held)\\s+no\\s+(?:weapons|arms|guns)\\b|"
      // The crowd speaking of itself ("insisted they were unarmed"), and the force said to have fired first.
      + "^\\W*(?:they|we)\\s+(?:were|are|had\\s+been)\\s+(?:all\\s+|entirely\\s+|completely\\s+)?(?:unarmed|peaceful)\\b|"
      + "\\b(?:the\\s+)?(?:police|officers|soldiers|troops|security\\s+forces|army)\\s+(?:had\\s+)?(?:fired|shot|opened\\s+fire)\\s+first\\b");

  ArmedCrowd() {
    super("armed-crowd", "whether the crowd was armed", "the crowd was armed", "the crowd was peaceful and unarmed");
  }

  @Override
  Boolean answer(String content) {
    Matcher armed = ARMED.matcher(content);
    Matcher peaceful = PEACEFUL.matcher(content);
    boolean isArmed = armed.find();
    boolean isPeaceful = peaceful.find();
    if (isArmed && (!isPeaceful || armed.start() < peaceful.start())) return !negatedAt(content, armed, 3);
    if (isPeaceful) return negatedAt(content, peaceful, 3);
    return null;
  }
}
