package io.contraflow.analysis.contradictions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Our unit came under attack from gunmen and returned fire" against "there was no fighting; the soldiers shot people in
 * their homes": whether the killing happened in a fight. A force accused of killing villagers most often says its men
 * were attacked and that the dead fell in an exchange of fire; survivors, witnesses and rights groups say no one fired on
 * the soldiers, or that the dead were executed. A negation just before turns an account of a fight round ("there was
 * no gun battle").
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
   * "eight civilians were killed by stray bullets", "died in the crossfire", "were killed in the fighting": the dead fell
   * in a fight, said of a death (the war's "heavy fighting" alone tells of no one's death).
   */
  private static final Pattern CAUGHT_IN_FIGHT = Pattern.compile("(?i)\\b(?:killed|died|dead|lost\\s+their\\s+lives)\\b[^.;]{0,40}?"
      + "\\b(?:stray\\s+bullets?|(?:the\\s+)?cross-?fire|in\\s+the\\s+(?:ensuing\\s+)?(?:fighting|battles?|combat))\\b");
  /**
   * "no exchange took place between patrol and raiders", "never a confrontation", "no fighting took place": a fight
   * denied in the plain words a witness uses, which alone would say too little to count as an account of one.
   */
  private static final Pattern NO_FIGHT = Pattern.compile("(?i)\\b(?:no|(?:never|not)\\s+(?:been\\s+)?(?:a|any))\\s+(?:\\w+\\s+)?"
      + "(?:fighting|clash(?:es)?|battles?|confrontations?|exchanges?)\\b");
  /**
   * "were summarily executed", "held for days and selected for execution", "executed 30 villagers": the dead were put
   * to death, not killed in a fight, as rights groups and witnesses answer a force's account of a battle.
   */
  private static final Pattern EXECUTED = Pattern.compile("(?i)\\b(?:" + PUT_TO_DEATH + "|selected\\s+for\\s+execution|"
      + "(?:lined|rounded)\\s+(?:them\\s+)?up\\s+and\\s+(?:shot|executed)|executed\\s+(?:[\\w-]+\\s+){0,3}?(?:civilians|villagers|"
      + "men|detainees|prisoners|captives)|(?:civilians|villagers|men|detainees|prisoners|captives)\\s+(?:were|had\\s+been)\\s+executed)\\b");
  /** Every match holds one of these: a content holding none (most do) skips the patterns. */
  private static final java.util.List<String> FIGHT_WORDS = java.util.List.of("battle", "gunfight", "fight", "shoot", "exchange",
      "fire", "attack", "clash", "confrontation", "execut", "stray", "combat");

  Firefight() {
    super("firefight", "whether there was a fight", "the dead fell in an exchange of fire", "there was no fight");
  }

  @Override
  Boolean answer(String content) {
    if (holdsNone(content, FIGHT_WORDS)) return null;
    Matcher fight = FIGHT.matcher(content);
    Matcher none = NO_FIGHT.matcher(content);
    Matcher executed = EXECUTED.matcher(content);
    boolean fought = fight.find();
    if (!fought) fought = (fight = CAUGHT_IN_FIGHT.matcher(content)).find();
    int denied = none.find() ? none.start() : -1;
    // (An execution denied, "were not summarily executed", answers nothing: it says only what did not happen.)
    if (executed.find() && !negatedBefore(content, executed.start(), 4) && (denied < 0 || executed.start() < denied)) denied = executed.start();
    if (fought && (denied < 0 || fight.start() < denied)) return !negatedAt(content, fight, 3);
    return denied >= 0 ? Boolean.FALSE : null;
  }
}
