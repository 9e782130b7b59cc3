package io.contraflow.analysis.events;

/**
 * Which event an article joins.
 *
 * @param newEvent true when no open event was close enough and the article opens {@code eventId}
 * @param similarity score against the chosen event (0 for a new event)
 * @param syndicatedCopyOf the article this one repeats, or null
 */
public record EventDecision(String eventId, boolean newEvent, double similarity, String syndicatedCopyOf) {}
