package io.contraflow.analysis.events;

import java.util.Set;

/**
 * A name used as the first half of a hyphenated modifier that says who runs, funds or backs something else:
 * "Front-run radio", "a Kremlin-backed militia", "the Vienna-based watchdog". The noun after it is what the sentence
 * is about; the name only describes it, so a headline that gives its source as "Front-run radio" is no more about
 * the Front than one that cites "state-run television" is about the state. So with a language: "the English-speaking
 * regions" of another country say which people, not that the story is about England or its language.
 */
final class Attributive {
  /** The descriptive halves that make the name a sponsor or a seat; "Saudi-led" is left out: the leader acts. */
  private static final Set<String> SPONSOR_WORDS = Set.of("run", "controlled", "backed", "funded", "owned", "based",
      "affiliated", "aligned", "allied", "linked", "sponsored", "supported", "appointed", "installed", "financed",
      "speaking");

  private Attributive() {
  }

  /**
   * Whether the name ending at token {@code last} is glued by a hyphen to a sponsor word. The tokenizer splits
   * "Front-run" into the name, marked as ending there, and the lower-case word, marked as broken off.
   */
  static boolean sponsor(java.util.List<Token> tokens, int last) {
    if (last + 1 >= tokens.size() || !tokens.get(last).endsName()) return false;
    Token next = tokens.get(last + 1);
    return next.breakBefore() && !next.capitalised() && next.sentence() == tokens.get(last).sentence()
        && SPONSOR_WORDS.contains(next.lower());
  }
}
