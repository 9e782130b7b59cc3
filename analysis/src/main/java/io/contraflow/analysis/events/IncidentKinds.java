package io.contraflow.analysis.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kinds of incident (explosion, fire, aircraft loss, killing, attack, arrest, ...) and the words that name them, from
 * {@code lexicon/incidents.txt}. Two reports of the same place and week that name different kinds of incident (a fire
 * at the port a month after the blast there) are different events; words of one kind in two phrasings ("blast",
 * "explosion") are the same.
 */
final class IncidentKinds {
  /** What every deadly incident also is: it never conflicts with another kind. */
  static final String KILLING = "killing";
  /** Gas, a nerve agent, chemical weapons: one attack at one place, unlike the shelling that recurs there. */
  static final String CHEMICAL_ATTACK = "chemical attack";
  /** A massacre is one killing of many: a place's massacre is one incident, a place's killings recur. */
  static final String MASS_KILLING = "mass killing";
  /** What a collapse may end an explosion, a fire, a flood, an earthquake, a storm or a strike with. */
  private static final Set<String> COLLAPSE_CAUSES = Set.of("explosion", "fire", "flood", "earthquake", "storm", "attack");
  /** Wrecks that burn: a fire is part of their story (not of an explosion's: a port burning weeks after a blast). */
  private static final Set<String> SPILLING_WRECKS = Set.of("rail accident", "road accident", "sinking", "explosion");
  private static final Set<String> BURNING_WRECKS = Set.of("aircraft loss", "rail accident", "road accident", "sinking");
  /**
   * An attack may be how an explosion, a fire, an aircraft loss, a sinking, a rail or road accident or a building's collapse
   * came about, and shooting into a crowd how a stampede did: one side's "crush" is often the other's "shooting".
   */
  private static final Set<String> ATTACK_COMPATIBLE = Set.of("explosion", "fire", "aircraft loss", "killing", "mass killing",
      "collapse", "stampede", "sinking", "rail accident", "road accident");

  /**
   * Armed forces clashing is what fighting at a border is called by one outlet and an attack or a strike by another;
   * police clashing with protesters is the protest's story; a clash may kill and bring down aircraft.
   */
  private static final Set<String> CLASH_COMPATIBLE = Set.of("attack", "protest", "aircraft loss", "hijacking", "jailbreak");
  /** A cyberattack is called an attack too; a hijacking is an attack that holds its hostages, and may end in a crash. */
  private static final Set<String> CYBERATTACK_COMPATIBLE = Set.of("attack");
  private static final Set<String> HIJACKING_COMPATIBLE = Set.of("attack", "aircraft loss", "clash");
  /** Inmates breaking out clash with guards, attack them or are attacked from outside, and set the prison on fire. */
  private static final Set<String> JAILBREAK_COMPATIBLE = Set.of("attack", "clash", "fire");

  private static final Map<String, String> KIND_OF_WORD = new HashMap<>();
  private static final Set<String> KINDS = new java.util.HashSet<>();
  /** Two-word entries ("shot down") by their first word. */
  private static final Map<String, Map<String, String>> PHRASES = new HashMap<>();

  static {
    try (var in = IncidentKinds.class.getResourceAsStream("/lexicon/incidents.txt")) {
      if (in == null) throw new IllegalStateException("lexicon/incidents.txt is missing from the classpath");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) continue;
        String[] parts = line.split("\\|", 2);
        String kind = parts[0].strip();
        KINDS.add(kind);
        for (String word : parts[1].split(",")) {
          String w = word.strip();
          int space = w.indexOf(' ');
          if (space < 0) KIND_OF_WORD.put(w, kind);
          else PHRASES.computeIfAbsent(w.substring(0, space), k -> new HashMap<>()).put(w.substring(space + 1), kind);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private IncidentKinds() {}

  /** The kind named by the word at {@code i} (with the next word, for a phrase), or null. */
  static String at(List<Token> tokens, int i) {
    String w = tokens.get(i).lower();
    Map<String, String> phrases = PHRASES.get(w);
    if (phrases != null && i + 1 < tokens.size()) {
      String kind = phrases.get(tokens.get(i + 1).lower());
      if (kind != null) return kind;
    }
    return wordAt(tokens, i);
  }

  /** The kind the single word at {@code i} names in its place: "fire" after "opened" is shooting, not a blaze. */
  static String wordAt(List<Token> tokens, int i) {
    String w = tokens.get(i).lower();
    String kind = KIND_OF_WORD.get(w);
    if ("fire".equals(kind) && (w.equals("fire") || w.equals("fires")) && criticised(tokens, i)) return null;
    if ("fire".equals(kind) && (w.equals("fire") || w.equals("fires")) && isGunfire(tokens, i)) return "attack";
    if ("aircraft loss".equals(kind) && w.startsWith("crash")) return crashOf(tokens, i);
    if ("aircraft loss".equals(kind) && w.startsWith("down") && downsLines(tokens, i)) return null;
    if ("spill".equals(kind) && w.startsWith("leak") && leaksRecord(tokens, i)) return null;
    if ("storm".equals(kind) && w.startsWith("storm") && stormsAPlace(tokens, i)) return "attack";
    if ("collapse".equals(kind) && w.startsWith("landslide") && wonByALandslide(tokens, i)) return null;
    if ("clash".equals(kind) && w.startsWith("clash") && inWords(tokens, i)) return null;
    return kind;
  }

  /**
   * "The firm and the ministry clash over the cause of the collapse", "clashed over the findings": a quarrel in words
   * about what is said of an incident, no fighting; "clashes over land" and "clashed with police" are fights.
   */
  private static boolean inWords(List<Token> tokens, int i) {
    int k = i + 1;
    if (k >= tokens.size() || tokens.get(k).breakBefore() || !QUARREL_OPENERS.contains(tokens.get(k).lower())) return false;
    k++;
    while (k < tokens.size() && !tokens.get(k).breakBefore() && (DETERMINERS.contains(tokens.get(k).lower())
        || tokens.get(k).lower().equals("latest"))) k++;
    return k < tokens.size() && !tokens.get(k).breakBefore() && QUARREL_SUBJECTS.contains(tokens.get(k).lower());
  }

  private static final Set<String> QUARREL_OPENERS = Set.of("over", "about", "on");
  private static final Set<String> QUARREL_SUBJECTS = Set.of("cause", "causes", "findings", "finding", "report", "reports", "claims",
      "claim", "figures", "figure", "toll", "tolls", "comments", "remarks", "statement", "statements", "blame", "responsibility",
      "compensation", "investigation", "probe", "inquiry", "results", "account", "version", "data", "numbers", "budget", "policy",
      "bill", "plan", "reforms", "verdict", "ruling");

  /** "Won by a landslide", "a landslide victory", "the landslide win": a vote's margin, no slope giving way. */
  private static boolean wonByALandslide(List<Token> tokens, int i) {
    if (i + 1 < tokens.size() && !tokens.get(i + 1).breakBefore() && VOTE_MARGINS.contains(tokens.get(i + 1).lower())) return true;
    return i >= 2 && tokens.get(i - 1).lower().equals("a") && tokens.get(i - 2).lower().equals("by");
  }

  private static final Set<String> VOTE_MARGINS = Set.of("victory", "victories", "win", "wins", "majority", "defeat",
      "election", "vote", "mandate", "re-election");

  /**
   * "Troops storm the sit-in", "the army storms Kessa camp", "ordered to storm the school": forces rushing a place, an
   * assault; "the storm hit", "ahead of Storm Vera", "after storm, floods" are weather.
   */
  private static boolean stormsAPlace(List<Token> tokens, int i) {
    if (i == 0 || i + 1 >= tokens.size() || tokens.get(i - 1).sentence() != tokens.get(i).sentence()
        || tokens.get(i + 1).sentence() != tokens.get(i).sentence()) return false;
    String before = tokens.get(i - 1).lower();
    if (NOT_BEFORE_STORMING.contains(before)) return false;
    Token next = tokens.get(i + 1);
    return before.equals("to") || STORMED_OPENERS.contains(next.lower()) || next.capitalised();
  }

  private static final Set<String> NOT_BEFORE_STORMING = Set.of("the", "a", "an", "of", "this", "that", "tropical", "winter",
      "severe", "heavy", "powerful", "deadly", "major", "big", "huge", "massive", "violent", "sand", "dust", "snow", "ice", "rain");
  private static final Set<String> STORMED_OPENERS = Set.of("the", "a", "an", "into", "through", "his", "her", "their", "its");

  /**
   * "Leaked audio", "a leak of documents", "the leaked memo shows": a record made public, no spill. Within the next three
   * words of the sentence.
   */
  private static boolean leaksRecord(List<Token> tokens, int i) {
    for (int k = i + 1; k < Math.min(tokens.size(), i + 4) && tokens.get(k).sentence() == tokens.get(i).sentence(); k++) {
      if (RECORDS.contains(tokens.get(k).lower())) return true;
    }
    return false;
  }

  private static final Set<String> RECORDS = Set.of("audio", "video", "videos", "recording", "recordings", "tape", "tapes",
      "document", "documents", "memo", "memos", "email", "emails", "letter", "letters", "report", "files", "file", "footage",
      "transcript", "transcripts", "cable", "cables", "papers", "data", "messages", "images", "photos", "call");

  /** "Downed power lines", "downed a transmission line", "downed trees" (what a storm or a fire brings down), "downed tools": no aircraft. */
  private static boolean downsLines(List<Token> tokens, int i) {
    for (int k = i + 1; k < Math.min(tokens.size(), i + 4) && tokens.get(k).sentence() == tokens.get(i).sentence(); k++) {
      if (GROUNDED_THINGS.contains(tokens.get(k).lower())) return true;
    }
    return false;
  }

  private static final Set<String> GROUNDED_THINGS = Set.of("line", "lines", "power", "wire", "wires", "cable", "cables",
      "pole", "poles", "tree", "trees", "grid", "tools");

  /**
   * Boats, trains and road vehicles also crash: "a migrant boat crashed" is a sinking, "the train crashed" a rail
   * accident, "a bus crash" no aircraft lost.
   */
  private static String crashOf(List<Token> tokens, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 3) && tokens.get(k).sentence() == tokens.get(i).sentence(); k--) {
      String before = tokens.get(k).lower();
      if (VESSELS.contains(before)) return "sinking";
      if (TRAINS.contains(before)) return "rail accident";
      if (ROAD_VEHICLES.contains(before)) return null;
    }
    return "aircraft loss";
  }

  private static final Set<String> VESSELS = Set.of("boat", "boats", "ship", "ships", "vessel", "vessels", "ferry",
      "ferries", "trawler", "dinghy", "yacht", "tanker", "warship", "submarine");
  private static final Set<String> TRAINS = Set.of("train", "trains", "rail", "railway", "tram", "trams");
  private static final Set<String> ROAD_VEHICLES = Set.of("car", "cars", "bus", "buses", "coach", "truck", "trucks",
      "lorry", "van", "motorcycle", "road", "traffic", "vehicle");

  /**
   * "Troops opened fire", "killed by Israeli fire", "came under fire", "warning fire", "fire on the crowd": fire that
   * is shot, which an attack or a shooting is, against "a fire broke out" or "the fire at the depot".
   */
  private static boolean isGunfire(List<Token> tokens, int i) {
    if (i > 0 && !tokens.get(i).breakBefore()) {
      String before = tokens.get(i - 1).lower();
      if (SHOOTING_BEFORE_FIRE.contains(before) || Demonyms.place(before) != null) return true;
    }
    int at = i + 1;
    if (at >= tokens.size() || tokens.get(at).breakBefore()) return false;
    String after = tokens.get(at).lower();
    if (!after.equals("on") && !after.equals("at")) return false;
    at++;
    if (at < tokens.size() && DETERMINERS.contains(tokens.get(at).lower())) at++;
    return at < tokens.size() && PEOPLE_SHOT_AT.contains(tokens.get(at).lower());
  }

  /** "The captain under fire for leaving the ship", "a minister under fire over the toll": criticised, no incident. */
  private static boolean criticised(List<Token> tokens, int i) {
    if (i == 0 || i + 1 >= tokens.size() || !tokens.get(i - 1).lower().equals("under")) return false;
    String after = tokens.get(i + 1).lower();
    return !tokens.get(i + 1).breakBefore() && (after.equals("for") || after.equals("over"));
  }

  private static final Set<String> SHOOTING_BEFORE_FIRE = Set.of("open", "opens", "opened", "opening", "under", "live",
      "warning", "return", "returned", "returning", "heavy", "gun", "sniper", "artillery", "tank", "mortar", "rocket",
      "machine-gun", "small-arms", "friendly", "enemy", "hostile", "army", "police", "troops", "soldiers");
  /** "fire on the crowd", "fire at protesters": shooting at people; "fire at the depot" is where a blaze was. */
  private static final Set<String> PEOPLE_SHOT_AT = Set.of("protesters", "demonstrators", "civilians", "crowd", "crowds",
      "people", "troops", "soldiers", "police", "them", "us", "him", "her");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "their", "its");

  /** The kind a single word names ("stampede", "blast"), or null. */
  static String kindOfWord(String lower) {
    return KIND_OF_WORD.get(lower);
  }

  /** A word or a phrase's first word that names a kind of incident ("killings", "shot"). */
  static boolean isIncidentWord(String lower) {
    return KIND_OF_WORD.containsKey(lower) || PHRASES.containsKey(lower);
  }

  /**
   * Verbs whose subject is the doer: "Selvik kills four" (the port where an explosion killed four) names no incident,
   * while "the dam collapses" or "Navalny dies" name what happened to the name before them.
   */
  static boolean isVerbForm(String lower) {
    return DOER_VERBS.contains(lower);
  }

  private static final Set<String> DOER_VERBS = Set.of("kill", "kills", "shoot", "shoots", "strike", "strikes", "attack",
      "attacks", "bomb", "bombs", "raid", "raids", "arrest", "arrests", "detain", "detains", "execute", "executes", "kidnap",
      "kidnaps", "poison", "poisons", "massacre", "massacres");

  /** The kind of incident that ends a key {@link NameFinder} made of a name and a kind ("beirut explosion"), or null. */
  static String kindOfIncidentName(String key) {
    int space = key.lastIndexOf(' ');
    if (space <= 0) return null;
    int before = key.lastIndexOf(' ', space - 1);
    if (before > 0 && KINDS.contains(key.substring(before + 1))) return key.substring(before + 1); // "mass killing"
    String last = key.substring(space + 1);
    return KINDS.contains(last) ? last : null;
  }

  /** True when a report naming kind {@code reported} reports an incident of kind {@code kind}. */
  static boolean reports(Set<String> reported, String kind) {
    return reported.contains(kind) || kind.equals(MASS_KILLING) && reported.contains(KILLING);
  }

  /** True when two reports naming these kinds cannot be about the same incident. */
  static boolean conflict(String a, String b) {
    if (a == null || b == null || a.equals(b)) return false;
    // A chemical attack is an attack, with all an attack may be or end in.
    if (a.equals(CHEMICAL_ATTACK)) a = "attack";
    if (b.equals(CHEMICAL_ATTACK)) b = "attack";
    if (a.equals(b)) return false;
    if (a.equals(KILLING) || b.equals(KILLING) || a.equals(MASS_KILLING) || b.equals(MASS_KILLING)) return false;
    if (a.equals("clash") || b.equals("clash")) return !CLASH_COMPATIBLE.contains(a.equals("clash") ? b : a);
    if (a.equals("cyberattack") || b.equals("cyberattack")) return !CYBERATTACK_COMPATIBLE.contains(a.equals("cyberattack") ? b : a);
    if (a.equals("hijacking") || b.equals("hijacking")) return !HIJACKING_COMPATIBLE.contains(a.equals("hijacking") ? b : a);
    if (a.equals("jailbreak") || b.equals("jailbreak")) return !JAILBREAK_COMPATIBLE.contains(a.equals("jailbreak") ? b : a);
    if (a.equals("attack")) return !ATTACK_COMPATIBLE.contains(b);
    if (b.equals("attack")) return !ATTACK_COMPATIBLE.contains(a);
    // A collapse is what an explosion, a fire, a flood or an earthquake may end in.
    if (a.equals("collapse") || b.equals("collapse")) return !COLLAPSE_CAUSES.contains(a.equals("collapse") ? b : a);
    // A wreck may spill what it carried: the chemicals a derailed train let out, the oil of a sunken tanker.
    if (a.equals("spill") || b.equals("spill")) return !SPILLING_WRECKS.contains(a.equals("spill") ? b : a);
    // A crash or a sinking may end in a fire, or come of one: the fireball after a collision is the collision's.
    if (a.equals("fire") || b.equals("fire")) return !BURNING_WRECKS.contains(a.equals("fire") ? b : a);
    return true;
  }
}
