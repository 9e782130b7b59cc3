package io.contraflow.analysis.events;

import java.util.List;

/**
 * Which event an article joins, and why.
 *
 * @param newEvent true when no open event was close enough and the article opens {@code eventId}
 * @param similarity score against the chosen event (0 for a new event)
 * @param syndicatedCopyOf the article this one repeats, or null
 * @param reason what decided it, in words a reader can check ("about akleh, jazeera; gist 0.78; names and terms
 *     0.32; 45 days after the story's last dated report"), or null
 * @param absorbs open events this article shows to be the same story as {@code eventId}: the caller folds each into
 *     {@code eventId} ({@link EventGrouper#merge}) and closes it, so {@code eventId} continues them
 */
public record EventDecision(String eventId, boolean newEvent, double similarity, String syndicatedCopyOf, String reason,
                            List<String> absorbs) {
  public EventDecision {
    absorbs = absorbs == null ? List.of() : List.copyOf(absorbs);
  }

  public EventDecision(String eventId, boolean newEvent, double similarity, String syndicatedCopyOf, String reason) {
    this(eventId, newEvent, similarity, syndicatedCopyOf, reason, List.of());
  }

  public EventDecision(String eventId, boolean newEvent, double similarity, String syndicatedCopyOf) {
    this(eventId, newEvent, similarity, syndicatedCopyOf, null, List.of());
  }
}
