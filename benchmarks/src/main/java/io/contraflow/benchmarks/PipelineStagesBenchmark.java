package io.contraflow.benchmarks;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.nlp.Annotator;
import io.contraflow.analysis.nlp.AttributionFinder;
import io.contraflow.analysis.nlp.BoilerplateRemover;
import io.contraflow.analysis.nlp.Document;
import io.contraflow.analysis.nlp.MentionFinder;
import io.contraflow.analysis.nlp.Pipeline;
import io.contraflow.analysis.nlp.PosTagger;
import io.contraflow.analysis.nlp.QuoteFinder;
import io.contraflow.analysis.nlp.SentenceSplitter;
import io.contraflow.analysis.nlp.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
 * Where claim extraction spends its time: the annotator pipeline of {@code ClaimExtractor.english()} cut after each
 * stage ({@code upTo}), on the same corpora as {@link ClaimExtractionBenchmark}. The difference between two
 * consecutive cuts is the cost of a stage; {@code tokens} (per second) sets {@code tokens} and {@code pos} beside
 * OpenNLP's published-here figures (sentence detection + tokenization, POS tagging). The last cut,
 * {@code attributions}, is everything but reading frames and figures from the attributed content.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class PipelineStagesBenchmark {
  /** The stages of ClaimExtractor.english(), in order, by the name used for {@code upTo}. */
  private static final List<String> STAGES = List.of("sentences", "tokens", "pos", "quotes", "mentions", "attributions");
  private static final List<Supplier<Annotator>> ANNOTATORS = List.of(SentenceSplitter::new, Tokenizer::new, PosTagger::new,
      QuoteFinder::new, MentionFinder::new, AttributionFinder::new);

  @Param({"seeds", "synthetic800"})
  public String corpus;

  @Param({"sentences", "tokens", "pos", "quotes", "mentions", "attributions"})
  public String upTo;

  private Pipeline pipeline;
  private ArticleText[] articles;
  private int[] tokens;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    List<ArticleText> list = switch (corpus) {
      case "seeds" -> ClaimExtractionBenchmark.seeds();
      case "synthetic800" -> ClaimExtractionBenchmark.synthetic(ClaimExtractionBenchmark.SYNTHETIC_ARTICLES, ClaimExtractionBenchmark.SYNTHETIC_WORDS);
      default -> throw new IllegalArgumentException("Unknown corpus '" + corpus + "': use seeds or synthetic800");
    };
    int last = STAGES.indexOf(upTo);
    if (last < 0) throw new IllegalArgumentException("Unknown stage '" + upTo + "': use one of " + STAGES);
    List<Annotator> annotators = new ArrayList<>();
    annotators.add(new BoilerplateRemover());
    for (int i = 0; i <= last; i++) annotators.add(ANNOTATORS.get(i).get());
    pipeline = new Pipeline(annotators);
    articles = list.toArray(ArticleText[]::new);
    tokens = new int[articles.length];
    for (int i = 0; i < articles.length; i++) tokens[i] = ClaimExtractionBenchmark.tokenCount(articles[i]);
  }

  @Benchmark
  public Document annotate(ClaimExtractionBenchmark.Processed processed) {
    int i = next;
    next = i + 1 == articles.length ? 0 : i + 1;
    processed.tokens += tokens[i];
    return pipeline.annotate(new Document(articles[i]));
  }
}
