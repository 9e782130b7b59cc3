package io.contraflow.analysis.contradictions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Soldiers opened fire on the marchers" against "the soldiers never shot at anyone; they fired warning shots into
 * the air": whether those with guns fired on people. Witnesses and the wounded say they came under fire or that live rounds
 * were used; the force says it fired no shots at people, only warning shots, into the air or with blank ammunition. A
 * negation just before turns a report of firing round ("never shot at the marchers", "had not opened fire").
 */
final class Gunfire extends ForceConduct {
  private static final String PEOPLE = "(?:the\\s+|a\\s+|unarmed\\s+|peaceful\\s+|\\d+\\s+|(?:two|three|four|five|six|seven|eight|nine|ten|"
      + "several|many|dozens\\s+of|scores\\s+of)\\s+)*(?:crowds?|protesters|protestors|demonstrators|"
      + "people|civilians|mourners|worshippers|students|villagers|residents|marchers|aid\\s+seekers|them|us|him|her|"
      + "farmers|workers|miners|labourers|laborers|men|women|children|boys|girls|teenagers|youths|pilgrims|"
      // One person shot: "shooting at the student", "fired at the young man".
      + "anyone|anybody|(?:young\\s+)?(?:student|protester|protestor|demonstrator|man|woman|boy|girl|teenager|youth|journalist|driver|victim))";
  /** Those who carry guns for the state: "the police", "security forces", "the soldiers", "officers". */
  private static final String FORCE = "(?:police(?:\\s+officers|men)?|policemen|officers|soldiers|troops|security\\s+forces|"
      + "the\\s+army|army\\s+(?:troops|soldiers)|guards|riot\\s+police)";
  /**
   * "opened fire on the crowd", "fired live rounds at protesters", "fired directly into the crowd", "kept firing toward
   * us", "came under fire" (not "came under fire for his remarks"), "live ammunition".
   */
  private static final Pattern FIRED = Pattern.compile("(?i)\\b(?:(?:open(?:ed|s|ing)?)\\s+fire\\s+(?:on|at|into)\\b|"
      // ("fired directly into the crowd", "shot indiscriminately at protesters")
      + "(?:fir(?:e|ed|es|ing)|shoot(?:ing|s)?|shot|discharg(?:e|ed|es|ing))\\s+(?:\\w+ly\\s+)?(?:(?:live\\s+|\\d+-gauge\\s+)?(?:rounds|bullets|ammunition|"
      + "shots|guns|shells|shotguns|rifles|pellets|birdshot)\\s+)?(?:\\w+ly\\s+)?"
      + "(?:on|at|into|toward|towards)\\s+" + PEOPLE + "\\b|came\\s+under\\s+(?:\\w+\\s+)?(?:fire|gunfire)\\b(?!\\s+(?:for|over)\\b)|"
      + "live\\s+(?:rounds|ammunition|bullets|fire)\\b|"
      // ("a large number of gunshot wounds", "struck by gunfire": the wounds tell of firing at people.)
      + "(?:gunshot|bullet)\\s+(?:wounds|injur(?:y|ies))\\b|(?:struck|hit|wounded|injured)\\s+by\\s+(?:live\\s+)?(?:gunfire|bullets)\\b|"
      // The force named as the one that shot: "police shot the student", "soldiers shot dead Ivo Dorov", "pellets
      // fired by police", "the police fired shotguns", "was shot by soldiers". (Not "bullets fired by protesters".)
      + FORCE + "\\s+(?:(?:had|have|has)\\s+)?(?:shot|shoot)\\s+(?:dead\\s+)?(?:" + PEOPLE + "\\b|(?-i:\\p{Lu}\\p{Ll}+))|"
      + "(?:pellets|bullets|rounds|shots|shells)\\s+(?:were\\s+)?fired\\s+by\\s+(?:the\\s+)?" + FORCE + "|"
      + "shot\\s+(?:dead\\s+)?by\\s+(?:the\\s+)?" + FORCE + "|"
      + FORCE + "\\s+fired\\s+(?:live\\s+|\\d+-gauge\\s+)?(?:shotguns|rifles|bullets|pellets|birdshot)\\b)");
  /**
   * "warning shots", "fired into the air", "blank ammunition", "no shots were fired", "injured in the stampede"; and a
   * force's account of using
   * nothing deadly, "fired only blanks", "responded with rubber bullets", against reports of live fire.
   */
  private static final Pattern NOT_AT_PEOPLE = Pattern.compile("(?i)\\b(?:warning\\s+shots|(?:fired|firing|shots)\\s+(?:\\w+\\s+)?into\\s+the\\s+air|"
      + "blank\\s+(?:ammunition|rounds|bullets|cartridges)|no\\s+shots\\s+were\\s+fired|(?:fired|used|using)\\s+only\\s+blanks|"
      + "(?:only|(?:responded|retaliated|replied)\\s+with)\\s+(?:rubber|plastic)\\s+(?:bullets|rounds)|"
      // "had only used non-lethal weapons", "blank shots", "was no victim of army gunfire".
      + "only\\s+(?:used\\s+|fired\\s+)?non-lethal|used\\s+only\\s+non-lethal|blank\\s+shots|"
      + "not\\s+(?:a\\s+)?victims?\\s+of\\s+(?:police\\s+|army\\s+)?(?:firing|fire|gunfire|shooting|bullets)|"
      // A force's account that the harm came from a crush, not its fire: "injured as a result of pushing and trampling",
      // "most died in the stampede", "were trampled". (Read only where the claim tells of no firing at people.)
      + "(?:injured|hurt|killed|died|wounded)\\s+(?:as\\s+a\\s+result\\s+of|in|by|from|during)\\s+(?:a\\s+|the\\s+)?"
      + "(?:stampede|crush|pushing\\s+and\\s+trampling|trampling|pushing\\s+and\\s+shoving)|(?:were|was|been)\\s+trampled)\\b");

  Gunfire() {
    super("gunfire", "whether they fired on people", "fired on people", "did not fire on people");
  }

  /** Words every match of the two patterns holds: most contents hold none, and skip them. */
  private static final java.util.List<String> WORDS = java.util.List.of("fir", "shot", "shoot", "gun", "bullet", "round", "ammunition",
      "pellet", "discharg", "blank", "lethal", "trampl", "stampede", "crush", "pushing");

  @Override
  Boolean answer(String content) {
    if (holdsNone(content, WORDS)) return null;
    Matcher fired = FIRED.matcher(content);
    if (fired.find()) return !negatedBefore(content, fired.start(), 3);
    return NOT_AT_PEOPLE.matcher(content).find() ? Boolean.FALSE : null;
  }
}
