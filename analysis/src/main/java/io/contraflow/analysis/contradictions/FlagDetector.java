package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The rebels seized a Norland cargo ship" against "this is not a Norland ship" or "denied that the vessel was
 * Norland's": whose a ship, a plane or a drone was. One party names the craft by a country's adjective; another says it
 * was not that country's. Who seized or downed it is the blame detectors' question; this one is what it was.
 */
final class FlagDetector implements Detector {
  private static final String SEA = "ship|vessel|tanker|boat|freighter|trawler|submarine";
  private static final String AIR = "drone|aircraft|plane|jet|airliner|balloon|helicopter";
  private static final String KINDS = "(?:(?:cargo|merchant|commercial|oil|container|naval|military|fishing|spy|surveillance|passenger)\\s+)?";
  /** "an Israeli cargo ship", "a Norland drone", "not an Iranian vessel": the craft named by a country's adjective. */
  private static final Pattern NAMED_CRAFT = Pattern.compile("\\b(?i:an?)\\s+(?<country>\\p{Lu}[\\p{L}]+)\\s+" + KINDS + "(?<craft>(?i:" + SEA + "|" + AIR + "))\\b");
  /** "the vessel was Israeli", "it was not Iranian": the craft said to be a country's, or not (a craft named after it is read above). */
  private static final Pattern CRAFT_WAS = Pattern.compile("\\b(?i:the\\s+(?<craft>" + SEA + "|" + AIR + ")|it)\\s+(?i:was|is)\\s+"
      + "(?<not>(?i:not|never)\\s+)?(?:(?i:an?)\\s+)?(?<country>\\p{Lu}[\\p{L}]+)\\b(?!-|\\s+" + KINDS + "(?i:" + SEA + "|" + AIR + ")\\b)");
  private static final Set<String> SEA_CRAFT = Set.of(SEA.split("\\|"));
  private static final Lexicon LEXICON = Lexicon.english();

  /** A country's craft, said to be so or not: "air:israel". */
  record Flag(String thing, String adjective, String craft, boolean denied) {}

  @Override
  public String name() {
    return "flag";
  }

  static boolean relevant(Stance s) {
    return readable(s) && !flags(s).isEmpty();
  }

  private static boolean readable(Stance s) {
    return s.party().isNamed() && !s.party().isOutlet() && s.claim().modality() != Modality.QUESTIONED && s.act() != Stance.Act.REJECT;
  }

  /** The craft a stance names by a country, turned round where the stance denies it ("denied that the vessel was Israeli"). */
  static List<Flag> flags(Stance s) {
    String content = s.claim().content();
    List<Flag> out = new ArrayList<>();
    if (content == null) return out;
    // (A denying verb turns the content round; a content denied by its own "not" is read as it stands.)
    boolean denies = s.act() == Stance.Act.DENY && s.claim().polarity() == Polarity.DENIED
        && !io.contraflow.analysis.nlp.attribution.Assertion.negated(content);
    Matcher named = NAMED_CRAFT.matcher(content);
    while (named.find()) {
      boolean not = Judgement.negatedBefore(content, named.start(), 0); // ("not an Israeli ship"; "did not hit a US drone" is another matter)
      add(out, named.group("country"), named.group("craft"), not ^ denies);
    }
    Matcher was = CRAFT_WAS.matcher(content);
    while (was.find()) {
      String craft = was.group("craft") != null ? was.group("craft") : "ship";
      add(out, was.group("country"), craft, (was.group("not") != null) ^ denies);
    }
    return out;
  }

  private static void add(List<Flag> out, String adjective, String craft, boolean denied) {
    String country = LEXICON.country(adjective);
    // A country's adjective, not its name ("a Norland ship" may be one called Norland) nor a word that is no country.
    if (country == null || country.equalsIgnoreCase(adjective)) return;
    String kind = SEA_CRAFT.contains(craft.toLowerCase(Locale.ROOT)) ? "sea" : "air";
    out.add(new Flag(kind + ":" + country.toLowerCase(Locale.ROOT), adjective, craft.toLowerCase(Locale.ROOT), denied));
  }

  @Override
  public List<Candidate> detect(EventStances event) {
    java.util.Map<String, Flag> first = new java.util.HashMap<>();
    return Opposition.perThing(event, FlagDetector::readable, FlagDetector::flags, f -> {
      first.putIfAbsent(f.thing(), f);
      return f.thing();
    }, f -> !f.denied(), thing -> {
      Flag f = first.get(thing);
      String what = f.craft().equals("vessel") || f.craft().equals("ship") ? "ship" : f.craft();
      String a = "AEIOU".indexOf(f.adjective().charAt(0)) >= 0 ? "an " : "a ";
      return new Opposition.Question("flag:" + thing, "whether the " + what + " was " + f.adjective(), a + f.adjective() + " " + what,
          "not " + a + f.adjective() + " " + what, name());
    }, (x, y) -> true);
  }
}
