package io.contraflow.analysis.claims;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a number in a claim counts ("killed", "injured", "missing", "aboard", ...): the measure word nearest it in its
 * clause, or named in the clause's subject ("the number of people killed has risen to 32"). Read by
 * {@link QuantityReader} for each figure.
 */
final class CountedMeasure {
  private CountedMeasure() {}

  private static final Pattern THOUSANDS_COMMA = Pattern.compile("(?s).*\\d,\\d.*");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");

  /** How many are held hostage. */
  private static final String HELD = "held hostage";

  private static final Map<String, String> MEASURES = Map.ofEntries(
      Map.entry("killed", "killed"), Map.entry("kill", "killed"), Map.entry("killing", "killed"), Map.entry("dead", "killed"), Map.entry("died", "killed"), Map.entry("die", "killed"),
      Map.entry("deaths", "killed"), Map.entry("death", "killed"), Map.entry("lives", "killed"), Map.entry("fatalities", "killed"),
      Map.entry("bodies", "killed"), Map.entry("victims", "killed"), Map.entry("toll", "killed"), Map.entry("martyrs", "killed"),
      Map.entry("martyred", "killed"), Map.entry("drowned", "killed"), Map.entry("perished", "killed"),
      // ("executed 12 prisoners", "the mass execution of 90 villagers", "40 fighters neutralised": put to death, as armies
      // and rights groups word it.)
      Map.entry("executed", "killed"), Map.entry("execution", "killed"), Map.entry("executions", "killed"),
      Map.entry("neutralised", "killed"), Map.entry("neutralized", "killed"),
      Map.entry("injured", "injured"), Map.entry("injuring", "injured"), Map.entry("wounding", "injured"), Map.entry("wounded", "injured"), Map.entry("wound", "injured"), Map.entry("hurt", "injured"),
      Map.entry("injuries", "injured"), Map.entry("critical", "injured"), Map.entry("hospitalised", "hospitalised"), Map.entry("hospitalized", "hospitalised"),
      // ("1,000 schoolgirls affected", "5,000 were poisoned", "dozens fell ill": those an outbreak or a leak harmed.)
      Map.entry("affected", "affected"), Map.entry("poisoned", "affected"), Map.entry("sickened", "affected"), Map.entry("ill", "affected"),
      Map.entry("hospital", "hospitalised"), Map.entry("arrested", "detained"), Map.entry("detained", "detained"),
      Map.entry("detentions", "detained"), Map.entry("arrests", "detained"),
      // ("three captured alive": taken, not killed, though the clause before told of the dead.)
      Map.entry("captured", "detained"),
      // ("four casualties", "casualties on one side came to 35": the dead, or the dead and the wounded, as the
      // writer uses the word; a measure of its own, set against other counts of casualties only.)
      Map.entry("casualties", "casualties"), Map.entry("casualty", "casualties"),
      // ("five citizens still unaccounted for": not found, as "missing" says.)
      Map.entry("unaccounted", "missing"),
      // ("81 victims remain unnamed", "112 bodies still unidentified": the dead not yet named, a count of its own.)
      Map.entry("unidentified", "unidentified"), Map.entry("unnamed", "unidentified"), Map.entry("unclaimed", "unidentified"),
      Map.entry("missing", "missing"), Map.entry("trapped", "trapped"), Map.entry("rescued", "rescued"), Map.entry("saved", "rescued"),
      Map.entry("evacuated", "evacuated"), Map.entry("displaced", "displaced"), Map.entry("stilldisplaced", "still displaced"),
      // How many were on a boat or a plane: the figure a shipwreck's or a crash's toll is read against.
      Map.entry("aboard", "aboard"), Map.entry("onboard", "aboard"), Map.entry("passengers", "aboard"),
      // ("a boat carrying about 170 people": how many it carried; "carrying 40 tonnes" is a load, see QuantityReader.)
      Map.entry("carrying", "aboard"), Map.entry("carried", "aboard"),
      // How many came: organisers and police disagree about a crowd as much as parties about a toll.
      Map.entry("attended", "attended"), Map.entry("attending", "attended"), Map.entry("attendance", "attended"),
      Map.entry("crowd", "attended"), Map.entry("crowds", "attended"), Map.entry("turnout", "attended"), Map.entry("marched", "attended"),
      Map.entry("rallied", "attended"), Map.entry("gathered", "attended"), Map.entry("protested", "attended"),
      Map.entry("demonstrated", "attended"),
      // ("the demonstration drew 90,000 at its height", "90,000 people on the route of the protest": the gathering itself.)
      Map.entry("demonstration", "attended"), Map.entry("rally", "attended"), Map.entry("protest", "attended"), // (not "march": a month too)
      // How many were at the site ("87 workers were inside the mine", "110 worked underground"): what its toll and its
      // missing are read against, as the number aboard is for a crash.
      Map.entry("present", "present"),
      // ("gunmen holding up to 900 hostages", "a count of 200 captives"): how many are held, which
      // besiegers, officials and the freed dispute as they do a toll.
      // ("fired four shots", "five shots were fired": how many times an officer fired, which the officer's side and the
      // videos dispute as they do a toll.)
      // ("two warning shots into the air" are not shots at anyone: a count of their own.)
      Map.entry("shots", "shots fired"), Map.entry("gunshots", "shots fired"), Map.entry("warning", "warning shots"),
      Map.entry("hostages", HELD), Map.entry("hostage", HELD), Map.entry("captives", HELD),
      // ("30 hostages were freed": what befell those held, a count of its own.)
      Map.entry("freed", "freed"),
      // ("6,000 inmates escaped", "the mass escape of 1,534 prisoners": how many broke out, which the police and the
      // prison service dispute; not how many were caught again, a count that grows by the day.)
      Map.entry("escaped", "escaped"), Map.entry("escape", "escaped"), Map.entry("escapees", "escaped"),
      // ("at least six men were involved in the killing": how many did it, not how many died.)
      Map.entry("involved", "involved"));

  private static String[] words(String text) {
    // ("on board", "on the boat", "crammed into the boat" are one word here, as "aboard" is.)
    // (The phrase needs "on ", which few clauses hold: the others skip the matcher; a loop, not a stream, drops empties.)
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("on ") || lower.contains("nto ")) lower = ON_BOARD.matcher(lower).replaceAll("onboard");
    // ("took part", "turned out": how many came, as "attended" says.)
    if (lower.contains(" part") || lower.contains(" out")) lower = TOOK_PART.matcher(lower).replaceAll("attended");
    // ("still living in camps", "moved into settlement camps", "the camp population": displaced, as "displaced" says.)
    // ("still in camps", "remain homeless": those not yet housed again, a count of its own beside how many ever were.)
    if (lower.contains("camp") || lower.contains("tents") || lower.contains("homeless")) {
      lower = IN_CAMPS.matcher(lower).replaceAll(m -> m.group(1) != null ? "stilldisplaced" : "displaced");
    }
    // ("were inside the mine", "worked underground": at the site, as "present" says.)
    if (lower.contains("inside") || lower.contains("underground") || lower.contains(" in the ") || lower.contains(" on the ")) lower = AT_THE_SITE.matcher(lower).replaceAll("present");
    // ("afraid for the lives of six divers": their safety, not their deaths.)
    if (lower.contains("lives")) lower = FOR_THE_LIVES.matcher(lower).replaceAll("for the safety");
    // ("we cannot find 300 people", "90 have yet to be found": not found, as "missing" says.)
    if (lower.contains("find") || lower.contains("found") || lower.contains("locate")) lower = NOT_FOUND.matcher(lower).replaceAll("missing");
    if (lower.contains("exit") || lower.contains("escape") || lower.contains("stair")) lower = WAYS_OUT.matcher(lower).replaceAll(WAYS);
    // ("nine workers had not been heard from since": missing, as "missing" says.)
    if (lower.contains("heard from")) lower = NOT_HEARD_FROM.matcher(lower).replaceAll("missing");
    // ("one person lost his life": died, as "lost their lives" says of many; not "a life sentence".)
    if (lower.contains(" life")) lower = LOST_A_LIFE.matcher(lower).replaceAll("died");
    // ("nineteen passengers were burnt alive": killed, as "burnt to death" says; not "found alive".)
    if (lower.contains("alive")) lower = KILLED_ALIVE.matcher(lower).replaceAll("killed");
    String[] split = NOT_LETTERS.split(lower);
    int n = 0;
    for (String w : split) if (!w.isEmpty()) split[n++] = w;
    return n == split.length ? split : java.util.Arrays.copyOf(split, n);
  }

  private static final Pattern DEAD_OR_MISSING = Pattern.compile("(?i)\\b(?:dead|killed|deaths)\\s+(?:or|and)\\s+(?:still\\s+|are\\s+)?missing\\b");

  private static final Pattern PRESUMED_DEAD = Pattern.compile("(?i)\\s*(?:[\\w-]+\\s+){0,3}?(?:were|are|was|is|remain|remained|have\\s+been|"
      + "had\\s+been)\\s+(?:still\\s+)?(?:presumed|feared|believed|thought)\\s+(?:to\\s+(?:be|have\\s+been|have)\\s+)?(?:dead|killed|died)\\b");
  private static final Pattern EITHER_DEAD_OR_HURT = Pattern.compile("(?i)\\s*(?:[\\w-]+\\s+){0,3}?(?:were|was|had\\s+been|have\\s+been)\\s+"
      + "either\\s+(?:shot\\s+)?(?:dead|killed)\\b[^.;]{0,60}?\\b(?:injured|wounded|hurt|assaulted|beaten)\\b");
  private static final Pattern TOTAL_BEFORE = Pattern.compile("(?i)\\b(?:making|bringing|for)\\s+(?:a|the)\\s+total\\s+(?:of|to)\\s*$");
  /** Before the clause's next number (so "40 died and 12 bodies are yet to be identified" leaves the 40 a toll). */
  private static final Pattern UNIDENTIFIED = Pattern.compile("(?i)^\\D*?\\b(still|remain\\w*|yet\\s+to\\s+be|are|were|ha(?:d|ve|s)\\s+been)\\s+"
      + "(?:still\\s+)?(unidentified|unnamed|unclaimed|identified)\\b");
  private static final Pattern NOT_YET_DEAD = Pattern.compile("(?i)\\b(?:missing|presumed|feared)\\b");
  private static final Pattern STILL_BEFORE = Pattern.compile("(?i)\\b(?:still|remain(?:s|ed|ing)?)\\s*$");
  private static final Pattern KILLED_ALIVE = Pattern.compile("\\b(?:burnt|burned|buried|roasted|boiled|incinerated)\\s+alive\\b");
  private static final Pattern IN_CAMPS = Pattern.compile("\\b(?:(still|remain(?:s|ed|ing)?)\\s+(?:[a-z]+\\s+)?)?(?:(?:in|into|under)\\s+"
      + "(?:[a-z-]+\\s+){0,2}?(?:camps|tents|tarpaulins?)|camp\\s+population|homeless)\\b");
  private static final Pattern AT_THE_SITE = Pattern.compile("\\b(?:were|was|are|is|worked|working|been)\\s+(?:still\\s+)?(?:\\(?underground\\b"
      + "|(?:inside|in)\\s+(?:the|a)\\s+(?:[a-z-]+\\s+){0,2}?(?:mine|pit|shaft|tunnel|plant|factory|building|warehouse|club|venue|hall|"
      + "stadium|school|hotel|theatre|theater|church|mosque)\\b)"
      // ("some 300 people were on the old pier": how many stood on a span or a pier.)
      + "|\\b(?:people|persons|visitors|tourists|pedestrians)\\s+(?:(?:were|was|had\\s+been)\\s+)?(?:(?:standing|crowded|gathered|packed)\\s+)?on\\s+the\\s+(?:[a-z-]+\\s+){0,2}?(?:bridge|footbridge|pier|jetty|platform)\\b");
  private static final Pattern NOT_FOUND = Pattern.compile("\\b(?:(?:can ?not|can['’]t|could\\s+not|couldn['’]t|unable\\s+to|"
      + "have\\s+not|haven['’]t|has\\s+not|hasn['’]t|had\\s+not|still\\s+not)\\s+(?:yet\\s+)?(?:find|found|locate|located)|"
      + "(?:could|can|have|has|had)\\s*(?:not|never)\\s+(?:yet\\s+)?(?:be|been)\\s+(?:found|located)|(?:yet|still)\\s+to\\s+be\\s+(?:found|located))\\b");
  /** A way out of a building, in one word: "fire escapes", "emergency exits", "escape routes". */
  private static final String WAYS = "waysout";
  private static final Pattern WAYS_OUT = Pattern.compile("\\b(?:(?:fire|emergency)\\s+(?:escapes?|exits?|doors?|stair(?:case|way|well)s?)"
      + "|escape\\s+routes?|exits?(?!\\s+polls?))\\b");
  private static final Pattern NOT_HEARD_FROM = Pattern.compile("\\b(?:(?:had|have|has)\\s+(?:not|never)|hadn['’]t|haven['’]t|hasn['’]t)"
      + "\\s+(?:yet\\s+)?been\\s+heard\\s+from\\b");
  private static final Pattern LOST_A_LIFE = Pattern.compile("\\b(?:lost|lose|loses|losing)\\s+(?:his|her|their|its)\\s+life\\b");
  private static final Pattern FOR_THE_LIVES = Pattern.compile("\\bfor\\s+(?:the|their|his|her)\\s+lives\\b");
  /**
   * "lost three of its soldiers", "had lost 12 men": a force's or a country's dead, counted by the losing side; "the loss
   * of 45 innocent souls", a firm's "lost 40 of its team members": the dead.
   */
  private static final Pattern LOST_BEFORE = Pattern.compile("(?i)\\b(?:los(?:t|e|es|ing)|loss\\s+of)(?:\\s+(?:at least|about|around|some|nearly|more than|over))?\\s*$");
  private static final Pattern PEOPLE_LOST = Pattern.compile("(?i)^(?:\\s+of\\s+(?:its|their|his|our)(?:\\s+own)?)?(?:\\s+[\\p{L}-]+){0,2}?\\s+"
      + "(?:soldiers|troops|servicemen|men|personnel|officers|sailors|fighters|crew|crewmen|citizens|nationals|lives|souls|guards|"
      + "workers|employees|staff|(?:team|staff|crew)\\s+members|colleagues|labourers|laborers)\\b");
  private static final Pattern WITH_BEFORE = Pattern.compile("(?i)\\b(?:with|carrying)\\s+(?:the\\s+)?$");
  private static final Pattern CRAFT_CARRYING = Pattern.compile("(?i)\\b(?:boat|ship|vessel|ferry|canoe|barge|trawler|dinghy|plane|aircraft|"
      + "jet|bus|train|minibus)\\s*,?\\s+(?:(?:that|which)\\s+was\\s+)?(?:carrying|with)(?:\\s+the)?\\s*$");
  private static final Pattern DEAD_AFTER = Pattern.compile("(?i)\\s*(?:[\\p{L}-]+\\s+)?(?:bodies|corpses|dead|remains)\\b");
  private static final Pattern WITH_ABOARD_AFTER = Pattern.compile("(?i)\\s*(?:[\\p{L}]+\\s+)?(?:on\\s+board|aboard|onboard)\\b");
  /** "on board", "on the boat"; "jammed onto the boat", "crammed into the vessel": those aboard, however packed. */
  private static final Pattern TOOK_PART = Pattern.compile("\\b(?:t(?:ook|ake|akes|aking)\\s+part|turn(?:ed|s|ing)?\\s+out)\\b");
  private static final Pattern ON_BOARD = Pattern.compile("\\b(?:on|(?:jammed|crammed|packed|squeezed|crowded)\\s+(?:onto|into|on|in))\\s+"
      + "(?:board|(?:the|a|an) (?:\\w+ ){0,2}?(?:boat|ship|vessel|trawler|ferry|dinghy|plane|aircraft|flight|jet))\\b");

  /** Things a number counts that are not people: "the aid workers' three vehicles", "two missiles", "five armoured cars". */
  private static final java.util.Set<String> THINGS = java.util.Set.of("vehicle", "vehicles", "car", "cars", "truck", "trucks", "lorry",
      "lorries", "bus", "buses", "building", "buildings", "house", "houses", "home", "homes", "missile", "missiles", "rocket", "rockets",
      "drone", "drones", "shell", "shells", "bomb", "bombs", "ship", "ships", "boat", "boats", "vessel", "vessels", "tank", "tanks",
      "aircraft", "plane", "planes", "jet", "jets", "helicopter", "helicopters", "blocks", "floors", "storeys", "stories", "spans",
      "reactors", "warehouses", "trains", "carriages", "wagons", "containers", "tents", "camps",
      // "seven members of one family", "nine people from one street": how many households or places, not people.
      "family", "families", "household", "households", "street", "streets", "village", "villages", "town", "towns",
      // "killed in two air strikes", "two blasts": the number counts what struck, not whom.
      "strikes", "airstrikes", "attacks", "explosions", "blasts", "raids", "waves", "salvos", "volleys",
      // ("killed in two separate incidents", "on three occasions", "die in one incident": how many happenings, not how many dead.)
      // (Not "attack", "blast": "12 blast victims" counts victims.)
      "incidents", "episodes", "occasions", "clashes", "incident", "episode", "occasion",
      // "did not die in the two hurricanes": how many storms or quakes.
      "hurricanes", "storms", "typhoons", "cyclones", "earthquakes", "quakes", "floods",
      // "the two countries", "eight nationalities", "both sides": how many states or parties, not people.
      "countries", "nations", "nationalities", "sides");

  /** Weapons fired, in one form: "two ballistic missiles", "25 drones". */
  private static final Map<String, String> MUNITIONS = Map.ofEntries(Map.entry("missile", "missiles"), Map.entry("missiles", "missiles"),
      Map.entry("rocket", "rockets"), Map.entry("rockets", "rockets"), Map.entry("drone", "drones"), Map.entry("drones", "drones"),
      Map.entry("shell", "shells"), Map.entry("shells", "shells"), Map.entry("bomb", "bombs"), Map.entry("bombs", "bombs"),
      Map.entry("projectile", "projectiles"), Map.entry("projectiles", "projectiles"));
  private static final Pattern LAUNCHED = Pattern.compile("(?i)\\b(?:fired|fire|firing|launched|launch|launching|used|using|struck|"
      + "hit|hitting|dropped)\\b");
  /** After a count, the rest of a content that is the count of weapons and nothing else: "(three) ballistic missiles." */
  private static final Pattern ALONE_AFTER = Pattern.compile("(?:\\s+[\\p{L}-]+){1,3}\\s*[.]?\\s*");
  /** What befell some of them: counts of those stopped or failed, which differ from those fired without any dispute. */
  private static final Pattern STOPPED = Pattern.compile("(?i)\\b(?:intercept\\w*|shot\\s+down|shoot\\s+down|downed|destroyed|neutrali[sz]ed|"
      + "repelled|stopped|failed|malfunction\\w*|missed|fell\\s+short|of\\s+the|of\\s+them|out\\s+of)\\b");

  /**
   * "Two missiles were fired at the plane", "launched 10 drones at the plant": how many weapons one strike used ("missiles
   * fired"); "" for weapons some of which were intercepted or failed, which count something else; null when the number
   * counts no weapon.
   */
  private static String munitionsFired(String text, int start, int end, String[] own) {
    String weapon = null;
    for (int k = 0; k < Math.min(3, own.length) && weapon == null; k++) weapon = MUNITIONS.get(own[k]);
    if (weapon == null) return null;
    String clause = text.substring(Math.max(0, start - 60), start) + " " + ClauseAhead.of(text, end, 60);
    // "(A retired colonel had spoken of) four rockets": a count of weapons told alone is how many the attack used.
    boolean alone = text.substring(0, start).isBlank() && ALONE_AFTER.matcher(text.substring(end)).matches();
    if (STOPPED.matcher(clause).find() || !alone && !LAUNCHED.matcher(clause).find()) return "";
    return weapon + " fired";
  }

  private static final Pattern JOINED_COUNT = Pattern.compile("(?i)^(?:\\s+[\\p{L}-]+){1,3}\\s+and\\s+(?:at least\\s+|about\\s+|some\\s+)?\\d[\\d,]*"
      + "(?:\\s+[\\p{L}-]+){1,4}\\s+(?:have|has|had|were|was|are)?\\b[^\\d]*$");
  private static final java.util.Set<String> RELATIVE = java.util.Set.of("who", "which", "that");
  private static final java.util.Set<String> COPULA = java.util.Set.of("are", "is", "was", "were");

  /** "has risen to", "rose to", "stood at", "reached", "is believed to be": what comes before is a toll as it stands. */
  // ("had risen by 11 to 187": the change on the way is no part of the subject.)
  private static final Pattern TOLL_REACHED = Pattern.compile("(?i)(?:\\b(?:risen|rose|climbed|increased|stood|stands|reached|revised|raised|"
      + "lowered|updated|corrected|put|jumped|soared)(?:\\s+" + Increments.CHANGED_BY + ")?"
      + "(?:\\s*(?:to|at))?"
      // "the true toll is thought to be nearer 300", "is likely closer to 90", "could be as high as 700": an estimate of
      // the toll as it stands.
      // (Each word ends at a word's end, not at a space: the number's span may open on the space before it.)
      + "|\\b(?:is|was|are|were)\\b(?:\\s+(?:now|likely|probably|believed|thought|suspected|estimated|said|feared|expected)\\b){0,2}"
      + "(?:\\s+to\\s+(?:be|exceed|top)\\b)?(?:\\s+(?:closer|close|nearer)(?:\\s+to)?)?"
      + "|\\b(?:could|may|might|would)\\s+(?:well\\s+)?be\\s+as\\s+high\\s+as)\\s*$");

  /** "The death toll from the attack on Kesta has risen to 24", "the toll from Friday's crash was revised to 275", "the number of people killed ... has risen to 32". */
  private static String tollFarBefore(String text, int start) {
    String sentence = text.substring(Math.max(0, start - 140), start);
    int cut = Math.max(sentence.lastIndexOf(';'), sentence.lastIndexOf(". "));
    String subject = sentence.substring(cut + 1).toLowerCase(Locale.ROOT);
    if (TOLL.matcher(subject).matches()) return MEASURES.get("toll");
    java.util.regex.Matcher count = NUMBER_OF.matcher(subject);
    return count.find() ? MEASURES.get(count.group(1)) : null;
  }

  /** The word "toll" in the subject (compiled once: String.matches compiles its pattern on every call). */
  private static final Pattern TOLL = Pattern.compile(".*\\btoll\\b.*");

  private static final Pattern NUMBER_OF_SUSPECTS = Pattern.compile("(?i)\\bnumber\\s+of\\s+(?:[\\p{L}-]+\\s+)?(?:suspects|defendants|"
      + "detainees|arrests|people\\s+(?:arrested|detained|charged|held|indicted))\\b[^.;]{0,90}?\\b(?:to|at|reached|stands\\s+at)\\s*$");
  /** "the number of people killed", "the number of wounded", "the total number killed": a count's measure named in the subject. */
  private static final Pattern NUMBER_OF = Pattern.compile("\\bnumber\\s+(?:of\\s+)?(?:[a-z]+\\s+){0,2}?(killed|dead|deaths|injured|wounded)\\b");
  /** "the total number killed ... at": a count named, its value after "at". */
  private static final String COUNT_AT = "(?:the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:toll|number|count|tally)\\b[^.;:]{0,100}?\\bat\\s*$";
  /** "put the toll at", "placed the number of dead at": a count named after the verb, its value after "at". */
  private static final Pattern PUT_AT = Pattern.compile("(?i)\\b(?:put|puts|putting|placed|places|placing)\\s+" + COUNT_AT);
  private static final Pattern OPENS_PUT_AT = Pattern.compile("(?i)^\\W*" + COUNT_AT);

  /**
   * "All 176 people on board were killed", "killing all 31 passengers": those aboard (or at the site) are counted by what
   * happened to them, when the clause says; else ("up to 400 people were aboard") by being aboard.
   */
  static String measureNear(String text, int start, int end) {
    // "raising the number of suspects facing charges of negligent death to five": how many are held to answer, whatever
    // their charge names (a count of its own: those detained in a crackdown are others).
    if (NUMBER_OF_SUSPECTS.matcher(text.substring(Math.max(0, start - 120), start)).find()) return "suspects";
    // "a jet with 67 people on board crashed, killing all": how many were there, whatever befell them later in the clause.
    if (WITH_BEFORE.matcher(text.substring(Math.max(0, start - 24), start)).find()
        && WITH_ABOARD_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 30))).lookingAt()) return "aboard";
    // ("drowned when a boat carrying 278 passengers capsized": how many it carried; the drowned are counted apart.)
    // (Not "a boat with 12 bodies": the dead it carried.)
    if (CRAFT_CARRYING.matcher(text.substring(Math.max(0, start - 40), start)).find()
        && !DEAD_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 30))).lookingAt()) return "aboard";
    if (LOST_BEFORE.matcher(text.substring(Math.max(0, start - 30), start)).find()
        && PEOPLE_LOST.matcher(text.substring(end, Math.min(text.length(), end + 50))).lookingAt()) return "killed";
    String measure = nearestMeasure(text, start, end, false);
    // "about 20 people either confirmed dead or still missing": the dead and the missing together, another measure.
    if ("killed".equals(measure) && DEAD_OR_MISSING.matcher(ClauseAhead.of(text, end, 60)).find()) return "killed or missing";
    // "112 bodies remain unnamed": the dead not yet identified, a count of its own beside the toll; "nearly 4,000 of the
    // dead had been identified": those named so far, another.
    Matcher named = "killed".equals(measure) ? UNIDENTIFIED.matcher(ClauseAhead.of(text, end, 60)) : null;
    if (named != null && named.lookingAt()) {
      boolean identified = named.group(2).equalsIgnoreCase("identified") && !named.group(1).toLowerCase(Locale.ROOT).startsWith("yet");
      return identified ? "identified" : "unidentified";
    }
    // "four others were presumed dead": a count of those not yet confirmed, beside the toll, not a rival to it.
    if ("killed".equals(measure) && PRESUMED_DEAD.matcher(ClauseAhead.of(text, end, 60)).lookingAt()) return "presumed dead";
    // "48 were either shot dead, wounded or beaten": the dead and the hurt together, another measure.
    if ("killed".equals(measure) && EITHER_DEAD_OR_HURT.matcher(text.substring(end, Math.min(text.length(), end + 90))).lookingAt()) {
      return "killed or injured";
    }
    // "9 miners were killed and another three missing but presumed dead making a total of 12": the dead and the missing together.
    if ("killed".equals(measure) && TOTAL_BEFORE.matcher(text.substring(Math.max(0, start - 30), start)).find()
        && NOT_YET_DEAD.matcher(text.substring(Math.max(0, start - 160), start)).find()) return "killed or missing";
    // "were still 680,000 in camps": "still" before the number, the camps after it.
    if ("displaced".equals(measure) && STILL_BEFORE.matcher(text.substring(Math.max(0, start - 25), start)).find()) return "still displaced";
    // ("12 hostages were killed", "freed 30 hostages": those held are counted by what befell them, when the clause says.)
    if (!"aboard".equals(measure) && !"present".equals(measure) && !HELD.equals(measure)) return measure;
    String fate = nearestMeasure(text, start, end, true);
    return fate != null ? fate : measure;
  }

  private static boolean counts(String word, boolean fateOnly) {
    String m = MEASURES.get(word);
    return m != null && !(fateOnly && (m.equals("aboard") || m.equals("present") || m.equals(HELD)));
  }

  private static String nearestMeasure(String text, int start, int end, boolean fateOnly) {
    // "the deaths showed that the workers' three vehicles were mistaken for targets": the number counts vehicles.
    String[] own = words(ClauseAhead.of(text, end, 30));
    String munitions = munitionsFired(text, start, end, own);
    if (munitions != null) return munitions.isEmpty() ? null : munitions;
    // ("three vehicles", "two fishing boats", "two Ostrian trawlers with 17 sailors on board": how many things.)
    if (own.length > 0 && THINGS.contains(own[0]) || own.length > 1 && THINGS.contains(own[1]) && !counts(own[0], fateOnly)
        || own.length > 2 && THINGS.contains(own[2]) && !counts(own[0], fateOnly) && !counts(own[1], fateOnly)) return null;
    // ("two fire escapes", "only one emergency exit": how many ways out a building had, which its owner and the inspectors
    // dispute after a fire; only as the number's own noun: "three were crushed at the main exit" counts the crushed.)
    if (own.length > 0 && own[0].equals(WAYS) || own.length > 1 && own[1].equals(WAYS) && !counts(own[0], fateOnly)) return "exits";
    String left = text.substring(Math.max(0, start - 60), start);
    int cut = Math.max(left.lastIndexOf(','), Math.max(left.lastIndexOf(';'), left.lastIndexOf('.')));
    if (cut >= 0 && !THOUSANDS_COMMA.matcher(left.substring(cut)).matches()) left = left.substring(cut + 1);
    String right = ClauseAhead.of(text, end, 60);
    String[] lw = words(left);
    String[] rw = words(right);
    // A measure word before the number but beyond an "and" belongs to the clause before ("16 died and more than 800
    // were arrested": 800 were arrested); it counts only when the number's own clause names none.
    // "the people who died are 25 and 400 were injured": a count after a copula is what its subject names.
    if (lw.length > 1 && COPULA.contains(lw[lw.length - 1])) {
      for (int li = lw.length - 2; li >= Math.max(0, lw.length - 8); li--) if (counts(lw[li], fateOnly)) return MEASURES.get(lw[li]);
    }
    String beyondAnd = null;
    boolean crossedAnd = false;
    for (int d = 0; d < 7; d++) {
      if (d < rw.length && counts(rw[d], fateOnly)) return MEASURES.get(rw[d]);
      int li = lw.length - 1 - d;
      // ("an inquiry into civilian casualties found that between four and 12 people were killed": a "that" opens the
      // number's own clause, as an "and" does.)
      if (li >= 0 && (lw[li].equals("and") || lw[li].equals("but") || lw[li].equals("while") || lw[li].equals("that"))) crossedAnd = true;
      if (li >= 0 && counts(lw[li], fateOnly)) {
        if (!crossedAnd) return MEASURES.get(lw[li]);
        if (beyondAnd == null) beyondAnd = MEASURES.get(lw[li]);
      }
    }
    if (beyondAnd != null) return beyondAnd;
    if (lw.length > 0 && TOLL_REACHED.matcher(left).find()) return tollFarBefore(text, start);
    // "put the total number killed in the collapse in the old quarter at 61": the count named after "put", however far.
    // (A claim's content may open after the verb: "[put] the total number killed ... at 61".)
    String putAt = lw.length > 0 && (PUT_AT.matcher(text.substring(Math.max(0, start - 140), start)).find()
        || start <= 140 && OPENS_PUT_AT.matcher(text.substring(0, start)).find()) ? tollFarBefore(text, start) : null;
    if (putAt != null) return putAt; // ("put the number of marchers at 5,000": no toll; the words after it may say.)
    // "All 176 people on board Ukraine International Airlines Flight 752 were killed": the clause's verb, further on,
    // when no other number stands between.
    String further = ClauseAhead.of(text, end, 100);
    // ("At least 12 guests and 9 raiders were killed": a count joined by "and" shares the verb after both.)
    if (!QuantityReader.countBetween(further) || JOINED_COUNT.matcher(further).lookingAt()) {
      String[] fw = words(further);
      // ("27 of the gunmen who seized the plant near the town had been killed": past a relative clause on the counted.)
      int reach = fw.length > 3 && (RELATIVE.contains(fw[1]) || RELATIVE.contains(fw[2]) || RELATIVE.contains(fw[3])) ? 17 : 11;
      for (int d = 7; d < Math.min(fw.length, reach); d++) if (counts(fw[d], fateOnly)) return MEASURES.get(fw[d]);
    }
    return null;
  }
}
