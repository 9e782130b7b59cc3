package io.contraflow.analysis.contradictions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The unit killed nine rebels in the raid" against "those the soldiers shot were farmers, not rebels": whether the
 * people killed were fighters. A force counts its dead as militants, guerrillas or members of an armed group;
 * relatives, witnesses and rights groups say they were civilians, workers or children. Read only where the content
 * speaks of those killed: the object of a killing ("killed nine rebels", "rebels were killed"), or the subject of "were"
 * that names the dead ("those killed were", "the victims were", "the eleven were", "my son was", "they were"). A
 * negation turns an answer round ("were not guerrillas, but farmers": the first answer read, negated, is "civilians").
 */
final class Combatants extends ForceConduct {
  private static final String FIGHTERS = "(?:militants?|guerrill(?:as?|eros?)|rebels?|insurgents?|terrorists?|fighters?|combatants?|"
      + "jihadists?|extremists?|dissidents?|gunm[ae]n|bandits?|gang\\s+members?|suicide\\s+bombers?|paramilitar(?:y|ies)|"
      + "armed\\s+(?:groups?|gangs?|men|bands?))";
  private static final String CIVILIANS = "(?:civilians?|non-combatants?|villagers?|farmers?|peasants?|(?:aid\\s+)?workers?|"
      + "labou?rers?|miners?|fisherm[ae]n|herders?|students?|children|child|bystanders?|passers-by|shepherds?|traders?)";
  /** The killing, as a verb: "killed", "had shot dead", "neutralised"; not an adjective ("the murdered civilians"). */
  private static final String KILLED = "(?<!\\bthe\\s)(?<!\\ba\\s)(?<!\\bthose\\s)(?<!\\bof\\s)\\b(?:kill(?:ed|s|ing)?|shot\\s+dead|"
      + "neutrali[sz]ed|eliminated|massacred|executed|murdered)";
  /** "shot by a band of armed men": those after "by" did the killing. */
  private static final String BY_NOT_AFTER = "(?!\\s+by\\b)";
  /**
   * "behind the deaths of farmers", "denied a part in shooting the herders", "denied it carried out a massacre that
   * killed 100 villagers", "denied negligence in the blast that killed 80 miners": who did it or was to blame, not who the
   * dead were (a denial of it says nothing of fighters).
   */
  private static final Pattern WHO_DID_IT_BEFORE = Pattern.compile("(?i)\\b(?:responsible|responsibility|blamed|role|part|"
      + "involvement|involved|behind|accused|guilty|charged|carried\\s+out|committed|perpetrated|negligence|negligent|fault|"
      + "liability|liable)\\b(?:\\s+[\\w-]+){0,4}\\s+$");
  /**
   * Up to three words before the people killed: a number, "suspected", "armed", "all the", a group's name; not a
   * preposition ("killed in a gunmen attack": the gunmen attacked).
   */
  private static final String FEW_WORDS = "\\s+(?:(?!(?:in|at|during|after|near|on|from|as|when|while|amid|since)\\b)[\\w,-]+\\s+){0,3}?";
  /** "killed 11 suspected rebels", "nine militants were killed", "members of the armed group were killed". */
  private static final Pattern FIGHTERS_KILLED = Pattern.compile("(?i)" + KILLED + BY_NOT_AFTER + FEW_WORDS + FIGHTERS + "\\b|\\b" + FIGHTERS
      + "\\s+(?:[\\w-]+\\s+){0,3}?(?:were|was|had\\s+been|have\\s+been)\\s+(?:killed|neutrali[sz]ed|eliminated|shot\\s+dead)\\b");
  /**
   * "killed five villagers", "massacred unarmed farmers"; women and children named among the dead ("more than 60 dead,
   * including nine children and four women", "at least 40 killed, 20 of whom were women or children", "the victims were
   * mostly women"); claims of a civilian toll ("rejected reports of a heavy civilian toll"; not "denied any part in civilian
   * deaths", which answers who did it).
   */
  private static final Pattern CIVILIANS_KILLED = Pattern.compile("(?i)" + KILLED + FEW_WORDS + CIVILIANS + "\\b"
      + "|\\b(?:killed|dead|deaths|died|victims|martyrs|casualties|fatalities)\\b[^.;:]{0,30}?(?:\\bincluding|\\bamong\\s+(?:them|whom)"
      + "|\\b(?:\\w+\\s+)?of\\s+(?:them|whom)|\\b(?:were\\s+)?(?:mostly|mainly|largely|chiefly)|\\bmost\\s+of\\s+them(?:\\s+were)?)\\s+(?:[\\w,-]+\\s+){0,2}?"
      + "(?:women|" + CIVILIANS + ")\\b"
      + "|\\b(?:claims?|reports?|allegations?|accounts?)\\s+of\\s+(?:an?\\s+)?(?:\\w+\\s+)?civilian\\s+(?:death\\s+)?(?:toll|casualties|deaths)\\b"
      // ("forty villagers were massacred", "131 civilians had been killed": the passive.)
      + "|\\b" + CIVILIANS + "\\s+(?:[\\w-]+\\s+){0,2}?(?:were|was|had\\s+been|have\\s+been)\\s+(?:killed|massacred|executed|murdered|slaughtered|shot\\s+dead)\\b");

  /**
   * Who "were" speaks of: the dead ("those killed by the soldiers", "the victims", "the eleven", "all nine") or those
   * who speak for them ("they", "he", "my son").
   */
  private static final Pattern THE_DEAD = Pattern.compile("(?i)\\b(?:killed|dead|died|slain|shot|murdered|victims|deceased|bodies)\\b|"
      + "^\\W*(?:they|he|she)\\b|\\b(?:my|his|her|our|their)\\s+(?:sons?|daughters?|brothers?|husbands?|fathers?|children|child|relatives)\\b|"
      + "^\\W*(?:all\\s+|the\\s+)(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\\b");
  private static final String WERE = "(?:\\b(?:were|was|are|is|had\\s+been|have\\s+been)|\\b(?:weren|wasn|aren|isn)['’]t)(?:\\s+(?:not|never|all|"
      + "just|only|simply|merely|ordinary|innocent|unarmed|suspected|armed|at\\s+all|rather))*\\s+(?:an?\\s+)?";
  /** "were militants", "was a guerrilla", "were members of ...", "belonged to ...": the last two only of a group below. */
  private static final Pattern WERE_FIGHTERS = Pattern.compile("(?i)" + WERE + "(?:" + FIGHTERS + "\\b|(?:members|part)\\s+of\\s+)"
      + "|\\bbelonged\\s+to\\s+");
  /**
   * What follows "members of" or "belonged to" for a group of fighters: a capitalised name ("the Kessa Front") or an armed
   * group ("an armed gang"); not "members of one family", "part of a crew".
   */
  private static final Pattern ARMED_GROUP = Pattern.compile("(?:the\\s+|an?\\s+)?(?:(?i:armed|rebel|militant|criminal|terrorist|"
      + "jihadist|insurgent|guerrilla|paramilitary|dissident)\\b|" + FIGHTERS + "\\b|[A-Z])");
  /** "were civilians", "was a farmer", "were unarmed villagers". */
  private static final Pattern WERE_CIVILIANS = Pattern.compile("(?i)" + WERE + CIVILIANS + "\\b");

  /** Every match holds one of these: a content holding none (most do) skips the patterns. */
  private static final java.util.List<String> SIDE_WORDS = java.util.List.of("milita", "guerr", "rebel", "insurg", "terror", "fighter",
      "combatant", "jihad", "extremis", "dissident", "gunm", "bandit", "gang", "bomber", "paramil", "member", "part of", "belonged",
      "civilian", "villager", "farmer", "peasant", "worker", "labo", "miner", "fisherm", "herder", "student", "child", "bystander",
      "passers", "shepherd", "trader", "women");

  Combatants() {
    super("combatants", "whether those killed were fighters", "those killed were fighters", "those killed were civilians");
  }

  @Override
  Boolean answer(String content) {
    if (holdsNone(content, SIDE_WORDS)) return null;
    Boolean killed = earlier(content, FIGHTERS_KILLED.matcher(content), CIVILIANS_KILLED.matcher(content), false);
    return killed != null ? killed : earlier(content, WERE_FIGHTERS.matcher(content), WERE_CIVILIANS.matcher(content), true);
  }

  /**
   * The answer of the earlier of the two matches, turned round where a negation stands in or just before it; null when
   * neither matches. With {@code ofTheDead}, a match counts only where "were" speaks of the dead.
   */
  private static Boolean earlier(String content, Matcher fighters, Matcher civilians, boolean ofTheDead) {
    int f = next(content, fighters, ofTheDead);
    int c = next(content, civilians, ofTheDead);
    if (f >= 0 && (c < 0 || f <= c)) return !negatedAt(content, fighters, 3);
    if (c >= 0) return negatedAt(content, civilians, 3);
    return null;
  }

  /** Where the next counted match starts, or -1. */
  private static int next(String content, Matcher m, boolean ofTheDead) {
    while (m.find()) {
      if (WHO_DID_IT_BEFORE.matcher(content.substring(Math.max(0, m.start() - 40), m.start())).find()) continue;
      if (!ofTheDead) return m.start();
      if (speaksOfTheDead(content, m.start()) && groupOfFighters(content, m)) return m.start();
    }
    return -1;
  }

  /** The subject before the copula, back to the last comma, names the dead or speaks for them. */
  private static boolean speaksOfTheDead(String content, int copula) {
    return THE_DEAD.matcher(content.substring(content.lastIndexOf(',', copula) + 1, copula)).find();
  }

  /** "members of", "belonged to": only of a group of fighters. */
  private static boolean groupOfFighters(String content, Matcher m) {
    String found = m.group().strip();
    if (!found.endsWith(" of") && !found.endsWith(" to")) return true;
    return ARMED_GROUP.matcher(content).region(m.end(), content.length()).lookingAt();
  }
}
