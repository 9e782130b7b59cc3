package io.contraflow.analysis.contradictions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Insurgents were firing from inside the clinic" against "there were no armed men in the compound": whether fighters
 * were at the place that was struck. The side that struck says the site held fighters or was used by them; those who ran
 * it, the wounded and witnesses say no one armed was there.
 */
final class ArmedPresence extends ForceConduct {
  private static final String FIGHTERS = "(?:militants?|fighters?|gunm[ae]n|insurgents?|combatants?|terrorists?|snipers?|armed\\s+m[ae]n|"
      + "armed\\s+groups?|rebels?)";
  private static final String SITE = "(?:the\\s+|a\\s+|its\\s+|their\\s+)?(?:hospital|clinic|compound|building|school|site|premises|"
      + "mosque|church|shelter|camp|facility|ward|grounds|house|home)";
  /**
   * "militants were firing from the hospital", "insurgents hiding in the school", "the compound was being used by
   * fighters", "used the clinic as a base".
   */
  private static final Pattern PRESENT = Pattern.compile("(?i)\\b" + FIGHTERS + "\\s+(?:were\\s+|was\\s+|had\\s+been\\s+)?(?:not\\s+|never\\s+)?(?:firing|fired|shooting|"
      + "operating|hiding|sheltering|based|positioned|holed\\s+up|present)\\s+(?:from\\s+)?(?:inside\\s+|within\\s+|in\\s+|at\\s+|near\\s+)?"
      + SITE + "\\b|\\b" + SITE + "\\s+(?:was|were|had\\s+been)\\s+(?:being\\s+)?used\\s+by\\s+" + FIGHTERS + "\\b|"
      + "\\bused\\s+" + SITE + "\\s+as\\s+(?:a\\s+)?(?:base|shield|command\\s+cent(?:re|er)|firing\\s+position|cover)\\b");
  /** "no fighters were in the compound", "there were no armed men inside", "no weapons in the hospital". */
  private static final Pattern ABSENT = Pattern.compile("(?i)\\b(?:no|not\\s+a\\s+single|not\\s+one)\\s+(?:armed\\s+)?(?:"
      + FIGHTERS + "|weapons|guns|armed\\s+(?:person|man))\\s+(?:were\\s+|was\\s+|had\\s+been\\s+)?(?:present\\s+|found\\s+|seen\\s+|stored\\s+|kept\\s+)?(?:inside|in|at|within|"
      + "on|near)\\b");

  /** "gunmen located near the reporters", "militants positioned in the vicinity": fighters near those who were hit. */
  private static final Pattern NEARBY = Pattern.compile("(?i)\\b" + FIGHTERS + "\\s+(?:who\\s+were\\s+|were\\s+|was\\s+)?(?:located|"
      + "positioned|stationed|operating|present)\\s+(?:near|nearby|close\\s+to|next\\s+to|in\\s+the\\s+(?:immediate\\s+)?vicinity)\\b");
  /**
   * "found no information suggesting armed men were active in the vicinity", "has not confirmed the presence of
   * gunmen": nothing shows fighters were there.
   */
  private static final Pattern NOTHING_SHOWS = Pattern.compile("(?i)\\bno\\s+(?:information|evidence|signs?|indications?|proof)\\s+"
      + "(?:suggesting|to\\s+suggest|that|of)\\b[^.;]{0,40}?\\b(?:armed|" + FIGHTERS + ")\\b[^.;]{0,60}?\\b(?:vicinity|near|nearby|"
      + "present|presence|area)\\b|\\b(?:not|never)\\s+(?:been\\s+)?confirmed\\s+the\\s+presence\\s+of\\s+(?:[\\w-]+\\s+)?(?:armed\\b|" + FIGHTERS + ")");

  ArmedPresence() {
    super("armed-presence", "whether fighters were at the site", "fighters were at the site", "no fighters were there");
  }

  @Override
  Boolean answer(String content) {
    if (ABSENT.matcher(content).find() || NOTHING_SHOWS.matcher(content).find()) return Boolean.FALSE;
    Matcher present = PRESENT.matcher(content);
    if (present.find()) return !negatedAt(content, present, 3);
    Matcher nearby = NEARBY.matcher(content);
    if (nearby.find()) return !negatedAt(content, nearby, 3);
    return null;
  }
}
