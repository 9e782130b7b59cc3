package io.contraflow.analysis.contradictions;

import java.util.List;

/**
 * A detected contradiction within one event. Its {@code id} depends only on the event, the question and the two
 * parties (or, for figures, the two positions), so the same contradiction found again with more evidence keeps its
 * id.
 *
 * @param topic a short phrase naming what is disputed
 * @param explanation one plain sentence a reader understands
 * @param trail the detectors whose candidates make up this finding ("rejection", "contrast"), so a reader can see
 *     why it was reported
 */
public record Finding(String id, String eventId, ContradictionKind kind, String topic, Side sideA, Side sideB,
                      double confidence, Severity severity, String explanation, List<String> trail) {
  public Finding {
    trail = trail == null ? List.of() : List.copyOf(trail);
  }

  public Finding(String id, String eventId, ContradictionKind kind, String topic, Side sideA, Side sideB,
                 double confidence, Severity severity, String explanation) {
    this(id, eventId, kind, topic, sideA, sideB, confidence, severity, explanation, List.of());
  }
}
