package io.contraflow.streams.stages;

import io.contraflow.schemas.Article;
import io.contraflow.schemas.ArticleLimits;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * First stage: lets through only articles the analysis can work on; the rest become dead letters (stage "validate").
 * There is no size check here: the producer checks the one article size limit ({@code max.article.bytes}), and this
 * application processes whatever the broker accepted, keeping every record it writes within Kafka's limits.
 */
public final class ValidateArticle implements FixedKeyProcessor<String, Article, Outcome<Article>> {
  public static final String STAGE = "validate";

  private final int maxRecordBytes;
  private FixedKeyProcessorContext<String, Outcome<Article>> context;

  /** @param maxRecordBytes the record budget, which a dead letter must fit in */
  public ValidateArticle(int maxRecordBytes) {
    this.maxRecordBytes = maxRecordBytes;
  }

  public static FixedKeyProcessorSupplier<String, Article, Outcome<Article>> supplier(int maxRecordBytes) {
    return () -> new ValidateArticle(maxRecordBytes);
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Outcome<Article>> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, Article> record) {
    Article article = record.value();
    Optional<String> problem = problemWith(article);
    Outcome<Article> outcome = problem.isEmpty() ? Outcome.ok(article)
        : Outcome.failed(DeadLetterFactory.of(context, STAGE, problem.get(), record.key(), article, maxRecordBytes));
    // Whatever headers the input had would be copied onto every record derived from it (repartition, claims,
    // events): none of them is ours, and their size is not bounded, so they stop here.
    context.forward(record.withValue(outcome).withHeaders(new RecordHeaders()));
  }

  /** Why the article cannot be analysed, in words a user can act on; empty when it can. */
  public static Optional<String> problemWith(Article article) {
    if (article == null) return Optional.of("empty record: no article value");
    if (isBlank(article.getId())) return Optional.of("article has no id");
    int idBytes = article.getId().getBytes(StandardCharsets.UTF_8).length;
    if (idBytes > ArticleLimits.MAX_ID_BYTES) {
      // Ids are repeated in every claim, profile and event naming the article: they must stay short.
      return Optional.of("article id is " + idBytes + " bytes, more than the " + ArticleLimits.MAX_ID_BYTES
          + " an id may have: '" + article.getId().substring(0, 80) + "…'");
    }
    if (isBlank(article.getBody())) return Optional.of("article '" + article.getId() + "' has an empty body");
    return Optional.empty();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
