package io.contraflow.analysis.contradictions;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The raid was a huge success" against "it was a failure": whether the operation the event is about (a raid, a rescue,
 * an offensive) achieved what it set out to. Those who ordered it call it a success or a winning mission; critics call
 * it a failure, a fiasco or botched. A negation before the word turns it round ("was not a failure", "would not call
 * any operation that costs a life a success"). The operation must be named beside the word: "the talks were a
 * success" or "they failed to warn anyone" answer nothing.
 */
final class Outcome extends Judgement {
  private static final String OPERATION = "(?:operation|raid|mission|rescue|assault|offensive|counter-?offensive|incursion|sortie)s?";
  private static final String SUCCESS = "(?:(?:an?\\s+)?[\"“‘']?(?:[\\w-]+\\s+){0,2}?[\"“‘']?(?:success|successful|victory|triumph)[\"”’']?"
      + "|succeeded|accomplished\\s+(?:its|their)\\s+(?:goals?|objectives?|aims?))";
  private static final String FAILURE = "(?:(?:an?\\s+)?[\"“‘']?(?:[\\w-]+\\s+){0,2}?[\"“‘']?(?:failure|fiasco|debacle|flop)[\"”’']?"
      + "|failed|botched|went\\s+(?:badly\\s+)?wrong)";
  /** "the raid was a huge success", "called the mission a failure", "a successful operation", "a winning mission". */
  private static final Pattern SUCCEEDED = Pattern.compile("(?i)\\b" + OPERATION + "\\b[^.;!?]{0,60}?\\b(?:was|were|is|are|had been|has been|"
      + "have been|as|proved|be)\\s+" + SUCCESS + "|\\b(?:successful|winning)\\s+(?:[\\w-]+\\s+)?" + OPERATION + "\\b|\\b" + OPERATION
      + "\\s+(?:had\\s+|has\\s+)?(?:succeeded|accomplished)\\b");
  private static final Pattern FAILED = Pattern.compile("(?i)\\b" + OPERATION + "\\b[^.;!?]{0,60}?\\b(?:was|were|is|are|had been|has been|"
      + "have been|as|proved|be)\\s+" + FAILURE + "|\\b(?:failed|botched|disastrous)\\s+(?:[\\w-]+\\s+)?" + OPERATION + "\\b|\\b" + OPERATION
      + "\\s+(?:had\\s+|has\\s+)?(?:failed|went\\s+(?:badly\\s+)?wrong)\\b");
  private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not|never|no|hardly)\\b|n['’]t\\b");
  private static final Pattern RETOLD_BEFORE = Pattern.compile("(?i)\\b(?:claims?|claimed|claiming|calling)\\b[^.;]{0,40}$");
  private static final List<String> WORDS = List.of("success", "succeed", "victory", "triumph", "accomplished", "winning", "fail",
      "fiasco", "debacle", "flop", "botched", "wrong");

  Outcome() {
    super("outcome", "whether the operation succeeded", "a success", "a failure");
  }

  @Override
  Boolean answer(String content) {
    if (holdsNone(content, WORDS)) return null;
    Matcher success = SUCCEEDED.matcher(content);
    Matcher failure = FAILED.matcher(content);
    boolean succeeded = success.find() && !RETOLD_BEFORE.matcher(content.substring(0, success.start())).find();
    boolean failed = failure.find() && !RETOLD_BEFORE.matcher(content.substring(0, failure.start())).find();
    // The first answer decides: "a winning mission, not a failure" says it succeeded, and denies the other word.
    if (succeeded && (!failed || success.start() <= failure.start())) return negated(content, success) ? Boolean.FALSE : Boolean.TRUE;
    if (failed) return negated(content, failure) ? Boolean.TRUE : Boolean.FALSE;
    return null;
  }

  /** A negation in the words found, or in the few words before them ("would not describe any operation ... as a success"). */
  private static boolean negated(String content, Matcher m) {
    return NEGATION.matcher(m.group()).find() || negatedBefore(content, m.start(), 3);
  }

  @Override
  boolean ofConduct() {
    return true;
  }
}
