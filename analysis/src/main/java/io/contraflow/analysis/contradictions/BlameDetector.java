package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import io.contraflow.analysis.nlp.Lexicon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who is behind it (the responsible frame: "accused Israel", "was killed by Palestinian gunfire", "Ukrainian forces
 * fired the missile"): one party names an agent that another party denies ("Ukraine was not involved"), or two
 * parties name different agents ("the Palestinians accuse Israel, while Israel says militants likely killed her"),
 * which includes each blaming the other. Agents are compared as countries where they name one ("Israeli forces",
 * "Israel"), else by name.
 */
final class BlameDetector implements Detector {
  private static final Lexicon LEXICON = Lexicon.english();

  /**
   * The question read: the frame claims name the agent in, the detector's name (its findings' question and trail), how
   * a side says it ("behind it", "broke the agreement"), what one agent did ("was behind it") and the question of a
   * denial ("denial:", the family of who did the deed, joins the deed's other findings).
   */
  private record Matter(String predicate, String name, String deed, String notDeed, String asked, String told, String denial) {}

  private static final Matter DEED = new Matter("responsible", "blame", "behind it", "not behind it", "who is behind it",
      "was behind it", "denial:");
  private final Matter matter;

  BlameDetector() {
    this(DEED);
  }

  private BlameDetector(Matter matter) {
    this.matter = matter;
  }

  /**
   * Who broke a truce or a deal ("accused each other of violating the ceasefire"): a question of its own beside who
   * did the deed the story is about, read the same way from the "breach" frame.
   */
  static BlameDetector agreementsBroken() {
    return new BlameDetector(new Matter("breach", "breach", "broke the agreement", "did not break it", "who broke the agreement",
        "broke the agreement", "breach-denial:"));
  }

  @Override
  public String name() {
    return matter.name();
  }

  /** The frame this detector reads claims of ("responsible", "breach"). */
  String predicate() {
    return matter.predicate();
  }

  @Override
  public List<Candidate> detect(EventStances event) {
    Map<String, Map<String, List<Claim>>> assertedAgentsByParty = new LinkedHashMap<>();
    Map<String, Map<String, List<Claim>>> deniedAgentsByParty = new LinkedHashMap<>();
    // Accusers the extractor knows only by what they are ("an international team of investigators", "witnesses"):
    // an accusation the accused denies is a dispute whoever made it, but such a group is set against no one else.
    Map<String, Map<String, List<Claim>>> unnamedAccusers = new LinkedHashMap<>();
    Map<String, Map<String, List<Claim>>> unnamedDenials = new LinkedHashMap<>();
    // Doers naming themselves ("the Front claimed responsibility"): against a third party that clears them.
    Map<String, Map<String, List<Claim>>> ownDeeds = new LinkedHashMap<>();
    Map<String, Party> parties = new LinkedHashMap<>();
    Map<String, String> display = new LinkedHashMap<>();
    Map<String, java.util.Optional<String>> governments = new java.util.HashMap<>();
    Map<String, String> officeHolders = new java.util.HashMap<>();
    for (Stance s : event.stances) {
      Naming n = read.computeIfAbsent(s, this::naming);
      if (n == NONE || !n.denied() && EventStart.aboutEarlierIncident(s.claim(), event.start)) continue;
      // "the CDF denied its boat had rammed it" against "rammed by the Coastal Defence Forces (CDF)": one agent.
      String spelled = event.parties == null ? null : event.parties.spelledOut(n.display());
      if (spelled != null) n = new Naming(spelled.toLowerCase(Locale.ROOT), spelled, n.denied(), n.self());
      // A person who holds office names the government, for its denial: "blamed Dorov" and "Norland denied any
      // involvement" meet (between two accusers, "Dorov" and "Norland" stay two answers).
      String government = event.parties == null || n.denied() ? null
          : governments.computeIfAbsent(n.display(), a -> java.util.Optional.ofNullable(event.parties.governmentOf(a))).orElse(null);
      if (government != null && !government.equalsIgnoreCase(n.key())) officeHolders.put(n.key(), government.toLowerCase(Locale.ROOT));
      display.putIfAbsent(n.key(), n.display());
      if (n.self()) {
        if (ownsUp(s.claim())) {
          ownDeeds.computeIfAbsent(s.party().key(), k -> new LinkedHashMap<>()).computeIfAbsent(n.key(), k -> new ArrayList<>()).add(s.claim());
          parties.putIfAbsent(s.party().key(), s.party());
        }
        continue;
      }
      boolean unnamed = s.party().key().startsWith(Party.OTHER);
      // "carried out by Norland alone, without Ostrian involvement": whom the doer acted without is cleared.
      String without = n.denied() ? null : clearedPartner(s.claim().content());
      if (without != null && !unnamed) {
        String cleared = without.toLowerCase(Locale.ROOT);
        display.putIfAbsent(cleared, without);
        deniedAgentsByParty.computeIfAbsent(s.party().key(), k -> new LinkedHashMap<>()).computeIfAbsent(cleared, k -> new ArrayList<>()).add(s.claim());
      }
      (n.denied() ? unnamed ? unnamedDenials : deniedAgentsByParty : unnamed ? unnamedAccusers : assertedAgentsByParty)
          .computeIfAbsent(s.party().key(), k -> new LinkedHashMap<>()).computeIfAbsent(n.key(), k -> new ArrayList<>()).add(s.claim());
      parties.putIfAbsent(s.party().key(), s.party());
    }
    // An unnamed voice's denial counts only as a correction ("officials say it was Ostria, not Norland").
    unnamedDenials.forEach((key, cleared) -> cleared.forEach((agent, claims) -> {
      if (namesAnother(unnamedAccusers.get(key), agent)) deniedAgentsByParty.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(agent, claims);
    }));
    List<Candidate> out = new ArrayList<>();
    // One party names an agent, which denies it ("Norland has denied any involvement"): one finding per accused and
    // denial, with every party that names it on the other side.
    for (var denying : deniedAgentsByParty.entrySet()) {
      Party b = parties.get(denying.getKey());
      for (var denied : denying.getValue().entrySet()) {
        String who = display.get(denied.getKey());
        boolean correction = corrects(denied.getValue());
        boolean corrected = correction || namesAnother(assertedAgentsByParty.get(denying.getKey()), denied.getKey())
            || namesAnother(unnamedAccusers.get(denying.getKey()), denied.getKey());
        // A third party that denies it outright ("Ostria denied that Norland was behind the attack") answers the accusers
        // as the accused would; "no sign that Norland was involved" is a hedge and stays out.
        // So does an inquiry's, a court's or an intelligence service's finding ("the report concluded that Norland was
        // not responsible"): a verdict, not a hedge.
        boolean outright = denied.getValue().stream().anyMatch(c -> Lexicon.DENIAL_CUES.contains(c.cue()) || verdict(c));
        if (!accuses(Set.of(who), b) && !corrected && !outright) continue;
        List<Claim> accusations = new ArrayList<>();
        Party a = null;
        // ("the Front claimed the abduction" against "the governor said it was not the Front but bandits": the doer's own
        // word is what a third party's correction or outright denial denies.)
        if (correction || outright) {
          for (var own : ownDeeds.entrySet()) {
            if (own.getKey().equals(denying.getKey()) || !own.getValue().containsKey(denied.getKey())) continue;
            accusations.addAll(own.getValue().get(denied.getKey()));
            if (a == null) a = parties.get(own.getKey());
          }
        }
        for (var asserting : concat(assertedAgentsByParty, unnamedAccusers)) {
          if (asserting.getKey().equals(denying.getKey())) continue;
          List<Claim> naming = new ArrayList<>();
          asserting.getValue().forEach((agent, claims) -> {
            if (Surnames.samePerson(agent, denied.getKey()) || denied.getKey().equals(officeHolders.get(agent))) naming.addAll(claims);
          });
          if (naming.isEmpty()) continue;
          if (a == null) a = parties.get(asserting.getKey());
          accusations.addAll(naming);
        }
        if (a == null) continue;
        out.add(new Candidate(matter.denial() + denied.getKey() + ":" + b.key(), false, ContradictionKind.DENIAL,
            "whether " + who + " " + matter.told(), a, who + " " + matter.deed(), accusations, b, who + " " + matter.notDeed(),
            denied.getValue(), 0.85, Severity.HIGH, a.label() + " says " + who + " " + matter.told() + "; " + b.label() + " denies it.",
            name()));
      }
    }
    // The accused names someone else: a party blames another party, which blames a third or the first ("the
    // Palestinians accuse Israel, while Israel says militants likely killed her"; each blaming the other). An accuser
    // known only by what it is ("a panel of lawyers says Norland's troops did it", and Norland blames Ostravia)
    // is answered by the accused as much as a named one is.
    List<String> keys = new ArrayList<>(assertedAgentsByParty.keySet());
    for (int i = 0; i < keys.size(); i++) {
      for (int j = 0; j < keys.size(); j++) {
        if (i == j) continue;
        Candidate c = blamesAnother(keys.get(i), assertedAgentsByParty.get(keys.get(i)), keys.get(j), assertedAgentsByParty.get(keys.get(j)),
            parties, display, i > j);
        if (c != null) out.add(c);
      }
    }
    for (var unnamed : unnamedAccusers.entrySet()) {
      for (String key : keys) {
        Candidate c = blamesAnother(unnamed.getKey(), unnamed.getValue(), key, assertedAgentsByParty.get(key), parties, display, false);
        if (c != null) out.add(c);
        // ... and is itself blamed, by a name of its kind ("opposition fighters" for "the rebels"), while it blames a third.
        Candidate answered = c != null ? null
            : blamesAnother(key, assertedAgentsByParty.get(key), unnamed.getKey(), unnamed.getValue(), parties, display, false);
        if (answered != null) out.add(answered);
      }
    }
    // Two doers each owning the deed ("the Front claimed the attack", "a separatist army also claimed it"): at most one is right.
    out.addAll(RivalClaims.of(ownDeeds, parties, matter.asked(), name()));
    return out;
  }

  /**
   * Whether a party that clears an agent names another in its place ("it was Ostria, not Norland, that fired"): a
   * correction, which disputes whoever names the one it clears. A third party's bare denial stays out: "no sign that
   * Norland was involved" is as often a hedge as an answer.
   */
  private static boolean namesAnother(Map<String, List<Claim>> asserted, String cleared) {
    if (asserted == null) return false;
    for (String agent : asserted.keySet()) if (!agent.equals(cleared)) return true;
    return false;
  }

  /**
   * A doer owning up in its own words: "claimed responsibility", "admitted the attack", "our fighters carried it out".
   * (Not a possessive read as the speaker's: "the UN report that its forces hit the wedding" is about someone else's.)
   */
  private static boolean ownsUp(Claim c) {
    return "self".equals(c.arguments().get("agent")) || "admit".equals(c.cue()) || "acknowledge".equals(c.cue())
        || c.content() != null && OWNING_UP.matcher(c.content()).find();
  }

  private static final java.util.regex.Pattern OWNING_UP = java.util.regex.Pattern.compile("(?i)\\b(?:responsibility|we|our|us)\\b");

  /** Verbs of finding: what an inquiry, a court or an intelligence service concludes. */
  private static final Set<String> FINDING_CUES = Set.of("find", "conclude", "determine", "establish", "rule", "judge", "assess");

  /** "Found no evidence that the downing was premeditated": a doubt about one charge, not a verdict on who did it. */
  private static final java.util.regex.Pattern NO_SIGN = java.util.regex.Pattern.compile("(?i)\\bno\\s+(?:\\w+\\s+)?(?:evidence|proof|sign|signs|indication)\\b");

  /** A finding stated without hedging, by a report or in a verb of finding. */
  private static boolean verdict(Claim c) {
    return c.modality() == Modality.STATED
        && (c.claimantType() == io.contraflow.analysis.nlp.ClaimantType.REPORT || FINDING_CUES.contains(c.cue()))
        && (c.content() == null || !NO_SIGN.matcher(c.content()).find());
  }

  /** A denial that goes on to say what it was instead: "was not caused by Norland but appears to be a misfire". */
  private static final java.util.regex.Pattern NOT_BUT = java.util.regex.Pattern.compile("(?i)\\b(?:not|never)\\b[^.;]{1,80}?,?\\s+but\\b");

  /** Whether one of a third party's denials corrects the accusation rather than only doubting it. */
  private static boolean corrects(List<Claim> denials) {
    for (Claim c : denials) if (c.content() != null && NOT_BUT.matcher(c.content()).find()) return true;
    return false;
  }

  /**
   * Party {@code a} names agents {@code x}, party {@code b} names agents {@code y}, none in common, and {@code b} is among
   * {@code x}: the accused blames someone else. Null otherwise, and when {@code onceOnly} and {@code b} accuses {@code a}
   * too (mutual blame is one finding, found from its first side).
   */
  private Candidate blamesAnother(String keyA, Map<String, List<Claim>> x, String keyB, Map<String, List<Claim>> y,
      Map<String, Party> parties, Map<String, String> display, boolean onceOnly) {
    Set<String> onlyX = minus(x.keySet(), y.keySet());
    Set<String> onlyY = minus(y.keySet(), x.keySet());
    if (onlyX.isEmpty() || onlyY.isEmpty() || !x.keySet().equals(onlyX) || !y.keySet().equals(onlyY)) return null;
    Party a = parties.get(keyA);
    Party b = parties.get(keyB);
    // b is among a's agents; mutual blame once
    if (!accuses(onlyX, b) && !ArmedOpposition.named(onlyX, b) || onceOnly && accuses(onlyY, a)) return null;
    String agentsA = String.join(", ", onlyX.stream().map(display::get).toList());
    String agentsB = String.join(", ", onlyY.stream().map(display::get).toList());
    String deed = matter == DEED ? (onlyX.size() == 1 ? "was" : "were") + " behind it" : matter.deed();
    return new Candidate(matter.name(), true, ContradictionKind.ATTRIBUTED_DISAGREEMENT, matter.asked() + ": " + agentsA + " or "
        + agentsB, a, agentsA + " " + matter.deed(), flatten(x), b, agentsB + " " + matter.deed(), flatten(y), 0.75, Severity.HIGH,
        a.label() + " says " + agentsA + " " + deed + "; " + b.label() + " says " + agentsB + ".", name());
  }

  /**
   * The agent a stance names: its key, as shown, whether it denies it, and whether the party names itself (which
   * shows the agent but accuses no one).
   */
  private record Naming(String key, String display, boolean denied, boolean self) {}

  private static final Naming NONE = new Naming(null, null, false, true);

  /**
   * What each stance names, read once while this detector serves one event: kept between its articles, the
   * detector is given all the event's blame claims again whenever an article brings one.
   */
  private final Map<Stance, Naming> read = new java.util.IdentityHashMap<>();

  private Naming naming(Stance s) {
    Claim c = s.claim();
    if (!matter.predicate().equals(c.predicate()) || c.modality() == Modality.QUESTIONED || s.party().isOutlet()) return NONE;
    // A claimant the extractor could not name ("the report", "it") cannot be set against anyone.
    if (!s.party().isNamed()) return NONE;
    String agent = c.arguments().get("agent");
    // "X could not have done it alone" disputes exclusivity, not X's part; "done by X alone" names X, and is read so
    // ("were only able to take one crew" is no deed done alone).
    if (agent == null || "true".equals(c.arguments().get("exclusive")) && (c.polarity() != Polarity.AFFIRMED || !ALONE.matcher(c.content()).find())) return NONE;
    // "fired from eastern Ukraine", "shot down over Iran": a place where it happened, not who did it.
    if (c.polarity() == Polarity.AFFIRMED && onlyAsPlace(c.content(), agent)) return NONE;
    boolean denied = c.polarity() == Polarity.DENIED || s.act() == Stance.Act.REJECT;
    // A party naming itself as the doer ("we conducted an operation") takes part in no blame dispute as an accuser.
    boolean self = !denied && accuses(Set.of(agentKey(agent)), s.party());
    return new Naming(agentKey(agent).toLowerCase(Locale.ROOT), agentKey(agent), denied, self);
  }

  private static final java.util.regex.Pattern LOCATIVE = java.util.regex.Pattern.compile(
      "(?i)(?:\\b(in|over|from|across|into|near|inside|within|at|eastern|western|northern|southern|central)"
          // "the cities of Kessa and Vellgrad", "the area of the airport": a place named by what it is.
          + "|\\b(?:cit(?:y|ies)|towns?|villages?|regions?|areas?|provinces?|districts?)\\s+of)\\s+(?:the\\s+)?$");

  /** After a name, words that make the place it names someone's: "-held", "-controlled", "-occupied". */
  private static final java.util.regex.Pattern HELD_AFTER = java.util.regex.Pattern.compile("\\p{L}*-(?:held|controlled|occupied)\\b");

  /** Every mention of the agent in the content follows a preposition of place ("over Iran", "from eastern Ukraine"). */
  static boolean onlyAsPlace(String content, String agent) {
    String lower = content.toLowerCase(Locale.ROOT);
    String a = agent.toLowerCase(Locale.ROOT);
    int at = lower.indexOf(a);
    if (at < 0) {
      // The agent was read from a demonym ("Ukrainian territory"): look for the country's adjective.
      return false;
    }
    for (; at >= 0; at = lower.indexOf(a, at + 1)) {
      if (!LOCATIVE.matcher(lower.substring(Math.max(0, at - 24), at)).find()) return false;
      // "fired from Ostrian-held ground": the place is named by who holds it.
      if (HELD_AFTER.matcher(lower.substring(at + a.length())).lookingAt()) return false;
    }
    return true;
  }

  /** Whether the stance's agent is its own party: "the Front claimed responsibility", "the Front denied involvement". */
  static boolean namesItself(Stance s) {
    String agent = s.claim().arguments().get("agent");
    if (agent == null) return false;
    return "self".equals(agent) || accuses(Set.of(agentKey(agent)), s.party());
  }

  /** One of the agents is the party: its country, or a name of it ("Norland" for "Norland's foreign ministry"). */
  private static boolean accuses(Set<String> agents, Party p) {
    for (String agent : agents) {
      String a = agent.toLowerCase(Locale.ROOT);
      if (p.key().equals(Party.GOVERNMENT + a)) return true;
      for (String n : p.names()) {
        String name = WITHOUT_POSSESSIVES.get(n);
        // ("Norland's main opposition group" is no part of Norland, which a blame names for its government.)
        if (ArmedOpposition.against(name) && (LEXICON.country(agent) != null || possessive(n, a))) continue;
        if (name.equals(a) || agentKey(n).equalsIgnoreCase(agent) || (" " + name + " ").contains(" " + a + " ")) return true;
      }
    }
    return false;
  }

  /** The name holds {@code lowerAgent} as a possessor: "Norland's main opposition group". */
  private static boolean possessive(String name, String lowerAgent) {
    String lower = " " + name.toLowerCase(Locale.ROOT);
    return lower.contains(" " + lowerAgent + "'s") || lower.contains(" " + lowerAgent + "’s");
  }

  /** One name per agent: a country however it is named ("Kyiv", "Ukrainian forces"), otherwise the name without "the". */
  private static final java.util.regex.Pattern ALONE = java.util.regex.Pattern.compile("(?i)\\b(?:alone|solely|single-handedly)\\b");

  /** "without American involvement", "without the involvement of Ostria", "with no Ostrian help": a partner cleared. */
  private static final java.util.regex.Pattern WITHOUT = java.util.regex.Pattern.compile("\\b(?:without|with\\s+no)\\s+(?:any\\s+)?"
      + "(?:(\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}[\\p{L}.]+)?)\\s+(?:involvement|participation|help|assistance|role)\\b"
      + "|(?:the\\s+)?(?:involvement|participation|help|assistance)\\s+of\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}[\\p{L}.]+)?))");

  /** The country a content clears as a partner in the deed, by {@link #WITHOUT}, or null. */
  static String clearedPartner(String content) {
    if (content == null || !content.contains("with")) return null;
    java.util.regex.Matcher m = WITHOUT.matcher(content);
    if (!m.find()) return null;
    String key = agentKey(m.group(1) != null ? m.group(1) : m.group(2));
    // (Only a country, by name or demonym: "without Kessa Mining's help" names a firm's part, not a state's.)
    return LEXICON.country(key) != null ? key : null;
  }

  static String agentKey(String agent) {
    return AGENT_KEYS.get(agent);
  }

  /** Agent keys and names without possessives, read once per name: blame compares every accuser's names on every article. */
  private static final PureMemo<String, String> AGENT_KEYS = new PureMemo<>(10_000, BlameDetector::readAgentKey);
  private static final PureMemo<String, String> WITHOUT_POSSESSIVES = new PureMemo<>(10_000,
      n -> n.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", ""));

  private static String readAgentKey(String agent) {
    // ("Tel Aviv", "New Delhi": a capital of two words stands for its government whole.)
    String whole = LEXICON.country(agent);
    if (whole != null) return whole;
    for (String w : agent.split("[\\s-]+")) {
      String country = LEXICON.country(w.replaceAll("['’]s$", ""));
      if (country != null) return country;
    }
    // "President Ivo al-Dorov" and "Ivo Dorov": a person's title and the Arabic article of a surname are no part of whom
    // the accusers name.
    String[] words = agent.replaceFirst("^(?i)the\\s+", "").split("\\s+");
    int first = 0;
    while (first < words.length - 2 && LEXICON.isTitle(words[first])) first++;
    return String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length)).replaceAll("\\b(?:al|el)-(?=\\p{Lu})", "");
  }

  /** Named parties first: the side shows the first accuser's name. */
  private static List<Map.Entry<String, Map<String, List<Claim>>>> concat(Map<String, Map<String, List<Claim>>> named,
      Map<String, Map<String, List<Claim>>> unnamed) {
    List<Map.Entry<String, Map<String, List<Claim>>>> out = new ArrayList<>(named.entrySet());
    out.addAll(unnamed.entrySet());
    return out;
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> out = new LinkedHashSet<>(a);
    out.removeAll(b);
    return out;
  }

  /** The claims naming any of the agents, each once (a claim naming two agents is under both). */
  static List<Claim> flatten(Map<String, List<Claim>> byAgent) {
    Set<Claim> out = new LinkedHashSet<>();
    byAgent.values().forEach(out::addAll);
    return new ArrayList<>(out);
  }
}
