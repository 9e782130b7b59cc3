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
 * claims aged out, an event handed over), is detected again from them and kept from there. An event at its claim
 * cap is trimmed in batches ({@link EventClaimLog#trimmedTo}), so it is rebuilt once per batch of articles and
 * added to incrementally in between. Findings are the same either way.
 */
final class KeptDetections {
  /** Events held per task: a few hundred busy stories, at about a megabyte each for 2,000 claims. */
  static final int DEFAULT_EVENTS = 256;

  private final ContradictionDetector detector;
  private final Map<String, EventDetection> events;
  private int starts;

  KeptDetections(ContradictionDetector detector, int maxEvents) {
    this.detector = detector;
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
    if (added == null) {
      starts++;
      // An event held whose claims changed other than by adding (a batch trimmed) starts over in place, keeping
      // what it read of each claim alone.
      if (kept != null) return kept.replace(claims);
      kept = detector.start(eventId, claims);
      events.put(eventId, kept);
      return kept.findings();
    }
    return kept.add(added);
  }

  /**
   * The findings after {@code added} joins an event held with exactly {@code heldBefore} claims, which the caller knows
   * to be the stored ones before an article that only adds claims (none replaced, none dropped); null when the event is
   * not held so, and the caller gives all its claims to {@link #detect}. Saves reading a big story's claims back.
   */
  List<Finding> add(String eventId, int heldBefore, List<Claim> added) {
    EventDetection kept = events.get(eventId);
    if (kept == null || kept.size() != heldBefore) return null;
    for (Claim c : added) if (kept.holds(c.id())) return null;
    return kept.add(added);
  }

  /**
   * The findings after a batch trim of an event held with exactly {@code heldBefore} claims, as the caller knows them
   * to be stored: it keeps the claims held that {@code retained} accepts, gains {@code added}, and starts over from
   * them in place. Null when the event is not held so, and the caller gives all its claims to {@link #detect}.
   */
  List<Finding> trim(String eventId, int heldBefore, java.util.function.Predicate<String> retained, List<Claim> added) {
    EventDetection kept = events.get(eventId);
    if (kept == null || kept.size() != heldBefore) return null;
    for (Claim c : added) if (kept.holds(c.id())) return null;
    List<Finding> found = kept.retain(retained, added);
    if (found != null) starts++;
    return found;
  }

  /** Forgets every event, when the task starts over: its stores may have been restored to an earlier state. */
  void clear() {
    events.clear();
  }

  /** How many times an event's detection was built from all its claims, for tests. */
  int starts() {
    return starts;
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
