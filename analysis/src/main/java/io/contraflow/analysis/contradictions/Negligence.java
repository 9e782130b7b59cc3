package io.contraflow.analysis.contradictions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "There was no negligence on our part" against "workers were left to die to cut costs": whether those in charge (an
 * operator, an owner, a government's inspectors) failed in their care. The operator says it took every precaution or
 * that there was no negligence; unions, families and critics say it was negligent, cut corners or ignored warnings.
 * A rule for whoever is found negligent ("anyone found negligent will be punished") answers nothing.
 */
final class Negligence extends Judgement {
  /** What was done to keep people safe, and the words up to what is said of it: "the steps taken by the firm to ...". */
  private static final String MEASURES = "(?:steps|measures|actions|efforts|response|precautions|oversight|inspections?)\\s+"
      + "(?:[\\w,'’-]+\\s+){0,12}?";
  /**
   * "negligence", "wrongdoing", "dereliction of duty", "cut costs", "lax oversight", "left to die", "ignored repeated warnings", "failed to ensure safety",
   * "the steps taken to prevent harm were clearly insufficient".
   */
  private static final Pattern NEGLIGENT = Pattern.compile("(?i)\\b(?:negligen(?:t|ce|tly)|reckless(?:ness|ly)?|wrongdoing|"
      // "dereliction of duty", "grave omissions by the managers", "poor safety planning", "failures of supervision"
      + "dereliction\\s+of\\s+(?:[\\w’']+\\s+){0,2}?dut(?:y|ies)|(?:serious|grave|critical|major)\\s+(?:\\w+\\s+){0,2}?omissions|"
      + "poor\\s+(?:\\w+\\s+)?planning|failures?\\s+of\\s+(?:command|oversight|supervision)|"
      + "cut(?:ting)?\\s+(?:costs|corners)|lax\\s+(?:\\w+\\s+)?(?:safety|oversight|inspections?|controls?|supervision)|"
      // "fell short of its legal duty", "failed in their duty of care"
      + "f(?:ell|alls|all|alling)\\s+short\\s+of\\s+(?:\\w+\\s+){0,2}?(?:dut(?:y|ies)|obligations?)|"
      + "fail(?:ed|s)?\\s+in\\s+(?:its|their|his|her)\\s+(?:\\w+\\s+)?dut(?:y|ies)|"
      // "failed to fulfil their legal obligations", "failed to discharge its statutory duties"
      + "fail(?:ed|s|ing)?\\s+to\\s+(?:fulfil+|meet|discharge|perform|carry\\s+out|honou?r)\\s+(?:its|their|his|her)\\s+(?:\\w+\\s+)?"
      + "(?:obligations|dut(?:y|ies)|responsibilities)|"
      // "harbour masters who neglected their duties"
      + "neglect(?:ed|s|ing)?\\s+(?:its|their|his|her)\\s+(?:\\w+\\s+)?(?:dut(?:y|ies)|responsibilit(?:y|ies))|"
      + "left\\s+(?:\\w+\\s+)?to\\s+die|ignored\\s+(?:\\w+\\s+){0,2}?warnings|"
      // "flawed safety conditions", "poor safety standards", "unsafe working conditions", "repeated safety violations"
      + "(?:flawed|poor|substandard|inadequate|lax)\\s+safety\\s+(?:conditions|standards|measures|practices|record)|"
      + "unsafe\\s+(?:working\\s+)?conditions|safety\\s+violations|"
      // "inspections at the plant, where 30 died, were superficial at best", "the inspection was not thorough", "only cursory checks"
      + "(?:inspections?|checks|audits)\\b[^.;:]{0,120}?\\b(?:were|was)\\s+(?:\\w+ly\\s+)?(?:superficial|cursory|perfunctory)|"
      + "(?:inspections?|checks|audits)\\b[^.;:]{0,120}?\\b(?:were|was)\\s+not\\s+(?:\\w+ly\\s+)?(?:thorough|rigorous)|"
      + "(?:superficial|cursory|perfunctory)\\s+(?:inspections?|checks|audits)|"
      // "a man-made catastrophe", "could have been prevented", "was entirely avoidable", "failed to manage the crowds"
      + "man-made\\s+(?:disaster|tragedy|catastrophe)|(?:could|should|might)\\s+(?:\\w+ly\\s+)?have\\s+been\\s+(?:prevented|avoided|averted)|"
      + "(?:was|is|were|are)\\s+(?:\\w+ly\\s+)?(?:preventable|avoidable)|"
      + "fail(?:ed|ure|ing|s)?\\s+to\\s+(?:control|manage|police)\\s+(?:the\\s+)?(?:crowds?|flow)|"
      + "fail(?:ed|ure|ing)?\\s+to\\s+(?:ensure|guarantee|protect|safeguard)\\s+(?:\\w+\\s+)?(?:safety|lives|workers|residents|people)|"
      // "failed to take the required safety steps", "the checks were not done properly", "a complete failure by the
      // operator", "a lack of winter preparation"
      + "fail(?:ed|ure|ing|s)?\\s+to\\s+take\\s+(?:the\\s+)?(?:necessary|adequate|required|sufficient|proper|basic)\\s+(?:safety\\s+)?"
      + "(?:measures|precautions|steps)|(?:inspections|checks|audits|controls)\\s+(?:were|was)\\s+not\\s+(?:carried\\s+out|conducted|done|"
      + "performed)\\s+(?:adequately|properly|sufficiently)|(?:total|complete|utter|massive|systemic)\\s+failure\\s+(?:by|on\\s+the\\s+part\\s+of)|"
      + "(?:lack\\s+of|inadequate|poor)\\s+(?:\\w+\\s+)?preparation|"
      + MEASURES + "(?:(?:were|was|are|is|had\\s+been|have\\s+been)\\s+(?:\\w+ly\\s+)?(?:insufficient|inadequate|"
      + "not\\s+(?:\\w+ly\\s+)?(?:sufficient|adequate|enough))|(?:weren|wasn|aren|isn|hadn|haven)['’]t\\s+(?:been\\s+)?"
      + "(?:\\w+ly\\s+)?(?:sufficient|adequate|enough)))\\b");
  /**
   * "took every precaution", "did everything possible", "all measures were taken", "the steps taken were adequate", "acted
   * in accordance with the law", "was inspected regularly".
   */
  private static final Pattern CAREFUL = Pattern.compile("(?i)\\b(?:took\\s+(?:all|every)\\s+(?:\\w+\\s+)?(?:precautions?|measures|steps)|"
      // "its officers acted in accordance with the regulations", "acted lawfully", "fulfilled all its duties"
      + "acted\\s+(?:(?:fully|entirely|strictly|always)\\s+)?(?:(?:in\\s+accordance\\s+with|within|according\\s+to)\\s+(?:the\\s+)?"
      + "(?:law|rules|regulations|(?:its|their|his|her)\\s+(?:competences?|powers|mandate))|lawfully|legally)|"
      + "fulfill?(?:ed|s)\\s+(?:all\\s+)?(?:its|their|his|her)\\s+(?:\\w+\\s+)?(?:obligations|dut(?:y|ies)|responsibilities)|"
      + MEASURES + "(?:were|was|are|is|had\\s+been|have\\s+been)\\s+(?:\\w+ly\\s+)?(?:sufficient|adequate|appropriate)|"
      + "did\\s+(?:everything|whatever|all)\\s+(?:(?:was|is)\\s+)?(?:possible|in\\s+(?:its|their|our|his|her)\\s+power)|"
      // "extra patrols could not have averted it", "could not have been avoided", "nothing could have been done"
      + "(?:could|would)(?:\\s+not|n['’]t)\\s+have\\s+(?:been\\s+)?(?:prevented|avoided|averted)|unavoidable|"
      + "nothing\\s+(?:more\\s+)?could\\s+have\\s+been\\s+done|"
      // "in spite of all the safety measures", "no one could have foreseen it", "our models could never have predicted it"
      + "(?:despite|in\\s+spite\\s+of)\\s+all\\s+(?:the\\s+)?(?:\\w+\\s+)?(?:precautions|measures)|"
      + "could\\s+(?:have\\s+)?(?:never|not)\\s+have\\s+(?:been\\s+)?(?:predicted|foreseen|anticipated)|"
      + "(?:no\\s+one|nobody)\\s+could\\s+have\\s+(?:predicted|foreseen|anticipated)|"
      // "the mine was inspected regularly", "regular inspections were carried out"
      + "(?:was|were|been|is|are)\\s+(?:regularly|routinely)\\s+inspected|inspected\\s+(?:regularly|routinely)|"
      + "(?:all|every)\\s+(?:\\w+\\s+)?measures?\\s+(?:were|was|are|is|had\\s+been|have\\s+been)\\s+(?:being\\s+)?taken)\\b");
  /** "anyone found to have been negligent", "if there was negligence": a rule or a question, not an answer. */
  private static final Pattern CONDITIONAL = Pattern.compile("(?i)\\b(?:if|whether|anyone|whoever|those\\s+who|any\\s+\\w+\\s+who)\\b");
  /**
   * So is a stance on negligence in general, just before it: "we will not tolerate any negligence", "never allowed
   * negligence". ("Regulators allowed the firm to cut corners" accuses: the verb is not right before the wrong.)
   */
  private static final Pattern STANCE_BEFORE = Pattern.compile("(?i)\\b(?:allow(?:s|ed|ing)?|tolerat(?:e|es|ed|ing)|permit(?:s|ted|ting)?|"
      + "condon(?:e|es|ed|ing))\\s+(?:any\\s+)?$");

  Negligence() {
    super("negligence", "whether those in charge were negligent", "negligent", "not negligent");
  }

  @Override
  boolean ofConduct() {
    return true;
  }

  /** Survivors, workers and families, often unnamed, are the usual voices that say the care failed. */
  @Override
  boolean heardFromWitnesses() {
    return true;
  }

  @Override
  Boolean answer(String content) {
    Matcher careful = CAREFUL.matcher(content);
    if (careful.find()) return conditional(content, careful.start()) ? null : negatedBefore(content, careful.start(), 3);
    Matcher negligent = NEGLIGENT.matcher(content);
    if (!negligent.find() || conditional(content, negligent.start())) return null;
    return !negatedBefore(content, negligent.start(), 3);
  }


  private static boolean conditional(String content, int at) {
    String before = content.substring(0, at);
    return CONDITIONAL.matcher(before).find() || STANCE_BEFORE.matcher(before).find();
  }
}
