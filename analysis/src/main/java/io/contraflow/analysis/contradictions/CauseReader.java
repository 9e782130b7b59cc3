package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.nlp.attribution.Assertion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how a claim says an incident came about ({@code lexicon/causes.txt}): deliberately ("in cold blood", "an act
 * of terrorism", "poisoned"), by accident ("human error", "mistook it for a threat") or naturally ("a blood clot",
 * "natural causes"). A negated cause is the opposite position: "did not deliberately target" says it was not
 * deliberate; "there was no clot" rules out that mechanism only (the detector asks about it alone).
 */
final class CauseReader {
  /**
   * One cause read from a claim.
   *
   * @param negated the claim rules this cause out
   * @param phrase the words that say it, for the finding's position
   */
  record Reading(Cause cause, boolean negated, String phrase) {
    /** True when this reading and the other cannot both be right. */
    boolean conflictsWith(Reading other) {
      // Whether those in charge were negligent at all is the negligence judgement's question; here only a plot
      // against their failing is.
      // So is one person's slip, or the victims' own, against those in charge failing ("human error" against "years of
      // negligence", "undisciplined pilgrims" against "mismanagement"): whose failing it was.
      // So is nature alone ("a natural disaster", "force majeure") against their failing; heavy rain and a dam left
      // unmaintained may both be true.
      if (cause == Cause.NEGLIGENCE || other.cause == Cause.NEGLIGENCE) {
        return !negated && !other.negated && (cause == Cause.DELIBERATE || other.cause == Cause.DELIBERATE
            || cause == Cause.HUMAN_ERROR || other.cause == Cause.HUMAN_ERROR
            || cause == Cause.OWN_FAULT || other.cause == Cause.OWN_FAULT || natureAlone() || other.natureAlone());
      }
      if (cause == other.cause) return negated != other.negated;
      if (cause == Cause.ATTEMPT_ON_LIFE || other.cause == Cause.ATTEMPT_ON_LIFE) return false;
      if (negated || other.negated) return false; // "not an accident" and "natural causes" may both be right
      // A missile strike may be deliberate or a misfire: the mechanism and the intent answer different questions. A short
      // circuit, a machine's failure or a slip is an accident by its nature: against arson or sabotage, how it came about.
      if (cause == Cause.DELIBERATE && other.cause.accidentByNature() || other.cause == Cause.DELIBERATE && cause.accidentByNature()) return true;
      if (cause.mechanism() || other.cause.mechanism()) return java.util.Objects.equals(cause.axis(), other.cause.axis());
      return cause == Cause.DELIBERATE || other.cause == Cause.DELIBERATE;
    }

    /** True when the phrase says nature alone brought it about: "a natural disaster", "an act of God", "force majeure". */
    boolean natureAlone() {
      return cause == Cause.NATURAL_HAZARD && NATURE_ALONE.contains(phrase.strip().toLowerCase(Locale.ROOT));
    }

    /** True when the phrase names a mechanism ("a blood clot") rather than the class ("natural causes"). */
    boolean specific() {
      return SPECIFIC.contains(phrase.strip().toLowerCase(Locale.ROOT));
    }

    /** The position in a few words: "deliberate", "not deliberate", "accidental". */
    String position() {
      return (negated ? "not " : "") + cause.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  private static final List<Pattern> PATTERNS = new ArrayList<>();
  private static final List<Cause> CAUSES = new ArrayList<>();
  /** Causes named by their mechanism ("a blood clot", "a misfire"), not by their class ("an accident"). */
  private static final java.util.Set<String> SPECIFIC = new java.util.HashSet<>();
  private static final java.util.Set<String> NATURE_ALONE = java.util.Set.of("natural disaster", "natural calamity", "act of god",
      "force majeure", "natural phenomenon", "natural occurrence", "natural event");
  /** "was an attack", "looked like a bomb": the incident named as an attack is said to be deliberate. */
  private static final Pattern ATTACK_PREDICATE = Pattern.compile(
      "(?i)\\b(?:was|is|were|be|been|looks like|looked like|appears to be|appeared to be|seems to be|seemed to be)\\s+(?:an?\\s+)?"
          + "(?:\\w+\\s+){0,2}(attack|bomb|bombing|assassination)\\b");
  /** "suicide bomber", "suicide attack": a bombing, not a death by one's own hand. */
  private static final Pattern FUMES_BEFORE = Pattern.compile("(?i)\\b(?:monoxide|gas|smoke|fumes?|food)\\s+$");
  private static final Pattern SUICIDE_ATTACK_AFTER = Pattern.compile("(?i)[\\s-]+(?:bomb|attack|vest|drone|mission|squad|car|truck)");
  private static final Pattern DENIED_OBJECT = Pattern.compile("(?i)\\s*(?:(?:any|the|a|an|its|their|using|use|of|having|used|firing)\\s+)*[\"“]?\\s*"); // "denied any use of X": X itself
  /** ("didn't", "wasn’t": a contraction's "n't" has no word boundary before it.) */
  private static final Pattern NEGATOR = Pattern.compile("(?i)n['’]t\\b|\\b(not|never|no|nothing|neither|nor|without|denied|denies|deny|rule out|rules out|ruled out|ruling out|rejected|"
      + "inconsistent with|"
      // "caused by illness rather than blows": the cause after it is ruled out.
      + "rather than|instead of|as opposed to)\\b");

  static {
    try (var in = CauseReader.class.getResourceAsStream("/lexicon/causes.txt")) {
      if (in == null) throw new IllegalStateException("lexicon/causes.txt is missing from the classpath");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) continue;
        String[] parts = line.split("\\|", 2);
        if (parts[0].strip().equals("specific")) {
          for (String phrase : parts[1].split(",")) SPECIFIC.add(phrase.strip());
          continue;
        }
        Cause cause = Cause.valueOf(parts[0].strip().toUpperCase(Locale.ROOT));
        StringBuilder alternatives = new StringBuilder();
        for (String phrase : parts[1].split(",")) {
          if (alternatives.length() > 0) alternatives.append('|');
          alternatives.append(Pattern.quote(phrase.strip()));
        }
        PATTERNS.add(Pattern.compile("(?i)(?<![\\w-])(" + alternatives + ")(?![\\w-])"));
        CAUSES.add(cause);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private CauseReader() {}

  /**
   * The causes a claim's content states, each with whether it is ruled out; {@code denied} is true for a claim whose
   * speaker denies the content ("X denied it had deliberately targeted a reporter").
   */
  static List<Reading> read(String content, boolean denied) {
    return read(content, denied, false);
  }

  /**
   * As {@link #read(String, boolean)}; {@code deniesAgency} is true when the speaker denies having done it ("denied
   * murdering him"): then only a manner ("deliberately", "on purpose") is ruled out, and what was done (a murder, an
   * attack) is neither held nor ruled out by the speaker.
   */
  static List<Reading> read(String content, boolean denied, boolean deniesAgency) {
    List<Reading> out = new ArrayList<>();
    // ("No drunken driving, bike accident led to the fire": the "no" of a headline's first phrase ends at its comma.)
    Matcher noFirst = NO_FIRST_PHRASE.matcher(content);
    int deniedUpTo = denied && noFirst.lookingAt() ? noFirst.end() : Integer.MAX_VALUE;
    for (int i = 0; i < PATTERNS.size(); i++) {
      Matcher m = PATTERNS.get(i).matcher(content);
      boolean found = m.find();
      // "a week after the accident", "blamed the accident on a sensor": the event's name, not a cause given for it.
      while (found && NAMES_THE_EVENT.matcher(content.substring(Math.max(0, m.start() - 6), m.start())).find()
          && m.group(1).equalsIgnoreCase("accident")) {
        found = m.find();
      }
      // "They said she had heart disease, but I say she had no illness": what others said, retold to be answered, is
      // not the speaker's cause; the answer after it is.
      while (found && othersSaid(content, m.start()) && BUT_AFTER.matcher(content).region(m.end(), content.length()).find()) {
        found = m.find();
      }
      // "India's Aircraft Accident Investigation Bureau": a word inside a name, not a cause.
      while (found && insideName(content, m.start(), m.end())) found = m.find();
      // ("died of carbon monoxide poisoning", "gas poisoning": what killed them, no poisoner.)
      while (found && CAUSES.get(i) == Cause.DELIBERATE && FUMES_BEFORE.matcher(content.substring(Math.max(0, m.start() - 20), m.start())).find()) found = m.find();
      while (found && CAUSES.get(i) == Cause.SELF_INFLICTED && SUICIDE_ATTACK_AFTER.matcher(content).region(m.end(), content.length()).lookingAt()) found = m.find();
      // "knew nothing of any saboteurs at the plant", "was not aware of any poisoning": what the speaker does not know
      // of, neither held nor ruled out.
      while (found && IGNORANCE_BEFORE.matcher(content.substring(Math.max(0, m.start() - 80), m.start())).find()) found = m.find();
      // "calling the reports a deliberate provocation": what is deliberate is what was said, not the incident.
      while (found && SPEECH_AFTER.matcher(content).region(m.end(), content.length()).lookingAt()) found = m.find();
      // "cardiac arrest brought on by a beating", "beat him, causing a heart attack": a natural mechanism set off by
      // violence is the violence's work, not a natural death.
      while (found && CAUSES.get(i) == Cause.NATURAL && setOffByViolence(content, m.start(), m.end())) found = m.find();
      // "a mild poison had caused the illness" names the harm, not its cause; "led to gunfire which hit the tank", a spark.
      while (found && !"ignition".equals(CAUSES.get(i).axis()) && EFFECT_BEFORE.matcher(content.substring(Math.max(0, m.start() - 40), m.start())).find()) found = m.find();
      if (!found) continue;
      // "placed weapons within civilian areas", "hiding behind civilians": where the other side put its forces, a
      // military reading, not a strike on homes.
      // So does the end of a list after such a word: "weapons near schools, clinics and other civilian buildings".
      if (CAUSES.get(i) == Cause.CIVILIAN_TARGET && AMID_BEFORE.matcher(content.substring(Math.max(0, m.start() - 80), m.start())).find()) continue;
      if (CAUSES.get(i).mechanism()) {
        // "there was no missile fire", "not rocket fire": only a negator just before rules a mechanism out; "no injuries
        // in the missile strike" and a denial of something else that names the strike leave it standing.
        // So do "found no indication that it suffered an 'external impact'" and a rejection of reports that it was so
        // ("said reports that a missile took down the plane were inaccurate").
        String before = content.substring(Math.max(0, m.start() - 60), m.start());
        String clause = content.substring(0, m.start());
        int stop = Math.max(clause.lastIndexOf('.'), clause.lastIndexOf(';'));
        clause = clause.substring(stop + 1);
        boolean ruledOut = NEGATOR_JUST_BEFORE.matcher(before).find() || NEGATED_MEANS.matcher(before).find()
            || NOT_THE_CAUSE_AFTER.matcher(content).region(m.end(), content.length()).lookingAt()
            || NO_EVIDENCE_THAT.matcher(clause).find() || denied && (REPORTED_THAT.matcher(clause).find() || DENIED_OBJECT.matcher(clause).matches());
        out.add(new Reading(CAUSES.get(i), ruledOut, m.group(1)));
        continue;
      }
      boolean negatedHere = negatedBefore(content, m.start());
      // "denounced the strike as a war crime": the speaker's own label for it, whatever else the claim rejects.
      if (LABEL_AS.matcher(content.substring(Math.max(0, m.start() - 8), m.start())).find()) {
        out.add(new Reading(CAUSES.get(i), negatedHere, m.group(1)));
        continue;
      }
      if (deniesAgency && !negatedHere && !isManner(m.group(1))) continue;
      // Either way it is ruled out: a denying speaker ("denied it was deliberate") or a negation in the content ("there
      // was no clot"), which a claim's polarity may already reflect, so the two are not cancelled against each other.
      // "There were no clothes on some bodies, which indicates they faced torture": what a relative clause after the
      // denied one infers is not denied with it.
      boolean deniedHere = denied && m.start() < deniedUpTo && !INFERENCE_BEFORE.matcher(content.substring(0, m.start())).find()
          && !negatedOnlyBefore(content, m.start());
      out.add(new Reading(CAUSES.get(i), deniedHere || negatedHere, m.group(1)));
    }
    Matcher gathering = GATHERING_OF_FORCES.matcher(content);
    if (out.stream().noneMatch(r -> r.cause() == Cause.MILITARY_TARGET) && gathering.find()) {
      String before = content.substring(Math.max(0, gathering.start() - 60), gathering.start());
      out.add(new Reading(Cause.MILITARY_TARGET, NEGATOR_JUST_BEFORE.matcher(before).find(), gathering.group()));
    }
    // "blew the pumping station up from within", "blown the lock up from inside": the object stands between the verb and where.
    Matcher within = BLOWN_UP_WITHIN.matcher(content);
    if (out.stream().noneMatch(r -> r.cause() == Cause.INTERNAL_EXPLOSION) && within.find()) {
      String before = content.substring(Math.max(0, within.start() - 60), within.start());
      out.add(new Reading(Cause.INTERNAL_EXPLOSION, NEGATOR_JUST_BEFORE.matcher(before).find(), within.group()));
    }
    // "a hot summer, a drought and industrial discharges": a claim giving causes of both kinds says people had a hand in
    // it, which is the contested part; the natural ones it names beside them are no position against that.
    if (out.stream().anyMatch(r -> r.cause() == Cause.MAN_MADE && !r.negated())) out.removeIf(r -> r.cause() == Cause.NATURAL_HAZARD && !r.negated());
    // "the missile set off a fire on board and the ammunition exploded": the fire is the strike's work, not a mishap.
    if (out.stream().anyMatch(r -> r.cause() == Cause.EXTERNAL_STRIKE && !r.negated())) out.removeIf(r -> r.cause() == Cause.MISHAP && !r.negated());
    // "the blaze was lit by the inmates in protest", "they set bedding alight in protest": a fire lit as a protest
    // was set on purpose, whatever those in charge did or failed to do.
    Matcher protest = FIRE_IN_PROTEST.matcher(content);
    if (out.stream().noneMatch(r -> r.cause() == Cause.DELIBERATE) && protest.find()) {
      out.add(new Reading(Cause.DELIBERATE, denied || negatedBefore(content, protest.start()), protest.group()));
    }
    Matcher attack = ATTACK_PREDICATE.matcher(content);
    // "was no heart attack" is about a cause already read, not an attack.
    if (out.stream().noneMatch(r -> r.cause() == Cause.DELIBERATE) && attack.find()
        && out.stream().noneMatch(r -> r.phrase().toLowerCase(Locale.ROOT).endsWith(attack.group(1).toLowerCase(Locale.ROOT)))) {
      boolean negatedHere = negatedBefore(content, attack.start());
      if (!deniesAgency || negatedHere) out.add(new Reading(Cause.DELIBERATE, denied || negatedHere, attack.group(1)));
    }
    return out;
  }

  private static final Pattern CAUSED_BY_AFTER = Pattern.compile("(?i)^[^.;]{0,30}?\\b(?:because of|caused by|due to|brought on by|"
      + "triggered by|induced by|as a result of|resulting from|from|after)\\b([^.;]{0,80})");
  private static final Pattern CAUSING_BEFORE = Pattern.compile("(?i)\\b(?:causing|caused|led to|leading to|resulted in|resulting in|"
      + "triggered|brought on)\\s+(?:[\\w'’-]+\\s+){0,4}$");

  /** The natural mechanism between {@code start} and {@code end} is said to come from a beating or other violence. */
  private static boolean setOffByViolence(String content, int start, int end) {
    Pattern violence = PATTERNS.get(CAUSES.indexOf(Cause.DELIBERATE));
    Matcher after = CAUSED_BY_AFTER.matcher(content).region(end, content.length());
    if (after.lookingAt() && violence.matcher(after.group(1)).find()) return true;
    String before = content.substring(0, start);
    Matcher causing = CAUSING_BEFORE.matcher(before);
    if (!causing.find()) return false;
    String clause = before.substring(Math.max(0, Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1), causing.start());
    return violence.matcher(clause).find();
  }

  private static final Pattern FIRE_IN_PROTEST = Pattern.compile("(?i)\\b(?:set|started|lit|ignited|torched|burned|burnt)\\b[^.;,]{0,60}?"
      + "\\bin protest\\b");
  private static final Pattern BLOWN_UP_WITHIN = Pattern.compile("(?i)\\b(?:blew|blown|blow|blowing)\\s+(?:up\\s+)?(?:[\\w'’-]+\\s+){1,4}?"
      + "(?:up\\s+)?from\\s+(?:the\\s+)?(?:inside|within)\\b");
  // ("spreading knowingly false information", "a deliberately misleading account": the manner word says how the words
  // were false, not how the incident came about.)
  private static final Pattern SPEECH_AFTER = Pattern.compile("(?i)\\s+(?:provocations?|lies|lie|disinformation|misinformation|"
      + "distortions?|falsifications?|fabrications?|smears?|deception|attempts? to (?:mislead|deceive|discredit|smear)"
      + "|false|untrue|misleading|inaccurate|distorted|fabricated|erroneous|fake)\\b");
  private static final Pattern IGNORANCE_BEFORE = Pattern.compile("(?i)\\b(?:no (?:information|knowledge|details|data|news)|(?:not|n't|un)\\s*aware|know(?:s|n)? nothing|knew nothing"
      // "looking into a possible conspiracy", "could not confirm it was by an air strike", "the risk of getting poisoned": neither held nor ruled out.
      + "|(?:looking|look|looked) into|examining|investigating|probing|checking|whether|(?:probability|risk|danger|likelihood) of|(?:not|n't|unable to)\\s+"
      + "(?:immediately\\s+|independently\\s+)?(?:confirm|verify|determine|establish|rule out))\\b(?: of| about| on| regarding)?[^.;:,]{0,40}$");

  /**
   * "Talks were not working: so they turned to sabotage": the content denies only in a clause before a colon or
   * semicolon, and the clause with the cause denies nothing, so the cause is held, not ruled out.
   */
  private static boolean negatedOnlyBefore(String content, int at) {
    String before = content.substring(0, at);
    int cut = Math.max(before.lastIndexOf(':'), before.lastIndexOf(';'));
    if (cut <= 0) return false;
    int end = content.indexOf(';', at);
    String own = content.substring(cut + 1, end < 0 ? content.length() : end);
    return Assertion.denies(content.substring(0, cut)) && !Assertion.denies(own);
  }

  /** The match is capitalised between two capitalised words: a word of a name ("Aircraft Accident Investigation"). */
  private static boolean insideName(String content, int start, int end) {
    if (start == 0 || !Character.isUpperCase(content.charAt(start))) return false;
    int before = start - 1;
    while (before >= 0 && content.charAt(before) == ' ') before--;
    int wordStart = before;
    while (wordStart > 0 && Character.isLetter(content.charAt(wordStart - 1))) wordStart--;
    int after = end;
    while (after < content.length() && content.charAt(after) == ' ') after++;
    return before >= 0 && before < start - 1 && Character.isUpperCase(content.charAt(wordStart)) && Character.isLetter(content.charAt(before))
        && after > end && after < content.length() && Character.isUpperCase(content.charAt(after));
  }

  /** "They said", "officials claimed" opening the sentence of a match: words the speaker retells. */
  private static final Pattern OTHERS_SAID = Pattern.compile("(?i)^\\s*[\"“‘']?\\s*(?:they|others|officials|the authorities|authorities|"
      + "the police|police)\\s+(?:said|say|claimed|claim|told us|told me)\\b");
  private static final Pattern BUT_AFTER = Pattern.compile("(?i)\\bbut\\b");

  private static boolean othersSaid(String content, int at) {
    String before = content.substring(0, at);
    int stop = Math.max(Math.max(before.lastIndexOf(". "), before.lastIndexOf(';')), Math.max(before.lastIndexOf("! "), before.lastIndexOf("? ")));
    return OTHERS_SAID.matcher(before.substring(stop + 1)).find();
  }

  /** Where soldiers were when the strike came: "a meeting of army commanders", "where officers had gathered". */
  private static final Pattern GATHERING_OF_FORCES = Pattern.compile("(?i)\\b(?:(?:meeting|gathering|assembly) of (?:[\\w'’-]+\\s+){0,4}?"
      + "(?:commanders|officers|command staff|military officials|military personnel|servicemen|soldiers|troops|fighters|militants)"
      + "|where [^.;,]{0,60}?\\b(?:commanders|officers|military personnel|servicemen|soldiers|troops|fighters|militants)\\b[^.;,]{0,50}?"
      + "\\b(?:were meeting|met|had gathered|were gathered|gathered|had assembled|were assembled))\\b");
  private static final Pattern AMID_BEFORE = Pattern.compile("(?i)\\b(?:within|among|amid|behind|near|next to|close to)\\s+"
      + "(?:the\\s+)?(?:[^.;]{0,60}?,?\\s+(?:and|or)\\s+other\\s+)?$");
  private static final Pattern NEGATOR_JUST_BEFORE = Pattern.compile("(?i)\\b(?:no|not|never|neither|nor|inconsistent with|rather than|rule out|rules out|ruled out|ruling out|"
      + "instead of)\\s+(?:an?\\s+|any\\s+)?[\"“‘']?$");
  /**
   * "rogue waves were never the trigger", "a storm surge is not likely to have been the cause", "lightning was highly
   * unlikely": ruled out after it.
   */
  private static final Pattern NOT_THE_CAUSE_AFTER = Pattern.compile("(?i)[\"”’']?\\s+(?:(?:was|were|is|are|has been|had been)\\s+"
      + "(?:not|never|unlikely to (?:be|have been)|not likely to (?:be|have been))\\s+(?:the\\s+|a\\s+)?(?:main\\s+|direct\\s+|primary\\s+)?"
      + "(?:cause|reason|culprit|trigger)\\b|(?:was|were|is|are)\\s+(?:highly\\s+|very\\s+|most\\s+)?unlikely\\b)");
  private static final Pattern REPORTED_THAT = Pattern.compile("(?i)\\b(?:reports?|claims?|allegations?|suggestions?)\\s+that\\b");
  /**
   * "could not have been destroyed through shelling", "was not caused by a missile", "did not appear to come from an
   * airstrike": the means or source of a negated verb; "was never used for military purposes": its purpose.
   */
  private static final Pattern NEGATED_MEANS = Pattern.compile("(?i)\\b(?:not|never|n't|impossible|unable)\\b[^,.;]{0,40}?\\b(?:by|through|with|using|for|from)\\s+"
      + "(?:an?\\s+|the\\s+|any\\s+)?$");
  private static final Pattern NO_FIRST_PHRASE = Pattern.compile("(?i)\\W*no\\s+[^,;:.]{1,40},\\s*");
  private static final Pattern INFERENCE_BEFORE = Pattern.compile("(?i),\\s*(?:which|indicating|suggesting|showing|proving)\\b");
  private static final Pattern EFFECT_BEFORE = Pattern.compile("(?i)\\b(?:caused|causing|causes|led to|leading to|resulted in)\\s+"
      + "(?:(?:the|an?|their|his|her|its)\\s+)?(?:(?!by\\b|from\\b)[\\w-]+\\s+)?$");
  private static final Pattern NAMES_THE_EVENT = Pattern.compile("(?i)\\b(?:the|this|that|its)\\s+$");
  private static final Pattern LABEL_AS = Pattern.compile("(?i)\\bas\\s+(?:an?\\s+)?[\"'\u201c\u2018]?$");
  private static final java.util.Set<String> MANNER = java.util.Set.of("deliberate", "intentional", "on purpose", "premeditated",
      "in cold blood", "cold-blooded", "willful", "wilful", "by accident", "by mistake", "unintentional", "inadvertent");

  /** How something was done rather than what was done: "deliberately", "on purpose", "by mistake". */
  private static boolean isManner(String phrase) {
    String p = phrase.strip().toLowerCase(Locale.ROOT);
    return p.endsWith("ly") || MANNER.contains(p);
  }

  /** A negator in the four words before {@code at}, in the same clause. */
  private static boolean negatedBefore(String text, int at) {
    int from = at;
    int words = 0;
    while (from > 0 && words < 5) {
      char c = text.charAt(from - 1);
      if (c == ',' || c == ';' || c == '.' || c == ':') break;
      if (Character.isWhitespace(c)) words++;
      from--;
    }
    if (NEGATOR.matcher(text.substring(from, at)).find()) return true;
    // "There is nothing, absolutely nothing, to suggest that it was intentional", "no evidence indicates it was deliberate".
    String before = text.substring(Math.max(0, at - 120), at);
    int stop = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'));
    return NO_EVIDENCE_THAT.matcher(before.substring(stop + 1)).find();
  }

  private static final Pattern NO_EVIDENCE_THAT = Pattern.compile("(?i)\\b(?:nothing|no (?:evidence|indication|sign|proof|information|possibility|chance)"
      + "|not any (?:evidence|indication|sign))\\b[^.;]{0,40}?\\b(?:to suggest|suggests?|to indicate|indicates?|to show|shows?|points? to|"
      + "that|this|it)\\b|\\bno (?:evidence|indications?|signs?|proof|traces?) of\\b"
      // "did not find any signs of munitions hitting the convoy"
      + "|(?:\\bnot|n't|\\bnever)\\b[^.;]{0,30}?\\bany (?:evidence|indications?|signs?|proof|traces?) of\\b");
}
