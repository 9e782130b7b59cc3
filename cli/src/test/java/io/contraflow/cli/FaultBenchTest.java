package io.contraflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, bar (e), at full scale: one story of 3,000 articles (`-Dfault.articles=N` for another size) at Kafka's
 * default record limit. It takes too long for CI (BigStoryTest is its CI-sized version), so it runs only when asked:
 *
 * <pre>mvn -B -pl cli -am test -Dtest=FaultBenchTest -Dsurefire.failIfNoSpecifiedTests=false -Dcontraflow.bench=true</pre>
 *
 * and prints its figures ("FAULT BENCH ...") for the benchmarks README.
 */
@EnabledIfSystemProperty(named = "contraflow.bench", matches = "true")
class FaultBenchTest {
  @TempDir Path work;

  @Test
  void aStoryOfThreeThousandArticles() throws Exception {
    int articles = Integer.getInteger("fault.articles", 3_000);
    BigStoryTest.BigStory.Result r = BigStoryTest.BigStory.run(work, articles, 1_048_576, Duration.ofMinutes(60));

    System.out.printf("FAULT BENCH one story of %d articles: %.0f s to process (%.1f articles/s); largest event %d articles;"
            + " %d claims, %d contradictions; largest record %,d bytes (%s); %d dead letters; state %s;"
            + " %d articles of the last tenth in contradictions%n",
        articles, r.seconds(), articles / r.seconds(), r.largestEvent().getArticleCount(), r.claims(), r.contradictions(),
        r.largestRecord(), r.largestRecordTopic(), r.deadLetters().size(), r.state(), r.lateArticlesInContradictions());
    assertThat(r.state()).isEqualTo(KafkaStreams.State.RUNNING);
    assertThat(r.deadLetters()).isEmpty();
    assertThat(r.largestRecord()).isLessThanOrEqualTo(1_048_576);
    assertThat(r.lateArticlesInContradictions()).isPositive();
  }
}
