package io.contraflow.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.contraflow.embedded.EmbeddedKafkaBroker;
import io.contraflow.schemas.Article;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, defect 4: an ingest whose broker dies does not hang. Each remaining article used to wait 60 s for a
 * broker that was gone, with no overall deadline; now the ingest stops at its deadline (or when asked to), at once,
 * and reports what it did and why it stopped.
 */
class IngestDeadlineTest {
  private static final Serializer<Article> ARTICLES = (topic, a) -> a.getId().getBytes(java.nio.charset.StandardCharsets.UTF_8);

  @Test
  void anIngestWhoseBrokerDiesStopsAtItsDeadlineAndSaysSo() {
    IngestReport report = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
      try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(0);
           ArticleProducer producer = new ArticleProducer(Map.of("bootstrap.servers", broker.bootstrapServers(),
               "progress.bar", "off"), new StringSerializer(), ARTICLES)) {
        broker.createTopics(List.of(new NewTopic("articles", 1, (short) 1)));
        assertThat(producer.ingest(Stream.of(ok(0))).acknowledged()).isEqualTo(1);
        broker.close();
        return producer.ingest(IntStream.range(1, 6).mapToObj(IngestDeadlineTest::ok), 5,
            new IngestLimits(Duration.ofSeconds(6), () -> false));
      }
    });

    assertThat(report.stoppedBecause()).contains("deadline of 6 s");
    assertThat(report.acknowledged()).isZero();
    assertThat(report.complete()).isFalse();
    assertThat(report.summary()).contains("stopped before the end of the input");
  }

  @Test
  void anIngestAskedToStopStopsAtOnceAndReports() {
    AtomicBoolean stop = new AtomicBoolean();
    IngestReport report = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(0);
           ArticleProducer producer = new ArticleProducer(Map.of("bootstrap.servers", broker.bootstrapServers(),
               "progress.bar", "off"), new StringSerializer(), ARTICLES)) {
        broker.createTopics(List.of(new NewTopic("articles", 1, (short) 1)));
        // An endless input, as stdin that never closes: only the stop request ends it.
        Stream<ReadResult> endless = IntStream.iterate(0, i -> i + 1).mapToObj(i -> {
          if (i == 3) stop.set(true);
          sleep(50);
          return ok(i);
        });
        return producer.ingest(endless, -1, new IngestLimits(null, stop::get));
      }
    });

    assertThat(report.stoppedBecause()).isEqualTo("asked to stop");
    assertThat(report.articlesRead()).isBetween(3L, 20L);
  }

  private static ReadResult ok(int i) {
    return new ReadResult.Ok(Article.newBuilder().setId("a" + i).setTitle("t").setBody("b").setIngestedAt(Instant.EPOCH)
        .setOrigin("a" + i + ".txt").build());
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

}
