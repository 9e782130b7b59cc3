package io.contraflow.feeds;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance scenario on the core alone (no Kafka): 30 articles from three feeds, nothing on three more polls
 * (the server answers 304), nothing after a restart from the saved states, and a new item once.
 */
class FeedWatchTest {

    static final Map<String, Object> FAST = Map.of(FeedSettings.HOST_DELAY_CONFIG, 0, FeedSettings.RETRY_BACKOFF_CONFIG, 10);

    @Test
    void takesEachItemOnceAcrossPollsRestartsAndFeeds() throws InterruptedException {
        try (TestSite site = TestSite.start()) {
            NewsSite news = NewsSite.on(site);
            List<FeedSpec> feeds = FeedSpec.parse(news.feedUrls(), "test");
            FeedWatch watch = new FeedWatch(new FeedSettings(FAST), feeds, Map.of(), Clock.systemUTC());

            List<FeedOutput> first = pollEach(watch);
            assertThat(first).allSatisfy(o -> assertThat(o).isInstanceOf(FeedOutput.NewArticle.class));
            assertThat(first).extracting(FeedOutput::key).containsExactlyInAnyOrderElementsOf(news.expectedIds(30));
            FeedOutput.NewArticle sample = (FeedOutput.NewArticle) first.get(0);
            assertThat(sample.article().getOrigin()).isIn(news.feedUrls());
            assertThat(sample.article().getBody()).hasSizeGreaterThan(500);
            assertThat(site.userAgent("/world/rss.xml")).startsWith("ContraflowBot/");

            for (int round = 0; round < 3; round++) {
                assertThat(pollEach(watch)).isEmpty();
            }
            for (String path : news.feedPaths()) {
                assertThat(site.notModified(path)).as(path).isEqualTo(3);
            }

            Map<String, FeedState> saved = new HashMap<>();
            watch.states().forEach((key, state) -> saved.put(key, FeedState.fromMap(state.toMap())));
            FeedWatch restarted = new FeedWatch(new FeedSettings(FAST), feeds, saved, Clock.systemUTC());
            assertThat(pollEach(restarted)).isEmpty();

            news.publishAnother();
            List<FeedOutput> later = pollEach(restarted);
            assertThat(later).extracting(FeedOutput::key).containsExactly(news.expectedIds(31).get(30));
            assertThat(pollEach(restarted)).isEmpty();
        }
    }

    /** Polls every feed once, keeping the states, and returns what the polls yielded. */
    static List<FeedOutput> pollEach(FeedWatch watch) throws InterruptedException {
        List<FeedOutput> outputs = new ArrayList<>();
        for (FeedSpec feed : watch.feeds()) {
            PollResult result = watch.poll(feed);
            outputs.addAll(result.outputs());
            watch.keep(feed, result.stateAfter(result.outputs().size()));
        }
        return outputs;
    }
}
