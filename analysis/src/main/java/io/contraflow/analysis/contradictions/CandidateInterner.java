package io.contraflow.analysis.contradictions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Hands back, for a candidate equal to one a detector part gave for the previous article, that earlier object. Parts
 * that make their candidates again on each article (rejections, whose owner parties are read again in event order; the
 * detectors run again on their subset of the claims) give equal candidates as new objects, and the merge reuses a
 * finding only when its candidates are the very objects it was made of: without this, every such finding of a big
 * story was built again, and looked changed to the stage, on every article.
 */
final class CandidateInterner {
  private Map<Key, Candidate> last = new HashMap<>();
  /**
   * The candidates handed back last time, with their keys. Most of a big story's candidates come back as the very
   * objects handed back before (a part keeps what the article left alone): those are kept without reading their key
   * again, and a part's list given back as it was is handed back as it was.
   */
  private Map<Candidate, Key> keyOf = new IdentityHashMap<>();
  private List<Candidate> lastFound;
  private List<Candidate> lastOut = List.of();

  /** Enough of a candidate to find its earlier self among hundreds; equality decides. */
  private record Key(String question, String positionA, String positionB, String firstA, String firstB) {}

  List<Candidate> intern(List<Candidate> found) {
    if (found == lastFound) return lastOut;
    Map<Key, Candidate> now = new HashMap<>(found.size() * 2);
    Map<Candidate, Key> keys = new IdentityHashMap<>(found.size() * 2);
    List<Candidate> out = new ArrayList<>(found.size());
    for (Candidate c : found) {
      Key known = keyOf.get(c);
      Key k = known != null ? known : key(c);
      Candidate kept = c;
      if (known == null) {
        Candidate before = last.get(k);
        if (before != null && same(before, c)) kept = before;
      }
      out.add(kept);
      now.putIfAbsent(k, kept);
      keys.put(kept, k);
    }
    last = now;
    keyOf = keys;
    lastFound = found;
    lastOut = out;
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
