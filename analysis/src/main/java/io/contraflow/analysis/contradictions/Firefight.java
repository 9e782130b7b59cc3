package io.contraflow.analysis.contradictions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Our unit came under attack from gunmen and returned fire" against "there was no fighting; the soldiers shot people in
 * their homes": whether the killing happened in a fight. A force accused of killing villagers most often says its men
 * were attacked and that the dead fell in an exchange of fire; survivors, witnesses and rights groups say no one fired on
 * the soldiers. A negation just before turns an account of a fight round ("there was no gun battle").
 */
final class Firefight extends ForceConduct {
  /** Those a force says attacked it: armed men by any name, not the people it is accused of shooting. */
  private static final String ATTACKERS = "(?:terrorists|militants|gunmen|rebels|insurgents|assailants|fighters|separatists|"
      + "jihadists|bandits|armed\\s+(?:men|individuals|elements|groups?))";
  /**
   * "a gun battle", "an exchange of fire", "exchanged gunfire", "returned fire", "a shootout", "were attacked by a band of
   * armed men", "came under attack from rebels", "in a clash that killed seven fighters".
   */
  private static final Pattern FIGHT = Pattern.compile("(?i)\\b(?:gun\\s*battles?|gunfights?|fire-?fights?|shoot-?outs?|"
      + "exchanges?\\s+of\\s+(?:gun)?fire|exchanged\\s+(?:gun)?fire|return(?:ed|ing)?\\s+fire|"
      + "(?:were|was|had\\s+been|being)\\s+(?:\\w+\\s+)?attacked\\s+by\\s+(?:the\\s+|a\\s+|an\\s+)?(?:(?:group|band|gang|unit|column)\\s+of\\s+)?(?:[\\w-]+\\s+){0,2}?"
      + ATTACKERS + "|came\\s+under\\s+(?:\\w+\\s+)?(?:attack|fire)\\s+from\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?" + ATTACKERS
      // "in a clash that killed seven fighters", "clashed with the rebels".
      + "|(?:in|during)\\s+(?:a|an|the)\\s+(?:\\w+\\s+)?clash(?:es)?|clashed\\s+with)\\b");
  /**
   * "no exchange took place between patrol and raiders", "never a confrontation", "no fighting took place": a fight
   * denied in the plain words a witness uses, which alone would say too little to count as an account of one.
   */
  private static final Pattern NO_FIGHT = Pattern.compile("(?i)\\b(?:no|(?:never|not)\\s+(?:been\\s+)?(?:a|any))\\s+(?:\\w+\\s+)?"
      + "(?:fighting|clash(?:es)?|battles?|confrontations?|exchanges?)\\b");
  /** Every match holds one of these: a content holding none (most do) skips the patterns. */
  private static final java.util.List<String> FIGHT_WORDS = java.util.List.of("battle", "gunfight", "fight", "shoot", "exchange",
      "fire", "attack", "clash", "confrontation");

  Firefight() {
    super("firefight", "whether there was a fight", "the dead fell in an exchange of fire", "there was no fight");
  }

  @Override
  Boolean answer(String content) {
    if (holdsNone(content, FIGHT_WORDS)) return null;
    Matcher fight = FIGHT.matcher(content);
    Matcher none = NO_FIGHT.matcher(content);
    boolean fought = fight.find();
    boolean denied = none.find();
    if (fought && (!denied || fight.start() < none.start())) return !negatedAt(content, fight, 3);
    return denied ? Boolean.FALSE : null;
  }
}
