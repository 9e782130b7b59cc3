package io.contraflow.connect;

import io.contraflow.embedded.EmbeddedStack;
import io.contraflow.feeds.NewsSite;
import io.contraflow.feeds.TestFeeds;
import io.contraflow.feeds.TestSite;
import io.contraflow.schemas.Article;
import io.contraflow.schemas.Topic;
import io.contraflow.schemas.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;
import org.apache.kafka.connect.util.FutureCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's Connect bar: the acceptance scenario through the connector, loaded from the packaged plugin folder by a
 * real Connect standalone worker running in this JVM, against the real broker and registry: the same 30 articles,
 * nothing more while the feeds answer 304, no duplicates after the worker is restarted on its offsets, and a new item
 * once. Runs after {@code package} (failsafe), since it needs the plugin folder.
 */
class FeedSourceConnectorIT {

    /** By name: the connector's classes are not on this test's classpath, only in the plugin folder. */
    private static final String CONNECTOR = "io.contraflow.connect.FeedSourceConnector";

    private static EmbeddedStack stack;

    @BeforeAll
    static void startStack() {
        stack = EmbeddedStack.start(0, 0);
        stack.kafka().createTopics(Topics.all().stream().map(t -> t.newTopic((short) 1)).toList());
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void sameArticlesAsTheCliAndNoDuplicatesAfterAWorkerRestart(@TempDir Path dir) throws Exception {
        Path pluginPath = Path.of(System.getProperty("contraflow.plugin.path", "target/plugin"));
        assertThat(pluginPath.resolve("contraflow-feeds")).as("the packaged plugin folder").isDirectory();
        try (TestSite site = TestSite.start()) {
            NewsSite news = NewsSite.on(site);
            site.put("/empty.xml", "application/rss+xml", TestFeeds.rss2("Empty", site.url("/"),
                    List.of(new TestFeeds.Item("Nothing here", site.url("/missing.html"), null, null))));
            List<String> feeds = new ArrayList<>(news.feedUrls());
            feeds.add(site.url("/empty.xml"));
            Map<String, String> connector = new HashMap<>(Map.of(
                    "name", "contraflow-feeds",
                    "connector.class", CONNECTOR,
                    "tasks.max", "2",
                    "key.converter", "org.apache.kafka.connect.converters.ByteArrayConverter",
                    "value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter",
                    "feeds", String.join(",", feeds.stream().map(u -> u + " 1s").toList()),
                    "schema.registry.url", stack.schemaRegistryUrl(),
                    "host.delay.ms", "0"));
            Path offsets = dir.resolve("offsets");

            Connect<StandaloneHerder> worker = startWorker(pluginPath, offsets, connector);
            try {
                ClassLoader loader = worker.herder().plugins().pluginClass(CONNECTOR).getClassLoader();
                assertThat(loader.getClass().getSimpleName()).as("the connector is isolated in its plugin folder")
                        .isEqualTo("PluginClassLoader");
                assertThat(loader.toString()).contains("contraflow-feeds");
                await("30 articles", () -> articles().size() >= 30);
                await("three more polls of each feed, answered 304",
                        () -> news.feedPaths().stream().allMatch(p -> site.notModified(p) >= 3));
                assertThat(articles()).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(news.expectedIds(30));
                assertThat(read(Topics.ARTICLES_DLQ)).singleElement().satisfies(letter -> {
                    assertThat(letter.key()).isEqualTo(site.url("/missing.html"));
                    assertThat(letter.value().getStage()).isEqualTo("producer");
                    assertThat(letter.value().getReason()).startsWith(site.url("/missing.html") + ": no text: ");
                });
            } finally {
                stop(worker);
            }

            int before = site.notModified(news.feedPaths().get(0));
            worker = startWorker(pluginPath, offsets, connector);
            try {
                await("the restarted worker's polls", () -> news.feedPaths().stream().allMatch(p -> site.notModified(p) > before + 1));
                assertThat(articles()).as("no duplicates after the restart").hasSize(30);

                news.publishAnother();
                await("the new item", () -> articles().size() >= 31);
                await("another poll of the feed with the new item", () -> site.notModified(news.feedPaths().get(0)) > before + 3);
                List<ConsumerRecord<String, Article>> all = articles();
                assertThat(all).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(news.expectedIds(31));
                assertThat(all.get(30).value().getOrigin()).isEqualTo(news.feedUrls().get(0));
                assertThat(read(Topics.ARTICLES_DLQ)).as("the item without text is not dead-lettered again").hasSize(1);
            } finally {
                stop(worker);
            }
        }
    }

    private static Connect<StandaloneHerder> startWorker(Path pluginPath, Path offsets, Map<String, String> connector)
            throws Exception {
        Map<String, String> worker = Map.of(
                "bootstrap.servers", stack.bootstrapServers(),
                "listeners", "http://127.0.0.1:0",
                "offset.storage.file.filename", offsets.toString(),
                "offset.flush.interval.ms", "500",
                "plugin.path", pluginPath.toAbsolutePath().toString(),
                "key.converter", "org.apache.kafka.connect.converters.ByteArrayConverter",
                "value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        Connect<StandaloneHerder> connect = new ConnectStandalone().startConnect(worker);
        FutureCallback<org.apache.kafka.connect.runtime.Herder.Created<org.apache.kafka.connect.runtime.rest.entities.ConnectorInfo>> created =
                new FutureCallback<>();
        connect.herder().putConnectorConfig("contraflow-feeds", connector, true, created);
        created.get(60, TimeUnit.SECONDS);
        return connect;
    }

    private static void stop(Connect<StandaloneHerder> worker) {
        worker.stop();
        worker.awaitStop();
    }

    private static List<ConsumerRecord<String, Article>> articles() {
        return read(Topics.ARTICLES);
    }

    /** Every record of a topic so far, decoded as any consumer would, through the registry. */
    private static <V> List<ConsumerRecord<String, V>> read(Topic<String, V> topic) {
        Map<String, Object> serde = Map.of("schema.registry.url", stack.schemaRegistryUrl());
        Deserializer<String> keys = topic.keySerde(serde).deserializer();
        Deserializer<V> values = topic.valueSerde(serde).deserializer();
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), keys, values)) {
            consumer.subscribe(List.of(topic.name()));
            long idle = 0;
            while (idle < 3) {  // until three empty polls in a row: everything written so far is read
                int before = records.size();
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                idle = records.size() == before ? idle + 1 : 0;
            }
        }
        return records;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(250);
        }
    }
}
