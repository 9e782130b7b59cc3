package io.contraflow.benchmarks;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.ArticleAnalysis;
import io.contraflow.analysis.events.EventDecision;
import io.contraflow.analysis.events.BoundedTermStatistics;
import io.contraflow.analysis.events.EventFeatures;
import io.contraflow.analysis.events.EventGrouper;
import io.contraflow.analysis.events.EventGroupingSettings;
import io.contraflow.analysis.events.EventProfile;
import io.contraflow.benchmarks.text.FictionalNames;
import io.contraflow.benchmarks.text.Scenario;
import io.contraflow.benchmarks.text.WireCopy;
import io.contraflow.analysis.semantic.Lead;
import io.contraflow.analysis.semantic.MiniLmEmbedder;
import io.contraflow.analysis.semantic.SentenceEmbedder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
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
 * The non-cached variants compute the article's grouping features each call (word features, and with {@code semantic}
 * the embedded gist of headline and lead), so that feature extraction is part of the figure, as it is once per
 * article in the pipeline. {@code semantic=false} groups without the gist (the grouper's semantic signal off), so the
 * two runs tell what the sentence model costs. Sampled: JMH reports the mean and the percentiles (p50, p99).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Threads(1)
public class EventGrouperBenchmark {
  @Param({"1000", "10000"})
  public int openEvents;

  @Param({"true", "false"})
  public boolean semantic;

  private SentenceEmbedder embedder;

  private EventGrouper grouper;
  private List<EventProfile> profiles;
  private ArticleText continuing;
  private ArticleText unrelated;
  private ArticleAnalysis continuingAnalysis;
  private ArticleAnalysis unrelatedAnalysis;

  @Setup(Level.Trial)
  public void setUp() {
    EventGroupingSettings settings = EventGroupingSettings.defaults();
    if (!semantic) settings = settings.withSignals(EnumSet.complementOf(EnumSet.of(EventGroupingSettings.Signal.SEMANTIC)));
    grouper = new EventGrouper(settings, new BoundedTermStatistics());
    embedder = semantic ? MiniLmEmbedder.get() : null;
    FictionalNames names = new FictionalNames(99);
    WireCopy copy = new WireCopy(99);
    Instant t0 = Instant.parse("2025-05-01T00:00:00Z");
    Map<String, EventProfile> byId = new LinkedHashMap<>();
    List<Scenario> scenarios = new ArrayList<>();
    for (int i = 0; i < openEvents; i++) {
      Scenario s = Scenario.invent(names);
      scenarios.add(s);
      ArticleText a = new ArticleText("open-" + i, copy.headline(s), copy.article(s, 300), "Northern Wire", null,
          t0.plusSeconds(20L * i), "en");
      ArticleAnalysis analysis = withFeatures(a);
      grouper.group(analysis, byId);
    }
    profiles = new ArrayList<>(byId.values());

    Scenario followed = scenarios.get(openEvents / 2);
    Instant later = t0.plusSeconds(20L * openEvents + 600);
    continuing = new ArticleText("follow-up", copy.headline(followed), copy.article(followed, 300), "Capital Post", null, later, "en");
    Scenario fresh = Scenario.invent(names);
    unrelated = new ArticleText("unrelated", copy.headline(fresh), copy.article(fresh, 300), "Capital Post", null, later, "en");
    continuingAnalysis = withFeatures(continuing);
    unrelatedAnalysis = withFeatures(unrelated);
    EventDecision c = grouper.decide(continuingAnalysis, profiles);
    EventDecision u = grouper.decide(unrelatedAnalysis, profiles);
    System.out.printf("%n%d generated stories grouped into %d open events (semantic %s); follow-up article %s (similarity %.2f); "
            + "unrelated article %s%n", openEvents, profiles.size(), semantic ? "on" : "off",
        c.newEvent() ? "opened a NEW event (should have joined)" : "joined " + c.eventId(), c.similarity(),
        u.newEvent() ? "opened a new event" : "JOINED " + u.eventId() + " (should have opened a new one)");
  }

  @Benchmark
  public EventDecision decideContinuing() {
    return grouper.decide(withFeatures(continuing), profiles);
  }

  @Benchmark
  public EventDecision decideUnrelated() {
    return grouper.decide(withFeatures(unrelated), profiles);
  }

  @Benchmark
  public EventDecision decideContinuingScoringOnly() {
    return grouper.decide(continuingAnalysis, profiles);
  }

  @Benchmark
  public EventDecision decideUnrelatedScoringOnly() {
    return grouper.decide(unrelatedAnalysis, profiles);
  }

  /** The analysis as extraction hands it to the grouper: no claims (grouping reads none), the article's features. */
  private ArticleAnalysis withFeatures(ArticleText a) {
    EventFeatures features = EventFeatures.of(a);
    if (embedder != null) features = features.withGist(embedder.embed(Lead.of(a.title(), a.body())));
    return new ArticleAnalysis(a, List.of(), features);
  }
}
