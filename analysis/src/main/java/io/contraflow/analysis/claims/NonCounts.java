package io.contraflow.analysis.claims;

import java.util.regex.Pattern;

/**
 * Numbers near a count's words that are not the count: a part of what a toll counts ("one of the bodies", "10 out of
 * the hundreds injured", "the nine other victims", "have identified 165 bodies", "one hospital received 10 bodies"),
 * a share of the dead ("three-quarters of the dead -- 52 --", "one in four victims"), a figure given up ("the earlier
 * figure of 90"), how many were there ("67 on board"), those who died on the spot or in some of the hospitals, places ("three
 * hospitals"), ages ("an 18-year-old") and times ("two years ago", "three days later"). {@link QuantityReader} skips
 * them.
 */
final class NonCounts {
  /** Units of distance and of time: a number of them measures how far or how long, and counts no one. */
  static final java.util.Set<String> EXTENTS = java.util.Set.of("miles", "kilometers", "kilometres", "km", "metres", "meters",
      "feet", "hours", "minutes", "seconds", "days", "weeks", "months", "years", "decades");

  private static final Pattern IDENTIFIED_BEFORE = Pattern.compile("(?i)\\b(?:identif(?:ied|y)|named|examined|autopsied|received|admitted)\\s+(?:the\\s+)?"
      + "(?:\\d[\\d,]*\\s+(?:dead|bodies|killed|injured|wounded)\\s+and\\s+)?$");
  /**
   * ("35 of its citizens were killed", "40 of its workers": a country's, a force's or a firm's own people counted, a
   * toll, not a part of one.)
   */
  private static final Pattern PARTITIVE_AFTER = Pattern.compile("(?i)\\s*of\\s+(?:the|those|them|these|(?:its|their)(?!\\s+(?:own\\s+)?"
      + "(?:citizens|nationals|soldiers|troops|servicemen|service\\s+members|personnel|border\\s+guards|guards|officers|police\\s+officers|"
      + "sailors|seamen|crew\\s+members|crewmen|marines|pilots|workers|employees|staff|(?:team\\s+)?members|colleagues)\\b))\\b");
  private static final Pattern INSTITUTIONS_AFTER = Pattern.compile("(?i)\\s+(?:official|government(?:al)?|state|public|regulatory|"
      + "governing|oversight|statutory|administrative|supervisory)\\s+bodies\\b");
  private static final Pattern ONE_NAMED = Pattern.compile("(?i)(?:one|1)\\s+(?:[\\p{L}-]+\\s+){1,2}?(?:identified|named)\\s+as\\b");
  private static final Pattern REMAINING_BEFORE = Pattern.compile("(?i)\\b(?:while|and|but)\\s+the\\s+remaining\\s*$");

  /**
   * "29 of the gunmen had been killed", "two of the hijackers were captured": the count of the attackers who met that
   * fate, the other side's toll in a siege or a raid, not a part of the victims.
   */
  private static final Pattern ARMED_GROUP_AFTER = Pattern.compile("(?i)\\s*of\\s+the\\s+(?:[\\p{L}-]+\\s+)?(?:gunmen|militants|attackers|"
      + "assailants|hijackers|kidnappers|captors|hostage-takers|fighters|insurgents|rebels|terrorists)\\b");
  /** "N (casualties) out of (the) M ...": N is a part of M; M's own words say which one the measure counts. */
  private static final Pattern OUT_OF_AFTER = Pattern.compile("(?i)\\s*(?:[\\p{L}]+\\s+)?out\\s+of\\s+(?:the\\s+)?"
      + "(?:\\d[\\d,]*|[\\p{L}]+)((?:\\s+[\\p{L}-]+){0,3})");
  /** A count as digits or in words ("31", "thirty-one", "hundreds"); not "city" or "canteen", which end alike. */
  private static final String NUMBER = "(?:\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
      + "(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-\\p{L}+)?|dozens|scores|hundreds|thousands)\\b(?:\\s+(?:thousand|million|billion)\\b)?";
  private static final Pattern REMAINING_LATER = Pattern.compile("(?i)\\b(?:while|and|but)\\s+the\\s+remaining\\s+" + NUMBER);
  /** "of the 31 hikers swept off the ridge": the whole a part is taken from, given as a number, and its words. */
  private static final Pattern OF_A_NUMBER_AFTER = Pattern.compile("(?i)\\s*(?:out\\s+)?of\\s+(?:the\\s+|those\\s+|these\\s+)?(?:[\\p{L}-]+['’]s\\s+)?(" + NUMBER
      + ")(?:-(?:plus|odd|some)\\b)?((?:\\s+[\\p{L}-]+){0,3})"); // ("of the 200-plus killed")
  /**
   * Words that make a whole the harmed ("of the 40 dead", "of the 12 victims"); "died" after it is what happened to
   * the part ("38 out of 67 aboard died").
   */
  private static final Pattern HARMED_WHOLE = Pattern.compile("(?i)\\b(?:killed|dead|injured|wounded|hurt|missing|lives|victims|"
      + "bodies|casualties|fatalities|deaths|deceased|trapped|stranded|detained|arrested)\\b");
  /** "-car", "-storey", "-vehicle": a noun joined to the number ("-odd" and "-plus" only round it). */
  private static final Pattern COMPOUND_AFTER = Pattern.compile("(?i)-(?!odd\\b|plus\\b|some\\b)\\p{L}{2,}");
  /** "as opposed to the figure the ministry gives, which is": another's count, set against. */
  private static final Pattern SET_AGAINST_BEFORE = Pattern.compile("(?i)\\b(?:as\\s+opposed\\s+to|contrary\\s+to|compared\\s+(?:with|to)|"
      + "against|unlike|rather\\s+than)\\s+(?:the\\s+|an?\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?:figure|toll|count|tally|number|estimate)\\b[^.;]{0,60}$");
  /** "9 of the ": a part counted before the whole. */
  private static final Pattern PART_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}\\d])" + NUMBER + "\\s+of\\s+(?:the\\s+|those\\s+|these\\s+)?(?:[\\p{L}-]+['’]s\\s+)?$");
  private static final Pattern OUT_OF_BEFORE = Pattern.compile("(?i)\\bout\\s+of\\s+(?:the\\s+)?$");
  /** "67 individuals on board", "the 300 aboard": how many were there, not how many were harmed. */
  private static final Pattern ABOARD_AFTER = Pattern.compile("(?i)\\s*(?:[\\p{L}]+\\s+)?(?:on\\s+board|aboard)\\b");
  /** Words after a number that say it counts people harmed ("hundreds reportedly injured"). */
  private static final Pattern HARM = Pattern.compile("(?i)\\b(?:killed|dead|died|injured|wounded|hurt|missing|lives)\\b");
  private static final Pattern PLACES_AFTER = Pattern.compile("(?i)\\s*(?:(?:government|public|private|military|local|field"
      + "|district|regional)\\s+)?(?:hospitals?|clinics?|morgues?)\\b");
  /** "44 people in three government hospitals": how many some of the places hold, a part of a toll counted apart. */
  private static final Pattern IN_SOME_PLACES_AFTER = Pattern.compile("(?i)\\s*(?:[\\p{L}]+\\s+){0,2}(?:in|at|across)\\s+"
      + "(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|various|different)\\s+(?:[\\p{L}]+\\s+)?"
      + "(?:hospitals|morgues|clinics)\\b");
  private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");
  private static final Pattern OTHERS_AFTER = Pattern.compile("(?i)\\s*others?\\b");
  /** "two years ago", "died three days later", "over four days", "the two busiest days": how long or when, never how many. */
  private static final Pattern TIME_AFTER = Pattern.compile("(?i)\\s*(?:(?:busiest|hottest|deadliest|worst|first|last|following|next|previous|"
      + "consecutive|straight|long|short|final)\\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|nights?)\\b");
  /** "34 died on the spot": those who died where it happened, a part of a toll that counts those who died later too. */
  private static final Pattern ON_THE_SPOT_AFTER = Pattern.compile("(?i)\\s*(?:[\\p{L}]+\\s+)?(?:died|were\\s+killed|perished)\\s+"
      + "(?:on\\s+the\\s+spot|at\\s+the\\s+scene|instantly)\\b");
  private static final Pattern AGE_BEFORE = Pattern.compile("(?i)\\b(?:younger than|older than|under the age of|over the age of|aged)\\s+$");
  private static final Pattern IDENTIFIED_AFTER = Pattern.compile("(?i)\\s*(?:bodies|victims|dead)\\s+(?:had|have|has)?\\s*(?:been|were|was)\\s+identified\\b");
  private static final Pattern AGE_AFTER = Pattern.compile("(?i)\\s*-?\\s*years?[- ]olds?\\b");

  private static final Pattern WHOLE_BEFORE = Pattern.compile("(?i)\\b(?:fraction|part|portion|share|percent|per cent|%)\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?$");

  /** "two-thirds", "three quarters", "one in five of the dead": a share, never a count of people. */
  private static final Pattern FRACTION_AFTER = Pattern.compile("(?i)(?:\\s*-\\s*|\\s+)(?:thirds?|quarters?|fifths?|tenths?|halves)\\b"
      + "|\\s+in\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten)\\s+(?:of|were|was|are|is|victims|people|deaths)\\b");
  /** "withdrew its earlier figure of 90", "an initial count of 60": a figure given up, not anyone's position now. */
  private static final Pattern SUPERSEDED_BEFORE = Pattern.compile("(?i)\\b(?:earlier|previous|initial|original|prior|old|first)\\s+"
      + "(?:(?:death|casualty|official)\\s+)?(?:figure|toll|count|tally|estimate|number|total)\\s+of\\s+$");
  /**
   * "revised the toll to 61 after earlier telling listeners that 88 had died", "initially said 12 died, then updated the toll": a
   * figure given first, in a sentence that tells of its correction; "the initial death toll was based on the figure
   * of five".
   */
  private static final Pattern FIRST_GIVEN_BEFORE = Pattern.compile("(?i)\\b(?:initially|earlier|previously|originally|at first)\\b[^.;]{0,60}$");
  private static final Pattern CORRECTION = Pattern.compile("(?i)\\b(?:revis(?:ed|ing)|correct(?:ed|ing)|updat(?:ed|ing)|lowered|raised|"
      + "adjusted|amended)\\b");
  private static final Pattern TO_BEFORE = Pattern.compile("(?i)\\b(?:to|at)\\s+(?:at least\\s+|about\\s+|some\\s+)?$");
  private static final Pattern INITIAL_TOLL_BEFORE = Pattern.compile("(?i)\\binitial\\s+(?:death\\s+)?(?:toll|count|figure|estimate|tally)\\b[^.;]{0,50}$");
  /** "one in four victims": the denominator of a share. */
  private static final Pattern SHARE_DENOMINATOR_BEFORE = Pattern.compile("(?i)\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine)\\s+in\\s+$");
  /** "Most of those killed, 31, were students", "three-quarters of the dead -- 52 --": a part set off after the whole it is taken from. */
  private static final Pattern SHARE_SET_OFF_BEFORE = Pattern.compile("(?i)\\b(?:of|among)\\s+(?:those|the)\\s+(?:[\\p{L}]+\\s+)?"
      + "(?:killed|dead|victims|injured|wounded|casualties|fatalities|who\\s+died)\\s*(?:--|\u2014|\u2013|,|\\()\\s*$");

  private NonCounts() {}

  private static final java.util.regex.Pattern NO_BEFORE = java.util.regex.Pattern.compile("(?i)\\bno\\s+$");
  /** "52 interviews with victims", "30 testimonies from survivors": how many accounts, not how many people. */
  private static final java.util.regex.Pattern ACCOUNTS_AFTER = java.util.regex.Pattern.compile("(?i)\\s+(?:interviews|testimonies|"
      + "accounts|statements|conversations)\\b");
  /** "spoke with 40 victims", "heard from 12 survivors", "interviews with 25 victims": those heard, alive to be heard. */
  private static final java.util.regex.Pattern HEARD_BEFORE = java.util.regex.Pattern.compile("(?i)\\b(?:interviewed|interviews\\s+with|"
      + "spoke\\s+(?:to|with)|talked\\s+(?:to|with)|met\\s+with|questioned|heard\\s+from|testimony\\s+(?:of|from))\\s+(?:some\\s+|about\\s+|nearly\\s+|more\\s+than\\s+)?$");
  private static final java.util.regex.Pattern DIFFERENCE_AFTER = java.util.regex.Pattern.compile(
      "(?i)\\s+(?:more|fewer|less|higher|lower)\\s+(?:people\\s+|deaths\\s+|dead\\s+)?than\\b");

  /**
   * Whether the number at {@code numberStart} is a figure given up: "withdrew its earlier figure of 90", "the initial
   * toll", "having earlier told reporters that 88 had died" in a sentence that tells of the correction.
   */
  static boolean givenUp(String text, int numberStart) {
    if (SUPERSEDED_BEFORE.matcher(text.substring(Math.max(0, numberStart - 50), numberStart)).find()) return true;
    String longBefore = text.substring(Math.max(0, numberStart - 70), numberStart);
    if (INITIAL_TOLL_BEFORE.matcher(longBefore).find()) return true;
    java.util.regex.Matcher first = FIRST_GIVEN_BEFORE.matcher(longBefore);
    // (The first figure itself, not what it was corrected to: "earlier in the day, was revised to 44" keeps 44.)
    return first.find() && CORRECTION.matcher(text).find() && !CORRECTION.matcher(first.group()).find()
        && !TO_BEFORE.matcher(longBefore).find();
  }

  /**
   * Whether the number in {@code text} from {@code numberStart} to {@code numberEnd} counts a part, a place or years.
   */
  /** "a 15-man team", "a 50-person squad", "a 12-member delegation": how big a group is. */
  private static final Pattern GROUP_SIZE_AFTER = Pattern.compile("(?i)-(?:man|men|person|people|member|strong|woman|women)\\b");
  /** "five suspects", "three senior officials": people the story holds to account or who act in it. */
  private static final Pattern DOERS_AFTER = Pattern.compile("(?i)\\s+(?:[\\p{L}-]+\\s+)?(?:suspects|defendants|accused|perpetrators|"
      + "assailants|hitmen|killers|agents|operatives|officials|officers)\\b");
  /** What befell those counted: "five officers were killed", "four suspects were arrested". */
  /**
   * "three men who stand accused of the shooting", "nine guards they say were involved in the beating", "four
   * officers charged with his death": people held to account, described as such right after their number.
   */
  private static final Pattern ACCUSED_AFTER = Pattern.compile("(?i)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:who\\s+(?:ha(?:ve|d|s)\\s+been|were|are|was|is)\\s+"
      + "|(?:it|they|he|she|officials|prosecutors|police)\\s+(?:said|say|says)\\s+(?:were|are)\\s+)?(?:\\w+ly\\s+)?(?:accused|charged|suspected|"
      + "convicted|indicted|involved|implicated)\\b");
  /** "11 inquiries", "within 200 feet": things and lengths counted, no people. */
  private static final Pattern THINGS_AFTER = Pattern.compile("(?i)\\s*(?:[\\p{L}-]+\\s+)?(?:inquiries|investigations|probes|lawsuits|complaints|"
      + "counts|charges|feet|foot|yards|acres|hectares|storeys|floors)\\b"); // (kilometres and miles are distances: Distances)
  private static final Pattern FATE = Pattern.compile("(?i)\\b(?:killed|dead|died|injured|wounded|hurt|missing|arrested|detained|"
      + "held|rescued|evacuated|hospitali[sz]ed)\\b");

  /**
   * Where the whole's number stands when a part is counted before it ("9 of the 31 hikers swept off the ridge
   * died", "38 out of 67 aboard died"), none of the whole's words being a harm; else null. What the whole's clause says
   * happened is what the part counts.
   */
  private static final Pattern AUXILIARY = Pattern.compile("(?i)(?<!\\b(?:who|that|which)\\s)\\b(?:were|was|are|is|have|has|had)\\b"); // (not "who were killed")

  /** The words after a whole's number name it harmed ("of the 40 dead"); not a verb's harm after its auxiliary ("residents were killed"). */
  private static boolean harmedWhole(String words) {
    java.util.regex.Matcher aux = AUXILIARY.matcher(words);
    return HARMED_WHOLE.matcher(aux.find() ? words.substring(0, aux.start()) : words).find();
  }

  static int[] wholeAfter(String text, int numberEnd) {
    java.util.regex.Matcher m = OF_A_NUMBER_AFTER.matcher(text).region(numberEnd, text.length());
    if (!m.lookingAt() || harmedWhole(m.group(2))) return null;
    return new int[] {m.start(1), m.end(1)};
  }

  static boolean notTheCount(String text, int numberStart, int numberEnd) {
    String before = text.substring(Math.max(0, numberStart - 24), numberStart);
    String wideBefore = text.substring(Math.max(0, numberStart - 50), numberStart);
    String after = text.substring(numberEnd, Math.min(text.length(), numberEnd + 24));
    String further = text.substring(numberEnd, Math.min(text.length(), numberEnd + 60));
    // "have identified 165 bodies", "one hospital received 10 bodies": how many one place named or took in.
    if (IDENTIFIED_BEFORE.matcher(before).find()) return true;
    // "the death of one soldier identified as Sgt Ana Berg": one person singled out by name, not a count of the dead.
    if (ONE_NAMED.matcher(text.substring(numberStart, Math.min(text.length(), numberEnd + 40))).lookingAt()) return true;
    // "The deaths of two pilots were confirmed at dawn, and the remaining 12 that night": each count is a part of the
    // whole the two make.
    if (REMAINING_LATER.matcher(ClauseAhead.sentenceAfter(text, numberEnd)).find() || REMAINING_BEFORE.matcher(before).find()) return true;
    // "one of the bodies", "two of them were children"; but in "9 of the 31 hikers swept off the ridge died" the
    // part is the count, and the whole, a number of people none of whose words is a harm, is how many were there.
    java.util.regex.Matcher ofNumber = OF_A_NUMBER_AFTER.matcher(further);
    if (ofNumber.lookingAt()) {
      if (harmedWhole(ofNumber.group(2))) return true;
    } else if (PARTITIVE_AFTER.matcher(after).lookingAt() && !ARMED_GROUP_AFTER.matcher(further).lookingAt()) {
      return true;
    }
    if (PART_BEFORE.matcher(wideBefore).find() && !harmedWhole(after)) return true;
    // "10 casualties out of the hundreds reportedly injured": the part, when the whole is the one counted harmed; in
    // "38 out of 67 aboard died" the part is the count and the whole ("67 aboard") is no count.
    java.util.regex.Matcher outOf = OUT_OF_AFTER.matcher(further);
    if (outOf.lookingAt() && HARMED_WHOLE.matcher(outOf.group(1)).find()) return true;
    if (OUT_OF_BEFORE.matcher(before).find() && (ABOARD_AFTER.matcher(after).lookingAt() || !HARM.matcher(after).find())) return true;
    // "the four-car pile-up", "a 10-storey block": a number joined to a noun describes something, it counts no one.
    if (COMPOUND_AFTER.matcher(after).lookingAt()) return true;
    // "twenty-one official bodies were found responsible": bodies as institutions, not the dead.
    if (INSTITUTIONS_AFTER.matcher(after).lookingAt()) return true;
    // "as high as 60, as opposed to the figure the ministry gives": the figure set against the speaker's is another's.
    if (SET_AGAINST_BEFORE.matcher(text.substring(Math.max(0, numberStart - 90), numberStart)).find()) return true;
    // "two years ago", "three days later": when or how long, not how many.
    if (TIME_AFTER.matcher(after).lookingAt()) return true;
    // "34 victims died on the spot, and the others in hospital".
    if (ON_THE_SPOT_AFTER.matcher(further).lookingAt()) return true;
    // "an 18-year-old", "children younger than 10", "aged 7": how old, not how many.
    if (AGE_AFTER.matcher(after).lookingAt() || AGE_BEFORE.matcher(before).find()) return true;
    // "six bodies had been identified": how many were named, of a toll given apart.
    if (IDENTIFIED_AFTER.matcher(further).lookingAt()) return true;
    // "44 people in three government hospitals": what some of the places hold.
    if (IN_SOME_PLACES_AFTER.matcher(further).lookingAt()) return true;
    // "one hospital", "three clinics": how many places, not how many people in them.
    if (PLACES_AFTER.matcher(after).lookingAt()) return true;
    // "a 15-man team flew in", "a 50-person squad": the size of the group that acted, not of those harmed.
    if (GROUP_SIZE_AFTER.matcher(after).lookingAt()) return true;
    // "death sentences for five suspects charged with the killing": those accused of it ("five officers were killed"
    // counts the harmed).
    java.util.regex.Matcher doers = DOERS_AFTER.matcher(further);
    if (doers.lookingAt() && !FATE.matcher(ClauseAhead.of(text, numberEnd + doers.end(), 40)).find()) return true;
    java.util.regex.Matcher accused = ACCUSED_AFTER.matcher(further);
    if (accused.lookingAt() && !FATE.matcher(ClauseAhead.of(text, numberEnd + accused.end(), 40)).find()) return true;
    if (THINGS_AFTER.matcher(after).lookingAt()) return true;
    // "only a fraction of the 2,750 tonnes", "40 percent of the 800 homes": the whole a part was taken from.
    if (WHOLE_BEFORE.matcher(before).find()) return true;
    // "two-thirds of the victims", "one in five of the dead": a share, not a count.
    if (FRACTION_AFTER.matcher(after).lookingAt() || SHARE_DENOMINATOR_BEFORE.matcher(before).find()) return true;
    // "Almost three-quarters of the victims -- 52 -- were pilgrims": a part of the dead, set off after them.
    if (SHARE_SET_OFF_BEFORE.matcher(wideBefore).find()) return true;
    if (givenUp(text, numberStart)) return true;
    if (HEARD_BEFORE.matcher(wideBefore).find() || ACCOUNTS_AFTER.matcher(after).lookingAt()) return true;
    // "no one was killed": none, not one.
    if (NO_BEFORE.matcher(before).find()) return true;
    // "nearly 630 more than the official toll", "40 fewer than first reported": a difference between two counts.
    if (DIFFERENCE_AFTER.matcher(after).lookingAt()) return true;
    // "Prigozhin and the nine other victims": the rest of a set one of whom is named apart ("800 others were
    // arrested" is a count of its own).
    return OTHERS_AFTER.matcher(after).lookingAt() && THE_BEFORE.matcher(before).find();
  }
}
