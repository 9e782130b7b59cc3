package io.contraflow.analysis.contradictions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The convoy moved despite prior coordination with the army" against "its movement was never coordinated with us":
 * whether what was hit (an aid convoy, an ambulance, a flight) had been cleared with the side that fired. The side
 * that lost it says it was coordinated, agreed or notified in advance; the side that fired says it was not, or that
 * it was never told. The two must name the same thing (the convoy, the flight): coordination of anything else is
 * another matter.
 */
final class Coordination extends Judgement {
  /** "prior coordination", "coordinated with the army", "had been agreed with the other side", "notified in advance". */
  private static final Pattern COORDINATED = Pattern.compile("(?i)\\b(?:(?:prior|advance|full|close)\\s+)?coordination\\b"
      + "|\\bcoordinat(?:ed|ing|e)\\s+(?:(?:\\w+\\s+){0,3}?with|in\\s+advance|beforehand)\\b"
      + "|\\b(?:had\\s+been|was|were|been)\\s+(?:\\w+ly\\s+)?agreed\\s+with\\b"
      + "|\\b(?:notif(?:ied|y)|inform(?:ed)?|told|warned)\\s+(?:\\w+\\s+){0,4}?(?:in\\s+advance|beforehand|ahead\\s+of\\s+time)\\b");
  /** "did not notify Ukraine about the flight", "was never informed of": the other side not told at all. */
  private static final Pattern NOT_TOLD = Pattern.compile("(?i)\\b(?:did\\s+not|didn['’]t|never|failed\\s+to)\\s+(?:notify|inform|warn|tell|alert)\\b"
      + "|\\b(?:was|were|had\\s+been)\\s+(?:not|never)\\s+(?:notified|informed|warned|told)\\b");
  /** "there was no need for coordination", "does not require coordination": the side that fired says none was due. */
  private static final Pattern NONE_NEEDED = Pattern.compile("(?i)\\b(?:no\\s+need\\s+for|not\\s+(?:need|require)|did\\s+not\\s+(?:need|require)|"
      + "does\\s+not\\s+(?:need|require)|without\\s+the\\s+need\\s+for)\\s+(?:\\w+\\s+){0,2}?coordination\\b");
  private static final Pattern OWN_WORDS = Pattern.compile("^(?:coordinat|agree|notif|inform|prior|advance)");

  Coordination() {
    super("coordination", "whether it had been coordinated with the other side", "coordinated in advance", "not coordinated");
  }

  @Override
  boolean ownWord(String w) {
    return OWN_WORDS.matcher(w).find();
  }

  @Override
  Boolean answer(String content) {
    if (NONE_NEEDED.matcher(content).find() || NOT_TOLD.matcher(content).find()) return false;
    Matcher coordinated = COORDINATED.matcher(content);
    if (!coordinated.find()) return null;
    return !negatedBefore(content, coordinated.start(), 3);
  }
}
