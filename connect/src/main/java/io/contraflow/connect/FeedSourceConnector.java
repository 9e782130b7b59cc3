package io.contraflow.connect;

import io.contraflow.feeds.FeedSpec;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceConnector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Polls RSS/Atom feeds and writes each new item's article to Kafka: the same core as {@code contraflow watch}.
 * Tasks split the feeds by host, so one host is only ever asked by one task (its politeness delay holds across
 * the cluster), and hosts are spread so the tasks have about as many feeds each. Each feed's state (validators,
 * items taken) is its source offset, so a restarted or moved task neither re-sends nor skips items.
 */
public final class FeedSourceConnector extends SourceConnector {

    static final String VERSION = "0.1.0";

    private Map<String, String> settings;

    @Override
    public void start(Map<String, String> props) {
        new FeedConnectorConfig(props);  // fails the connector at once on a bad setting
        this.settings = Map.copyOf(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return FeedSourceTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        List<List<FeedSpec>> groups = split(new FeedConnectorConfig(settings).feeds(), maxTasks);
        List<Map<String, String>> configs = new ArrayList<>();
        for (List<FeedSpec> group : groups) {
            Map<String, String> config = new HashMap<>(settings);
            config.put(FeedConnectorConfig.TASK_FEEDS_CONFIG,
                    group.stream().map(FeedSpec::toString).collect(Collectors.joining(",")));
            configs.add(config);
        }
        return configs;
    }

    /** Feeds grouped by host, the largest hosts first, each onto the task with the fewest feeds so far. */
    static List<List<FeedSpec>> split(List<FeedSpec> feeds, int maxTasks) {
        Map<String, List<FeedSpec>> byHost = new LinkedHashMap<>();
        for (FeedSpec feed : feeds) {
            byHost.computeIfAbsent(feed.url().getHost().toLowerCase(java.util.Locale.ROOT), h -> new ArrayList<>()).add(feed);
        }
        int tasks = Math.max(1, Math.min(maxTasks, byHost.size()));
        List<List<FeedSpec>> groups = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            groups.add(new ArrayList<>());
        }
        byHost.values().stream()
                .sorted(Comparator.comparingInt((List<FeedSpec> host) -> host.size()).reversed())
                .forEach(host -> groups.stream().min(Comparator.comparingInt(List::size)).orElseThrow().addAll(host));
        return groups;
    }

    @Override
    public void stop() {
        // Nothing to release: the tasks own the connections.
    }

    @Override
    public ConfigDef config() {
        return FeedConnectorConfig.CONFIG_DEF;
    }

    @Override
    public String version() {
        return VERSION;
    }
}
