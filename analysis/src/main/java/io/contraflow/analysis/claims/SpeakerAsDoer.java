package io.contraflow.analysis.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the doer of a "responsible" frame is the speaker itself, read from the speaker's own words: "claimed
 * responsibility", "denied any involvement", "said it had no role", "said he was not involved".
 */
final class SpeakerAsDoer {
  private static final Pattern OWN_BODY = Pattern.compile("(?:the )?(?:group|movement|organi[sz]ation|company|firm)\\s+[\"“”']?\\s*(?:has|had|have|was|is|did)\\b");
  private static final Pattern SELF_PRONOUN = Pattern.compile("\\b(it|its|we|our|us|i|my|me)\\b");
  /** A clause opening on a noun phrase of its own: "the senior officer ...", "a soldier ...". */
  private static final Pattern NOUN_SUBJECT = Pattern.compile("\\s*(?:the|a|an)\\s+(?!(?:group|movement|organi[sz]ation|company|firm)\\b)[a-z]");
  /** A third-person pronoun as the subject of the frame's clause: "he was not involved", "they had no role". */
  private static final Pattern THIRD_PERSON_SUBJECT = Pattern.compile("\\s*(he|she|they)\\b");
  /** "denied the allegations", "rejected any involvement": the speaker's own deed ("claims that P" is P's, whoever's). */
  private static final Pattern SELF_OBJECT = Pattern.compile("(?:all )?(the |these |those |his |her |their |its )?(responsibility|any |involvement|innocence|wrongdoing|accusations?|allegations?|charges?|claims?|(?:having |playing )?(?:a|any) (?:hand|role|part) in)\\b(?!\\s+that\\b)");

  private SpeakerAsDoer() {}

  /**
   * True when the lower-cased content names the speaker as the doer: a first-person or "it" pronoun in the frame's
   * clause or after the frame, an object such as "any involvement", or the speaker's own body ("the group has").
   *
   * @param subject the frame's own clause up to the frame word
   * @param afterFrame the content after the frame word
   */
  static boolean named(String lower, String subject, String afterFrame) {
    // ("the senior officer orchestrated the assault and then tried to hide it": after a subject named by a noun, a later
    // "it" is what was done, not the speaker.)
    String outsideFrame = subject + (NOUN_SUBJECT.matcher(subject).lookingAt() ? "" : " " + afterFrame);
    return SELF_PRONOUN.matcher(outsideFrame).find() || SELF_OBJECT.matcher(lower).lookingAt() || OWN_BODY.matcher(lower).lookingAt();
  }

  /**
   * "Kessa said he was not involved", "the rebels said they had no role": a he, she or they opening the frame's own
   * clause may be the speaker, as {@link Proposition#SPEAKER_IF_PERSON} or {@link Proposition#SPEAKER_IF_GROUP}; the
   * claim keeps it so only when the speaker is of that kind and denies. Null when the clause opens otherwise.
   */
  static String byPronoun(String clauseLower) {
    Matcher pronoun = THIRD_PERSON_SUBJECT.matcher(clauseLower);
    if (!pronoun.lookingAt()) return null;
    return pronoun.group(1).equals("they") ? Proposition.SPEAKER_IF_GROUP : Proposition.SPEAKER_IF_PERSON;
  }
}
