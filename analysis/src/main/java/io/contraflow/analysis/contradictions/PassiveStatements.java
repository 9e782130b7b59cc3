package io.contraflow.analysis.contradictions;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The pier was used by the army" against "the pier facility, including its boats, was not used in the operation": one
 * thing said to have had one thing done to it, and said not to have. Read from the opening passive clause of each
 * content: its subject's words, its participle and whether it is negated. Two readings oppose when the participles are
 * one, one is negated and the other not, and the head of one subject stands in the other's. Restatements that add
 * asides and circumstances ("including its equipment", "today in Vell") share too few words for a word count to see
 * them as one statement; the subject and the verb carry it.
 */
final class PassiveStatements {
  private PassiveStatements() {}

  /** A content's opening passive: the subject's words (lower case), its head, the participle, and a negation. */
  record Reading(Set<String> subject, String head, String participle, boolean negated) {}

  private static final Pattern PASSIVE = Pattern.compile("(?i)^\\W*(?:the|its|their|this|that|these|those|a|an)\\s+"
      + "(?<subject>(?:[\\w'’-]+\\s+){0,3}?[\\w-]+)"
      // ("the pier facility, including its equipment and boats, were not used": an aside after the subject.)
      + "(?:\\s*,\\s*(?:including|along with|as well as)\\s+[^;:.]{0,80}?,?)?"
      + "\\s+(?:was|were|is|are|had been|has been|have been)\\s+(?<neg>(?:not|never)\\s+)?(?:\\w+ly\\s+)?(?<verb>\\p{Ll}{2,}(?:ed|en)|shot|hit|struck|built|sunk|found|held|sent|made|brought|caught|left|kept|lost|"
      + "paid|put|set|shut|spent|won|bought|sold|fought|destroyed|torn|thrown|blown|flown|drawn|grown|shown)\\b");
  /** Participles that report or describe, which say nothing done to the subject. */
  private static final Set<String> NOT_DEEDS = Set.of("said", "reported", "believed", "thought", "expected", "supposed", "seen",
      "known", "given", "taken", "told", "asked", "quoted", "mentioned", "concerned", "interested", "scheduled", "based", "located");

  private static final PureMemo<String, Reading> READINGS = new PureMemo<>(4096, PassiveStatements::readUncached);

  static Reading read(String content) {
    return READINGS.get(content);
  }

  private static Reading readUncached(String content) {
    if (content.indexOf(" wa") < 0 && content.indexOf(" we") < 0 && content.indexOf(" is ") < 0 && content.indexOf(" are ") < 0
        && content.indexOf(" ha") < 0) {
      return null;
    }
    Matcher m = PASSIVE.matcher(content);
    if (!m.lookingAt()) return null;
    String verb = m.group("verb").toLowerCase(Locale.ROOT);
    if (NOT_DEEDS.contains(verb)) return null;
    String[] words = m.group("subject").toLowerCase(Locale.ROOT).split("\\s+");
    return new Reading(Set.of(words), words[words.length - 1], verb, m.group("neg") != null);
  }

  /** The denial says of the asserted subject that the asserted participle was not done to it (or the reverse). */
  static boolean oppose(String denial, String assertion) {
    Reading d = read(denial);
    if (d == null) return false;
    Reading a = read(assertion);
    return a != null && d.participle().equals(a.participle()) && d.negated() != a.negated()
        && (d.subject().contains(a.head()) || a.subject().contains(d.head()));
  }
}
