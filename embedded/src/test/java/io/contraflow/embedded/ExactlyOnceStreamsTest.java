package io.contraflow.embedded;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The pipeline runs Kafka Streams with exactly_once_v2 against this broker: a stateful app must work on one node. */
class ExactlyOnceStreamsTest {

    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.start(0);
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void aStatefulExactlyOnceV2AppCountsEveryInputOnce(@TempDir Path stateDir) {
        broker.createTopics(List.of(new NewTopic("words", 1, (short) 1), new NewTopic("word-counts", 1, (short) 1)));
        List<String> words = List.of("kafka", "raft", "kafka", "broker", "kafka", "raft");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            words.forEach(word -> producer.send(new ProducerRecord<>("words", word, word)));
        }

        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("words", Consumed.with(Serdes.String(), Serdes.String()))
                .groupByKey()
                .count(Materialized.as("word-count-store")) // a changelog topic, created by Streams on this broker
                .toStream()
                .mapValues(Object::toString)
                .to("word-counts", Produced.with(Serdes.String(), Serdes.String()));
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "embedded-eos-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        // No record cache: every input record yields one output record, so a duplicate would show.
        config.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);

        List<String> updates;
        try (KafkaStreams streams = new KafkaStreams(builder.build(), config)) {
            streams.start();
            updates = readCommitted("word-counts", words.size());
        }
        // Each word's count goes up by one per occurrence, in order, and no update is seen twice.
        assertThat(updates).filteredOn(update -> update.startsWith("kafka=")).containsExactly("kafka=1", "kafka=2", "kafka=3");
        assertThat(updates).filteredOn(update -> update.startsWith("raft=")).containsExactly("raft=1", "raft=2");
        assertThat(updates).filteredOn(update -> update.startsWith("broker=")).containsExactly("broker=1");
        assertThat(updates).hasSize(words.size());
    }

    /** Reads "key=value" lines until {@code expected} arrived and a further poll brings nothing new. */
    private static List<String> readCommitted(String topic, int expected) {
        List<String> updates = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "eos-reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                int before = updates.size();
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    updates.add(record.key() + "=" + record.value());
                }
                if (updates.size() >= expected && updates.size() == before) {
                    break;
                }
            }
        }
        return updates;
    }
}
