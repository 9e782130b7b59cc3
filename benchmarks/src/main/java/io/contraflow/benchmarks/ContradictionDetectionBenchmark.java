package io.contraflow.benchmarks;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimExtractor;
import io.contraflow.analysis.contradictions.ContradictionDetector;
import io.contraflow.analysis.contradictions.EventDetection;
import io.contraflow.analysis.contradictions.Finding;
import io.contraflow.benchmarks.text.FictionalNames;
import io.contraflow.benchmarks.text.Scenario;
import io.contraflow.benchmarks.text.WireCopy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * {@link ContradictionDetector#detect} on one event holding {@code claims} claims, extracted by the real
 * {@link ClaimExtractor} from generated 800-word wire stories about that event by five outlets, half an hour apart (so destinations,
 * denials, accusations and several death tolls are all in play). The streams app re-runs detection on the event's whole
 * claim list for every article that joins it, so this is the per-article detection cost of a busy event.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class ContradictionDetectionBenchmark {
  private static final String[] OUTLETS = {"Northern Wire", "Capital Post", "Harbour Daily", "Evening Courier", "Meridian News"};

  /** 300: a well-covered event; 2,000: the bar (at most 5 ms per arriving article). */
  @Param({"300", "2000"})
  public int claims;

  private ContradictionDetector detector;
  private List<Claim> eventClaims;

  @Setup(Level.Trial)
  public void setUp() {
    detector = new ContradictionDetector();
    eventClaims = claimsOfOneEvent(claims);
    List<Finding> findings = detector.detect("evt-bench", eventClaims);
    System.out.printf("%n%d claims from %d articles; %d findings: %s%n", eventClaims.size(),
        eventClaims.stream().map(Claim::articleId).distinct().count(), findings.size(),
        findings.stream().map(f -> f.kind().toString()).sorted().toList());
  }

  /** The whole event detected from its claims: what a restarted task, or an event not kept, costs. */
  @Benchmark
  public List<Finding> detect() {
    return detector.detect("evt-bench", eventClaims);
  }

  /**
   * The event's detection kept between articles, holding every claim but the last article's, and that article
   * arriving: the per-article cost once an event is kept. The kept state is built afresh before each invocation (not
   * measured), so every invocation adds the same article to the same {@code claims - article} claims.
   */
  @State(Scope.Thread)
  public static class Arriving {
    List<Claim> article;
    List<Claim> before;
    EventDetection kept;

    @Setup(Level.Trial)
    public void split(ContradictionDetectionBenchmark bench) {
      String last = bench.eventClaims.get(bench.eventClaims.size() - 1).articleId();
      article = bench.eventClaims.stream().filter(c -> c.articleId().equals(last)).toList();
      before = bench.eventClaims.stream().filter(c -> !c.articleId().equals(last)).toList();
      sameAsWholeEvent(bench);
    }

    /**
     * A figure for the kept detection is worth nothing if its findings differ: fed article by article, it must give
     * the whole-event findings after every article.
     */
    private static void sameAsWholeEvent(ContradictionDetectionBenchmark bench) {
      java.util.Map<String, List<Claim>> byArticle = new java.util.LinkedHashMap<>();
      for (Claim c : bench.eventClaims) byArticle.computeIfAbsent(c.articleId(), k -> new ArrayList<>()).add(c);
      EventDetection kept = bench.detector.start("evt-bench", List.of());
      List<Claim> held = new ArrayList<>();
      for (List<Claim> a : byArticle.values()) {
        held.addAll(a);
        List<Finding> incremental = kept.add(a);
        List<Finding> whole = bench.detector.detect("evt-bench", held);
        if (incremental.size() != whole.size() || !new java.util.HashSet<>(incremental).equals(new java.util.HashSet<>(whole))) {
          throw new IllegalStateException("Kept detection differs from the whole event's after " + held.size() + " claims");
        }
      }
      System.out.printf("Kept detection matched the whole event after each of %d articles (%d restarts)%n", byArticle.size(), kept.rebuilds());
    }

    @Setup(Level.Invocation)
    public void keep(ContradictionDetectionBenchmark bench) {
      kept = bench.detector.start("evt-bench", before);
    }
  }

  @Benchmark
  public List<Finding> articleArrives(Arriving arriving) {
    return arriving.kept.add(arriving.article);
  }

  /** The first {@code count} claims of generated stories about one fictional event. */
  static List<Claim> claimsOfOneEvent(int count) {
    ClaimExtractor extractor = ClaimExtractor.english();
    Scenario event = Scenario.invent(new FictionalNames(300));
    WireCopy copy = new WireCopy(300);
    Instant t0 = Instant.parse("2025-05-02T09:00:00Z");
    List<Claim> out = new ArrayList<>();
    for (int i = 0; out.size() < count; i++) {
      if (i > 400) throw new IllegalStateException("Generated stories yield too few claims: " + out.size() + " after 400 articles");
      ArticleText a = new ArticleText("story-" + i, copy.headline(event), copy.article(event, 800), OUTLETS[i % OUTLETS.length], null,
          t0.plusSeconds(1800L * i), "en");
      out.addAll(extractor.analyze(a).claims());
    }
    return List.copyOf(out.subList(0, count));
  }
}
