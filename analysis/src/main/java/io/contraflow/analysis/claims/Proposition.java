package io.contraflow.analysis.claims;

import java.util.Map;

/**
 * The comparable core of a claim's content: a predicate frame with its subject and arguments.
 *
 * @param predicate frame name: "move" (someone went somewhere), "responsible" (someone is behind an act)
 * @param arguments by role: destination, origin, agent, exclusive
 * @param negatedArguments what the content rules out ("toward Belarus, not Ukraine")
 * @param negated true when the content denies the frame itself ("Ukraine was not involved")
 */
public record Proposition(String subject, String predicate, Map<String, String> arguments, Map<String, String> negatedArguments,
                          boolean negated) {
  /** An agent that is the speaker when the speaker is a person ("he", "she" in the speaker's denial). */
  public static final String SPEAKER_IF_PERSON = "self:person";
  /** An agent that is the speaker when the speaker is a body or a group ("they" in its denial). */
  public static final String SPEAKER_IF_GROUP = "self:group";
}
