package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.nlp.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "There was a large, controlled fire at the dump" against "there was no fire at the dump": whether something was
 * there at all. Each side says so in the existential form ("there was", "there were no", "there had been no"), of the
 * same thing (its head noun, singular or plural) and, where both give one, the same place. The denial's words are the
 * event's most common ones (it is what the story is about), which is why the {@link DenialDetector}, which compares
 * rarer words, leaves it to this reader.
 */
final class ExistenceDetector implements Detector {
  /** "there was (indeed) (no|a large, controlled) fire (at the Cocula dump)": the negation, the noun phrase, the place. */
  private static final Pattern THERE = Pattern.compile("(?i)\\bthere\\s+(?:was|were|had\\s+been|has\\s+been|have\\s+been|is|are)\\s+"
      + "(?:indeed\\s+|also\\s+|in\\s+fact\\s+)?(no\\s+|not\\s+(?:a|any)\\s+|never\\s+(?:a|any)\\s+)?"
      + "((?:(?!(?:of|to|that|for|with|from|by)\\b)[\\w-]+,?\\s+){0,3}?)"
      + "([a-z][\\w-]*)(?=\\s+(?:at|in|on|inside|near|around|during)\\s+(?:the\\s+)?([^,;.]*)|\\s*(?:[;.]|$))");
  /** Heads that say how much is known, not what was there: "there is no evidence", "there was no sign of". */
  private static final Set<String> NOT_THINGS = Set.of("evidence", "sign", "signs", "indication", "indications", "reason", "need",
      "doubt", "doubts", "chance", "information", "word", "way", "time", "question", "questions", "one", "nothing", "link",
      "proof", "confirmation", "comment", "risk", "danger", "threat", "plan", "plans", "intention", "truth");
  private static final Pattern PLACE_WORD = Pattern.compile("[\\p{L}\\d-]{3,}");
  /** Happenings a party may say took place, by their verb or their noun, and another that there is no sign of. */
  private static final String HAPPENINGS = "collision|explosion|clash|crash|leak|spill";
  /** "nor is there any evidence of a collision", "we are not aware of any collision": a happening the speaker knows nothing of. */
  private static final Pattern NO_EVIDENCE_OF = Pattern.compile("(?i)\\b(?:no|nor\\s+(?:is|was)\\s+there\\s+any|not\\s+aware\\s+of)\\s+"
      + "(?:(?:evidence|sign|indication|record)\\s+of\\s+)?(?:an?\\s+|any\\s+)?(" + HAPPENINGS + ")\\b");
  /** "the tanker collided with a fishing boat", "after colliding with": the happening told by its verb. */
  private static final Pattern HAPPENED = Pattern.compile("(?i)\\b(collid|explod|clash|crash)(?:ed|ing|es|s)?\\s+(?:with|into|in|at|on)\\b");
  private static final java.util.Map<String, String> NOUN_OF_VERB = java.util.Map.of("collid", "collision", "explod", "explosion",
      "clash", "clash", "crash", "crash");

  /** One existential statement: the thing, whether it is denied, and the place's words. */
  record Existence(String thing, boolean denied, Set<String> place) {}

  @Override
  public String name() {
    return "existence";
  }

  /** The stances this detector reads: a named party saying something was, or was not, there. */
  static boolean relevant(Stance s) {
    return readable(s) && !statements(s.claim().content(), false).isEmpty();
  }

  private static boolean readable(Stance s) {
    return s.party().isNamed() && !s.party().isOutlet() && s.claim().modality() != Modality.QUESTIONED && s.act() != Stance.Act.REJECT;
  }

  /** The existential statements of a content, in order. */
  static List<Existence> statements(String content, boolean deniedByVerb) {
    List<Existence> out = new ArrayList<>();
    if (content == null) return out;
    Matcher m = THERE.matcher(content);
    while (m.find()) {
      String head = m.group(3).toLowerCase(Locale.ROOT);
      // ("there was sufficient evidence to confirm", "there was little damage": how much, not whether.)
      if (NOT_THINGS.contains(head) || m.group(2).toLowerCase(Locale.ROOT).matches("(?:any|enough|sufficient|little)\\s.*")) continue;
      Set<String> place = new java.util.TreeSet<>();
      if (m.group(4) != null) {
        Matcher w = PLACE_WORD.matcher(m.group(4).toLowerCase(Locale.ROOT));
        while (w.find()) place.add(w.group());
      }
      out.add(new Existence(singular(head), m.group(1) != null, place));
    }
    Matcher none = NO_EVIDENCE_OF.matcher(content);
    while (none.find()) out.add(new Existence(none.group(1).toLowerCase(Locale.ROOT), true, Set.of()));
    Matcher happened = HAPPENED.matcher(content);
    while (happened.find()) {
      // ("did not collide with", "denied that the ship collided with": it did not happen.)
      boolean not = Judgement.negatedBefore(content, happened.start(), 1) ^ deniedByVerb;
      out.add(new Existence(NOUN_OF_VERB.get(happened.group(1).toLowerCase(Locale.ROOT)), not, Set.of()));
    }
    return out;
  }

  /** A denying verb's content, which says what did not happen unless it holds its own "not". */
  private static boolean deniedByVerb(Stance s) {
    return s.act() == Stance.Act.DENY && s.claim().polarity() == io.contraflow.analysis.nlp.Polarity.DENIED
        && !io.contraflow.analysis.nlp.attribution.Assertion.negated(s.claim().content());
  }

  private static String singular(String noun) {
    return noun.endsWith("s") && !noun.endsWith("ss") && noun.length() > 3 ? noun.substring(0, noun.length() - 1) : noun;
  }

  @Override
  public List<Candidate> detect(EventStances event) {
    return Opposition.perThing(event, ExistenceDetector::readable, s -> statements(s.claim().content(), deniedByVerb(s)), Existence::thing, e -> !e.denied(),
        what -> new Opposition.Question("existence:" + what, "whether there was a " + what, "there was a " + what, "there was no " + what, name()),
        (x, y) -> samePlace(x.place(), y.place()));
  }

  /** Both give the same place (a word in common), or either gives none. */
  private static boolean samePlace(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) return true;
    for (String w : a) if (b.contains(w)) return true;
    return false;
  }
}
