package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.contradictions.FigureDetector.Figure;
import io.contraflow.analysis.contradictions.FigureDetector.ValuePair;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Drives the {@link FigureDetector} as an event grows: each finding of figures is one pair of values of one measure,
 * and what it holds depends only on the figures with those two values. An article's figures change only the pairs with
 * one of their values; every other pair keeps its candidate, the same object, so its finding is reused too. The
 * candidates come in the whole-event order: by measure, then by the two figures that first made the pair a dispute.
 *
 * <p>A pair touched again is not searched from the start: whether two figures of it dispute depends only on the two
 * figures and on whether a claim set the two values against each other or side by side ({@link Tally}), so while
 * that stands the first disputing two of the old figures stay the first among them, and only the two figures with
 * a new one are searched ({@link #first}): work in the new figures times the figures of the other value, not in the
 * product of the two values' figures.
 */
final class FigurePart extends DetectorPart {
  /** Figures in event order: by claim id, then by place among the claim's quantities. */
  private static final Comparator<Figure> ORDER = Comparator.comparing((Figure f) -> f.claim().id()).thenComparingInt(Figure::index);
  private static final Comparator<Found> FOUND_ORDER = Comparator.comparing(Found::x, ORDER).thenComparing(Found::y, ORDER);

  private final FigureDetector figures;
  private final Map<String, Measure> measures = new TreeMap<>();
  /** The event's parties as of the article being detected: whose figures rose over the days is read through them. */
  private PartyResolver parties;

  FigurePart(FigureDetector figures) {
    super(figures);
    this.figures = figures;
  }

  /** A pair's candidate and the two figures that first made it a dispute. */
  private record Found(Figure x, Figure y, Candidate candidate) {}

  /**
   * What a pair's search read of the measure beyond its figures, and the first disputing two it found (null when none
   * disputes): valid for the next search while the pair is still (or still not) set against or beside itself.
   */
  private record Tally(boolean contrasted, boolean scoped, Figure x, Figure y) {}

  /** The figures of one measure, by value, and the candidates of its pairs in whole-event order. */
  private final class Measure {
    final String name;
    final TreeMap<Double, TreeSet<Figure>> byValue = new TreeMap<>();
    final Set<ValuePair> contrasted = new HashSet<>();
    final Set<ValuePair> scoped = new HashSet<>();
    /** Figures their claims set aside ("rather than the 2,750 believed"): they find pairs but stand on no side. */
    final Set<Figure> setAside = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Figures their claims call too low ("64 is an underestimate"), set against their article's higher figures. */
    final List<Figure> undercounted = new ArrayList<>();
    /** Figures their claims hold low ("only one died"), set against their article's higher figures of others. */
    final List<Figure> heldLow = new ArrayList<>();
    /** Figures their claims give as the real ones ("the true toll exceeds 900"), set against their article's others. */
    final List<Figure> heldReal = new ArrayList<>();
    /** The figures of each sentence, whose claims may set theirs against each other ("P, though an official said Q"). */
    final Map<String, List<Figure>> bySentence = new HashMap<>();
    final Map<ValuePair, Found> found = new HashMap<>();
    final Map<ValuePair, Tally> tallies = new HashMap<>();
    /**
     * The claims that give each value (not setting it aside), read again only when the value gains figures: every
     * pair of a value touched by an article shares them, and the other value's are most often unchanged.
     */
    final Map<Double, List<Claim>> claimsOf = new HashMap<>();
    /** Sorted by {@link #FOUND_ORDER}: a list, which the candidates are read from on every article, faster than a tree. */
    final List<Found> inOrder = new ArrayList<>();

    Measure(String name) {
      this.name = name;
    }

    /** One claim's figures of this measure. */
    void add(List<Figure> ofClaim) {
      for (Figure f : ofClaim) {
        byValue.computeIfAbsent(f.quantity().value(), k -> new TreeSet<>(ORDER)).add(f);
        claimsOf.remove(f.quantity().value());
      }
      FigureDetector.pairsWithinClaims(ofClaim, contrasted, scoped);
      FigureDetector.setAsideOfClaim(ofClaim, setAside);
      // A figure called too low stands against the higher figures of its article, whichever claim came first.
      for (Figure f : ofClaim) {
        if (!HeldFigures.calledUndercount(f)) continue;
        setAside.add(f);
        undercounted.add(f);
        for (TreeSet<Figure> higher : byValue.tailMap(f.quantity().value(), false).values()) {
          for (Figure h : higher) HeldFigures.contrastUndercount(f, h, contrasted, setAside);
        }
      }
      for (Figure u : undercounted) for (Figure f : ofClaim) HeldFigures.contrastUndercount(u, f, contrasted, setAside);
      for (Figure f : ofClaim) {
        if (!HeldFigures.heldLow(f)) continue;
        heldLow.add(f);
        for (TreeSet<Figure> higher : byValue.tailMap(f.quantity().value(), false).values()) {
          for (Figure h : higher) HeldFigures.contrastHeldLow(f, h, contrasted);
        }
      }
      for (Figure l : heldLow) for (Figure f : ofClaim) HeldFigures.contrastHeldLow(l, f, contrasted);
      // A figure given as the real one stands against its article's other figures, higher or lower.
      for (Figure f : ofClaim) {
        if (!HeldFigures.heldReal(f)) continue;
        heldReal.add(f);
        for (TreeSet<Figure> other : byValue.values()) for (Figure g : other) HeldFigures.contrastHeldReal(f, g, contrasted);
      }
      for (Figure r : heldReal) for (Figure f : ofClaim) HeldFigures.contrastHeldReal(r, f, contrasted);
      for (Figure f : ofClaim) {
        List<Figure> same = bySentence.computeIfAbsent(FigureDetector.sentenceKey(f), k -> new ArrayList<>());
        for (Figure g : same) FigureDetector.contrastAcrossClaims(f, g, contrasted);
        same.add(f);
      }
    }

    /**
     * Finds the pair's candidate again, as the whole-event loop would: from the first two figures that dispute, with
     * every claim of each value. {@code fresh}: the figures this article brought, by value.
     */
    void find(ValuePair pair, Map<Double, TreeSet<Figure>> fresh) {
      Found before = found.remove(pair);
      if (before != null) inOrder.remove(Collections.binarySearch(inOrder, before, FOUND_ORDER));
      TreeSet<Figure> xs = byValue.get(pair.low());
      TreeSet<Figure> ys = byValue.get(pair.high());
      Tally was = tallies.get(pair);
      boolean against = contrasted.contains(pair);
      boolean beside = scoped.contains(pair);
      Figure[] first;
      if (was == null || was.contrasted() != against || was.scoped() != beside) {
        first = first(pair, xs, ys, null, null);
      } else {
        // The old first stands among the old figures; a pair with a new figure may come before it.
        first = new Figure[] {was.x(), was.y()};
        first = first(pair, fresh.getOrDefault(pair.low(), EMPTY), ys, first[0], first[1]);
        first = first(pair, xs, fresh.getOrDefault(pair.high(), EMPTY), first[0], first[1]);
      }
      tallies.put(pair, new Tally(against, beside, first[0], first[1]));
      if (first[0] == null) return;
      Candidate candidate = figures.candidate(name, first[0], first[1], claimsWith(pair.low()), claimsWith(pair.high()), parties, against);
      if (candidate == null) return;
      Found now = new Found(first[0], first[1], candidate);
      found.put(pair, now);
      inOrder.add(-Collections.binarySearch(inOrder, now, FOUND_ORDER) - 1, now);
    }

    private List<Claim> claimsWith(double value) {
      return claimsOf.computeIfAbsent(value, v -> List.copyOf(FigureDetector.claimsWith(byValue.get(v), v, setAside)));
    }

    /**
     * The first two figures of {@code xs} and {@code ys} (in that order, by {@link #ORDER}) that dispute, if they come
     * before {@code bx}, {@code by} (the first so far, or null); else those.
     */
    private Figure[] first(ValuePair pair, TreeSet<Figure> xs, TreeSet<Figure> ys, Figure bx, Figure by) {
      boolean against = contrasted.contains(pair);
      // Side by side and never set against each other: no two figures of the pair dispute.
      if (scoped.contains(pair) && !against) return new Figure[] {bx, by};
      for (Figure x : xs) {
        int vsBest = bx == null ? -1 : ORDER.compare(x, bx);
        if (vsBest > 0) break;
        if (!against && !FigureDetector.close(x, pair.high())) continue;
        for (Figure y : ys) {
          if (vsBest == 0 && ORDER.compare(y, by) >= 0) break;
          if (x.high() >= y.low() || !FigureDetector.disputes(x, y, contrasted, scoped)) continue;
          return new Figure[] {x, y};
        }
      }
      return new Figure[] {bx, by};
    }
  }

  private static final TreeSet<Figure> EMPTY = new TreeSet<>(ORDER);

  @Override
  List<Candidate> candidates(EventStances all, Collection<Stance> added) {
    if (added == null) measures.clear();
    parties = all.parties;
    // Per measure, the new figures by claim, and the values they bring.
    Map<String, Map<Claim, List<Figure>>> arriving = new TreeMap<>();
    for (Stance s : added == null ? all.stances : added) {
      for (Figure f : FigureDetector.figures(s, all.start)) {
        arriving.computeIfAbsent(f.measure(), k -> new LinkedHashMap<>()).computeIfAbsent(f.claim(), k -> new ArrayList<>()).add(f);
      }
    }
    for (var e : arriving.entrySet()) {
      Measure m = measures.computeIfAbsent(e.getKey(), Measure::new);
      Map<Double, TreeSet<Figure>> fresh = new TreeMap<>();
      for (List<Figure> ofClaim : e.getValue().values()) {
        m.add(ofClaim);
        for (Figure f : ofClaim) fresh.computeIfAbsent(f.quantity().value(), k -> new TreeSet<>(ORDER)).add(f);
      }
      Set<ValuePair> pairs = new LinkedHashSet<>();
      for (double v : fresh.keySet()) {
        for (double other : m.byValue.keySet()) {
          if (other != v) pairs.add(new ValuePair(Math.min(v, other), Math.max(v, other)));
        }
      }
      for (ValuePair pair : pairs) m.find(pair, fresh);
    }
    List<Candidate> out = new ArrayList<>();
    for (Measure m : measures.values()) for (Found f : m.inOrder) out.add(f.candidate());
    return out;
  }
}
