package io.contraflow.analysis.contradictions;

import java.util.regex.Pattern;

/**
 * "Police fired without warning" against "the crowd was warned repeatedly to leave": whether those hit were warned
 * first. Before a dispersal, a strike, a demolition or a dam's release, the side that acted says it gave warnings or
 * notice; those hit, witnesses and residents say no warning came.
 */
final class Warning extends ForceConduct {
  /** How many warnings: "10", "ten", "two". */
  private static final String COUNT = "(?:\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
  /** "without warning", "no warning was given", "were not warned", "gave no notice". */
  private static final Pattern NONE = Pattern.compile("(?i)\\b(?:without\\s+(?:any\\s+|prior\\s+|advance\\s+|a\\s+)?(?:warning|notice)|"
      + "no\\s+(?:prior\\s+|advance\\s+|clear\\s+)?(?:warnings?|notice)\\b|(?:were|was|had\\s+been)\\s+(?:not|never)\\s+(?:\\w+\\s+)?warned|"
      + "(?:gave|give|issued|sent)\\s+no\\s+(?:warnings?|notice))");
  /**
   * "warnings were given", "after repeated warnings", "were warned to leave", "had been given notice", "gave ample
   * warning".
   */
  private static final Pattern GIVEN = Pattern.compile("(?i)\\b(?:(?:repeated|several|many|multiple|clear|ample|prior|advance)\\s+)?"
      + "warnings?\\s+(?:were|was|had\\s+been|have\\s+been)\\s+(?:\\w+\\s+)?(?:given|issued|broadcast|made|sent|announced)|"
      + "\\bafter\\s+(?:repeated|several|many|multiple|numerous)\\s+warnings\\b|"
      + "\\b(?:were|was|had\\s+been|have\\s+been)\\s+(?:\\w+\\s+)?warned\\s+(?:to\\s+(?:leave|evacuate|disperse|go)|in\\s+advance|beforehand|"
      + "ahead|repeatedly|several\\s+times|many\\s+times)|"
      + "\\b(?:were|was|had\\s+been)\\s+given\\s+(?:ample\\s+|enough\\s+|sufficient\\s+|prior\\s+|advance\\s+)?(?:warning|notice)|"
      + "\\b(?:gave|given|issued|sent)\\s+(?:them\\s+|residents\\s+|the\\s+\\w+\\s+)?(?:ample\\s+|repeated\\s+|several\\s+|clear\\s+|advance\\s+|"
      + COUNT + "\\s+)(?:(?:verbal|radio|prior|separate)\\s+)?(?:warnings?|notice)\\b|"
      // "ignored ten warnings": warnings that came, counted. ("Ignored repeated warnings" about a dam's cracks is
      // another matter: what those in charge were told, not whether those hit were warned.)
      + "\\b(?:ignored|disregarded|defied)\\s+" + COUNT + "\\s+(?:(?:verbal|radio|separate)\\s+)?warnings\\b|"
      // "warned the government and began evacuating villages", "alerted the authorities": a warning passed on before it came.
      + "\\b(?:warned|alerted|notified)\\s+(?:the\\s+|local\\s+|nearby\\s+)*(?:government|authorities|residents|villagers|villages|"
      + "population|public)\\b|\\b(?:began|started)\\s+evacuating\\b|"
      // "warned the pilots ten times", "were warned 10 times": how often.
      + "\\bwarned\\s+(?:[\\w'’-]+\\s+){0,3}?(?:" + COUNT + "|repeatedly|several|many|multiple|numerous)\\s+times\\b|\\bwarned\\s+(?:[\\w'’-]+\\s+){0,3}?repeatedly\\b");

  Warning() {
    super("warning", "whether they were warned first", "were warned first", "no warning was given");
  }

  @Override
  Boolean answer(String content) {
    if (NONE.matcher(content).find()) return Boolean.FALSE;
    java.util.regex.Matcher given = GIVEN.matcher(content);
    if (given.find()) return !negatedBefore(content, given.start(), 2);
    return null;
  }
}
