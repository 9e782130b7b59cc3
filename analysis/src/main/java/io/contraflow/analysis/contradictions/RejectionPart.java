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
  /** Rejections owned by what they refer back to in their own article ("this is false", "the findings", "X's claim"). */
  private final java.util.Set<String> byReference = new java.util.HashSet<>();
  /**
   * The rejections held (not by pronoun), grouped by all that {@link RejectionDetector#owns} reads of them: one test
   * per group tells whether an assertion is their owner's. A story retold by many outlets holds the same rejection
   * many times over.
   */
  private final Map<Signature, List<String>> groups = new HashMap<>();
  /** The groups that name an owner, by the owner's name: an assertion can be theirs only if its party bears it. */
  private final Map<String, java.util.Set<Signature>> byOwner = new TreeMap<>();
  /** The groups without an owner, by each rejected word: an assertion can be theirs only if it shares one. */
  private final Map<String, java.util.Set<Signature>> byWord = new HashMap<>();

  /** What {@link RejectionDetector#owns} reads of a rejection: its party, the owner and kind it rejects, its words. */
  private record Signature(String party, String owner, TargetReader.Kind kind, String content) {}

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
      groups.clear();
      byOwner.clear();
      byWord.clear();
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
      // The other rejections held already, against the new assertions alone: of those, only the ones whose owner
      // names the assertion's party, or without an owner those sharing a word with it, can own it.
      for (Stance s : added) {
        if (!RejectionDetector.asserts(s)) continue;
        for (Signature group : mayOwn(all, s)) {
          List<String> ids = groups.get(group);
          if (!RejectionDetector.owns(all, named, anchors.get(ids.get(0)), s)) continue;
          for (String id : ids) {
            List<Claim> claims = owned.get(id);
            int at = java.util.Collections.binarySearch(claims, s.claim(), BY_ID);
            claims.add(-at - 1, s.claim());
          }
        }
      }
    }
    // New rejections, against every assertion (the new ones included); one like a rejection held owns what it owns.
    for (Stance r : newAnchors) {
      List<Claim> claims = new ArrayList<>();
      List<Claim> referred = referred(all, r);
      boolean byReferenceToo = ReferredClaims.anaphoric(r) || !referred.isEmpty();
      List<String> alike = byReferenceToo ? null : groups.get(signature(r));
      if (byReferenceToo) {
        claims.addAll(referred);
        byReference.add(r.claim().id());
      } else if (alike != null) claims.addAll(owned.get(alike.get(0)));
      else for (Stance s : all.stances) if (RejectionDetector.asserts(s) && RejectionDetector.owns(all, named, r, s)) claims.add(s.claim());
      owned.put(r.claim().id(), claims);
      anchors.put(r.claim().id(), r);
      // (A rejection that refers back is owned by its own article's claim, never by a group's.)
      if (!byReference.contains(r.claim().id())) index(all, r);
    }
    if (owned.isEmpty()) return List.of();
    all.parties.forgetReported();
    List<Candidate> out = new ArrayList<>();
    for (var e : owned.entrySet()) {
      out.addAll(rejections.candidates(all, anchors.get(e.getKey()), e.getValue()));
    }
    return out;
  }

  /** What a rejection refers back to in its own article, as the whole-event reading finds it. */
  private static List<Claim> referred(EventStances all, Stance r) {
    return RejectionDetector.referredBack(all, r);
  }

  private void index(EventStances all, Stance r) {
    if (ReferredClaims.anaphoric(r)) return;
    String owner = r.target().owner();
    Signature group = signature(r);
    List<String> ids = groups.computeIfAbsent(group, k -> new ArrayList<>());
    ids.add(r.claim().id());
    if (ids.size() > 1) return;
    if (owner != null) {
      byOwner.computeIfAbsent(owner, k -> new java.util.HashSet<>()).add(group);
    } else {
      for (String w : all.words(r.claim().content())) byWord.computeIfAbsent(w, k -> new java.util.HashSet<>()).add(group);
    }
  }

  private static Signature signature(Stance r) {
    return new Signature(r.party().key(), r.target().owner(), r.target().kind(), r.claim().content());
  }

  /**
   * The groups of rejections that {@link RejectionDetector#owns} may say own assertion {@code s}: it says no to one
   * whose owner does not name the assertion's party, and to one without an owner that shares none of its rejected
   * words with the assertion.
   */
  private java.util.Set<Signature> mayOwn(EventStances all, Stance s) {
    java.util.Set<Signature> out = new java.util.HashSet<>();
    for (var e : byOwner.entrySet()) if (RejectionDetector.names(named, s.party(), e.getKey())) out.addAll(e.getValue());
    for (String w : all.words(s.claim().content())) out.addAll(byWord.getOrDefault(w, java.util.Set.of()));
    return out;
  }
}
