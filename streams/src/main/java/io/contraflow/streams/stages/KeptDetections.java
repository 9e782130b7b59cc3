package io.contraflow.streams.stages;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.contradictions.ContradictionDetector;
import io.contraflow.analysis.contradictions.EventDetection;
import io.contraflow.analysis.contradictions.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The detection of the events a task saw last, kept in memory between their articles, least recently used dropped
 * first: an article joining an event the task holds is compared with the event's earlier claims only, rather than
 * the whole event being detected again. The stored claims stay the source of truth: each call gives all of them, and
 * an event not held (after a restart or a rebalance, or dropped), or whose claims changed other than by adding (a
 * claim aged out, an event handed over), is detected again from them; an event at the {@code maxClaims} cap, whose
 * oldest claims go with every article, is detected whole and not kept. Findings are the same either way.
 */
final class KeptDetections {
  /** Events held per task: a few hundred busy stories, at about a megabyte each for 2,000 claims. */
  static final int DEFAULT_EVENTS = 256;

  private final ContradictionDetector detector;
  private final Map<String, EventDetection> events;
  /** Claims an event holds at most: beyond, its oldest are dropped on every article. */
  private final int maxClaims;

  KeptDetections(ContradictionDetector detector, int maxEvents, int maxClaims) {
    this.detector = detector;
    this.maxClaims = maxClaims;
    this.events = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, EventDetection> eldest) {
        return size() > maxEvents;
      }
    };
  }

  /** The findings for all of {@code claims}, the event's claims as stored. */
  List<Finding> detect(String eventId, List<Claim> claims) {
    EventDetection kept = events.get(eventId);
    List<Claim> added = kept == null ? null : added(kept, claims);
    if (added == null && claims.size() >= maxClaims) {
      // An event at the cap loses its oldest claims with every article, which kept detection cannot follow: keeping
      // it would only build the state again each time, at more than the whole-event detection costs.
      events.remove(eventId);
      return detector.detect(eventId, claims);
    }
    if (added == null) {
      kept = detector.start(eventId, claims);
      events.put(eventId, kept);
      return kept.findings();
    }
    return kept.add(added);
  }

  void forget(String eventId) {
    events.remove(eventId);
  }

  /** The claims not held yet, when {@code claims} are the ones held and these; else null. */
  private static List<Claim> added(EventDetection kept, List<Claim> claims) {
    Map<String, Claim> byId = new HashMap<>();
    for (Claim c : claims) byId.put(c.id(), c);
    if (byId.size() != claims.size()) return null;
    List<Claim> added = new ArrayList<>();
    int held = 0;
    for (Claim c : claims) {
      if (kept.holds(c.id())) {
        // A claim delivered again with other content replaces the held one: start over from the stored claims.
        if (!c.equals(kept.claim(c.id()))) return null;
        held++;
      } else {
        added.add(c);
      }
    }
    return held == kept.size() ? added : null;
  }
}
