package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Drives the {@link RejectionDetector} as an event grows. Which assertions are a rejection's owner's own claims is a
 * test of the two alone, so each rejection keeps its owner's claims: a new rejection is compared with every
 * assertion, a new assertion with every rejection, not every rejection with every assertion again. The candidates
 * themselves are made again on each article, in event order, because the party of a rejected claim as the rejecting
 * article reports it is read from the first rejection (by id) that names it.
 */
final class RejectionPart extends DetectorPart {
  private static final Comparator<Claim> BY_ID = Comparator.comparing(Claim::id);

  private final RejectionDetector rejections;
  /** Each rejection and its owner's own claims, in event order. */
  private final TreeMap<String, List<Claim>> owned = new TreeMap<>();
  private final Map<String, Stance> anchors = new HashMap<>();
  private final Map<String, Boolean> named = new HashMap<>();
  /** Rejections whose owner is the claim they refer back to in their own article ("this is false", "the findings"). */
  private final java.util.Set<String> byReference = new java.util.HashSet<>();

  RejectionPart(RejectionDetector rejections) {
    super(rejections);
    this.rejections = rejections;
  }

  @Override
  List<Candidate> candidates(EventStances all, Collection<Stance> added) {
    if (added == null) {
      owned.clear();
      anchors.clear();
      byReference.clear();
    }
    Collection<Stance> arriving = added == null ? all.stances : added;
    List<Stance> newAnchors = new ArrayList<>();
    for (Stance s : arriving) {
      if (RejectionDetector.anchors(s)) newAnchors.add(s);
    }
    if (added != null) {
      // A rejection by pronoun ("this is false") rejects the claim just before it: only its own article's claims move it.
      java.util.Set<String> articles = new java.util.HashSet<>();
      for (Stance s : added) articles.add(s.claim().articleId());
      for (var e : owned.entrySet()) {
        Stance r = anchors.get(e.getKey());
        if (byReference.contains(e.getKey()) && articles.contains(r.claim().articleId())) e.setValue(new ArrayList<>(referred(all, r)));
      }
      // The other rejections held already, against the new assertions alone.
      for (Stance s : added) {
        if (!RejectionDetector.asserts(s)) continue;
        for (var e : owned.entrySet()) {
          Stance r = anchors.get(e.getKey());
          if (byReference.contains(e.getKey()) || !RejectionDetector.owns(all, named, r, s)) continue;
          List<Claim> claims = e.getValue();
          int at = java.util.Collections.binarySearch(claims, s.claim(), BY_ID);
          claims.add(-at - 1, s.claim());
        }
      }
    }
    // New rejections, against every assertion (the new ones included).
    for (Stance r : newAnchors) {
      List<Claim> claims = new ArrayList<>();
      List<Claim> referred = referred(all, r);
      if (RejectionDetector.anaphoric(r) || !referred.isEmpty()) {
        claims.addAll(referred);
        byReference.add(r.claim().id());
      } else for (Stance s : all.stances) if (RejectionDetector.asserts(s) && RejectionDetector.owns(all, named, r, s)) claims.add(s.claim());
      owned.put(r.claim().id(), claims);
      anchors.put(r.claim().id(), r);
    }
    if (owned.isEmpty()) return List.of();
    all.parties.forgetReported();
    List<Candidate> out = new ArrayList<>();
    for (var e : owned.entrySet()) {
      Candidate c = rejections.candidate(all, anchors.get(e.getKey()), e.getValue());
      if (c != null) out.add(c);
    }
    return out;
  }

  /** The claim a rejection refers back to in its own article, as the whole-event reading finds it. */
  private static List<Claim> referred(EventStances all, Stance r) {
    if (RejectionDetector.anaphoric(r)) return RejectionDetector.anaphoricOwner(all, r);
    Claim report = RejectionDetector.reportReferred(all, r);
    return report == null ? List.of() : List.of(report);
  }
}
