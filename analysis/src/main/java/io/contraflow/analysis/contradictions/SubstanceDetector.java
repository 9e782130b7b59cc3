package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Modality;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "A lab in Vell measured cyanide well above the limit" against "the tests showed no cyanide": whether a
 * substance ({@code lexicon/substances.txt}) was there. One side names it as found, carried or contained; the other
 * rules it out ("no cyanide", "did not show any trace of cyanide", "no confirmation regarding cyanide"). A substance
 * named in passing, with neither, is no answer.
 */
final class SubstanceDetector implements Detector {
  /** Each substance's spellings, by the name findings give it. */
  private static final Map<String, Pattern> SUBSTANCES = load();
  /** Any substance at all: most claims name none, and one test rules them out before each substance is looked for. */
  private static final Pattern ANY = Pattern.compile(String.join("|", SUBSTANCES.values().stream().map(Pattern::pattern).toList()));
  /** Words before a substance that say it was there: "found high levels of", "was carrying a load of", "traces of". */
  private static final Pattern PRESENT_BEFORE = Pattern.compile("(?i)\\b(?:found|find|finds|detected|detect|discovered|identified|showed|"
      + "shows|show|revealed|reveal|confirmed|recorded|measured|traces?|levels?|concentrations?|presence|contained|containing|contains|"
      + "carrying|carried|transporting|laced|contaminated|tainted|poisoned|loads?|cargo|shipments?|amounts?|quantities)\\b[^,;.:]{0,60}$");
  /** Words after a substance that say it was there: "cyanide was found", "cyanide had been detected", "a poison caused it". */
  private static final Pattern PRESENT_AFTER = Pattern.compile("(?i)^\\s+(?:(?:was|were|had been|has been|have been|is|are)\\s+"
      + "(?:\\w+\\s+)?(?:found|detected|present|discovered|identified|released|leaking)|(?:had\\s+|has\\s+|have\\s+)?caused)\\b");
  /** A negation before a substance in its clause: "no", "not ... any", "ruled out", "no confirmation regarding". */
  private static final Pattern RULED_OUT_BEFORE = Pattern.compile("(?i)(?:\\b(?:no|not|nothing|never|nor|without|ruled out|rule out|free of|"
      + "absence of)\\b|n['’]t\\b)[^,;.:]{0,50}$");
  private static final Pattern UNCONFIRMED_AFTER = Pattern.compile("(?i)^[^,;.]{0,40}?\\b(?:yet to be|still to be|not (?:yet )?been|not|never been)\\s+"
      + "(?:confirmed|established|verified)\\b");
  /** "no clear information yet about which poison was used": what is not known about it, not that it was absent. */
  private static final Pattern UNKNOWN_BEFORE = Pattern.compile("(?i)\\bno\\s+(?:\\w+\\s+)?(?:information|details?|word|data|clarity|"
      + "indication)\\s+(?:yet\\s+)?(?:about|on|regarding|concerning|as\\s+to|of)\\b[^,;.:]{0,40}$");
  private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i),|;|\\bbut\\b|\\bwhile\\b|\\band\\b");

  /** One answer: the substance, and whether the claim says it was there. */
  record Answer(String substance, boolean present) {}

  @Override
  public String name() {
    return "substance";
  }

  /** The stances this detector reads: a named party's own words that name a substance as there or not. */
  static boolean relevant(Stance s) {
    return readable(s) && !answers(s.claim()).isEmpty();
  }

  private static boolean readable(Stance s) {
    return s.party().isNamed() && !s.party().isOutlet() && s.claim().modality() != Modality.QUESTIONED && s.act() != Stance.Act.REJECT;
  }

  /** What a claim says of each substance it names, read from its content; a denial cue turns the answer round. */
  static List<Answer> answers(Claim c) {
    List<Answer> out = new ArrayList<>();
    String content = c.content();
    if (content == null || !ANY.matcher(content).find()) return out;
    boolean deniedByCue = Lexicon.DENIAL_CUES.contains(c.cue());
    for (var e : SUBSTANCES.entrySet()) {
      Matcher m = e.getValue().matcher(content);
      if (!m.find()) continue;
      String before = content.substring(0, m.start());
      Matcher brk = CLAUSE_BREAK.matcher(before);
      int clause = 0;
      while (brk.find()) clause = brk.end();
      // ("detected high levels of salt but no cyanide": the clause of the substance, after the last break.)
      String own = before.substring(clause);
      boolean ruledOut = RULED_OUT_BEFORE.matcher(own).find();
      boolean present = PRESENT_BEFORE.matcher(own).find() || PRESENT_AFTER.matcher(content.substring(m.end())).lookingAt();
      // ("cyanide in the reservoir is still to be confirmed": neither found nor ruled out.)
      if (!ruledOut && !present || UNCONFIRMED_AFTER.matcher(content.substring(m.end())).lookingAt() || UNKNOWN_BEFORE.matcher(own).find()) continue;
      out.add(new Answer(e.getKey(), !ruledOut ^ deniedByCue));
    }
    return out;
  }

  @Override
  public List<Candidate> detect(EventStances event) {
    return Opposition.perThing(event, SubstanceDetector::readable, s -> answers(s.claim()), Answer::substance, Answer::present,
        what -> new Opposition.Question("substance:" + what, "whether " + what + " was there", what + " was there", "no " + what, name()),
        (x, y) -> true);
  }

  private static Map<String, Pattern> load() {
    Map<String, Pattern> out = new LinkedHashMap<>();
    for (String line : Lexicon.lines("substances.txt")) {
      String[] spellings = line.split(",");
      StringBuilder alternatives = new StringBuilder();
      for (String s : spellings) alternatives.append(alternatives.length() > 0 ? "|" : "").append(Pattern.quote(s.strip()));
      out.put(spellings[0].strip().toLowerCase(Locale.ROOT), Pattern.compile("(?i)(?<![\\w-])(?:" + alternatives + ")(?![\\w-])"));
    }
    return out;
  }
}
