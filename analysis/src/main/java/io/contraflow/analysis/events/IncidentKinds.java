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
  /** A massacre is one killing of many: a place's massacre is one incident, a place's killings recur. */
  static final String MASS_KILLING = "mass killing";
  /** An attack may be how an explosion, a fire or an aircraft loss came about. */
  private static final Set<String> COLLAPSE_CAUSES = Set.of("explosion", "fire", "flood", "earthquake", "storm");
  private static final Set<String> ATTACK_COMPATIBLE = Set.of("explosion", "fire", "aircraft loss", "killing", "mass killing");

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
    return KIND_OF_WORD.get(w);
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

  /** The kind a single word names, or null. */
  static String ofWord(String lower) {
    return KIND_OF_WORD.get(lower);
  }

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
    if (a.equals(KILLING) || b.equals(KILLING) || a.equals(MASS_KILLING) || b.equals(MASS_KILLING)) return false;
    if (a.equals("attack")) return !ATTACK_COMPATIBLE.contains(b);
    if (b.equals("attack")) return !ATTACK_COMPATIBLE.contains(a);
    // A collapse is what an explosion, a fire, a flood or an earthquake may end in.
    if (a.equals("collapse") || b.equals("collapse")) return !COLLAPSE_CAUSES.contains(a.equals("collapse") ? b : a);
    return true;
  }
}
