package io.contraflow.analysis.semantic;

/**
 * Maps a short text (a headline and its lead) to a unit vector, so that two texts that say the same thing in other
 * words are close: "Palestinians mourn slain Al Jazeera journalist" and "Al Jazeera reporter killed in army raid".
 * Implementations are thread-safe.
 */
public interface SentenceEmbedder {
  /** The unit-length embedding of {@code text}. */
  float[] embed(String text);

  /** The length of every embedding. */
  int dimensions();
}
