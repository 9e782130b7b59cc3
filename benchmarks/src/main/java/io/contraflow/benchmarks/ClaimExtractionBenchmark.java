package io.contraflow.benchmarks;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.ArticleAnalysis;
import io.contraflow.analysis.claims.ClaimExtractor;
import io.contraflow.benchmarks.text.FictionalNames;
import io.contraflow.benchmarks.text.Scenario;
import io.contraflow.benchmarks.text.SeedArticles;
import io.contraflow.benchmarks.text.WireCopy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Claim extraction ({@link ClaimExtractor#analyze}) on one thread: the primary score is articles per second per core;
 * the {@code tokens} counter the same work in tokens per second, to set beside OpenNLP's and CoreNLP's figures; with
 * {@code -prof gc}, {@code gc.alloc.rate.norm} is the bytes allocated per article.
 *
 * <ul>
 *   <li>{@code seeds}: the five real seed articles (360–500 words), read at run time from {@code ../shared/seeds};</li>
 *   <li>{@code synthetic800}: twenty generated wire stories of about 800 words each ({@link WireCopy});</li>
 *   <li>{@code synthetic800fresh}: {@value #FRESH_ARTICLES} such stories, each about its own event with its own invented
 *       names, more than a run reads: every article brings names the extractor has not seen.</li>
 * </ul>
 * Articles are analysed round-robin, so every score is an average over the corpus. The extractor caches what it
 * learns per word (where the tokenizer model splits "said," and the tagger's summed weights for a word). A small
 * corpus read in a loop keeps those caches warm for every word; {@code synthetic800fresh} is the stream-like case
 * (common words cached, names new); {@link #analyzeWithEmptyCaches} is the bound where no word is cached.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// Five warm-up iterations, not three: on this code the JIT is still speeding up after six seconds (measured).
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class ClaimExtractionBenchmark {
  static final int SYNTHETIC_ARTICLES = 20;
  static final int SYNTHETIC_WORDS = 800;
  /** More articles than ten 2-second iterations read at 500 articles/s, so none is read twice. */
  static final int FRESH_ARTICLES = 12_000;
  /** Articles analysed in set-up for the corpus statistics, by an extractor of their own (so its caches stay apart). */
  private static final int SAMPLED = 20;

  @Param({"seeds", "synthetic800", "synthetic800fresh"})
  public String corpus;

  /**
   * Whether each article's gist (headline and lead) is embedded by the bundled sentence model for event grouping, as
   * the streams app does; {@code false} measures claims and word features alone, so the difference is what the
   * semantic step costs.
   */
  @Param({"true", "false"})
  public boolean gist;

  private ClaimExtractor extractor;
  private ArticleText[] articles;
  private int[] tokens;
  private int next;
  private int passes = 1;

  /** Tokens analysed, as JMH's secondary rate "tokens" (per second). Reset every iteration. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Processed {
    public long tokens;

    @Setup(Level.Iteration)
    public void reset() {
      tokens = 0;
    }
  }

  @Setup(Level.Trial)
  public void setUp() {
    List<ArticleText> list = switch (corpus) {
      case "seeds" -> seeds();
      case "synthetic800" -> synthetic(SYNTHETIC_ARTICLES, SYNTHETIC_WORDS);
      case "synthetic800fresh" -> synthetic(FRESH_ARTICLES, SYNTHETIC_WORDS);
      default -> throw new IllegalArgumentException("Unknown corpus '" + corpus + "': use seeds, synthetic800 or synthetic800fresh");
    };
    extractor = newExtractor();
    articles = list.toArray(ArticleText[]::new);
    tokens = new int[articles.length];
    long words = 0;
    for (int i = 0; i < articles.length; i++) {
      tokens[i] = tokenCount(articles[i]);
      words += WireCopy.countWords(articles[i].body());
    }
    ClaimExtractor sampler = newExtractor();
    int sampled = Math.min(SAMPLED, articles.length);
    int claims = 0;
    for (int i = 0; i < sampled; i++) claims += sampler.analyze(articles[i]).claims().size();
    System.out.printf("%n[%s] %d articles, %.0f words and %.0f tokens per article on average, %.1f claims per article (first %d)%n",
        corpus, articles.length, (double) words / articles.length,
        (double) java.util.Arrays.stream(tokens).sum() / articles.length, (double) claims / sampled, sampled);
  }

  @TearDown(Level.Trial)
  public void reportPasses() {
    System.out.printf("%n[%s] the run read the corpus %s%n", corpus,
        passes == 1 ? "once, in part (no article twice)" : passes + " times over (articles seen before were read again)");
  }

  @Benchmark
  public ArticleAnalysis analyze(Processed processed) {
    return extractor.analyze(articles[nextArticle(processed)]);
  }

  /**
   * The same with a new extractor for every article, so its per-word caches (tokenizer splits, tagger weights) start
   * empty: the cost of an article whose every word is new, the bound below which a stream's steady state sits.
   */
  @Benchmark
  public ArticleAnalysis analyzeWithEmptyCaches(Processed processed) {
    return newExtractor().analyze(articles[nextArticle(processed)]);
  }

  private ClaimExtractor newExtractor() {
    return gist ? ClaimExtractor.english() : ClaimExtractor.englishWithoutGist();
  }

  private int nextArticle(Processed processed) {
    int i = next;
    next = i + 1;
    if (next == articles.length) {
      next = 0;
      passes++;
    }
    processed.tokens += tokens[i];
    return i;
  }

  static List<ArticleText> seeds() {
    Path dir = SeedArticles.locate().orElseThrow(() -> new BenchmarkSkipped(
        "Skipping corpus=seeds: the seed articles are not here (looked at " + SeedArticles.searchDescription() + ")"));
    List<ArticleText> seeds = SeedArticles.read(dir);
    if (seeds.isEmpty()) throw new BenchmarkSkipped("Skipping corpus=seeds: no .txt files in " + dir);
    return seeds;
  }

  /** {@code count} distinct generated stories of at least {@code words} words, each about its own fictional event. */
  public static List<ArticleText> synthetic(int count, int words) {
    FictionalNames names = new FictionalNames(2024);
    WireCopy copy = new WireCopy(2024);
    List<ArticleText> out = new ArrayList<>();
    Instant t = Instant.parse("2025-05-02T09:00:00Z");
    for (int i = 0; i < count; i++) {
      Scenario s = Scenario.invent(names);
      out.add(new ArticleText("synthetic-" + i, copy.headline(s), copy.article(s, words), "Northern Wire", null,
          t.plusSeconds(60L * i), "en"));
    }
    return out;
  }

  /** Tokens as OpenNLP's rule tokenizer counts them (words, numbers, punctuation), title and body. */
  static int tokenCount(ArticleText a) {
    return SimpleTokenizer.INSTANCE.tokenize(a.title()).length + SimpleTokenizer.INSTANCE.tokenize(a.body()).length;
  }
}
