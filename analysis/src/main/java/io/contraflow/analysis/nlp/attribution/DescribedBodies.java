package io.contraflow.analysis.nlp.attribution;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a body's name fits a definite description of it: "the committee" a name holding "committee"; "the military"
 * and "the army" also a force named otherwise ("the Norland Defence Forces", "the armed forces").
 */
final class DescribedBodies {
  private static final Pattern SPACES_OR_HYPHENS = Pattern.compile("[\\s-]+");
  private static final Pattern ARMED_FORCE = Pattern.compile("(?i)\\b(?:army|military|(?:defen[cs]e|armed)\\s+forces)\\b");

  private DescribedBodies() {}

  static boolean calls(String name, String head) {
    for (String w : SPACES_OR_HYPHENS.split(name.toLowerCase(Locale.ROOT))) if (w.equals(head)) return true;
    return (head.equals("military") || head.equals("army")) && ARMED_FORCE.matcher(name).find();
  }
}
