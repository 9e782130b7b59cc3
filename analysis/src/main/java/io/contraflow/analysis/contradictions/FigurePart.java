package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.contradictions.FigureDetector.Figure;
import io.contraflow.analysis.contradictions.FigureDetector.ValuePair;
import java.util.ArrayList;
import java.util.Collection;
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
 */
final class FigurePart extends DetectorPart {
  /** Figures in event order: by claim id, then by place among the claim's quantities. */
  private static final Comparator<Figure> ORDER = Comparator.comparing((Figure f) -> f.claim().id()).thenComparingInt(Figure::index);
  private static final Comparator<Found> FOUND_ORDER = Comparator.comparing(Found::x, ORDER).thenComparing(Found::y, ORDER);

  private final FigureDetector figures;
  private final Map<String, Measure> measures = new TreeMap<>();

  FigurePart(FigureDetector figures) {
    super(figures);
    this.figures = figures;
  }

  /** A pair's candidate and the two figures that first made it a dispute. */
  private record Found(Figure x, Figure y, Candidate candidate) {}

  /** The figures of one measure, by value, and the candidates of its pairs in whole-event order. */
  private final class Measure {
    final String name;
    final TreeMap<Double, TreeSet<Figure>> byValue = new TreeMap<>();
    final Set<ValuePair> contrasted = new HashSet<>();
    final Set<ValuePair> scoped = new HashSet<>();
    /** Figures their claims set aside ("rather than the 2,750 believed"): they find pairs but stand on no side. */
    final Set<Figure> setAside = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    final Map<ValuePair, Found> found = new HashMap<>();
    final TreeSet<Found> inOrder = new TreeSet<>(FOUND_ORDER);

    Measure(String name) {
      this.name = name;
    }

    /** One claim's figures of this measure. */
    void add(List<Figure> ofClaim) {
      for (Figure f : ofClaim) byValue.computeIfAbsent(f.quantity().value(), k -> new TreeSet<>(ORDER)).add(f);
      FigureDetector.pairsWithinClaims(ofClaim, contrasted, scoped);
      FigureDetector.setAsideOfClaim(ofClaim, setAside);
    }

    /** Finds the pair's candidate again, as the whole-event loop would: from the first two figures that dispute. */
    void find(ValuePair pair) {
      Found before = found.remove(pair);
      if (before != null) inOrder.remove(before);
      TreeSet<Figure> xs = byValue.get(pair.low());
      TreeSet<Figure> ys = byValue.get(pair.high());
      for (Figure x : xs) {
        for (Figure y : ys) {
          if (x.high() >= y.low() || !FigureDetector.disputes(x, y, contrasted, scoped)) continue;
          Found now = new Found(x, y, figures.candidate(name, x, y, FigureDetector.claimsWith(xs, pair.low(), setAside),
              FigureDetector.claimsWith(ys, pair.high(), setAside)));
          found.put(pair, now);
          inOrder.add(now);
          return;
        }
      }
    }
  }

  @Override
  List<Candidate> candidates(EventStances all, Collection<Stance> added) {
    if (added == null) measures.clear();
    // Per measure, the new figures by claim, and the values they bring.
    Map<String, Map<Claim, List<Figure>>> arriving = new TreeMap<>();
    for (Stance s : added == null ? all.stances : added) {
      for (Figure f : FigureDetector.figures(s, all.start)) {
        arriving.computeIfAbsent(f.measure(), k -> new LinkedHashMap<>()).computeIfAbsent(f.claim(), k -> new ArrayList<>()).add(f);
      }
    }
    for (var e : arriving.entrySet()) {
      Measure m = measures.computeIfAbsent(e.getKey(), Measure::new);
      Set<Double> values = new TreeSet<>();
      for (List<Figure> ofClaim : e.getValue().values()) {
        m.add(ofClaim);
        for (Figure f : ofClaim) values.add(f.quantity().value());
      }
      Set<ValuePair> pairs = new LinkedHashSet<>();
      for (double v : values) {
        for (double other : m.byValue.keySet()) {
          if (other != v) pairs.add(new ValuePair(Math.min(v, other), Math.max(v, other)));
        }
      }
      pairs.forEach(m::find);
    }
    List<Candidate> out = new ArrayList<>();
    for (Measure m : measures.values()) for (Found f : m.inOrder) out.add(f.candidate());
    return out;
  }
}
