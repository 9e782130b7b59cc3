package io.contraflow.benchmarks.latency;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.ArticleAnalysis;
import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimExtractor;
import io.contraflow.analysis.contradictions.ContradictionDetector;
import io.contraflow.analysis.events.EventDecision;
import io.contraflow.analysis.events.EventGrouper;
import io.contraflow.analysis.events.EventProfile;
import io.contraflow.benchmarks.latency.ContradictingPairs.EventPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks generated pairs with the analysis library directly, before they go through Kafka, so that a missing
 * contradiction in the latency run can be told apart from a pair that never had one:
 * <ul>
 *   <li>{@code detected}: the detector finds a contradiction in the claims of both articles;</li>
 *   <li>{@code premature}: it already finds one in the first article alone (latency would then be meaningless);</li>
 *   <li>{@code grouped}: fed in send order to one {@link EventGrouper}, the completing article joins its first
 *       article's event, and no first article joins another pair's event ({@code merged} counts those).</li>
 * </ul>
 */
public final class PairCheck {
  /** The outcome of the check; {@code failures} describes the first few pairs that failed. */
  public record Result(int pairs, int detected, int premature, int grouped, int merged, List<String> failures) {
    public boolean allGood() {
      return detected == pairs && premature == 0 && grouped == pairs && merged == 0;
    }

    @Override
    public String toString() {
      return String.format("%d pairs: contradiction detected in %d, premature (first article alone) in %d; "
          + "grouped together %d, first articles merged into another event %d", pairs, detected, premature, grouped, merged);
    }
  }

  private PairCheck() {}

  public static Result check(List<EventPair> pairs, int lead) {
    ClaimExtractor extractor = ClaimExtractor.english();
    ContradictionDetector detector = new ContradictionDetector();
    Map<String, ArticleAnalysis> analyses = new HashMap<>();
    List<String> failures = new ArrayList<>();
    int detected = 0;
    int premature = 0;
    for (EventPair p : pairs) {
      ArticleAnalysis a = extractor.analyze(p.first());
      ArticleAnalysis b = extractor.analyze(p.completing());
      analyses.put(p.first().id(), a);
      analyses.put(p.completing().id(), b);
      List<Claim> both = new ArrayList<>(a.claims());
      both.addAll(b.claims());
      boolean found = !detector.detect("check", both).isEmpty();
      boolean early = !detector.detect("check", a.claims()).isEmpty();
      if (found) detected++;
      if (early) premature++;
      if ((!found || early) && failures.size() < 5) {
        failures.add(p.kind() + " pair " + p.index() + (found ? "" : ": no contradiction") + (early ? ": contradiction in the first article alone" : "")
            + "; claims: " + both.stream().map(c -> c.claimant() + " " + c.predicate() + c.arguments() + " " + c.quantities().size() + "q").toList());
      }
    }

    EventGrouper grouper = new EventGrouper(Duration.ofDays(7));
    Map<String, EventProfile> open = new LinkedHashMap<>();
    Map<String, String> eventOf = new HashMap<>();
    int grouped = 0;
    int merged = 0;
    for (SendOrder.Slot slot : SendOrder.interleave(pairs, lead)) {
      ArticleText text = slot.article();
      ArticleAnalysis analysis = analyses.get(text.id());
      EventDecision d = grouper.group(analysis, open);
      eventOf.put(text.id(), d.eventId());
      if (!slot.completing() && !d.newEvent()) {
        merged++;
        if (failures.size() < 10) failures.add("first article " + text.id() + " joined an existing event " + d.eventId());
      }
      if (slot.completing()) {
        if (d.eventId().equals(eventOf.get(slot.pair().first().id()))) grouped++;
        else if (failures.size() < 10) failures.add("completing article " + text.id() + " did not join its first article's event");
      }
    }
    return new Result(pairs.size(), detected, premature, grouped, merged, failures);
  }
}
