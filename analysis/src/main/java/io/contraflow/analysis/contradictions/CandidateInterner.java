package io.contraflow.analysis.contradictions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hands back, for a candidate equal to one a detector part gave for the previous article, that earlier object. Parts
 * that make their candidates again on each article (rejections, whose owner parties are read again in event order; the
 * detectors run again on their subset of the claims) give equal candidates as new objects, and the merge reuses a
 * finding only when its candidates are the very objects it was made of: without this, every such finding of a big
 * story was built again, and looked changed to the stage, on every article.
 */
final class CandidateInterner {
  /**
   * The candidates handed back lately, by key: a later equal one is handed back as that. One that no longer comes
   * stays until they are twice as many as the last hand-back (it would only ever be handed back for an equal
   * candidate), then only the last hand-back's are kept: memory stays in proportion to the event's candidates.
   */
  private final Map<Key, Candidate> byKey = new HashMap<>();
  /**
   * The same candidates by identity. Most of a big story's candidates come back as the very objects handed back
   * before (a part keeps what the article left alone): those cost one look-up, and a part's list given back as it
   * was is handed back as it was.
   */
  private final Set<Candidate> known = Collections.newSetFromMap(new IdentityHashMap<>());
  private List<Candidate> lastFound;
  private List<Candidate> lastOut = List.of();

  /** Enough of a candidate to find its earlier self among hundreds; equality decides. */
  private record Key(String question, String positionA, String positionB, String firstA, String firstB) {}

  List<Candidate> intern(List<Candidate> found) {
    if (found == lastFound) return lastOut;
    List<Candidate> out = new ArrayList<>(found.size());
    for (Candidate c : found) {
      if (known.contains(c)) {
        out.add(c);
        continue;
      }
      Key k = key(c);
      Candidate before = byKey.get(k);
      if (before != null && same(before, c)) {
        out.add(before);
        continue;
      }
      byKey.put(k, c);
      known.add(c);
      out.add(c);
    }
    lastFound = found;
    lastOut = out;
    if (known.size() > 2 * out.size() + 64) {
      known.clear();
      byKey.clear();
      for (Candidate c : out) if (known.add(c)) byKey.putIfAbsent(key(c), c);
    }
    return out;
  }

  private static Key key(Candidate c) {
    return new Key(c.question(), c.positionA(), c.positionB(), c.claimsA().isEmpty() ? null : c.claimsA().get(0).id(),
        c.claimsB().isEmpty() ? null : c.claimsB().get(0).id());
  }

  /** Equal, and their parties' names in the same order (a side lists them in that order; sets ignore it). */
  private static boolean same(Candidate a, Candidate b) {
    return a == b || a.equals(b) && sameNames(a.partyA(), b.partyA()) && sameNames(a.partyB(), b.partyB());
  }

  private static boolean sameNames(Party a, Party b) {
    if (a == b) return true;
    Iterator<String> x = a.names().iterator();
    Iterator<String> y = b.names().iterator();
    while (x.hasNext() && y.hasNext()) if (!x.next().equals(y.next())) return false;
    return x.hasNext() == y.hasNext();
  }
}
