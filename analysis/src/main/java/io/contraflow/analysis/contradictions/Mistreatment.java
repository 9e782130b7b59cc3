package io.contraflow.analysis.contradictions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The detainee was beaten in the police van" against "officers never laid a hand on him; he died of a heart
 * condition": whether someone was beaten or ill-treated while held. Relatives, witnesses and rights groups say there
 * was violence (beatings, torture, blows to the body, bruising); the force and its officials say there was none, or deny
 * that there was (a denying cue turns a report of beating round: "denied claims she was beaten"). A negation just
 * before turns a report round too ("was not beaten", "not caused by blows").
 */
final class Mistreatment extends ForceConduct {
  /**
   * "beaten", "tortured", "physically assaulted", "ill-treated", "blows to the body", "physical violence", "bruises";
   * not "beat the deadline" or "struck a deal": only words that say what was done to a body.
   */
  private static final Pattern VIOLENCE = Pattern.compile("(?i)\\b(?:beaten(?:\\s+up)?|beating|beatings|tortured|torture|"
      + "(?:physically|sexually)\\s+(?:assaulted|abused)|ill-?treated|ill-?treatment|mistreated|mistreatment|"
      + "(?:blows?|strikes?)\\s+to\\s+(?:the|her|his|their)\\s+(?:head|body|face)|physical\\s+violence|police\\s+brutality|"
      + "bruises|bruising)\\b");
  /** "no sign of violence", "no marks of beating", "not harmed in any way", "never laid a hand on". */
  private static final Pattern NONE = Pattern.compile("(?i)\\b(?:no\\s+(?:signs?|marks?|traces?|evidence)\\s+of\\s+"
      + "(?:any\\s+)?(?:violence|beating|torture|physical\\s+(?:violence|contact)|injur(?:y|ies))|"
      + "(?:never|not)\\s+(?:laid|lay|put)\\s+a\\s+(?:hand|finger)\\s+on|no\\s+physical\\s+contact)\\b");

  Mistreatment() {
    super("mistreatment", "whether they were beaten or ill-treated in custody", "was beaten or ill-treated",
        "was not beaten or ill-treated");
  }

  @Override
  Boolean answer(String content) {
    if (NONE.matcher(content).find()) return Boolean.FALSE;
    Matcher violence = VIOLENCE.matcher(content);
    if (violence.find()) return !negatedBefore(content, violence.start(), 3);
    return null;
  }
}
