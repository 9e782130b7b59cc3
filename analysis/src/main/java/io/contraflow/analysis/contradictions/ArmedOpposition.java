package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.nlp.Lexicon;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An opposition to a state, armed or not, named by common nouns: "opposition fighters", "the insurgents", "the
 * rebels", "the country's main opposition group". The accusers' word for the fighters and the fighters' own may
 * differ; both name the one side, and neither is the state a blame names by its country.
 */
final class ArmedOpposition {
  private ArmedOpposition() {}

  /**
   * One of the agents names an opposition ("opposition fighters"), and the party is one named so ("the rebels"): the
   * same fighters, as the blamed call them and as they call themselves. (Agents arrive as lower-case keys, so whether
   * the agent was a common noun or a name such as "the Vell Front rebels" is not told apart.)
   */
  static boolean named(Set<String> agents, Party p) {
    boolean partyAgainst = p.names().stream().anyMatch(ArmedOpposition::against);
    if (!partyAgainst) return false;
    for (String agent : agents) {
      if (wordsOf(agent).stream().anyMatch(Lexicon.AGAINST_THE_STATE::contains)) return true;
    }
    return false;
  }

  /** The name is of a group against its state: "the rebels", "Norland's main opposition group". */
  static boolean against(String name) {
    return AGAINST.get(name);
  }

  /** Read once per name: blame asks it of every accuser's names on every article. */
  private static final PureMemo<String, Boolean> AGAINST = new PureMemo<>(10_000,
      n -> wordsOf(n).stream().anyMatch(Lexicon.AGAINST_THE_STATE::contains));

  private static List<String> wordsOf(String name) {
    return List.of(name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
  }
}
