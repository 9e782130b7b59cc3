package io.contraflow.analysis.contradictions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The owners knew the wall was at risk of giving way" against "nothing we were told showed any imminent danger":
 * whether those in charge knew of the danger before the disaster. An operator, an owner or a ministry says it had no
 * sign of a risk; prosecutors, auditors, engineers and families say it knew of the cracks and kept going.
 */
final class Foreknowledge extends Judgement {
  /** What a danger is called: the risk, cracks, a fault, that it could give way. */
  private static final String DANGER = "(?:problems?|risks?|dangers?|cracks?|defects?|faults?|flaws?|weakness(?:es)?|unsafe|"
      + "(?:at|in)\\s+(?:\\w+\\s+)?(?:risk|danger)|could\\s+(?:\\w+\\s+)?(?:collapse|fail|burst|give\\s+way))";
  /**
   * "knew there were problems with the dam", "were aware of the cracks", "had known for months that it could fail",
   * "had been warned of the risks".
   */
  private static final Pattern KNEW = Pattern.compile("(?i)\\b(?:knew|(?:had|has|have)\\s+(?:\\w+\\s+)?known|(?:was|were|had\\s+been)\\s+(?:fully\\s+|well\\s+)?aware|"
      + "had\\s+been\\s+(?:repeatedly\\s+)?(?:warned|told|alerted))\\s+(?:of\\s+|about\\s+|that\\s+|for\\s+\\w+\\s+that\\s+)?"
      + "(?:[\\w'’,-]+\\s+){0,6}?" + DANGER + "\\b");
  /**
   * "no imminent danger", "no sign of any risk", "no reason for alarm", "did not know of any problem", "was not aware of
   * cracks", "unaware of the danger".
   */
  private static final Pattern NO_SIGN = Pattern.compile("(?i)\\b(?:no\\s+(?:imminent|immediate)\\s+(?:danger|risk|threat)|"
      + "no\\s+(?:sign|signs|indication|indications|warning\\s+signs?)\\s+(?:of\\s+)?(?:any\\s+)?(?:\\w+\\s+)?(?:danger|risk|problems?|cracks?|instability)|"
      + "no\\s+reason\\s+for\\s+(?:alarm|concern)|"
      + "(?:did\\s+not|didn['’]t|never)\\s+know\\s+(?:of|about)\\s+(?:any\\s+)?(?:\\w+\\s+)?" + DANGER + "|"
      + "(?:was|were)\\s+not\\s+aware\\s+of\\s+(?:any\\s+)?(?:\\w+\\s+)?" + DANGER + "|unaware\\s+of\\s+(?:any\\s+|the\\s+)?(?:\\w+\\s+)?" + DANGER + ")\\b");

  Foreknowledge() {
    super("foreknowledge", "whether they knew of the danger beforehand", "knew of the danger", "had no sign of danger");
  }

  @Override
  boolean ofConduct() {
    return true;
  }

  /** Words every match holds one of: most contents hold none, and skip both patterns. */
  private static final java.util.List<String> WORDS = java.util.List.of("kn", "aware", "warned", "told", "alerted", "imminent",
      "immediate", "sign", "indication", "reason for");

  @Override
  Boolean answer(String content) {
    if (holdsNone(content, WORDS)) return null;
    Matcher none = NO_SIGN.matcher(content);
    if (none.find()) return Boolean.FALSE;
    Matcher knew = KNEW.matcher(content);
    if (!knew.find()) return null;
    return !negatedBefore(content, knew.start(), 2);
  }
}
