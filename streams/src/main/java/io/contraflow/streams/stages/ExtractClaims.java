package io.contraflow.streams.stages;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.ArticleAnalysis;
import io.contraflow.schemas.AnalyzedArticle;
import io.contraflow.schemas.Article;
import io.contraflow.streams.AvroMapping;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs claim extraction on a valid article and forwards the analysis as one record, or as several when it would not
 * fit in one ({@link ArticleParts}). An article the extractor fails on becomes a dead letter (stage "extract")
 * rather than stopping the application: one odd article must not halt the stream.
 */
public final class ExtractClaims implements FixedKeyProcessor<String, Article, Outcome<AnalyzedArticle>> {
  public static final String STAGE = "extract";
  private static final Logger log = LoggerFactory.getLogger(ExtractClaims.class);

  private final Function<ArticleText, ArticleAnalysis> extraction;
  private final int maxRecordBytes;
  private FixedKeyProcessorContext<String, Outcome<AnalyzedArticle>> context;

  public ExtractClaims(Function<ArticleText, ArticleAnalysis> extraction, int maxRecordBytes) {
    this.extraction = extraction;
    this.maxRecordBytes = maxRecordBytes;
  }

  public static FixedKeyProcessorSupplier<String, Article, Outcome<AnalyzedArticle>> supplier(
      Function<ArticleText, ArticleAnalysis> extraction, int maxRecordBytes) {
    return () -> new ExtractClaims(extraction, maxRecordBytes);
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Outcome<AnalyzedArticle>> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, Article> record) {
    Article article = record.value();
    List<AnalyzedArticle> parts;
    try {
      // The next record is keyed by language: a short key, so the value may take the rest of the budget.
      parts = ArticleParts.split(AvroMapping.toAvro(extraction.apply(AvroMapping.toArticleText(article))),
          maxRecordBytes - 64);
    } catch (RuntimeException | StackOverflowError e) {
      log.warn("Claim extraction failed for article '{}'; sending it to the dead-letter topic: {}", article.getId(), e.toString());
      context.forward(record.withValue(Outcome.failed(DeadLetterFactory.of(context, STAGE,
          "claim extraction failed: " + e, record.key(), article, maxRecordBytes))));
      return;
    }
    for (AnalyzedArticle part : parts) context.forward(record.withValue(Outcome.ok(part)));
  }
}
