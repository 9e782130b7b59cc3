package io.contraflow.cli;

import io.contraflow.producer.ArticleProducer;
import io.contraflow.producer.ArticleReader;
import io.contraflow.producer.IngestLimits;
import io.contraflow.producer.IngestReport;
import io.contraflow.schemas.ArticleLimits;
import io.contraflow.producer.ProducerSettings;
import io.contraflow.schemas.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads articles from files and folders and produces them to the articles topic (bad input to the dead-letter topic). */
public final class Ingest {
  private Ingest() {}

  /** Fails with a clear message when an input does not exist, before anything is started or sent. */
  public static void checkInputsExist(List<String> inputs) {
    for (String input : inputs) {
      if (ArticleReader.STDIN.equals(input)) continue;
      if (!Files.exists(Path.of(input))) {
        throw new UserError("Not found: " + input + " (give article files, folders of them, or .jsonl files)");
      }
    }
  }

  public static IngestReport run(Cluster cluster, List<String> inputs, boolean progressBar) {
    return run(cluster, inputs, progressBar, IngestLimits.NONE);
  }

  public static IngestReport run(Cluster cluster, List<String> inputs, boolean progressBar, IngestLimits limits) {
    Map<String, Object> config = new HashMap<>();
    config.put("bootstrap.servers", cluster.bootstrapServers());
    config.put(ProducerSettings.PROGRESS_BAR_CONFIG, progressBar ? "auto" : "off");
    cluster.topicRecordLimit(Topics.ARTICLES.name()).ifPresent(limit -> {
      // The articles topic may accept less than Kafka's default: the one article limit is then the topic's.
      int max = limit - ArticleLimits.RECORD_OVERHEAD;
      if (max < ArticleLimits.DEFAULT_MAX_ARTICLE_BYTES) config.put(ProducerSettings.MAX_ARTICLE_BYTES_CONFIG, max);
    });
    Map<String, Object> serde = cluster.serdeConfig();
    try (ArticleProducer producer = new ArticleProducer(config,
        Topics.ARTICLES.keySerde(serde).serializer(), Topics.ARTICLES.valueSerde(serde).serializer(),
        Topics.ARTICLES_DLQ.valueSerde(serde).serializer())) {
      return producer.ingest(new ArticleReader(producer.settings().maxArticleBytes()).read(inputs), -1, limits);
    }
  }
}
