package io.contraflow.connect;

import io.contraflow.feeds.FeedOutput;
import io.contraflow.feeds.FeedSpec;
import io.contraflow.feeds.FeedState;
import io.contraflow.feeds.FeedWatch;
import io.contraflow.feeds.PollResult;
import io.contraflow.schemas.Article;
import io.contraflow.schemas.DeadLetter;
import io.contraflow.schemas.Topics;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Polls this task's feeds on their schedules. Each poll's articles and dead letters become records, in feed order,
 * each carrying as its source offset the feed's state after it (see {@link PollResult#stateAfter}): Connect commits
 * the offset of the last record written, so after a crash the task takes up exactly the items not yet written.
 *
 * <p>Records are serialized here, in Confluent's Avro wire format through the registry, exactly as the CLI writes
 * them; the connector is run with {@code ByteArrayConverter}s, which pass the bytes through.
 */
public final class FeedSourceTask extends SourceTask {

    private static final Logger log = LoggerFactory.getLogger(FeedSourceTask.class);
    /** How long one poll() waits for a feed to be due before returning, so stop() is never kept waiting long. */
    private static final Duration WAIT = Duration.ofSeconds(1);
    private static final String FEED = "feed";

    private FeedWatch watch;
    private String topic;
    private String deadLetterTopic;
    private Serializer<String> keys;
    private Serializer<Article> articles;
    private Serializer<DeadLetter> deadLetters;

    @Override
    public String version() {
        return FeedSourceConnector.VERSION;
    }

    @Override
    public void start(Map<String, String> props) {
        FeedConnectorConfig config = new FeedConnectorConfig(props);
        List<FeedSpec> feeds = config.taskFeeds();
        Map<String, FeedState> restored = new HashMap<>();
        List<Map<String, Object>> partitions = feeds.stream().map(FeedSourceTask::partition).toList();
        context.offsetStorageReader().offsets(partitions).forEach((partition, offset) -> {
            if (offset != null) {
                restored.put(String.valueOf(partition.get(FEED)), FeedState.fromMap(offset));
            }
        });
        topic = config.getString(FeedConnectorConfig.TOPIC_CONFIG);
        deadLetterTopic = config.getString(FeedConnectorConfig.DEAD_LETTER_TOPIC_CONFIG);
        Map<String, Object> serde = Map.of("schema.registry.url", config.getString(FeedConnectorConfig.SCHEMA_REGISTRY_URL_CONFIG));
        keys = Topics.ARTICLES.keySerde(serde).serializer();
        articles = Topics.ARTICLES.valueSerde(serde).serializer();
        deadLetters = Topics.ARTICLES_DLQ.valueSerde(serde).serializer();
        watch = new FeedWatch(config.feedSettings(), feeds, restored, Clock.systemUTC());
        log.info("Polling {} feeds ({} with a saved state)", feeds.size(), restored.size());
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        FeedSpec feed = watch.awaitDue(WAIT);
        if (feed == null) {
            return null;
        }
        PollResult result = watch.poll(feed);
        log.info("{}", result.summary());
        List<SourceRecord> records = new ArrayList<>(result.outputs().size());
        Map<String, Object> partition = partition(feed);
        for (int i = 0; i < result.outputs().size(); i++) {
            FeedOutput output = result.outputs().get(i);
            Map<String, Object> offset = result.stateAfter(i + 1).toMap();
            if (output instanceof FeedOutput.NewArticle article) {
                records.add(new SourceRecord(partition, offset, topic, null,
                        Schema.BYTES_SCHEMA, keys.serialize(topic, output.key()),
                        Schema.BYTES_SCHEMA, articles.serialize(topic, article.article())));
            } else {
                DeadLetter letter = ((FeedOutput.Rejected) output).deadLetter(Instant.now());
                records.add(new SourceRecord(partition, offset, deadLetterTopic, null,
                        Schema.BYTES_SCHEMA, keys.serialize(deadLetterTopic, output.key()),
                        Schema.BYTES_SCHEMA, deadLetters.serialize(deadLetterTopic, letter)));
            }
        }
        // Kept in memory now; what reaches the offsets is the state of the last record Connect has written.
        watch.keep(feed, result.stateAfter(result.outputs().size()));
        return records.isEmpty() ? null : records;
    }

    @Override
    public void stop() {
        // poll() returns within WAIT plus one feed's poll; the fetcher holds no resources to close.
    }

    static Map<String, Object> partition(FeedSpec feed) {
        return Map.of(FEED, feed.key());
    }
}
