package io.contraflow.analysis.contradictions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The tailings are harmless and consist mostly of sand" against "the mud held high levels of toxic metals": whether
 * what a disaster released or left behind (a spill, smoke, water, a chemical) harms people or the land. The operator
 * and the authorities say it is safe, inert or no danger to health; scientists, residents and outside bodies say it is
 * toxic, contaminated or a danger to health. A negation just before turns either round ("did not contain chemicals
 * that are harmful to health", "is not safe to drink").
 */
final class Harm extends Judgement {
  private static final String WHO = "(?:\\w+\\s+){0,2}?(?:health|humans|people|life|lives|residents|wildlife|the environment|"
      + "the public|children|animals|fish|crops)";
  /** "toxic", "contaminated", "a danger to human health", "health risks", "unfit to drink". */
  private static final Pattern HARMFUL = Pattern.compile("(?i)\\b(?:toxic|toxins?|poisonous|hazardous|carcinogenic|carcinogens?|"
      + "contaminated|contaminating|contamination|polluted|radioactive|harmful|unsafe|unfit\\s+(?:for|to)\\s+\\w+|"
      + "dangerous\\s+(?:to|for)\\s+" + WHO + "|(?:danger|threat|risk|risks|hazard)\\s+to\\s+" + WHO + "|"
      + "health\\s+(?:risks?|hazards?|threats?))\\b");
  /** "harmless", "chemically stable", "safe to drink", "poses no risk to", "no danger to human health". */
  private static final Pattern HARMLESS = Pattern.compile("(?i)\\b(?:harmless|non-?toxic|non-?hazardous|inert|chemically\\s+stable|"
      + "safe\\s+(?:to\\s+(?:drink|eat|swim|use|breathe|return|consume)|for\\s+" + WHO + ")|"
      + "(?:poses?|posed|posing)\\s+no\\s+(?:\\w+\\s+)?(?:danger|threat|risk)|no\\s+(?:\\w+\\s+)?(?:danger|threat|risk|harm)\\s+to)\\b");
  private static final Pattern OWN_WORDS = Pattern.compile("^(?:toxi|poison|hazard|carcinogen|contamina|pollut|radioactiv|harm|"
      + "safe|unsafe|danger|threat|risk|health|human|inert|chemical|stable|unfit|non)");

  Harm() {
    super("harm", "whether it is harmful", "harmful", "harmless");
  }

  @Override
  boolean ownWord(String w) {
    return OWN_WORDS.matcher(w).find();
  }

  @Override
  Boolean answer(String content) {
    Matcher harmless = HARMLESS.matcher(content);
    if (harmless.find()) return negatedBefore(content, harmless.start(), 5);
    Matcher harmful = HARMFUL.matcher(content);
    if (harmful.find()) return !negatedBefore(content, harmful.start(), 5);
    return null;
  }

}
