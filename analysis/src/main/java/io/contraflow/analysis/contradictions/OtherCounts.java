package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.Quantity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures near an event's toll that count something else: part of a name ("Flight 17"), a campaign's running toll,
 * a front's daily tally, or an incident before this one ("last week", "the day after a night of shelling killed 39",
 * a date a week before the coverage began). {@link FigureDetector} compares only the rest.
 */
final class OtherCounts {
  /**
   * A figure of an incident dated a week or more before the event's coverage began is of another incident: "on March
   * 14 the army struck the city centre, killing 17" in the coverage of an April strike.
   */
  static final java.time.Duration OTHER_INCIDENT = java.time.Duration.ofDays(7);

  private OtherCounts() {}

  /** Whether the figure {@code figureText} of claim {@code c} counts something other than this event's toll. */
  static boolean countsSomethingElse(Claim c, String figureText, java.time.Instant eventStart) {
    // A sum ("Twelve + three" of "twelve soldiers and three nationals also were killed") is in no sentence as written:
    // it counts something else when one of its parts does.
    if (figureText.contains(" + ")) {
      for (String part : figureText.split(" \\+ ")) if (countsSomethingElse(c, part, eventStart)) return true;
      return false;
    }
    String sentence = c.sentence() == null ? c.content() : c.sentence();
    // "12 Thais (11 civilians and one soldier) died": the bracket breaks the count before it down into parts.
    if (breakdown(c.content(), figureText)) return true;
    if (partOfName(c.content(), figureText) || cumulative(c.content(), figureText) || dailyTally(sentence, figureText)
        || countrysTally(sentence, figureText) || nationalsShare(sentence, figureText)) return true;
    // "Before Tuesday's blast, 3,000 had been killed in the bombardment": a count of what came before the event.
    if (BEFORE_THE_EVENT.matcher(sentence).lookingAt()) return true;
    // "Thirteen were injured last week in another raid": a count of an earlier incident.
    if (earlierIncident(c.content(), figureText) && !lastWeekIsTheEvent(c, figureText, eventStart)) return true;
    // "..., which killed 31": a relative clause read alone; what it describes is in the sentence before it.
    if (RELATIVE_OPENING.matcher(c.content()).lookingAt() && c.sentence() != null && earlierIncident(sentence, figureText)
        && !lastWeekIsTheEvent(c, figureText, eventStart)) return true;
    // "permission for 5,000 marchers", "a maximum attendance of 9,000", "licensed to carry 50": a limit, not a count.
    if (LIMIT_BEFORE.matcher(before(sentence, figureText)).find()) return true;
    // "did a fantastic job despite the deaths of nearly 3,000": a toll conceded in passing, no count the speaker gives.
    if (DESPITE_BEFORE.matcher(before(sentence, figureText)).find()) return true;
    // "Elsewhere, shelling killed three", "an artillery unit also shelled the village of Varna, wounding two farmers": another place's toll.
    if (ELSEWHERE.matcher(sentence).find() || atOneSite(sentence, figureText) || bodiesAtOneSite(sentence, figureText)
        || onePlaceOfSeveral(sentence, figureText)) return true;
    // "Strikes across the region killed at least 54 others": people besides those the story counts.
    if (besidesThose(sentence, figureText) || widerScope(sentence, figureText)) return true;
    return eventStart != null && (datedBefore(c, figureText, eventStart) || yearBefore(c, figureText, eventStart));
  }

  /**
   * "Most of the rockets were intercepted and there were no casualties": a toll of none said beside intercepted fire
   * is the toll of the fire a side took in return, not of the strike it made.
   */
  static boolean noneFromInterceptedFire(Claim c, Quantity q) {
    return q.none() && INTERCEPTED.matcher(c.sentence() == null ? c.content() : c.sentence()).find();
  }

  private static final Pattern INTERCEPTED = Pattern.compile("(?i)\\b(?:intercepted|interceptors?|shot down|fell in (?:open|empty)"
      + " (?:areas?|ground|fields?))\\b");

  /** A year: any of this century or the last, an older one only after "in" ("in 1862"; "the 1800 miners" is a count). */
  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b|(?<=\\bin )1[6-8]\\d\\d\\b");
  private static final Pattern DESPITE_BEFORE = Pattern.compile("(?i)\\bdespite\\s+(?:[\\w'’-]+\\s+){0,5}$");
  private static final Pattern LIMIT_BEFORE = Pattern.compile("(?i)\\b(?:permission|permit|permitted|allowed|maximum|capacity|limit|"
      + "licensed|designed|built)\\b(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:for|of|to\\s+(?:carry|hold|take|accommodate))?\\s*(?:up\\s+to\\s+)?$");

  /** The words of {@code sentence} before {@code figureText}'s first place in it (all of it when absent). */
  private static String before(String sentence, String figureText) {
    int at = sentence.indexOf(figureText);
    return at < 0 ? "" : sentence.substring(0, at);
  }

  /**
   * "A stampede in 1990 killed 1,426 people", "the 1992 mine gas explosion that killed 263 miners": a year before the
   * event's own, written before the figure in its sentence, dates another incident. (After the figure, "the worst
   * since 1990", it only compares.)
   */
  private static boolean yearBefore(Claim c, String figureText, java.time.Instant eventStart) {
    String sentence = c.sentence() == null ? c.content() : c.sentence();
    int at = sentence.indexOf(figureText);
    if (at < 0) return false;
    int eventYear = eventStart.atZone(java.time.ZoneOffset.UTC).getYear();
    java.util.regex.Matcher y = YEAR.matcher(sentence.substring(0, at));
    while (y.find()) if (Integer.parseInt(y.group()) < eventYear) return true;
    // "More than 1,800 people died when the storm struck the coast in 2005", "204 died in 1862": the figure's own clause dates it.
    java.util.regex.Matcher after = YEAR_AFTER.matcher(sentence.substring(at + figureText.length()));
    return after.lookingAt() && Integer.parseInt(after.group(1) != null ? after.group(1) : after.group(2)) < eventYear;
  }

  /**
   * Within the figure's clause (whose initials, "the U.S. coast", end nothing), a year after "in" or "of" ("in 2005";
   * not "since 1990", which compares).
   */
  private static final Pattern YEAR_AFTER = Pattern.compile("(?:[^.;]|(?<=\\b\\p{Lu})\\.){0,90}?\\b(?:(?:in|of)\\s+((?:19|20)\\d\\d)|in\\s+(1[6-8]\\d\\d))\\b");

  /** "Boeing 777", "Flight 17", "Resolution 2334": a number that is part of a name counts nothing. */
  private static final Pattern NAME_NUMBER = Pattern.compile("\\b[\\p{Lu}][\\p{L}-]*[\\s-]+$");

  /** A sentence that opens by placing itself before the event: "Before Tuesday's blast", "Prior to the incident". */
  private static final Pattern BEFORE_THE_EVENT = Pattern.compile("(?i)^\\W*(?:prior to|before|ahead of|in the (?:days|weeks|months) before)\\s+"
      + "(?:the |this |last |[\\p{L}]+['’]s\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:incident|blast|attack|explosion|strike|shooting|crash|"
      + "killing|fire|collapse|disaster|tragedy|event)\\b");

  /**
   * A campaign's running toll, not the event's: "strikes that have killed thousands", "the war has so far claimed
   * 9,000", "since the fighting began, 300 have been killed". Read just before the figure.
   */
  private static final Pattern CUMULATIVE = Pattern.compile("(?i)(?:\\b(?:strikes|attacks|raids|bombings|airstrikes|shelling|"
      + "bombardments?|war|conflict|fighting|violence|offensive|campaign|invasion|hostilities|clashes)\\b(?:\\s+[\\p{L},-]+){0,4}?\\s+"
      + "ha(?:ve|s)\\s+(?:now\\s+|so far\\s+|already\\s+)?(?:killed|left|claimed)(?:\\s+(?:at least|more than|over|nearly|some|about))?"
      + "|\\bsince\\s+(?:the\\s+)?(?:war|conflict|fighting|invasion|offensive|hostilities)\\s+(?:began|started)\\b[^.;]{0,30})\\s*$");

  /** The figure's clause names a day a week or more before the event's coverage began. */
  private static boolean datedBefore(Claim c, String figureText, java.time.Instant eventStart) {
    // An undated report carries the time we read it: "the raid of May 2" in it has no year to be placed in.
    if (c.publishedAt() == null || !c.dated()) return false;
    int at = Math.max(0, c.content().indexOf(figureText));
    java.time.LocalDate written = c.publishedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate();
    java.time.LocalDate day = io.contraflow.analysis.time.MentionedDates.nearest(c.content(), at, written);
    return day != null && day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plus(OTHER_INCIDENT).isBefore(eventStart);
  }

  /** Words that place a figure's clause before the event: "last week", "days earlier", "earlier this month". */
  private static final Pattern EARLIER = Pattern.compile("(?i)\\b(?:last|the previous|the preceding)\\s+(?:week|month|year|weekend)\\b"
      + "|\\b(?:days|weeks|months|a week|a month)\\s+(?:earlier|before)\\b|\\bearlier\\s+(?:this|that|in the)\\s+(?:week|month|year)\\b"
      // "the day after a night of shelling killed 39", "just four days after a car bomb at the depot killed 60": what
      // killed them came before, and is another incident.
      + "|\\b(?:(?:the|a)\\s+day|(?:\\p{L}+\\s+)?(?:days|hours|weeks)|shortly|soon)\\s+after\\s+(?:an?|the)\\s+[^,;.]{0,80}?\\b"
      + "(?:killed|left|claimed|wounded|injured)\\b"
      // "in retaliation for the shelling of the market, which killed 31": what it answered came before.
      + "|\\bin\\s+(?:retaliation|revenge|reprisal|response)\\s+(?:to|for)\\s+(?:an?|the)\\s+[^;.]{0,80}?\\b"
      + "(?:killed|left|claimed|wounded|injured)\\b");

  private static final Pattern ELSEWHERE = Pattern.compile("(?i)^\\W*(?:elsewhere|in (?:a|another) separate (?:attack|incident|strike|raid))\\b"
      + "|\\balso\\b[^.;]{0,60}?\\b(?:attacked|struck|hit|shelled|bombed|targeted)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+)?(?:city|town|village|district|port)\\s+of\\s+\\p{Lu}");

  /**
   * "the shooting at this site left 9 dead", "at the second location, six were killed": a count of one of the incident's
   * sites is a part of its toll, no other account of it. Read before the figure, in its clause.
   */
  private static boolean atOneSite(String sentence, String figureText) {
    int at = sentence.indexOf(figureText);
    return at > 0 && ONE_SITE.matcher(sentence.substring(Math.max(0, at - 90), at)).find();
  }

  private static final Pattern ONE_SITE = Pattern.compile("(?i)\\bat\\s+(?:this|that|one|(?:the|a)\\s+(?:first|second|third|other|latter|"
      + "former|nearby))\\s+(?:scene|site|location|spot)\\b[^.;]*$|\\bat\\s+(?:scene|site)\\s+(?:one|two|three|\\d)\\b[^.;]*$");

  /** "counted 39 bodies at a local hospital morgue": the dead one site holds, a part of the toll. */
  private static boolean bodiesAtOneSite(String sentence, String figureText) {
    int at = sentence.indexOf(figureText);
    return at >= 0 && BODIES_AT_SITE.matcher(sentence.substring(at + figureText.length())).lookingAt();
  }

  private static final Pattern BODIES_AT_SITE = Pattern.compile("(?i)\\s+(?:[\\p{L}-]+\\s+){0,2}?bodies\\s+(?:at|in)\\s+(?:a|the|one)\\s+"
      + "(?:[\\p{L}-]+\\s+){0,2}?(?:hospital|morgue|mortuary)\\b");

  /** "542 were killed in Vell and 203 in Kessa": each place's count, parts of a toll the two make together. */
  private static boolean onePlaceOfSeveral(String sentence, String figureText) {
    Matcher m = TWO_PLACES.matcher(sentence);
    while (m.find()) {
      if (m.group(2).equals(m.group(4))) continue;
      if (figureText.equals(m.group(1)) || figureText.equals(m.group(3))) return true;
    }
    return false;
  }

  private static final Pattern TWO_PLACES = Pattern.compile("(\\d[\\d,]*)\\s+(?:[\\p{L}-]+\\s+){0,4}?in\\s+(\\p{Lu}\\p{L}+)[^.;\\d]{0,60}?"
      + "\\band\\s+(\\d[\\d,]*)\\s+(?:[\\p{L}-]+\\s+){0,3}?in\\s+(\\p{Lu}\\p{L}+)");

  private static final Pattern RELATIVE_OPENING = Pattern.compile("(?i)\\W*(?:in which|which|that|who)\\b");

  private static final Pattern OTHERS_AFTER = Pattern.compile("^\\s+(?:other|more)\\b|^\\s+others\\b");

  /** "Eight guards were also hurt", "two bystanders also died": people harmed besides those a toll counts. */
  private static final Pattern ALSO_HARMED_AFTER = Pattern.compile("(?i)^[^.;,]{0,60}?\\b(?:(?:were|was|have been|had been)\\s+also"
      + "|also\\s+(?:were|was|have been|had been)?)\\s*(?:killed|injured|wounded|hurt|died)\\b");

  /** A count, up to two words, then an open bracket with no close before the figure: "12 Thais (11 civilians and one". */
  private static final Pattern BREAKDOWN_BEFORE = Pattern.compile("(?i)(?:\\d[\\d,]*|" + io.contraflow.analysis.claims.QuantityReader.NUMBER_WORD
      + ")\\s+(?:[\\p{L}-]+\\s+){0,2}\\(\\s*[^()]*$");

  private static boolean breakdown(String content, String figureText) {
    int at = content.indexOf(figureText);
    return at > 0 && BREAKDOWN_BEFORE.matcher(content.substring(Math.max(0, at - 120), at)).find();
  }

  private static boolean besidesThose(String sentence, String figureText) {
    int at = sentence.indexOf(figureText);
    if (at < 0) return false;
    String after = sentence.substring(at + figureText.length());
    // "58 soldiers were killed and 30 others wounded", "killing five and wounding 30 others": the hurt besides the dead
    // the sentence counts first, not people besides the story's.
    String before = sentence.substring(0, at);
    boolean hurtOthers = INJURED_OTHERS_AFTER.matcher(after).find() || INJURING_BEFORE.matcher(before).find() && OTHERS_AFTER.matcher(after).find();
    if (hurtOthers && KILLED.matcher(before).find()) return false;
    // ("the driver was among the dead, while 18 people were also injured": the hurt besides the dead, again.)
    if (PEOPLE_ALSO_HURT.matcher(after).lookingAt() && KILLED.matcher(before).find()) return false;
    return OTHERS_AFTER.matcher(after).find() || ALSO_HARMED_AFTER.matcher(after).find();
  }

  private static final Pattern INJURED_OTHERS_AFTER = Pattern.compile("^\\s+others\\s+(?:(?:were|have been|had been)\\s+)?"
      + "(?:wounded|injured|hurt)\\b");
  private static final Pattern INJURING_BEFORE = Pattern.compile("(?i)\\b(?:wounding|injuring|hurting|wounded|injured|hurt)\\s+"
      + "(?:(?:at least|about|some|nearly|more than|another)\\s+)?$");
  private static final Pattern PEOPLE_ALSO_HURT = Pattern.compile("(?i)^\\s+(?:people\\s+|persons\\s+|others\\s+|passengers\\s+)?"
      + "(?:were|have\\s+been|had\\s+been)\\s+also\\s+(?:injured|wounded|hurt)\\b");
  private static final Pattern KILLED = Pattern.compile("(?i)\\b(?:killed|killing|dead|died)\\b");

  /**
   * A count over more than the incident: "nationwide, the strikes killed 36", "44 people across the country", "seven
   * killed in the past 24 hours", "27 dead in the capital alone" (a part of a wider wave's count), "52 killed over two
   * months of protests", "killed since December" (the whole wave's).
   */
  private static final Pattern WIDER_SCOPE = Pattern.compile("(?i)\\b(?:nationwide|countrywide|(?:across|throughout) the (?:country|nation)"
      + "|worldwide|globally|(?:around|across) the (?:world|globe)"
      // "16 killed in an ongoing clampdown on protests": the wave's count since, not the day's.
      + "|(?:in|during) (?:an|the) (?:ongoing|continuing|wider|broader) (?:crackdown|clampdown|protests?|unrest|violence|campaign)"
      + "|(?:in|over) the (?:past|last|previous) (?:24|twenty-four|48) hours|in (?:the )?[\\p{L}-]+ alone"
      // "52 dead over two months of protests", "in nearly six weeks of unrest": a wave's toll, not one day's.
      + "|(?:in|over|during|after) (?:nearly |almost |more than |about |some )?(?:a|one|two|three|four|five|six|several|many|\\d+) "
      + "(?:weeks?|months?|years?) of (?:[\\p{L}-]+ )?(?:protests?|unrest|demonstrations|clashes|fighting|violence|war|conflict|strikes)"
      // "have died since December", "have been killed since President Vell was ousted", "since the outbreak of the
      // unrest": a count running from before the event.
      + "|(?:have|has) (?:\\p{L}+ ){0,2}?(?:died|been killed|lost their lives)\\b[^;]{0,80}?\\bsince (?:(?:early|late|mid)[- ])?"
      + "(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:the )?(?:start|beginning|outbreak) of"
      + "|President|Prime Minister|former))\\b");

  /** Whether the figure's clause (its sentence, up to a semicolon either side) counts over a wider scope. */
  private static boolean widerScope(String sentence, String figureText) {
    int at = sentence.indexOf(figureText);
    if (at < 0) return false;
    int from = Math.max(0, sentence.lastIndexOf(';', at) + 1);
    int semi = sentence.indexOf(';', at);
    return WIDER_SCOPE.matcher(sentence.substring(from, semi < 0 ? sentence.length() : semi)).find();
  }

  /** "wounded last week in another raid": another incident, whenever it was. */
  private static final Pattern ANOTHER = Pattern.compile("(?i)\\b(?:another|other|previous|earlier|separate|similar)\\b");
  private static final Pattern LAST_WEEK = Pattern.compile("(?i)\\b(?:last|the previous|the preceding)\\s+(?:week|weekend)['’]?s?\\b");

  /**
   * "19 rockets were fired during last weekend's raids", written four days after the event's first reports: last week
   * is the event's own, not an earlier incident. Only when the report came two days to two weeks after the event's
   * coverage began and "last week" is all that dates the figure.
   */
  private static boolean lastWeekIsTheEvent(Claim c, String figureText, java.time.Instant eventStart) {
    if (eventStart == null || c.publishedAt() == null) return false;
    if (lastYearOrMonthIsTheEvent(c, figureText, eventStart)) return true;
    java.time.Duration after = java.time.Duration.between(eventStart, c.publishedAt());
    if (after.compareTo(java.time.Duration.ofDays(2)) < 0 || after.compareTo(java.time.Duration.ofDays(14)) > 0) return false;
    String clause = figureClause(c.content(), figureText);
    return clause != null && LAST_WEEK.matcher(clause).find() && !EARLIER.matcher(LAST_WEEK.matcher(clause).replaceAll(" ")).find()
        && !ANOTHER.matcher(clause).find();
  }

  /**
   * "the skirmish that began in August last year", written months on: the event's coverage began in the year (or the
   * month) the report calls last, so the figure is the event's own.
   */
  private static boolean lastYearOrMonthIsTheEvent(Claim c, String figureText, java.time.Instant eventStart) {
    String clause = figureClause(c.content(), figureText);
    Matcher last = clause == null || !c.dated() ? null : LAST_YEAR_OR_MONTH.matcher(clause);
    if (last == null || !last.find() || ANOTHER.matcher(clause).find()) return false;
    java.time.YearMonth written = java.time.YearMonth.from(c.publishedAt().atZone(java.time.ZoneOffset.UTC));
    java.time.YearMonth began = java.time.YearMonth.from(eventStart.atZone(java.time.ZoneOffset.UTC));
    return last.group(1).equalsIgnoreCase("year") ? began.getYear() == written.getYear() - 1 : began.equals(written.minusMonths(1));
  }

  private static final Pattern LAST_YEAR_OR_MONTH = Pattern.compile("(?i)\\blast\\s+(year|month)\\b");

  private static boolean earlierIncident(String content, String figureText) {
    String clause = figureClause(content, figureText);
    return clause != null && EARLIER.matcher(clause).find();
  }

  /** The figure's own clause: up to the next sentence or semicolon either side; null when the text does not hold it. */
  private static String figureClause(String content, String figureText) {
    int at = content.indexOf(figureText);
    if (at < 0) return null;
    int from = Math.max(Math.max(content.lastIndexOf(';', at), content.lastIndexOf(". ", at)), 0);
    int semi = content.indexOf(';', at);
    int stop = content.indexOf(". ", at);
    return content.substring(from, Math.min(semi < 0 ? content.length() : semi, stop < 0 ? content.length() : stop));
  }

  private static boolean cumulative(String content, String figureText) {
    int at = content.indexOf(figureText);
    if (at <= 0) return false;
    return CUMULATIVE.matcher(content.substring(Math.max(0, at - 90), at)).find();
  }

  /**
   * A country's running tally, not the event's: "more than 10,000 civilians have been killed in Ukraine and nearly 60
   * inside Russia". The figure counts across a whole country (a country's name, not a town's, right after it) in a
   * sentence that counts so far ("have been killed"); an incident's toll names its town ("in Ukraine's Dnipro").
   */
  private static boolean countrysTally(String sentence, String figureText) {
    int at = sentence.indexOf(figureText);
    if (at < 0 || !SO_FAR.matcher(sentence).find()) return false;
    String after = sentence.substring(at + figureText.length(), Math.min(sentence.length(), at + figureText.length() + 60));
    java.util.regex.Matcher scope = COUNTRY_SCOPE.matcher(after);
    if (!scope.lookingAt()) return false;
    String name = scope.group(1);
    return name.equalsIgnoreCase(io.contraflow.analysis.nlp.Lexicon.english().countryByNameOrDemonym(name));
  }

  /**
   * "Norlanders accounted for 658 deaths", "At least 60 Ostrians also died": one nationality's share of the dead, said as
   * a share, which the whole toll does not contradict. (Said alone, "300 Norlanders died" may be the whole toll.)
   */
  private static boolean nationalsShare(String sentence, String figureText) {
    int at = sentence.indexOf(figureText);
    if (at < 0) return false;
    Matcher before = SHARE_BEFORE.matcher(sentence.substring(Math.max(0, at - 60), at));
    if (before.find() && demonym(before.group(1))) return true;
    Matcher after = SHARE_AFTER.matcher(sentence.substring(at + figureText.length(), Math.min(sentence.length(), at + figureText.length() + 60)));
    return after.lookingAt() && demonym(after.group(1));
  }

  private static boolean demonym(String word) {
    String country = io.contraflow.analysis.nlp.Lexicon.english().countryByNameOrDemonym(word);
    return country != null && !country.equalsIgnoreCase(word);
  }

  private static final Pattern SHARE_BEFORE = Pattern.compile("\\b(\\p{Lu}\\p{L}+)\\s+(?:accounted for|made up|comprised)\\s+"
      + "(?:(?:at least|about|around|nearly|almost|more than|over)\\s+)?$");
  private static final Pattern SHARE_AFTER = Pattern.compile("^\\s+(\\p{Lu}\\p{L}+)(?:\\s+(?:pilgrims|nationals|citizens|tourists|workers|"
      + "passengers|migrants|soldiers|troops))?\\s+(?:also|too|were also|have also|had also|are also)\\b");

  private static final Pattern SO_FAR = Pattern.compile("(?i)\\b(?:have|has)\\s+(?:now\\s+|so far\\s+)?(?:been\\s+(?:killed|wounded|injured)|died)\\b");
  /** After the figure: a few words, perhaps the verb, then the country ("civilians have been killed in Ukraine"). */
  private static final Pattern COUNTRY_SCOPE = Pattern.compile("^\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:(?:have|has)\\s+(?:now\\s+)?(?:been\\s+)?"
      + "(?:killed|wounded|injured|died)\\s+)?(?:in|inside|across|throughout)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}]+)(?![\\p{L}'’])");

  /** The figure's sentence puts it in a daily tally ("said in its daily update that 760 ..."). */
  private static boolean dailyTally(String sentence, String figureText) {
    int at = sentence.indexOf(figureText);
    return at > 0 && DAILY_TALLY.matcher(sentence.substring(Math.max(0, at - 90), at)).find();
  }

  /** A front's or a country's tally of a day, not the event's: "in its daily update, 760 troops were killed". */
  private static final Pattern DAILY_TALLY = Pattern.compile("(?i)\\b(?:daily|nightly)\\s+(?:update|report|tally|briefing|summary|losses)"
      + "|\\b(?:in|over)\\s+the\\s+(?:past|last)\\s+(?:24\\s+hours|day)\\b");

  private static boolean partOfName(String content, String figureText) {
    int at = content.indexOf(figureText);
    return at > 0 && NAME_NUMBER.matcher(content.substring(Math.max(0, at - 30), at)).find();
  }
}
