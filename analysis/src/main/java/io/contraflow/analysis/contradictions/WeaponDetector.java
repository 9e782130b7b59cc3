package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
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
 * Which weapon struck: one party names one make ("an Iskander missile"), another party names a different one ("a
 * Tochka-U"), or rules the first out ("it was not a Buk"). Weapons come from {@code lexicon/weapons.txt}, by make or
 * model only: a class ("a ballistic missile", "guided bombs") may describe either make, so it takes no position.
 * A party that names two makes for the strike (a salvo of several, or its own doubt) takes no position either.
 */
final class WeaponDetector implements Detector {
  static final String QUESTION = "weapon";
  private static final Pattern WEAPON;
  /** Each make as the lexicon writes it, by its letters and digits alone: "Tochka U" is "tochka-u", "Iron Dome" "iron dome". */
  private static final Map<String, String> MAKES = new java.util.HashMap<>();

  static {
    List<String> names = new ArrayList<>();
    for (String line : Lexicon.lines("weapons.txt")) {
      names.add(line);
      MAKES.put(letters(line), line);
    }
    // Longest first, so that "Tochka-U" is read whole rather than as "Tochka".
    names.sort((a, b) -> b.length() - a.length());
    StringBuilder alternatives = new StringBuilder();
    for (String n : names) alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(n).replace("-", "\\E[- ]?\\Q"));
    WEAPON = Pattern.compile("(?i)(?<![\\w-])(" + alternatives + ")(?![\\w-])");
  }

  /** What a party asks for, is sent or holds is not what struck: "asked allies for Patriot systems". */
  private static final Pattern NOT_THE_STRIKE = Pattern.compile("(?i)\\b(?:suppl(?:y|ied|ies|ying)|deliver(?:ed|ies|y|ing)?|send(?:ing|s)?|sent|"
      + "provid(?:e|ed|es|ing)|ask(?:ed|s|ing)?|request(?:ed|s|ing)?|need(?:s|ed)?|give|gave|given|buy|bought|purchase[ds]?|more|intercept(?:ed|s|ing)?|"
      + "shot down|downed|destroyed (?:\\w+ )?(?:drones|missiles))\\b");
  /** "it was not a Buk", "no Iskander was used", "rather than a Tochka": the make ruled out. */
  private static final Pattern RULED_OUT_BEFORE = Pattern.compile("(?i)\\b(?:not|never|no|rather than|instead of|nor)\\s+(?:an?\\s+|the\\s+|with\\s+an?\\s+)?$");

  /** The makes a claim names for the strike, each with whether the claim rules it out; empty when it names none. */
  static Map<String, Boolean> weapons(Claim c) {
    Map<String, Boolean> out = new LinkedHashMap<>();
    String content = c.content();
    Matcher m = WEAPON.matcher(content);
    while (m.find()) {
      // Makes are names: "a patriot" and "the lancet" name none.
      if (!Character.isUpperCase(m.group(1).charAt(0))) continue;
      String make = MAKES.getOrDefault(letters(m.group(1)), m.group(1).toLowerCase(Locale.ROOT));
      boolean ruledOut = RULED_OUT_BEFORE.matcher(content.substring(Math.max(0, m.start() - 24), m.start())).find();
      out.merge(make, ruledOut, (a, b) -> a && b);
    }
    return out;
  }

  private static String letters(String make) {
    return make.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  static boolean relevant(Stance s) {
    Claim c = s.claim();
    return !s.party().isOutlet() && s.party().isNamed() && s.act() == Stance.Act.ASSERT && c.modality() != Modality.QUESTIONED
        && !weapons(c).isEmpty() && !NOT_THE_STRIKE.matcher(c.content()).find();
  }

  @Override
  public String name() {
    return "weapon";
  }

  @Override
  public List<Candidate> detect(EventStances event) {
    // Per party: the makes it names, and those it rules out.
    Map<String, Set<String>> named = new LinkedHashMap<>();
    Map<String, Set<String>> ruledOut = new LinkedHashMap<>();
    Map<String, List<Stance>> stances = new LinkedHashMap<>();
    for (Stance s : event.stances) {
      if (!relevant(s)) continue;
      boolean denied = s.claim().polarity() == Polarity.DENIED;
      String key = s.party().key();
      weapons(s.claim()).forEach((make, out) -> (out || denied ? ruledOut : named).computeIfAbsent(key, k -> new LinkedHashSet<>()).add(make));
      stances.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
    }
    Map<String, Candidate> out = new LinkedHashMap<>();
    for (var a : named.entrySet()) {
      // A party naming two makes gives no one answer.
      if (a.getValue().size() != 1) continue;
      String makeA = a.getValue().iterator().next();
      for (String b : stances.keySet()) {
        if (b.equals(a.getKey())) continue;
        Stance anyA = stances.get(a.getKey()).get(0);
        Stance anyB = stances.get(b).get(0);
        if (EventStances.sameSide(anyA.party(), anyB.party())) continue;
        Set<String> bNamed = named.getOrDefault(b, Set.of());
        String positionB;
        if (ruledOut.getOrDefault(b, Set.of()).contains(makeA) && !bNamed.contains(makeA)) {
          positionB = bNamed.size() == 1 ? bNamed.iterator().next() + ", not " + makeA : "not " + makeA;
        } else if (bNamed.size() == 1 && !bNamed.contains(makeA)) {
          positionB = bNamed.iterator().next();
          // One finding per pair of makes, in the order first met.
          if (out.containsKey(positionB + "|" + makeA)) continue;
        } else {
          continue;
        }
        String key = makeA + "|" + positionB;
        List<Claim> claimsA = claimsNaming(stances.get(a.getKey()), makeA);
        List<Claim> claimsB = claimsNaming(stances.get(b), positionB.split(",")[0].replaceFirst("^not ", ""));
        Candidate previous = out.get(key);
        out.put(key, new Candidate(QUESTION + ":" + key, false, ContradictionKind.ATTRIBUTED_DISAGREEMENT,
            "which weapon struck: " + makeA + " or " + positionB, previous == null ? anyA.party() : previous.partyA(), makeA,
            previous == null ? claimsA : merged(previous.claimsA(), claimsA), previous == null ? anyB.party() : previous.partyB(), positionB,
            previous == null ? claimsB : merged(previous.claimsB(), claimsB), 0.7, Severity.MEDIUM,
            anyA.party().label() + " says a " + makeA + " struck; " + anyB.party().label() + " says " + positionB + ".", name()));
      }
    }
    return new ArrayList<>(out.values());
  }

  private static List<Claim> claimsNaming(List<Stance> stances, String make) {
    List<Claim> out = new ArrayList<>();
    for (Stance s : stances) if (weapons(s.claim()).containsKey(make)) out.add(s.claim());
    return out;
  }

  private static List<Claim> merged(List<Claim> a, List<Claim> b) {
    List<Claim> out = a;
    for (Claim c : b) out = Candidate.adding(out, c);
    return out;
  }
}
