package io.contraflow.analysis.claims;

import io.contraflow.analysis.nlp.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parties named by a common noun for a group or body: "the army", "security forces", "the rebels". */
final class GroupParties {
  private GroupParties() {}

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * "the army", "security forces", "the rebels": a party named by a common noun for a group or body, as its own
   * denial names it ("The army denied any role" is the army's): that one party, or none.
   */
  static Set<String> named(String head, Lexicon lexicon) {
    List<String> words = new ArrayList<>(List.of(SPACES.split(head.trim())));
    while (!words.isEmpty() && GROUP_DETERMINERS.contains(words.get(0).toLowerCase(Locale.ROOT))) words.remove(0);
    // ("held the port police fully responsible": what they are held, after whom.)
    while (!words.isEmpty() && HELD_AS.contains(words.get(words.size() - 1))) words.remove(words.size() - 1);
    if (words.isEmpty() || words.size() > 3) return Set.of();
    for (String w : words) if (!LOWER_WORD.matcher(w).matches()) return Set.of();
    String last = words.get(words.size() - 1);
    if (!(lexicon.isGroup(last) || lexicon.isOrganisationNoun(last)) || NOT_A_DOER.contains(last)) return Set.of();
    return Set.of(String.join(" ", words));
  }

  /**
   * "pilgrims ignoring the rules bore some blame", "fans who ignored the stewards bore the blame", "the police were to
   * blame", "security forces were responsible": a group named as the subject of a frame that says it bears the blame
   * is the doer ({@code tail} is the clause up to the frame word, {@code textBefore} all the text before it, where a
   * relative clause's antecedent stands). Not "residents blamed the army": the subject of an active blame is the accuser.
   */
  static Set<String> bearingBlame(String textBefore, String tail, String frame, Lexicon lexicon) {
    boolean borne = (frame.startsWith("blam") || frame.equals("responsibility")) && BEARS.matcher(tail).find();
    boolean held = (frame.startsWith("blam") ? tail.endsWith("to ") : HELD_AS.contains(frame)) && IS_TO.matcher(tail).find();
    if (!borne && !held) return Set.of();
    Set<String> opening = opening(tail, lexicon);
    if (!opening.isEmpty()) return opening;
    Matcher antecedent = ANTECEDENT.matcher(textBefore);
    if (!antecedent.find()) return Set.of();
    List<String> before = List.of(SPACES.split(antecedent.group(1).trim()));
    for (int k = 1; k <= before.size(); k++) {
      Set<String> group = named(String.join(" ", before.subList(before.size() - k, before.size())), lexicon);
      if (!group.isEmpty()) return group;
    }
    return Set.of();
  }

  /** The group or body the phrase opens on, in its first four words ("the tourism ministry for the inspection"), or none. */
  static Set<String> opening(String phrase, Lexicon lexicon) {
    List<String> words = List.of(SPACES.split(phrase.trim()));
    for (int k = 1; k <= Math.min(4, words.size()); k++) {
      Set<String> group = named(String.join(" ", words.subList(0, k)), lexicon);
      if (!group.isEmpty()) return group;
    }
    return Set.of();
  }

  /** Up to three words before "who" or "that" and a relative clause that runs, without a comma, to the frame. */
  private static final Pattern ANTECEDENT = Pattern.compile("(?i)\\b((?:[a-z]+\\s+){0,2}[a-z]+)\\s+(?:who|that)\\s+[^,;:]*$");
  private static final Pattern BEARS = Pattern.compile("(?i)\\b(?:bore|bear|bears|bearing|shoulder(?:s|ed|ing)?)\\s+"
      + "(?:(?:some|the|most|much|part|a|large|full|primary|partial|main|share|of|heavy)\\s+){0,4}$");
  private static final Pattern IS_TO = Pattern.compile("(?i)\\b(?:is|are|was|were|be|been)\\s+(?:\\w+ly\\s+)?(?:to\\s+)?$");
  private static final Set<String> HELD_AS = Set.of("responsible", "accountable", "culpable", "liable", "fully", "solely", "directly",
      "partly", "personally");
  private static final Set<String> GROUP_DETERMINERS = Set.of("the", "a", "an", "its", "their", "local");
  private static final Pattern LOWER_WORD = Pattern.compile("[a-z]+");
  /** Groups that speak of a deed but are not said to do it: "accused critics of lying" is a charge of speech. */
  private static final Set<String> NOT_A_DOER = Set.of("sources", "source", "experts", "analysts", "critics", "observers", "media", "bloggers");
}
