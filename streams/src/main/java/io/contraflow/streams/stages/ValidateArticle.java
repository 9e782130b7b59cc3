package io.contraflow.streams.stages;

import io.contraflow.schemas.Article;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/** First stage: lets through only articles the analysis can work on; the rest become dead letters (stage "validate"). */
public final class ValidateArticle implements FixedKeyProcessor<String, Article, Outcome<Article>> {
  public static final String STAGE = "validate";

  private final int maxArticleBytes;
  private FixedKeyProcessorContext<String, Outcome<Article>> context;

  public ValidateArticle(int maxArticleBytes) {
    this.maxArticleBytes = maxArticleBytes;
  }

  public static FixedKeyProcessorSupplier<String, Article, Outcome<Article>> supplier(int maxArticleBytes) {
    return () -> new ValidateArticle(maxArticleBytes);
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Outcome<Article>> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, Article> record) {
    Article article = record.value();
    Optional<String> problem = problemWith(article, maxArticleBytes);
    Outcome<Article> outcome = problem.isEmpty() ? Outcome.ok(article)
        : Outcome.failed(DeadLetterFactory.of(context, STAGE, problem.get(), record.key(),
            article == null || isBlank(article.getId()) ? null : article.getId()));
    context.forward(record.withValue(outcome));
  }

  /** Why the article cannot be analysed, in words a user can act on; empty when it can. */
  public static Optional<String> problemWith(Article article, int maxArticleBytes) {
    if (article == null) return Optional.of("empty record: no article value");
    if (isBlank(article.getId())) return Optional.of("article has no id");
    if (isBlank(article.getBody())) return Optional.of("article '" + article.getId() + "' has an empty body");
    int bytes = article.getBody().getBytes(StandardCharsets.UTF_8).length;
    if (bytes > maxArticleBytes) {
      return Optional.of("article '" + article.getId() + "' body is " + bytes + " bytes, more than max.article.bytes=" + maxArticleBytes);
    }
    return Optional.empty();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
