package io.contraflow.connect;

import io.contraflow.feeds.FeedSettings;
import io.contraflow.feeds.FeedSpec;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

import java.util.List;
import java.util.Map;

/**
 * The connector's configuration: the feeds, where articles go, and every feed setting of {@link FeedSettings}
 * (the same keys as {@code contraflow watch --set}).
 */
public final class FeedConnectorConfig extends AbstractConfig {

    public static final String FEEDS_CONFIG = "feeds";
    public static final String TOPIC_CONFIG = "topic";
    public static final String DEAD_LETTER_TOPIC_CONFIG = "dead.letter.topic";
    public static final String SCHEMA_REGISTRY_URL_CONFIG = "schema.registry.url";
    /** Set by the connector for each task: the feeds that task polls. */
    static final String TASK_FEEDS_CONFIG = "task.feeds";

    public static final ConfigDef CONFIG_DEF = new ConfigDef(FeedSettings.CONFIG_DEF)
            .define(FEEDS_CONFIG, Type.LIST, ConfigDef.NO_DEFAULT_VALUE, FeedConnectorConfig::validateFeeds,
                    Importance.HIGH, "The feeds, separated by commas, each 'URL' or 'URL INTERVAL' as in a feeds "
                            + "file (e.g. 'https://example.org/rss.xml 10m').")
            .define(TOPIC_CONFIG, Type.STRING, "articles", new ConfigDef.NonEmptyString(), Importance.MEDIUM,
                    "Topic the articles go to, keyed by article id.")
            .define(DEAD_LETTER_TOPIC_CONFIG, Type.STRING, "articles-dlq", new ConfigDef.NonEmptyString(),
                    Importance.MEDIUM, "Topic items that could not become articles go to, as DeadLetter records.")
            .define(SCHEMA_REGISTRY_URL_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                    Importance.HIGH, "Confluent-compatible schema registry: records are written in Confluent's Avro "
                            + "wire format by the connector itself, so the connector's key.converter and "
                            + "value.converter must be org.apache.kafka.connect.converters.ByteArrayConverter.")
            .define(TASK_FEEDS_CONFIG, Type.LIST, "", Importance.LOW, "Internal: the feeds of one task.");

    public FeedConnectorConfig(Map<?, ?> originals) {
        super(CONFIG_DEF, originals);
    }

    public List<FeedSpec> feeds() {
        return FeedSpec.parse(getList(FEEDS_CONFIG), FEEDS_CONFIG);
    }

    public List<FeedSpec> taskFeeds() {
        return FeedSpec.parse(getList(TASK_FEEDS_CONFIG), TASK_FEEDS_CONFIG);
    }

    public FeedSettings feedSettings() {
        return new FeedSettings(originals());
    }

    private static void validateFeeds(String name, Object value) {
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) value;
        try {
            if (FeedSpec.parse(lines, name).isEmpty()) {
                throw new ConfigException(name, value, "lists no feed");
            }
        } catch (IllegalArgumentException bad) {
            throw new ConfigException(name, value, bad.getMessage());
        }
    }
}
