package io.contraflow.analysis.claims;

import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.TextNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the frames that news disputes turn on from a claim's content: where someone went (move: destination,
 * origin) and who is behind an act (responsible: agent). The cue words are general English, so the same reader
 * serves a bombing, a dam breach or a hacked election.
 */
public final class PropositionReader {
  static final Pattern MOVE = Pattern.compile("(?i)\\b(fle[ed]\\w*|flee|escap\\w*|head(?:ed|ing|s)?|go|goes|went|going|gone|cross\\w*|"
      + "enter(?:ed|ing|s)?|dr[io]v\\w*|travel\\w*|run|ran|running|turn\\w*|retreat\\w*|mov(?:e|ed|ing)|make for|made for|sought to reach|"
      + "reach(?:ed)?|bound for|pass through|get into|got into)\\b");
  private static final Pattern DESTINATION = Pattern.compile("(?i)^(?:[\\w'-]+\\s+){0,3}?(?:to|toward|towards|into|for|in the direction of|across"
      + "|enter(?:ed|ing)?|reach(?:ed)?)\\s+((?:the\\s+)?(?:[\\w.'-]+\\s+){0,4}[\\w.'-]+)");
  /** Words that end a destination phrase: what follows them is another clause. */
  private static final Pattern PHRASE_END = Pattern.compile("(?i)\\s+(when|where|after|before|but|and|as|because|while|following|since|until|if|"
      + "with the help|in order|to escape|to flee|on|late|early|last|this|that|which|who)\\b.*$");
  private static final Pattern NOT_ALTERNATIVE = Pattern.compile("(?i),?\\s+(?:and\\s+)?not\\s+(?:to\\s+|toward\\s+|into\\s+)?((?:the\\s+)?\\p{L}[\\p{L}\\p{N}_.'-]+(?:\\s+\\p{L}[\\p{L}\\p{N}_.'-]+)?)");
  private static final String STRUCK_FRAME = "(?:strikes?|airstrikes?|missiles?|rockets?|shells?|bombs?|drones?|mortars?|munitions?|"
      + "warplanes?|jets?|gunfire|projectiles?)\\s+(?:(?:had|has|have|reportedly|allegedly|apparently|then|also)\\s+){0,2}(?:hit|struck|slammed into)";
  static final Pattern RESPONSIBLE = Pattern.compile("(?i)(?<!\\p{L}-)\\b(" // ("Ostria-linked militants": a compound describes, no deed.)
      // Whose deed it was, named after the frame: "the responsibility lies with the gangs", "was the work of the
      // rebels", "is the revenge of the regime", "bore the hallmarks of the Front", "a 'terrorist attack' by Moscow".
      + "(?:responsibility|blame|fault) (?:lies|lay|lie|rests|rested|rest) (?:\\w+ )?with|"
      + "(?:is|was|were|are|be|been) (?:\\w+ )?(?:the )?(?:work|handiwork|doing|revenge) of|b(?:ore|ears|ear) (?:all )?the (?:hall)?marks of|"
      + "(?:attack|attacks|act of sabotage|sabotage|bombing|bombings)['’\"”]? by|killed by|shot by|shot dead by|murdered by|downed by|shot down by|planned by|plotted by|premeditated by|(?:obstruction|blockade|siege|restrictions) (?:imposed )?by|"
      + "(?:on|at|under) the (?:direct )?(?:orders|instructions|behest) of|(?:received|got|took|was given|were given) (?:the |direct |explicit )?(?:orders|instructions) from|hit from|"
      + "(?:result|consequence) of (?:\\w+ ){0,2}?(?:actions?|policies|decisions?|measures|conduct) (?:taken |pursued )?by|brought down by|fired from the direction of|fired from|came from the direction of|came from|involved|involvement|implicated|role|behind|responsible|accountable|culpable|responsibility|(?:fac|bear|tak|accept|shoulder)\\w* (?:up to )?(?:its|their|his|her) (?:own )?responsibilities|carried out|carry out|"
      + "carrying out|root cause|orchestrat\\w+|organi[sz](?:ed|ing)|ordered|authori[sz]ed|sanctioned|assist(?:ed|ing|s)?|helped|backed|a hand in|part in|link(?:ed|s)?|connection(?:s)? (?:to|with)|blam\\w+|"
      + "accus\\w+|allegations?|plotted|masterminded|sponsored|perpetrated|staged|complicit|complicity|wrongdoing|misconduct|innocence|nothing wrong|blood on (?:his|her|their|its|my|our) hands|prepared the|executed|caused|to do with|did it|did this|did that|done it|done this|(?:not|n['’]t) do (?:it|this|that)|hit by|struck by|fired by|launched by|shelled|bombed|shot down|targeted|struck|"
      + "(?:hid|hidden|concealed|covered up|withheld|suppressed) (?:\\w+ ){0,2}?(?:information|evidence|data|documents|the truth|problems|risks|findings)|" // kept back what one knew
      // The deed itself: "planted the explosives", "set the fire", "poisoned him"; who started it: "opened fire first", "provoked the clash".
      + "planted|detonated|poisoned|sabotaged|blew up|blown up|destroyed by|set fire|set the fire|started the fire|attached explosives|dropped (?:an? |the |\\w+ )?(?:\\w+ )?(?:bombs?|munitions|explosives)|"
      + "(?:opened fire|fired|shot|attacked|struck) first|provoked|instigated|started the (?:clash(?:es)?|fighting|shooting|violence|hostilities)|"
      // An armed attack ("border guards opened fire on the post", "started shelling", "rammed"); its "prime suspect".
      + "attacked|opened fire|(?:started|began) (?:firing|shooting|shelling)|rammed|ambushed|(?:prime|main|chief|principal|key) suspects?|killed|shot|fired|kidnapped|abducted|"
      // A strike or a weapon as the subject of a hit: "an Ostrian drone had hit the clinic", "a Vell missile struck
      // the depot". Its owner is the doer; "the storm hit the coast" or "the train struck a car" names none.
      + STRUCK_FRAME + ")\\b");
  private static final Pattern ACCUSER_AFTER = Pattern.compile("(?i)\\s*(?:(?:stemming|coming|made|levell?ed)\\s+)?(?:from|by)\\b");
  private static final Pattern LIES_WITH = Pattern.compile("(?:responsibility|blame|fault) .* with");
  /** The frame of a weapon that hit something, which names its doer only through the weapon's owner. */
  private static final Pattern STRUCK = Pattern.compile(STRUCK_FRAME);
  private static final Set<String> PERPETRATORS = Set.of("attacker", "attackers", "gunman", "gunmen", "perpetrator", "perpetrators", "suspect",
      "suspects", "assailant", "assailants", "terrorist", "terrorists", "bandit", "bandits", "culprit", "culprits", "shooter", "shooters",
      "militant", "militants", "killer", "killers", "hijacker", "hijackers", "bomber", "bombers", "fugitive", "fugitives", "they", "men",
      "robber", "robbers", "assassin", "assassins");
  /** Frame words that, after "was" or "were", are a passive deed: "was staged", "were carried out", "was targeted". */
  private static final Set<String> PASSIVE_DEEDS = Set.of("carried out", "staged", "orchestrated", "organised", "organized", "ordered",
      "plotted", "masterminded", "sponsored", "perpetrated", "executed", "caused", "targeted", "shelled", "bombed", "shot down", "fired",
      "killed", "shot", "prepared the", "planted", "detonated", "poisoned", "sabotaged", "attacked", "rammed", "ambushed", "kidnapped", "abducted");
  /** ("was targeted", "was not staged", "was “very likely” targeted": adverbs, quoted or not, between.) */
  private static final Pattern BEFORE_PASSIVE = Pattern.compile("(?i)\\b(?:was|were|been|being|is|are)\\s+"
      + "(?:[\"“”'‘’]?(?:not|never|very|most|almost|also|\\w+ly)[\"“”'‘’]?\\s+){0,3}$");
  private static final Pattern VICTIMS_BEFORE = Pattern.compile("(?i)\\b(?:\\d[\\d,]*|people|civilians|persons|children|others|more|"
      // ("30 Inmates Killed in Jail Raid": a headline's count of victims, capitalised, is no doer either.)
      + "(?:\\d[\\d,]*|dozens|scores|hundreds)(?:\\s*-\\s*\\d[\\d,]*)?\\s+(?:\\p{L}+\\s+)?\\p{L}+s)\\s+$");
  private static final Pattern WITH_HELP_OF = Pattern.compile("(?i)^\\s*(?:\\w+ly\\s+)?with the (?:help|assistance|support|backing) of\\s+");
  private static final Pattern NEGATED_VERB = Pattern.compile("\\b(did not|didn['’]t|never|were not|was not|weren['’]t|wasn['’]t"
      // ("the fuel had not reached the lake": a perfect denied as a past is.)
      + "|ha[sd] not|hasn['’]t|hadn['’]t|have not|haven['’]t)\\s+(\\w+\\s+)?$");
  private static final Pattern TO_PHRASE = Pattern.compile("(?i)\\bto\\s+((?:the\\s+)?(?:[\\w.'-]+\\s*){1,3})");
  /** "caused by a misfired rocket launched by Islamic Jihad": the agent may sit a few words into the by-phrase. */
  private static final Pattern BY_PHRASE = Pattern.compile("(?i)\\bby\\s+((?:the\\s+)?(?:[\\w.'-]+\\s*){1,8})");
  /** ("wasn't", "didn’t": a contraction has no word boundary before its "n't".) */
  private static final Pattern NEGATION = Pattern.compile("\\b(not|never|no|neither|nothing to do|without)\\b|n['’]t\\b");
  private static final Pattern NEGATED_GERUND = Pattern.compile("\\b(for|of)\\s+((?:[\\w'’-]+\\s+){0,4}?)(?:not|never)\\b");
  /** "not only", "no doubt", and the "or not" of an indirect question ("whether Washington was behind it or not"). */
  private static final Pattern NOT_A_NEGATION = Pattern.compile("\\b(not only|no doubt|no proof|no evidence|or not)\\b");
  private static final Pattern LINKED_VICTIMS = Pattern.compile("(?i)\\b(?:victims?|dead|deceased|those killed|casualties|wounded)\\s+(?:were|was|are|is|had been|have been)\\s+(?:\\w+ly\\s+)?$");
  private static final Pattern EXCLUSIVE = Pattern.compile("\\b(alone|only|solely|by itself)\\b");
  private static final Pattern BLAMED_ON = Pattern.compile("^(?:\\S+\\s+){0,5}?\\S+\\s(?:on|to|at)\\s");
  private static final Pattern BLAMED_ON_FIRST = Pattern.compile("^(?:\\S+\\s+){0,9}?\\S+\\son\\s(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)");
  private static final Pattern BLAMED_FOR = Pattern.compile("\\s(?:of|for|over|with|on charges)\\b");
  private static final Pattern TRAILING_PUNCT = Pattern.compile("[,.;:]$");
  private static final Pattern PLACE_NAME = Pattern.compile("\\b(\\p{Lu}\\p{Ll}[\\p{L}\\p{N}_'-]*(?:\\s+\\p{Lu}\\p{Ll}[\\p{L}\\p{N}_'-]*)*)");
  private static final Pattern ARTICLE = Pattern.compile("The|A|An");
  private static final Pattern POSSESSIVE = Pattern.compile("'s$");
  /** ("Vellgrad. In response": a full stop after a word of four letters or more ends a name; "U.S. Army" does not.) */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\w{4})\\.\\s+");
  private static final Pattern PARTY_NAME = Pattern.compile("\\b(\\p{Lu}[\\p{L}\\p{N}_.'-]*(?:\\s+(?:of\\s+|(?:de|da|di|du|del|der|van|von|bin|ibn|al|el)\\s+" // "Harakat ul-Vell"
      + "|(?:ut|ul|ur|ud|us|ad|ash|al|el|an|ar|as|at|az)-)?\\p{Lu}[\\p{L}\\p{N}_.'-]*)*)");
  private static final Pattern LEADING_FUNCTION_WORD = Pattern.compile("^(The|An|A|But|And|While|We|I|It|He|She|They|No|When|Despite|However|Of|In|On|As|At|For|Among|"
      + "If|So|Yet|Our|Their|His|Her|Its|This|That|These|Those|Naturally|Instead|Meanwhile|Everyone|Everybody|Nobody|Someone|Somebody|Anyone|Anybody"
      + "|\\p{Lu}[\\p{L}.]*-(?:allied|aligned|affiliated|linked|leaning|friendly))\\b\\s*"); // ("the Iran-allied Houthis" are the Houthis: an ally is no doer)
  private static final Pattern COUNT_WORD = Pattern.compile("(?i)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands)\\b|(?:all|some|most|many|several|both|each|none)$");
  private static final Pattern CALENDAR = Pattern.compile("(?i)(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|tonight|yesterday|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?)");
  private static final Pattern WEAPON_AFTER = Pattern.compile("(?i)\\s+(?:[\\w-]+\\s+){0,2}?(?:missiles?|rockets?|launchers?|"
      + "(?:rocket |missile |launch )?systems?|shells?|bombs?|torpedo(?:es)?|munitions?|warheads?|weapons?|arms|ammunition)\\b");
  private static final Pattern NATURE_AFTER = Pattern.compile("(?i)\\s+(?:tsunami|earthquake|quake|eruption|volcano|storm|hurricane|typhoon|cyclone|floods?)\\b");
  /** Before a weapon's owner: "by two", or at most two words opening the agent phrase a passive's "by" begins. */
  private static final Pattern BY_BEFORE = Pattern.compile("(?i)(?:\\bby\\s+|^\\s*)(?:[\\w-]+\\s+){0,2}$");
  private static final Pattern MODEL_DESIGNATION = Pattern.compile("[A-Za-z]{1,3}-[0-9]{1,4}[A-Za-z0-9]*");
  private static final Pattern VERB_AFTER = Pattern.compile("\\s*(?:\\w+ly\\b\\s*)?(?:(was|were|is|are|had|has|have|did|does|could|would|may|might|must|\\w+ed)\\b|$)|\\s*[,.;]");
  private static final Pattern INFINITIVE_VERB = Pattern.compile("(?i)(flee|go|escape|cross|enter|reach|head|travel|run|move|pass)\\b");
  /** Where something began: "the fire started in the packaging hall", "the blast occurred at the depot", "took place inside". */
  static final Pattern ORIGIN = Pattern.compile("(?i)\\b(start(?:ed|s)?|began|begun|begins|broke out|originated|erupted|ignited|"
      + "occurred|happened|took place|takes place|had taken place|was set|were set)\\s+(?:\\w+\\s+)?(?:in|at|inside|near|on|from|within)\\s+((?:the\\s+|a\\s+|an\\s+)?(?:[\\w'-]+\\s+){0,3}?[\\w'-]+)"
      + "(?=\\s*(?:[,.;:]|$|\\s+(?:and|but|after|before|when|while|shortly|at|on|of|around|about|not|last|this|early|late)\\b))");
  private static final Pattern NOT_LOCATION = Pattern.compile("(?i)^,?\\s*(?:and\\s+)?not\\s+(?:in|at|inside|near|on|from)\\s+((?:the\\s+|a\\s+|an\\s+)?(?:[\\w'-]+\\s+){0,3}?[\\w'-]+)(?=\\s*(?:[,.;:]|$|\\s+(?:and|but)\\b))");
  private static final Pattern WHAT_STARTED = Pattern.compile("(?i)\\b(fire|blaze|explosion|blast|leak|spill|outbreak|shooting|riot|attack|collapse|flood|crash|"
      + "protest|clash|fighting|violence|strike|derailment)s?\\b");
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(the|a|an)\\s+");
  /** "at about 3 a.m.", "at midnight": when, not where. */
  private static final Pattern TIME_OF_DAY = Pattern.compile("(about |around |approximately |roughly |just )?(\\d|midnight|noon|dawn|dusk|daybreak)");
  private static final Pattern NOT_A_PLACE = Pattern.compile("(it|there|time|place|that|this|which|all|night|morning|evening|earnest)");
  private static final Pattern SPACES_OR_HYPHENS = Pattern.compile("[\\s-]+");
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z']+");
  /** Words of {@link #MOVE}, {@link #RESPONSIBLE} and {@link #ORIGIN}, one from each alternative, to skip clauses without any. */
  static final WordGate MOVE_WORDS = new WordGate(Set.of("flee", "head", "headed", "heading", "heads", "go", "goes", "went", "going",
      "gone", "enter", "entered", "entering", "enters", "run", "ran", "running", "move", "moved", "moving", "make", "made", "sought",
      "reach", "reached", "bound", "pass", "get", "got"), List.of("fle", "escap", "cross", "driv", "drov", "travel", "turn", "retreat"));
  static final WordGate RESPONSIBLE_WORDS = new WordGate(Set.of("involved", "involvement", "implicated", "role", "behind", "responsible", "accountable", "culpable", "dropped", "wrongdoing", "misconduct", "innocence", "wrong",
      "responsibility", "responsibilities", "carried", "carry", "carrying", "organised", "organized", "organising", "organizing", "ordered", "authorised",
      "authorized", "sanctioned", "assist", "root", "assisted", "assisting", "assists", "helped", "backed", "hand", "part", "link", "linked", "links", "connection", "connections", "did", "done", "plotted", "masterminded", "planned", "premeditated", "hid", "hidden", "concealed", "covered", "withheld", "suppressed",
      "sponsored", "perpetrated", "staged", "complicit", "complicity", "prepared", "executed", "caused", "do", "hit", "struck", "fired", "launched",
      "shelled", "bombed", "shot", "targeted", "killed", "kidnapped", "abducted", "murdered", "downed", "brought", "came", "planted", "detonated", "poisoned",
      "sabotaged", "blew", "blown", "destroyed", "set", "started", "attached", "allegation", "allegations", "first", "provoked", "instigated", "attacked", "opened", "began", "rammed", "ambushed", "suspect", "suspects", "blood", "orders", "instructions", "behest",
      "fault", "attack", "attacks", "sabotage", "bombing", "bombings", "work", "handiwork", "doing", "revenge", "hallmarks", "marks", "result", "consequence", "obstruction", "blockade", "siege", "restrictions"),
      List.of("orchestrat", "blam", "accus"));
  static final WordGate ORIGIN_WORDS = new WordGate(Set.of("start", "started", "starts", "began", "begun", "begins", "broke", "originated",
      "erupted", "ignited", "occurred", "happened", "set", "place"), List.of()); // ("took place": "took" alone lets too much through)
  private final Lexicon lexicon = Lexicon.english();
  public List<Proposition> read(String content) {
    String text = TextNormalizer.forModels(content);
    List<Proposition> out = new ArrayList<>();
    Proposition move = move(text);
    if (move != null) out.add(move);
    Proposition origin = origin(text);
    if (origin != null) out.add(origin);
    out.addAll(responsible(text));
    // "Vell soldiers had violated the ceasefire": who broke an agreement, a question of its own (the "breach" frame).
    Matcher breach = Charges.BREACH.matcher(text);
    if (breach.find()) {
      boolean denied = NEGATED_VERB.matcher(text.substring(0, breach.start())).find();
      for (String a : parties(Clauses.tail(text.substring(0, breach.start())))) out.add(new Proposition(null, "breach", Map.of("agent", a), Map.of(), denied));
    }
    return out;
  }

  private Proposition move(String text) {
    if (!MOVE_WORDS.mayMatch(text)) return null;
    Matcher m = MOVE.matcher(text);
    while (m.find()) {
      String rest = text.substring(m.start());
      Matcher d = DESTINATION.matcher(rest);
      if (!d.find()) continue;
      // "sought to flee from Russia": an infinitive after "to" is another verb, not a destination.
      if (INFINITIVE_VERB.matcher(d.group(1)).lookingAt()) continue;
      Set<String> places = places(d.group(1));
      if (places.isEmpty() && !d.group(1).toLowerCase(Locale.ROOT).startsWith("abroad")) continue;
      Map<String, String> args = new LinkedHashMap<>();
      args.put("destination", places.isEmpty() ? "abroad" : String.join("|", places));
      Map<String, String> negated = new LinkedHashMap<>();
      Matcher not = NOT_ALTERNATIVE.matcher(rest.substring(d.end()));
      if (not.lookingAt()) {
        Set<String> alt = places(not.group(1));
        if (!alt.isEmpty()) negated.put("destination", String.join("|", alt));
      }
      String before = text.substring(0, m.start()).toLowerCase(Locale.ROOT);
      // "could not enter Belarus" reports a failed attempt, not a denial that they tried.
      boolean denied = NEGATED_VERB.matcher(before).find();
      return new Proposition(mover(before), "move", args, negated, denied);
    }
    return null;
  }

  /** "The fire started in the packaging hall, not in the warehouse": start(subject=fire, location=packaging hall). */
  private Proposition origin(String text) {
    if (!ORIGIN_WORDS.mayMatch(text)) return null;
    Matcher m = ORIGIN.matcher(text);
    if (!m.find()) return null;
    String location = Territories.country(lexicon, place(m.group(2)));
    if (location.isEmpty()) return null;
    String before = text.substring(0, m.start());
    Matcher what = WHAT_STARTED.matcher(before);
    String subject = null;
    while (what.find()) subject = what.group(1).toLowerCase(Locale.ROOT);
    Map<String, String> negated = new LinkedHashMap<>();
    Matcher not = NOT_LOCATION.matcher(text.substring(m.end()));
    if (not.lookingAt() && !place(not.group(1)).isEmpty()) negated.put("location", place(not.group(1)));
    boolean denied = NEGATED_VERB.matcher(before.toLowerCase(Locale.ROOT)).find();
    return new Proposition(subject, "start", Map.of("location", location), negated, denied);
  }

  /** A location phrase without its article, lower-cased, so "the Packaging Hall" and "packaging hall" agree. */
  private static String place(String phrase) {
    String p = LEADING_ARTICLE.matcher(phrase.trim().toLowerCase(Locale.ROOT)).replaceFirst("");
    return NOT_A_PLACE.matcher(p).matches() || TIME_OF_DAY.matcher(p).lookingAt() ? "" : p;
  }

  private List<Proposition> responsible(String text) {
    List<Proposition> alibi = Alibis.read(text, this::parties);
    if (alibi.isEmpty()) alibi = Clefts.read(text, this::parties);
    if (alibi.isEmpty()) alibi = OwnForcesCleared.read(text);
    if (alibi.isEmpty()) alibi = WeaponOwner.read(text, this::parties);
    if (!alibi.isEmpty()) return alibi;
    if (!RESPONSIBLE_WORDS.mayMatch(text)) return List.of();
    Matcher m = RESPONSIBLE.matcher(text);
    if (!m.find()) return List.of();
    // ("accusations made by the Front" are the Front's, a part in the rescue no part in the deed; a later frame may still say who did it.)
    while (m.group(1).toLowerCase(Locale.ROOT).startsWith("accusation") && ACCUSER_AFTER.matcher(text.substring(m.end())).lookingAt()
        || ResponseWork.follows(m.group(1), text.substring(m.end())) || AgentPhrase.unnamedDoers(text.substring(0, m.start()), m.group(1))) {
      if (!m.find()) return List.of();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    Set<String> agents = new LinkedHashSet<>();
    String frame = m.group(1).toLowerCase(Locale.ROOT);
    int frameStart = m.start();
    int frameEnd = m.end();
    String after = text.substring(frameEnd);
    // "hit by bullets fired from the direction of Israeli troops": a passive names its agent after it, maybe in the next frame.
    boolean passive = false;
    while (frame.endsWith(" by") || frame.endsWith(" of") || frame.endsWith(" from") || LIES_WITH.matcher(frame).matches()) {
      passive = true;
      agents.addAll(parties(AgentPhrase.beforeWhereOrWhen(clauseHead(after))));
      if (agents.isEmpty() && LIES_WITH.matcher(frame).matches()) agents.addAll(GroupParties.opening(after, lexicon)); // ("with the tourism ministry")
      if (!agents.isEmpty() || !m.find()) break;
      frame = m.group(1).toLowerCase(Locale.ROOT);
      after = text.substring(m.end());
      frameEnd = m.end();
    }
    // "the attack was staged", "the strike was carried out with the help of X": a passive deed's subject is what was
    // done or whom it was done to; its agent is named after it, if at all.
    if (!passive && PASSIVE_DEEDS.contains(frame) && BEFORE_PASSIVE.matcher(text.substring(0, frameStart)).find()) {
      passive = true;
      Matcher help = WITH_HELP_OF.matcher(after);
      if (help.lookingAt()) agents.addAll(parties(clauseHead(after.substring(help.end()))));
    }
    if (passive) {
      agents.addAll(parties(StrikeOwner.adjectiveIn(after)));
    } else if (AgentPhrase.ownersCharge(text.substring(0, frameStart), frame)) { // ("rejected the leader's accusations": he accuses)
      return List.of();
    } else if (frame.startsWith("accus") || frame.startsWith("blam") && !text.substring(0, frameStart).endsWith("to ")) { // ("is to blame": as "responsible")
      agents.addAll(parties(Clauses.firstWords(after, 4)));
    } else if (frame.startsWith("link") || frame.startsWith("connection")) {
      // "the victims were linked to the security forces": who they were, not who did it.
      if (LINKED_VICTIMS.matcher(Clauses.tail(text.substring(0, frameStart))).find()) return List.of();
      // "denied any connection to the bomb threat that diverted the flight to Kessa", "... to the Vell Front": what
      // one is connected to is neither the doer nor, in a later "to", any part of it; the one connected is the subject.
      Matcher to = TO_PHRASE.matcher(after);
      if (!frame.startsWith("connection") && to.find()) agents.addAll(parties(to.group(1) + MakerPhrase.in(after)));
    }
    Matcher by = BY_PHRASE.matcher(after);
    boolean byPhrase = by.find() && by.start() < 30;
    if (agents.isEmpty() && byPhrase) agents.addAll(parties(AgentPhrase.beforeWhereOrWhen(by.group(1))));
    if (agents.size() > 1 && byPhrase && AgentPhrase.alternatives(by.group(1))) return List.of(); // ("by Norland or Ostria")
    // "a provocation staged by the rebels": a deed followed at once by its by-phrase is a passive naming its doer there.
    if (agents.isEmpty() && byPhrase && by.start() <= 1 && PASSIVE_DEEDS.contains(frame)) passive = true;
    // "the airliner was struck by a missile": a passive's subject is what was hit, not who did it.
    // ("it had identified 13 people killed in the attack": victims counted before the participle are not its doers.)
    boolean countedBefore = PASSIVE_DEEDS.contains(frame) && VICTIMS_BEFORE.matcher(text.substring(0, frameStart)).find();
    if (agents.isEmpty() && !passive && !countedBefore) {
      // The agent is the subject of the clause: parties named before the frame word ("Ukraine and the West had a role").
      // ("troops had crossed into Estonian territory and killed two guards": where they went is no doer.)
      String before = DeedPlaces.subjectWithoutPlaces(Clauses.tail(text.substring(0, frameStart)));
      agents.addAll(parties(RelativeSubjects.withAntecedent(text.substring(0, frameStart), before)));
      if (agents.isEmpty()) agents.addAll(GroupParties.bearingBlame(text.substring(0, frameStart), before, frame, lexicon)); // ("pilgrims bore some blame")
      if (agents.size() > 1 && AgentPhrase.alternatives(before)) return List.of(); // ("strikes by Norland or Ostrian jets caused")
      Matcher again = RESPONSIBLE.matcher(text);
      int last = frameEnd;
      while (again.find(last)) {
        // (Where the deed was done is no second doer, nor whom a later passive deed was done to: "the night Kessa was killed".)
        String between = DeedPlaces.withoutPlaceOfDeed(Clauses.tail(text.substring(last, again.start())));
        if (!BEFORE_PASSIVE.matcher(text.substring(last, again.start())).find()) agents.addAll(parties(between));
        // "the missile that killed them was fired from Ostrian-held ground": a later passive names its doer after it.
        String later = again.group(1).toLowerCase(Locale.ROOT);
        if (later.endsWith(" by") || later.endsWith(" from")) {
          agents.addAll(parties(AgentPhrase.beforeWhereOrWhen(clauseHead(text.substring(again.end())))));
        }
        last = again.end();
      }
    }
    // "claimed responsibility", "denied any involvement", "accusations of it playing a role": the speaker itself.
    // A passive deed's subject is whom it was done to: "it determined that X was targeted" is not the speaker's deed.
    // ("the rebels did not do it": the frame's own "it" is the deed, not the speaker.)
    // ("casualties that we mourn, and those who plotted it are responsible": a "we" of another clause is no doer.)
    boolean self = agents.isEmpty() && !passive && !countedBefore
        && SpeakerAsDoer.named(lower, Clauses.tail(lower.substring(0, frameStart)), lower.substring(Math.min(lower.length(), frameEnd)));
    // Negation counts only in the frame word's own clause: "X could not do it and Y was covering up Z's involvement"
    // does not deny Z's involvement.
    String before = text.substring(0, frameStart);
    // (Up to the next clause boundary: "were carried out, which did not give results" does not deny carrying out.)
    String following = text.substring(frameStart, Math.min(text.length(), frameEnd + 20));
    Matcher boundary = Clauses.BOUNDARY.matcher(following);
    if (boundary.find(frameEnd - frameStart)) following = following.substring(0, boundary.start());
    String clause = Clauses.tail(before) + following;
    String clauseLower = NEGATED_GERUND.matcher(clause.toLowerCase(Locale.ROOT)).replaceAll("$1 $2"); // ("for the food not getting through": the complement's)
    boolean negated = NEGATION.matcher(clauseLower).find() && !NOT_A_NEGATION.matcher(clauseLower).find() || Clauses.toldAsFalsehood(before);
    boolean exclusive = EXCLUSIVE.matcher(lower).find();
    List<Proposition> out = new ArrayList<>();
    if (agents.isEmpty()) {
      String speaker = self || passive || countedBefore || STRUCK.matcher(frame).matches() ? null : SpeakerAsDoer.byPronoun(clauseLower);
      if (speaker != null) {
        out.add(new Proposition(null, "responsible", Map.of("agent", speaker), Map.of(), negated));
        return out;
      }
      // A blame frame with no one to blame says nothing comparable; nor does a weapon whose owner is not named ("no
      // missile hit the plane" says how it came about, not who did it).
      if (!self || STRUCK.matcher(frame).matches()) return out;
      out.add(new Proposition(null, "responsible", Map.of("agent", "self"), Map.of(), negated));
      return out;
    }
    for (String agent : agents) {
      Map<String, String> args = new LinkedHashMap<>();
      args.put("agent", agent);
      if (exclusive) args.put("exclusive", "true");
      out.add(new Proposition(null, "responsible", args, Map.of(), negated));
    }
    return out;
  }

  /**
   * Places named in a destination phrase: countries by name, demonym or capital ("the Ukrainian-Russian border" ->
   * Ukraine, Russia), else the capitalised place name itself ("Ostrava").
   */
  private Set<String> places(String phrase) {
    String p = PHRASE_END.matcher(phrase).replaceFirst("");
    Set<String> out = new LinkedHashSet<>();
    for (String w : SPACES_OR_HYPHENS.split(p)) {
      String c = lexicon.country(TRAILING_PUNCT.matcher(w).replaceFirst(""));
      if (c != null) out.add(c);
    }
    if (out.isEmpty()) {
      Matcher name = PLACE_NAME.matcher(p);
      if (name.find() && !ARTICLE.matcher(name.group(1)).matches()) out.add(POSSESSIVE.matcher(name.group(1)).replaceFirst(""));
    }
    return out;
  }

  /** "accused X of ...", "blamed X for ...": the party right after the cue is the one blamed. */
  public List<Proposition> blame(String content) {
    // "Moscow of murdering Navalny": the blamed party comes before "of"/"for"; who was harmed comes after.
    // "X and another suspect, Y, with trying to kill Z": every name before the charge is accused, however long the list.
    String longer = Clauses.firstWords(TextNormalizer.forModels(content), 12);
    Matcher of = BLAMED_FOR.matcher(longer);
    boolean charged = of.find();
    // "accused the envoy of 'shameless lying'", "of breaching the truce": a charge of what was said or of an
    // agreement broken, not of the deed. (A truce or a deal broken is a question of its own: the "breach" frame.)
    boolean breach = charged && Charges.agreement(longer.substring(of.end()));
    if (charged && !breach && Charges.another(longer.substring(of.end()))) return List.of();
    // "the blast on the rebels", "the finger at the guards": the blamed follow "on", "to" or "at" if no "of"/"for" came.
    // ("the collapse at the Vell mine on the owners": "at" is where the deed was when an "on" names whom it is blamed on.)
    Matcher on = charged ? null : (BLAMED_ON_FIRST.matcher(longer).find() ? BLAMED_ON_FIRST : BLAMED_ON).matcher(longer);
    String head = charged ? longer.substring(0, of.start())
        : on.find() ? Clauses.firstWords(longer.substring(on.end()), 7) : Clauses.firstWords(TextNormalizer.forModels(content), 4);
    Set<String> agents = parties(head);
    if (agents.isEmpty()) agents = GroupParties.named(head, lexicon);
    List<Proposition> out = new ArrayList<>();
    for (String a : agents) out.add(new Proposition(null, breach ? "breach" : "responsible", Map.of("agent", a), Map.of(), false));
    return out;
  }

  /** Parties named in a phrase: countries (by name, demonym or capital), the West, and capitalised organisations. */
  private Set<String> parties(String phrase) {
    Set<String> out = new LinkedHashSet<>();
    Matcher names = PARTY_NAME.matcher(phrase);
    while (names.find()) {
      String name = LEADING_FUNCTION_WORD.matcher(POSSESSIVE.matcher(SENTENCE_END.split(names.group(1), 2)[0]).replaceFirst("")).replaceFirst("");
      // ("Two blasts killed 12", "Five Latvians were among the dead": a count opening the sentence is no party.)
      if (name.isBlank() || CALENDAR.matcher(name).matches() || COUNT_WORD.matcher(name).lookingAt()) continue;
      // A capital used as a modifier ("the Moscow concert hall attack") names a place, not a party; so does a place
      // before a force of nature ("blamed the leak on the Vell earthquake").
      String rest = phrase.substring(names.end());
      if (lexicon.isGovernmentMetonym(name) && !VERB_AFTER.matcher(rest).lookingAt() || NATURE_AFTER.matcher(rest).lookingAt()) continue;
      String c = null;
      for (String w : SPACES_OR_HYPHENS.split(name)) if (c == null) c = java.util.Optional.ofNullable(lexicon.country(w)).orElseGet(() -> lexicon.countryByNameOrDemonym(w)); // "by Russians"
      // "Neptune missiles", "HIMARS rocket systems", "a Kh-22": a weapon is what was used, not who used it; whose it
      // is names the doer only as the agent of a passive ("hit by two Estonian missiles"), not "ammunition for Western weapons".
      if (WEAPON_AFTER.matcher(rest).lookingAt() || MODEL_DESIGNATION.matcher(name).matches()) {
        if (c != null && BY_BEFORE.matcher(phrase.substring(0, names.start())).find()) out.add(c);
        continue;
      }
      if (c != null) out.add(c);
      else if (name.length() > 1) out.add(name);
    }
    return out;
  }

  private static String clauseHead(String s) {
    return Clauses.TRAILING_STOP.matcher(Clauses.firstWords(Clauses.head(s), 8)).replaceAll(""); // ("by Kessa.”" ends the sentence)
  }

  private static String mover(String before) {
    String[] words = NOT_WORD.split(before);
    for (int i = words.length - 1; i >= 0 && i >= words.length - 8; i--) if (PERPETRATORS.contains(words[i])) return "perpetrators";
    return null;
  }
}
