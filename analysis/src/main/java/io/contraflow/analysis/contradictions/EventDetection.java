package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Detection of one event kept between its articles. Built from the event's claims (on a restart or a cache miss),
 * then given each article's new claims, it gives exactly what {@link ContradictionDetector#detect} gives for all the
 * claims held, whatever order they came in, without comparing everything with everything again:
 * <ul>
 *   <li>each claim is read once (its stance, its party, its words);</li>
 *   <li>a detector that reads only some claims (causes, blame, pictures, places, accusations and answers) runs
 *       again, on those claims alone, only when the article brought one; the contrasts within one article are found
 *       again only for the articles the new claims belong to;</li>
 *   <li>figures are found again only for the pairs of values the new figures have ({@link FigurePart}); rejections
 *       keep their owners' claims, and only new rejections or new assertions are compared ({@link RejectionPart});
 *       a denial is compared again only when the article changes what it reads ({@link DenialPart});</li>
 *   <li>candidates and findings an article left alone are the same objects as before (a part that makes its
 *       candidates again hands back the earlier object for an equal one: {@link CandidateInterner}), so merging them
 *       reuses the findings already made.</li>
 * </ul>
 * Where the new claims change how old ones read, it starts over from all the claims: when a party already read
 * would now resolve otherwise (who a surname speaks for is voted on event-wide), or a claim comes again.
 * Not thread-safe: one event's articles are processed one at a time.
 */
public final class EventDetection {
  private final String eventId;
  /** The claims held, by id: detection reads them in id order. */
  private final TreeMap<String, Claim> claims = new TreeMap<>();
  private final TreeMap<String, Stance> stances = new TreeMap<>();
  private final List<DetectorPart> parts = new ArrayList<>();
  private final List<CandidateInterner> interners = new ArrayList<>();
  private final CandidateMerger.Memo memo = new CandidateMerger.Memo();
  private final ClaimTests tests = new ClaimTests();
  private PartyResolver parties;
  private Map<String, Set<String>> words;
  /** Claims whose ids repeat: the whole-event detection reads both copies, so this event is always detected whole. */
  private List<Claim> repeated;
  private List<Finding> findings;
  private int rebuilds;
  /** When the event began ({@link EventStart}), as the claims held give it. */
  private java.time.Instant start;
  private EventStart starts = new EventStart();

  EventDetection(String eventId, List<Claim> claimsOfEvent) {
    this.eventId = eventId;
    rebuild(claimsOfEvent);
  }

  /** The findings for the claims held. */
  public List<Finding> findings() {
    return findings;
  }

  /** How many claims are held. */
  public int size() {
    return repeated != null ? repeated.size() : claims.size();
  }

  public boolean holds(String claimId) {
    return claims.containsKey(claimId);
  }

  /** The claim held with this id, or null. */
  public Claim claim(String claimId) {
    return claims.get(claimId);
  }

  /** How many times detection started over from all the claims (after the first), for tests and metrics. */
  public int rebuilds() {
    return rebuilds;
  }

  /**
   * Adds an article's claims and returns the findings for all the claims held. A claim whose id is held already
   * replaces the earlier copy.
   */
  public List<Finding> add(List<Claim> added) {
    if (added.isEmpty()) return findings;
    Set<String> ids = new HashSet<>();
    boolean again = repeated != null;
    for (Claim c : added) again |= !ids.add(c.id()) || claims.containsKey(c.id());
    if (again) {
      List<Claim> all = new ArrayList<>(repeated != null ? repeated : claims.values());
      all.removeIf(c -> ids.contains(c.id()));
      all.addAll(added);
      rebuilds++;
      rebuild(all);
      return findings;
    }
    // An article published before every one held, or a second naming the day it began, moves the event's start, and
    // with it which figures are of another incident: read again from the start.
    for (Claim c : added) starts.add(c);
    if (start != null && !start.equals(starts.instant())) {
      List<Claim> all = new ArrayList<>(claims.values());
      all.addAll(added);
      rebuilds++;
      rebuild(all);
      return findings;
    }
    PartyResolver.Evidence changed = parties.add(added);
    List<Stance> read = new ArrayList<>();
    StanceReader reader = new StanceReader(parties);
    for (Claim c : added) read.add(reader.read(c));
    if (parties.rereads(changed, added)) {
      List<Claim> all = new ArrayList<>(claims.values());
      all.addAll(added);
      rebuilds++;
      rebuild(all);
      return findings;
    }
    for (int i = 0; i < added.size(); i++) {
      claims.put(added.get(i).id(), added.get(i));
      stances.put(added.get(i).id(), read.get(i));
    }
    start = starts.instant();
    findings = detect(read);
    return findings;
  }

  /**
   * Starts over from {@code all}, the event's claims now (after its oldest were trimmed, say), and returns their
   * findings: what a new detection of them would give, keeping what this one read of each claim alone.
   */
  public List<Finding> replace(List<Claim> all) {
    rebuilds++;
    rebuild(all);
    return findings;
  }

  /**
   * Keeps the claims held whose ids {@code retained} accepts, adds {@code added}, and starts over from them, as
   * {@link #replace} would given those claims; null (nothing changed) when the event holds claims whose ids repeat.
   */
  public List<Finding> retain(java.util.function.Predicate<String> retained, List<Claim> added) {
    if (repeated != null) return null;
    List<Claim> all = new ArrayList<>(claims.size() + added.size());
    for (Claim c : claims.values()) if (retained.test(c.id())) all.add(c);
    all.addAll(added);
    return replace(all);
  }

  private void rebuild(List<Claim> all) {
    claims.clear();
    stances.clear();
    parts.clear();
    interners.clear();
    repeated = null;
    Set<String> ids = new HashSet<>();
    for (Claim c : all) {
      if (!ids.add(c.id())) repeated = List.copyOf(all);
    }
    if (repeated != null) {
      findings = new ContradictionDetector().detect(eventId, repeated);
      return;
    }
    for (Claim c : all) claims.put(c.id(), c);
    tests.retain(claims.values());
    starts = EventStart.of(claims.values());
    start = starts.instant();
    parties = new PartyResolver(List.copyOf(claims.values()));
    words = new HashMap<>();
    StanceReader reader = new StanceReader(parties);
    // In id order, as the whole-event reading does: the first claim of a party key sets how the party is named.
    for (Claim c : claims.values()) stances.put(c.id(), reader.read(c));
    for (Detector d : ContradictionDetector.detectors()) {
      parts.add(DetectorPart.of(d, tests));
      interners.add(new CandidateInterner());
    }
    findings = detect(null);
  }

  /** Runs what the stances added (all of them, when null) can change, then merges every detector's candidates. */
  private List<Finding> detect(Collection<Stance> added) {
    EventStances all = new EventStances(eventId, List.copyOf(stances.values()), parties, words, start);
    List<Candidate> primary = new ArrayList<>();
    List<Candidate> supporting = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      DetectorPart part = parts.get(i);
      List<Candidate> found = interners.get(i).intern(ContradictionDetector.isolated(part.detector.name(), () -> part.candidates(all, added)));
      for (Candidate c : found) (ContradictionDetector.supports(c) ? supporting : primary).add(c);
    }
    return CandidateMerger.findings(eventId, primary, supporting, parties, memo);
  }
}
