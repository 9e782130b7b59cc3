package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The dinghy went down well within Norland waters" against "they were inside Ostrian waters when they called"; "the
 * drone flew over international waters" against "it violated Norland airspace"; "the jet never entered Norland
 * airspace": where something was, told as a country's waters or airspace. Two parties that place it in two countries'
 * (or in international) waters disagree, and so do one that places it in a country's and one that says it was not
 * there. (A country's "territory" is left alone: in a war every strike is on someone's.)
 */
final class WatersDetector implements Detector {
  /**
   * The start of its questions. Whose waters it was is most often the substance of a denial already found ("never
   * entered Peruvian airspace"): it joins that finding, and stands alone where none holds its claims.
   */
  static final String QUESTION = "waters:";
  private static final Pattern PLACED = Pattern.compile("(?i)\\b(?:in|inside|within|into|entered|entering|enters|enter|violated|"
      + "violating|violate|over|reached|reaching|crossed\\s+into|strayed\\s+into|intruded\\s+into)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?"
      + "([\\p{L}-]+(?:['’]s)?)\\s+(?:territorial\\s+)?(waters|airspace|air\\s+space)\\b");
  /**
   * "entered the country's territorial waters", "violated our airspace": the speaker's own country's, when the claimant
   * speaks for one.
   */
  private static final Set<String> OWN = Set.of("country's", "country’s", "our", "its", "nation's", "nation’s");
  private static final Set<String> NO_COUNTRY = Set.of("international", "neutral");
  /**
   * "On the Norland side of the line", "on the Ostrian side of the river": where it stood or happened, told by which
   * country's side of a border. ("Losses on the Norland side", with no "of", are a party's, not a place.)
   */
  private static final Pattern SIDE = Pattern.compile("(?i)\\bon\\s+(?:the\\s+|their\\s+|its\\s+|our\\s+)?([\\p{L}-]+)\\s+side\\s+of\\b");

  /** One answer: whose waters or airspace ("Norland waters"), and whether the claim places it there. */
  record Answer(String area, boolean there) {}

  @Override
  public String name() {
    return "waters";
  }

  private static boolean readable(Stance s) {
    return s.party().isNamed() && !s.party().isOutlet() && s.claim().modality() != Modality.QUESTIONED && s.act() != Stance.Act.REJECT;
  }

  /** The areas a claim places its subject in or out of, read from its content; a denying cue turns them round. */
  static List<Answer> placed(Claim c) {
    List<Answer> out = new ArrayList<>();
    String content = c.content();
    if (content == null || !(content.contains("waters") || content.contains("airspace") || content.contains("air space")
        || content.contains("side of"))) return out;
    boolean deniedByCue = Lexicon.DENIAL_CUES.contains(c.cue());
    Matcher m = PLACED.matcher(content);
    while (m.find()) {
      String whose = m.group(1).toLowerCase(Locale.ROOT);
      String country = NO_COUNTRY.contains(whose) ? "international" : OWN.contains(whose) ? c.affiliation()
          : Lexicon.english().countryByNameOrDemonym(whose);
      if (country == null) continue;
      String area = country + (m.group(2).toLowerCase(Locale.ROOT).startsWith("air") ? " airspace" : " waters");
      out.add(new Answer(area, !Judgement.negatedAt(content, m, 3) ^ deniedByCue));
    }
    Matcher side = SIDE.matcher(content);
    while (side.find()) {
      String country = Lexicon.english().countryByNameOrDemonym(side.group(1).toLowerCase(Locale.ROOT));
      if (country != null) out.add(new Answer(country + " side", !Judgement.negatedAt(content, side, 3) ^ deniedByCue));
    }
    return out;
  }

  /**
   * Each pair of areas of one kind is asked once, of the first in order: a claim that places it in Ostrian waters
   * answers no for Norland waters (and is asked of itself against later ones).
   */
  @Override
  public List<Candidate> detect(EventStances event) {
    // Each stance is read once: the areas found in the whole event are needed before any stance's answers are complete.
    Map<Stance, List<Answer>> read = new java.util.IdentityHashMap<>();
    Map<String, TreeSet<String>> areasByKind = new TreeMap<>();
    for (Stance s : event.stances) {
      if (!readable(s)) continue;
      List<Answer> answers = placed(s.claim());
      if (answers.isEmpty()) continue;
      read.put(s, answers);
      for (Answer a : answers) if (a.there()) areasByKind.computeIfAbsent(kind(a.area()), k -> new TreeSet<>()).add(a.area());
    }
    if (areasByKind.isEmpty()) return List.of();
    return Opposition.perThing(event, read::containsKey, s -> {
      List<Answer> answers = new ArrayList<>(read.get(s));
      for (Answer a : read.get(s)) {
        if (a.there()) for (String earlier : areasByKind.get(kind(a.area())).headSet(a.area())) answers.add(new Answer(earlier, false));
      }
      return answers;
    }, Answer::area, Answer::there,
        area -> new Opposition.Question(QUESTION + area, "whether it was " + nameOf(area), nameOf(area), "not " + nameOf(area), name()),
        (x, y) -> true);
  }

  private static String kind(String area) {
    return area.substring(area.lastIndexOf(' ') + 1);
  }

  /** "in Norland waters", "on the Norland side" as a reader writes it: the country's adjective where the lexicon has one. */
  private static String nameOf(String area) {
    int space = area.lastIndexOf(' ');
    String country = area.substring(0, space);
    String kind = area.substring(space);
    return (kind.equals(" side") ? "on the " : "in ") + ("international".equals(country) ? country : Lexicon.english().demonym(country)) + kind;
  }
}
