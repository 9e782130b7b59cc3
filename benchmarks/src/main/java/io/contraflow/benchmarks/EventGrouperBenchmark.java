package io.contraflow.benchmarks;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.ArticleAnalysis;
import io.contraflow.analysis.events.EventDecision;
import io.contraflow.analysis.events.EventGrouper;
import io.contraflow.analysis.events.EventProfile;
import io.contraflow.benchmarks.text.FictionalNames;
import io.contraflow.benchmarks.text.Scenario;
import io.contraflow.benchmarks.text.WireCopy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link EventGrouper#decide} against {@code openEvents} open event profiles, built by grouping that many generated
 * stories (each about its own fictional event, 300 words) with the grouper itself, so the term statistics and
 * profiles are what the streams app would hold. Time per decision, on one thread:
 * <ul>
 *   <li>{@code decideContinuing}: an article that continues one of the open events (it must join it);</li>
 *   <li>{@code decideUnrelated}: an article about a new event (it must open one);</li>
 *   <li>{@code ...ScoringOnly}: the same, with the article's features already extracted (the grouper caches the
 *       last article's features), i.e. the pass over the open events alone.</li>
 * </ul>
 * The non-cached variants wrap the article in a new {@link ArticleAnalysis} each call, so that feature extraction is
 * part of the figure, as it is once per article in the pipeline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class EventGrouperBenchmark {
  @Param("1000")
  public int openEvents;

  private EventGrouper grouper;
  private List<EventProfile> profiles;
  private ArticleText continuing;
  private ArticleText unrelated;
  private ArticleAnalysis continuingAnalysis;
  private ArticleAnalysis unrelatedAnalysis;

  @Setup(Level.Trial)
  public void setUp() {
    grouper = new EventGrouper(Duration.ofDays(7));
    FictionalNames names = new FictionalNames(99);
    WireCopy copy = new WireCopy(99);
    Instant t0 = Instant.parse("2025-05-01T00:00:00Z");
    Map<String, EventProfile> byId = new LinkedHashMap<>();
    List<Scenario> scenarios = new ArrayList<>();
    for (int i = 0; i < openEvents; i++) {
      Scenario s = Scenario.invent(names);
      scenarios.add(s);
      ArticleText a = new ArticleText("open-" + i, copy.headline(s), copy.article(s, 300), "Northern Wire", null,
          t0.plusSeconds(60L * i), "en");
      ArticleAnalysis analysis = bare(a);
      EventDecision d = grouper.decide(analysis, byId.values());
      byId.put(d.eventId(), grouper.apply(d, analysis, byId.get(d.eventId())));
    }
    profiles = new ArrayList<>(byId.values());

    Scenario followed = scenarios.get(openEvents / 2);
    Instant later = t0.plusSeconds(60L * openEvents + 600);
    continuing = new ArticleText("follow-up", copy.headline(followed), copy.article(followed, 300), "Capital Post", null, later, "en");
    Scenario fresh = Scenario.invent(names);
    unrelated = new ArticleText("unrelated", copy.headline(fresh), copy.article(fresh, 300), "Capital Post", null, later, "en");
    continuingAnalysis = bare(continuing);
    unrelatedAnalysis = bare(unrelated);
    EventDecision c = grouper.decide(bare(continuing), profiles);
    EventDecision u = grouper.decide(bare(unrelated), profiles);
    System.out.printf("%n%d generated stories grouped into %d open events; follow-up article %s (similarity %.2f); "
            + "unrelated article %s%n", openEvents, profiles.size(),
        c.newEvent() ? "opened a NEW event (should have joined)" : "joined " + c.eventId(), c.similarity(),
        u.newEvent() ? "opened a new event" : "JOINED " + u.eventId() + " (should have opened a new one)");
  }

  @Benchmark
  public EventDecision decideContinuing() {
    return grouper.decide(bare(continuing), profiles);
  }

  @Benchmark
  public EventDecision decideUnrelated() {
    return grouper.decide(bare(unrelated), profiles);
  }

  @Benchmark
  public EventDecision decideContinuingScoringOnly() {
    return grouper.decide(continuingAnalysis, profiles);
  }

  @Benchmark
  public EventDecision decideUnrelatedScoringOnly() {
    return grouper.decide(unrelatedAnalysis, profiles);
  }

  /** The analysis as the grouper sees it when extraction supplied no features: it extracts them from the text. */
  private static ArticleAnalysis bare(ArticleText a) {
    return new ArticleAnalysis(a, List.of(), Map.of(), Map.of(), 0L);
  }
}
