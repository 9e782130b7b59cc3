package io.contraflow.analysis.contradictions;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The officer fired in self-defence when the driver posed an immediate threat" against "he was killed in cold blood":
 * whether a killing by those with guns was self-defence. A force and its government say it faced a threat and acted in
 * defence of its men; relatives, witnesses and rights groups call it an execution, cold-blooded or extrajudicial, or say
 * the dead posed no threat. A negation just before self-defence turns it round ("was not self-defence"); a negated
 * execution ("was not executed") answers nothing, since it says only what did not happen.
 */
final class SelfDefence extends ForceConduct {
  /** Self-defence, or a threat the dead posed to those who fired. */
  private static final Pattern DEFENCE = Pattern.compile("(?i)\\b(?:self[- ]defen[cs]e|in\\s+defen[cs]e\\s+of\\s+(?:their|his|her|our)\\s+"
      + "(?:own\\s+)?lives|posed\\s+an?\\s+(?:\\w+\\s+)?(?:threat|danger)|neutrali[sz](?:e|ed|ing)\\s+(?:the|a|an)\\s+(?:\\w+\\s+)?threat|"
      + "(?:immediate|imminent|direct|serious)\\s+threat\\s+to\\s+(?:the\\s+)?(?:\\w+\\s+)?(?:lives|life|officers|soldiers|troops|police|forces))\\b");
  /** A killing called an execution or murder of someone harmless. */
  private static final Pattern EXECUTION = Pattern.compile("(?i)\\b(?:in\\s+cold\\s+blood|cold[- ]blooded|(?:was|were|been|being|get|got)\\s+"
      + "(?:\\w+ly\\s+)?executed|" + PUT_TO_DEATH + "|executed\\s+(?:him|her|them|the\\s+(?:\\w+\\s+)?(?:man|woman|boy|girl|teenager|youth|"
      + "driver|student|family))|extra-?judicial(?:ly)?|unprovoked|posed\\s+no\\s+(?:\\w+\\s+)?"
      + "(?:threat|danger)|(?:did\\s+not|didn['’]t|never)\\s+pose\\s+(?:a|any)\\s+(?:\\w+\\s+)?(?:threat|danger)|"
      // Shot while giving up: "his hands were raised", "with her hands up", "as he surrendered".
      + "hands\\s+(?:were\\s+|was\\s+)?(?:raised|up|in\\s+the\\s+air)|(?:as|while|after)\\s+(?:he|she|they)\\s+(?:had\\s+)?surrender(?:ed|ing)|"
      // Fire at whoever was there, at no threat: "opened fire indiscriminately", "indiscriminate firing on the crowd".
      + "(?:fired|firing|shot|shooting|opened\\s+fire)\\s+indiscriminately|indiscriminate\\s+(?:fire|firing|shooting|gunfire))\\b");
  private static final Pattern RULED_OUT_BEFORE = Pattern.compile("(?i)\\b(?:impossible|unlikely|no\\s+evidence|no\\s+sign)\\b[^.;]{0,40}$");
  private static final Pattern RETOLD_BEFORE = Pattern.compile("(?i)\\b(?:claims?|claimed|claiming|account|version|story|narrative|"
      + "insistence|assertion)\\b[^.;]{0,50}$");
  private static final List<String> WORDS = List.of("defen", "threat", "danger", "blood", "execut", "judicial", "unprovoked", "hands",
      "surrender", "indiscriminat");

  SelfDefence() {
    super("self-defence", "whether the killing was in self-defence", "acted in self-defence", "killed someone who posed no threat");
  }

  @Override
  Boolean answer(String content) {
    if (holdsNone(content, WORDS)) return null;
    Matcher execution = EXECUTION.matcher(content);
    Matcher defence = DEFENCE.matcher(content);
    boolean executed = execution.find();
    boolean defended = defence.find();
    // ("impossible for him to have been executed", "police claims they fired in self-defence": ruled out, or another's
    // words retold, answer nothing.)
    executed = executed && !RULED_OUT_BEFORE.matcher(content.substring(0, execution.start())).find()
        && !negatedBefore(content, execution.start(), 4);
    defended = defended && !RETOLD_BEFORE.matcher(content.substring(0, defence.start())).find();
    // The first answer decides: "executed him, then claimed self-defence" is the speaker's charge, the rest retold.
    if (executed && (!defended || execution.start() < defence.start())) return Boolean.FALSE;
    if (defended) return negatedBefore(content, defence.start(), 3) ? Boolean.FALSE : Boolean.TRUE;
    return null;
  }
}
