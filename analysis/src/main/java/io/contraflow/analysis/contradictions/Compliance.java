package io.contraflow.analysis.contradictions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The wall met every industry standard" against "such a wall was unlawful and should never have been built": whether
 * what failed (a structure, a refurbishment, an inspection regime, a crew's procedure) kept to the rules. One named
 * party says it complied, met the standards, was legal or passed its inspections; another that it broke the rules,
 * failed to comply, was banned or unlawful, or should never have been there. Disasters are argued over this more
 * than over any other judgement: the operator and the regulator on one side, experts, victims and later inquiries on
 * the other.
 */
final class Compliance extends Judgement {
  private static final String RULES = "(?:standards?|regulations?|rules?|requirements?|codes?|norms|guidelines|procedures|protocols|"
      + "laws?|specifications|permits?)";
  /** "met all required safety standards", "adhered to the relevant regulations", "was built according to the code". */
  private static final Pattern KEPT = Pattern.compile("(?i)\\b(?:met|meets|meet|meeting|satisf(?:y|ied|ies)|fulfill?(?:ed|s)?|"
      + "compl(?:ied|y|ies|ying) with|adhered to|adheres to|adhere to|conformed to|conforms to|conform to|in line with|"
      + "respect(?:ed|s|ing)?|(?:fully\\s+|entirely\\s+|well\\s+|strictly\\s+)?within|"
      + "in accordance with|in\\s+[\"“]?(?:full\\s+|complete\\s+|total\\s+|strict\\s+)?compliance with|(?:built|installed|designed|constructed|operated|done|carried out|placed) according to|"
      + "followed|follows|follow|up to)\\s+(?:[\\w,'’\"“”-]+\\s+){0,8}?" + RULES + "\\b"
      + "|\\b(?:passed|passes|pass)\\s+(?:[\\w-]+\\s+){0,4}?(?:inspections?|checks|audits?|safety tests?)\\b"
      + "|\\b(?:received|got|was\\s+given|were\\s+given)\\s+a\\s+(?:clean\\s+bill\\s+of\\s+health|pass(?:ing\\s+(?:grade|mark))?)\\b"
      + "|\\b(?:was|were|is|are|had been|has been)\\s+(?:fully\\s+|entirely\\s+|perfectly\\s+)?(?:legal|lawful|compliant|certified)\\b");
  /** "did not meet", "failed to comply with", "never followed": a kept rule negated just before. */
  private static final Pattern NOT_BEFORE = Pattern.compile("(?i)(?:\\bnot|\\bnever|n['’]t|\\bfailed to|\\bfailing to|\\bfails to|\\bfail to)"
      + "\\s+(?!(?:merely|only|just|simply)\\b)(?:\\w+\\s+){0,2}$");
  private static final Pattern NOT_MERELY = Pattern.compile("(?i)\\s+(?:merely|only|just|simply)\\b");
  /** "is to be banned", "will be banned": a rule to come, which says nothing of the rules then. */
  private static final Pattern RULE_TO_COME = Pattern.compile("(?i)\\b(?:to be|will be|would be|could be|should be|be)\\s+(?:\\w+ly\\s+)?$");
  /** The rules' own words, which every claim of the question shares. */
  private static final Pattern RULE_WORDS = Pattern.compile("(?i)^(?:standard|regulation|rule|requirement|code|norm|guideline|procedure|"
      + "protocol|law|specification|permit|legal|lawful|unlawful|illegal|banned|prohibited|compliant|comply|complied|met|meet|safety)");
  /** "violated safety rules", "was unlawful under existing regulations", "should never have been used". */
  private static final Pattern BROKEN = Pattern.compile("(?i)\\b(?:violat\\w+|breach\\w*|broke|broken|breaking|flout\\w*|contraven\\w+|"
      + "circumvent\\w*|disregard\\w*)\\s+(?:[\\w,-]+\\s+){0,5}?" + RULES + "\\b"
      + "|\\b(?:unlawful|illegal|illegally|non-compliant|noncompliant|banned|prohibited|substandard|sub-standard)\\b"
      + "|\\bshould (?:never|not) have been (?:used|installed|built|there|allowed|approved|fitted|placed|erected|permitted)\\b"
      + "|\\bshould (?:never|not) (?:be|have been) there\\b");

  Compliance() {
    super("compliance", "whether the rules were kept", "kept to the rules", "broke the rules");
  }

  @Override
  boolean ownWord(String w) {
    return RULE_WORDS.matcher(w).find();
  }

  @Override
  Boolean answer(String content) {
    Matcher broken = BROKEN.matcher(content);
    if (broken.find()) {
      String before = content.substring(0, broken.start());
      if (RULE_TO_COME.matcher(before).find()) return null;
      // "did not violate any rule" keeps the rules; "not banned merely in Europe but here too" bans it all the more.
      boolean onlyMore = NOT_MERELY.matcher(content.substring(broken.end())).lookingAt();
      // "there is no evidence the ship had broken the rules" keeps them as far as the speaker knows.
      return (NOT_BEFORE.matcher(before).find() || negatedBefore(content, broken.start(), 5)) && !onlyMore;
    }
    // ("did not meet the standards" breaks them.)
    Matcher kept = KEPT.matcher(content);
    if (!kept.find()) return null;
    return !NOT_BEFORE.matcher(content.substring(0, kept.start())).find();
  }
}
