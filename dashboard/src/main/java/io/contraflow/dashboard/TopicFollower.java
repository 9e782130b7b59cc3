package io.contraflow.dashboard;

import io.contraflow.schemas.Claim;
import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.Event;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the three topics from the beginning, on its own thread, into a {@link TopicViews}.
 *
 * <p>It uses no consumer group and commits nothing: partitions are assigned directly and read from offset zero, so
 * every start rebuilds the views from Kafka. Topics that do not exist yet (a dashboard started before the pipeline)
 * are looked up again every {@link #TOPIC_RECHECK} until they appear. A record that cannot be decoded is logged with
 * its coordinates and skipped; one bad record must not blank the screen.
 */
public final class TopicFollower implements AutoCloseable {

    static final Duration TOPIC_RECHECK = Duration.ofSeconds(2);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Logger LOG = LoggerFactory.getLogger(TopicFollower.class);

    private final Consumer<byte[], byte[]> consumer;
    private final DashboardTopics topics;
    private final Deserializer<String> keys;
    private final Deserializer<Event> events;
    private final Deserializer<Contradiction> contradictions;
    private final Deserializer<Claim> claims;
    private final TopicViews views;
    private final Set<TopicPartition> assigned = new HashSet<>();
    private final Thread thread;
    private volatile boolean running = true;

    public TopicFollower(Consumer<byte[], byte[]> consumer, DashboardTopics topics, DashboardDeserializers deserializers,
                         TopicViews views) {
        this.consumer = consumer;
        this.topics = topics;
        this.keys = deserializers.keys();
        this.events = deserializers.events();
        this.contradictions = deserializers.contradictions();
        this.claims = deserializers.claims();
        this.views = views;
        this.thread = new Thread(this::run, "dashboard-topic-follower");
        this.thread.setDaemon(true);
    }

    /** Consumer settings for reading whole topics without a group; nothing is created or committed on the cluster. */
    public static Properties consumerProperties(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "contraflow-dashboard");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        // The pipeline writes in transactions (exactly-once): a record of an aborted one (a streams task that
        // crashed before its commit) was never written as far as the pipeline is concerned, and must not be shown.
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // Small fetch wait: the page's update delay is bounded below by it.
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "100");
        return props;
    }

    public static KafkaConsumer<byte[], byte[]> kafkaConsumer(String bootstrapServers) {
        return new KafkaConsumer<>(consumerProperties(bootstrapServers), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }

    public TopicFollower start() {
        thread.start();
        return this;
    }

    private void run() {
        long nextTopicCheck = 0;
        try {
            while (running) {
                if (System.nanoTime() - nextTopicCheck >= 0) {
                    assignNewPartitions();
                    nextTopicCheck = System.nanoTime() + TOPIC_RECHECK.toNanos();
                }
                if (assigned.isEmpty()) {
                    sleep(POLL);
                    continue;
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    apply(record);
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (RuntimeException e) {
            LOG.error("The dashboard stopped reading Kafka: {}", e.toString(), e);
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void assignNewPartitions() {
        Set<TopicPartition> found = new HashSet<>(assigned);
        for (String topic : topics.all()) {
            try {
                List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5));
                if (partitions != null) {
                    partitions.forEach(p -> found.add(new TopicPartition(p.topic(), p.partition())));
                }
            } catch (org.apache.kafka.common.errors.TimeoutException e) {
                LOG.warn("Kafka did not answer about topic '{}' yet; asking again in {}s", topic,
                        TOPIC_RECHECK.toSeconds());
            }
        }
        if (found.size() > assigned.size()) {
            Set<TopicPartition> added = new HashSet<>(found);
            added.removeAll(assigned);
            consumer.assign(found);
            consumer.seekToBeginning(added);
            assigned.addAll(added);
            LOG.info("Dashboard reading {} from the beginning", added);
        }
    }

    void apply(ConsumerRecord<byte[], byte[]> record) {
        String key = null;
        try {
            key = record.key() == null ? null : keys.deserialize(record.topic(), record.headers(), record.key());
            if (record.topic().equals(topics.events())) {
                views.applyEvent(key, decode(events, record));
            } else if (record.topic().equals(topics.contradictions())) {
                views.applyContradiction(key, decode(contradictions, record));
            } else if (record.topic().equals(topics.claims())) {
                views.applyClaim(key, decode(claims, record));
            }
        } catch (RuntimeException e) {
            LOG.warn("Skipping record {}-{}@{} (key '{}') the dashboard cannot read: {}", record.topic(),
                    record.partition(), record.offset(), key, e.toString());
        }
    }

    private static <T> T decode(Deserializer<T> deserializer, ConsumerRecord<byte[], byte[]> record) {
        return record.value() == null ? null : deserializer.deserialize(record.topic(), record.headers(), record.value());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        if (thread.isAlive()) {
            consumer.wakeup();
            try {
                thread.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else if (thread.getState() == Thread.State.NEW) {
            consumer.close(Duration.ofSeconds(2));
        }
        keys.close();
        events.close();
        contradictions.close();
        claims.close();
    }
}
