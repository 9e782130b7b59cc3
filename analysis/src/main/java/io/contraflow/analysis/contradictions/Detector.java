package io.contraflow.analysis.contradictions;

import java.util.List;

/**
 * One way two parties' claims about an event can conflict: each implementation reads the event's stances and
 * returns candidate disputes. Detectors are registered in {@link ContradictionDetector} and must be deterministic:
 * the same stances in any order give the same candidates.
 */
interface Detector {
  /** A short name for the finding's trail ("rejection", "cause"). */
  String name();

  List<Candidate> detect(EventStances event);
}
