package io.contraflow.connect;

import io.contraflow.feeds.FeedSpec;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the connector splits feeds over tasks, and how it refuses a bad configuration. */
class FeedSourceConnectorTest {

    private static final List<FeedSpec> FEEDS = FeedSpec.parse(List.of(
            "https://a.example/world.xml", "https://a.example/politics.xml", "https://a.example/sport.xml 5m",
            "https://b.example/rss", "https://c.example/atom.xml", "https://d.example/feed"), "test");

    @Test
    void oneHostIsAlwaysPolledByOneTaskAndTasksGetAboutAsManyFeeds() {
        List<List<FeedSpec>> tasks = FeedSourceConnector.split(FEEDS, 3);

        assertThat(tasks).hasSize(3);
        assertThat(tasks).flatMap(t -> t).containsExactlyInAnyOrderElementsOf(FEEDS);
        assertThat(tasks).filteredOn(t -> t.stream().anyMatch(f -> f.url().getHost().equals("a.example")))
                .singleElement().satisfies(t -> assertThat(t).hasSize(3));
        assertThat(tasks).extracting(List::size).containsExactlyInAnyOrder(3, 2, 1);
    }

    @Test
    void noMoreTasksThanHosts() {
        assertThat(FeedSourceConnector.split(FEEDS.subList(0, 3), 8)).hasSize(1);
    }

    @Test
    void taskConfigsCarryTheirFeedsInTheFeedsFileFormat() {
        FeedSourceConnector connector = new FeedSourceConnector();
        connector.start(Map.of(FeedConnectorConfig.FEEDS_CONFIG, "https://a.example/world.xml 10m,https://b.example/rss",
                FeedConnectorConfig.SCHEMA_REGISTRY_URL_CONFIG, "http://127.0.0.1:1/apis/ccompat/v7"));

        List<Map<String, String>> configs = connector.taskConfigs(2);

        assertThat(configs).hasSize(2);
        assertThat(configs).extracting(c -> new FeedConnectorConfig(c).taskFeeds())
                .containsExactlyInAnyOrder(FeedSpec.parse(List.of("https://a.example/world.xml 10m"), "t"),
                        FeedSpec.parse(List.of("https://b.example/rss"), "t"));
    }

    @Test
    void aBadFeedLineFailsTheConnectorAtStart() {
        assertThatThrownBy(() -> new FeedSourceConnector().start(Map.of(
                FeedConnectorConfig.FEEDS_CONFIG, "ftp://a.example/world.xml",
                FeedConnectorConfig.SCHEMA_REGISTRY_URL_CONFIG, "http://127.0.0.1:1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("not an http(s) URL");
    }
}
