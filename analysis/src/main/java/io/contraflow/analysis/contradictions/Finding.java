package io.contraflow.analysis.contradictions;

/**
 * A detected contradiction within one event. Its {@code id} depends only on the event, the question and the two
 * positions, so the same contradiction found again with more evidence keeps its id.
 *
 * @param topic a short phrase naming what is disputed
 * @param explanation one plain sentence a reader understands
 */
public record Finding(String id, String eventId, ContradictionKind kind, String topic, Side sideA, Side sideB,
                      double confidence, Severity severity, String explanation) {}
