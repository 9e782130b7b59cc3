package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the detectors' candidates into findings: candidates of one question between the same two parties (or, for
 * figures, the same two positions) are one finding; a contrast or a reported disagreement joins the finding that holds
 * one of its claims; findings of one dispute family facing the same parties are merged into the first.
 */
final class CandidateMerger {
  private CandidateMerger() {}

  /**
   * The findings of what the last merge of one event made, by key, so the next merge can reuse a finding whose
   * sources are the same candidate objects: building a finding (its sides, its parties, its id's hash) was most of
   * the cost of re-merging an event with hundreds of findings when an article touched a few.
   */
  static final class Memo {
    private Map<String, Made> made = new HashMap<>();
    private final Map<String, String> ids = new HashMap<>();

    private record Made(List<Object> sources, Finding finding) {}

    private Finding reuse(Merged m) {
      Made before = made.get(m.key);
      if (before == null || before.sources().size() != m.sources.size()) return null;
      for (int i = 0; i < m.sources.size(); i++) {
        Object a = before.sources().get(i);
        Object b = m.sources.get(i);
        if (a != b && !(a instanceof Boolean && a.equals(b))) return null;
      }
      return before.finding();
    }

    private String id(String eventId, String key) {
      return ids.computeIfAbsent(key, k -> ContradictionDetector.id(eventId, k));
    }
  }

  /** {@code primary} and {@code supporting} in detector order; {@code memo} may be null. */
  static List<Finding> findings(String eventId, List<Candidate> primary, List<Candidate> supporting, PartyResolver parties, Memo memo) {
    Map<String, Merged> merged = new LinkedHashMap<>();
    for (Candidate c : primary) {
      String key = c.betweenParties() ? c.question() + "|" + pairKey(c.partyA(), c.partyB()) : c.question();
      merged.computeIfAbsent(key, k -> new Merged(k, c, merged.size())).add(c);
    }
    if (!supporting.isEmpty()) addSupporting(merged, supporting, parties);
    List<Merged> disputes = mergeSameDispute(new ArrayList<>(merged.values()), parties);
    List<Finding> out = new ArrayList<>();
    Map<String, Memo.Made> made = memo == null ? null : new HashMap<>();
    for (Merged m : disputes) {
      if (m.hollow()) continue;
      Finding reused = memo == null ? null : memo.reuse(m);
      Finding f = reused != null ? reused
          : m.finding(memo == null ? ContradictionDetector.id(eventId, m.key) : memo.id(eventId, m.key), eventId, parties);
      if (made != null) made.put(m.key, new Memo.Made(m.sources, f));
      out.add(f);
    }
    if (memo != null) memo.made = made;
    return out;
  }

  /**
   * A contrast or a reported disagreement joins the finding that already holds one of its claims, the first such in
   * order; otherwise it is a dispute of its own, even between the same two parties (they may disagree on several
   * questions). Which finding first holds each claim is indexed, rather than every finding searched per candidate.
   */
  private static void addSupporting(Map<String, Merged> merged, List<Candidate> supporting, PartyResolver parties) {
    // Only the supporting candidates' claims are looked for, first by id (whose hash is kept) and then as claims.
    java.util.Set<Claim> wanted = new java.util.HashSet<>();
    java.util.Set<String> wantedIds = new java.util.HashSet<>();
    for (Candidate c : supporting) {
      wanted.addAll(c.claimsA());
      wanted.addAll(c.claimsB());
    }
    for (Claim c : wanted) wantedIds.add(c.id());
    Map<Claim, Integer> firstHolder = new HashMap<>();
    List<Merged> byOrder = new ArrayList<>(merged.values());
    for (Merged m : byOrder) {
      for (Object source : m.sources) {
        Candidate c = (Candidate) source;
        for (Claim claim : c.claimsA()) if (wantedIds.contains(claim.id()) && wanted.contains(claim)) firstHolder.putIfAbsent(claim, m.order);
        for (Claim claim : c.claimsB()) if (wantedIds.contains(claim.id()) && wanted.contains(claim)) firstHolder.putIfAbsent(claim, m.order);
      }
    }
    for (Candidate c : supporting) {
      int first = Integer.MAX_VALUE;
      for (Claim claim : c.claimsA()) first = Math.min(first, firstHolder.getOrDefault(claim, Integer.MAX_VALUE));
      for (Claim claim : c.claimsB()) first = Math.min(first, firstHolder.getOrDefault(claim, Integer.MAX_VALUE));
      Merged target = first == Integer.MAX_VALUE ? null : byOrder.get(first);
      List<Claim> held;
      if (target != null) {
        held = target.support(c, parties);
      } else {
        target = merged.computeIfAbsent(c.question() + "|" + pairKey(c.partyA(), c.partyB()), k -> new Merged(k, c, merged.size()));
        if (target.order == byOrder.size()) byOrder.add(target);
        target.add(c);
        held = new ArrayList<>(c.claimsA());
        held.addAll(c.claimsB());
      }
      for (Claim claim : held) firstHolder.merge(claim, target.order, Math::min);
    }
  }

  /**
   * Who is behind it and the accused's denial are one dispute when the same parties face each other, and so are the
   * several ways of asking how it came about: findings of one family that share a party on each side are merged into
   * the first, so a reader sees one record for "the monitors against the government" rather than three.
   */
  private static List<Merged> mergeSameDispute(List<Merged> findings, PartyResolver parties) {
    // Each finding's own parties, fixed before any merge: a finding that has absorbed another does not face more
    // parties for it, or one dispute would gather every accusation in the event, link by link.
    // Only findings of a family are compared by their parties.
    for (Merged m : findings) if (m.disputeFamily() != null) m.fixParties(parties);
    List<Merged> out = new ArrayList<>();
    Map<String, List<Merged>> byFamily = new HashMap<>();
    for (Merged m : findings) {
      Merged into = null;
      String family = m.disputeFamily();
      if (family != null) {
        for (Merged earlier : byFamily.getOrDefault(family, List.of())) {
          // A fact denied again is one dispute only when the same assertion is denied: one party may deny several things.
          // A restatement of the denial ("had no programme to develop it", "never had a programme to develop it") against
          // the same asserters is the same dispute too, whoever of the denying side says it.
          boolean denied = family.equals("denied fact");
          boolean restated = m.first.question().startsWith("denied:") && earlier.first.question().startsWith("denied:") && earlier.restates(m);
          boolean sameMatter = !denied || earlier.sharesAsserted(m) || restated;
          if (sameMatter && (restated || earlier.facing(m, parties) != 0)) {
            into = earlier;
            break;
          }
        }
      }
      if (into != null) {
        into.absorb(m, into.facing(m, parties) < 0);
        continue;
      }
      out.add(m);
      if (family != null) byFamily.computeIfAbsent(family, k -> new ArrayList<>()).add(m);
    }
    return out;
  }

  /** The two parties' keys in a fixed order, whichever side each holds. */
  private static String pairKey(Party a, Party b) {
    return a.key().compareTo(b.key()) <= 0 ? a.key() + "|" + b.key() : b.key() + "|" + a.key();
  }
}
