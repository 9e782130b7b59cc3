package io.contraflow.analysis.contradictions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Two exits were chained when the smoke came" against "every door stood open": whether the way
 * out was shut. In a fire, a crush or a collapse, survivors and inspectors say the doors were locked, chained or
 * blocked; the owners, organisers or police say they were open. Both must name the same way out ("the gates", "the
 * fire exits"), which {@link JudgementDetector} checks: the judgement's own words are the states, not the doors.
 */
final class LockedExits extends Judgement {
  private static final String EXITS = "(?:emergency\\s+|fire\\s+|side\\s+|main\\s+|stadium\\s+|exit\\s+)?"
      + "(?:gates?|doors?|exits?|doorways?|turnstiles?)";
  private static final String WERE = "(?:were|was|had\\s+been|have\\s+been|has\\s+been|remained|stayed|stood)";
  /** "the exits were locked", "gates had been chained shut", "locked the doors", "unlock the gates" (they were locked). */
  private static final Pattern SHUT = Pattern.compile("(?i)\\b" + EXITS + "\\s+(?:[\\w-]+\\s+){0,3}?" + WERE
      + "\\s+(?:still\\s+|all\\s+|firmly\\s+)?(?:locked|closed|shut|chained|padlocked|blocked|bolted|sealed|welded)\\b|"
      + "\\b(?:locked|chained|padlocked|bolted|blocked|sealed)\\s+(?:shut\\s+)?(?:the\\s+|all\\s+|its\\s+|their\\s+)?" + EXITS + "\\b|"
      + "\\bunlock(?:ing|ed)?\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+)?" + EXITS + "\\b");
  /** "the gates were open", "doors had been unlocked", "they were not closed" (after the exits it speaks of). */
  private static final Pattern OPEN = Pattern.compile("(?i)\\b" + EXITS + "\\b[^.;]{0,40}?\\b" + WERE
      + "\\s+(?:all\\s+|fully\\s+|wide\\s+)?(?:open(?:ed)?|unlocked|not\\s+(?:locked|closed|shut|blocked))\\b");
  /** "none of the exits were locked". */
  private static final Pattern NONE_OF = Pattern.compile("(?i)\\bnone\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?$");
  private static final Pattern OWN_WORDS = Pattern.compile("^(?:lock|unlock|clos|shut|open|chain|padlock|block|bolt|seal|weld)");

  LockedExits() {
    super("exits", "whether the way out was locked", "exits locked", "exits open");
  }

  @Override
  boolean ownWord(String w) {
    return OWN_WORDS.matcher(w).find();
  }

  @Override
  Boolean answer(String content) {
    Matcher open = OPEN.matcher(content);
    Matcher shut = SHUT.matcher(content);
    boolean isOpen = open.find();
    boolean isShut = shut.find();
    if (isShut && (!isOpen || shut.start() < open.start())) {
      // "unlocking the gates" says they were locked; "no gates were locked" says the opposite.
      return !negatedBefore(content, shut.start(), 3) && !NONE_OF.matcher(content.substring(0, shut.start())).find();
    }
    return isOpen ? Boolean.FALSE : null;
  }
}
