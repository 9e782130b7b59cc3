package io.contraflow.embedded;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One real broker for the whole class: starting one takes seconds. Each test uses its own topic. */
class EmbeddedKafkaBrokerTest {

    private static final Duration POLL_DEADLINE = Duration.ofSeconds(30);
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
    void listensOnLoopbackOnly() {
        assertThat(broker.bootstrapServers()).matches("127\\.0\\.0\\.1:\\d+");
    }

    @Test
    void idempotentProducerWithAcksAllIsReadBackInOrder() throws Exception {
        String topic = "plain-roundtrip";
        broker.createTopics(List.of(new NewTopic(topic, 2, (short) 1)));
        List<String> sent = IntStream.range(0, 50).mapToObj(i -> "value-" + i).toList();

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(Map.of()))) {
            for (String value : sent) {
                // One key: one partition, so the order read back must be the order sent.
                producer.send(new ProducerRecord<>(topic, "same-key", value)).get();
            }
        }

        assertThat(values(readAll(topic, "read_uncommitted", sent.size()))).containsExactlyElementsOf(sent);
    }

    @Test
    void transactionalProducerCommitsAreVisibleToReadCommittedAndAbortsAreNot() throws Exception {
        String topic = "transactional-roundtrip";
        broker.createTopics(List.of(new NewTopic(topic, 1, (short) 1)));

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(Map.of(
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "embedded-broker-test-tx")))) {
            producer.initTransactions();

            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "k", "committed-1"));
            producer.send(new ProducerRecord<>(topic, "k", "committed-2"));
            producer.commitTransaction();

            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "k", "aborted"));
            producer.flush();
            producer.abortTransaction();

            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "k", "committed-3"));
            producer.commitTransaction();
        }

        // read_committed skips the aborted record; read_uncommitted proves it really was written to the log.
        assertThat(values(readAll(topic, "read_committed", 3)))
                .containsExactly("committed-1", "committed-2", "committed-3");
        assertThat(values(readAll(topic, "read_uncommitted", 4)))
                .containsExactly("committed-1", "committed-2", "aborted", "committed-3");
    }

    @Test
    void creatingExistingTopicsAgainIsHarmless() throws Exception {
        broker.createTopics(List.of(new NewTopic("created-twice", 3, (short) 1)));
        broker.createTopics(List.of(new NewTopic("created-twice", 3, (short) 1), new NewTopic("created-later", 1, (short) 1)));

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            Map<String, TopicDescription> topics =
                    admin.describeTopics(Set.of("created-twice", "created-later")).allTopicNames().get();
            assertThat(topics.get("created-twice").partitions()).hasSize(3);
            assertThat(topics.get("created-later").partitions()).hasSize(1);
        }
    }

    @Test
    void topicsAreNotCreatedAutomatically() {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(Map.of(
                ProducerConfig.MAX_BLOCK_MS_CONFIG, "1500")))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("never-created", "k", "v")).get())
                    .hasMessageContaining("never-created");
        }
    }

    @Test
    void invalidTopicIsReportedWithItsName() {
        assertThatThrownBy(() -> broker.createTopics(List.of(new NewTopic("bad-replication", 1, (short) 3))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bad-replication");
    }

    private static Map<String, Object> producerConfig(Map<String, Object> extra) {
        Map<String, Object> config = new HashMap<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        config.putAll(extra);
        return config;
    }

    private static List<ConsumerRecord<String, String>> readAll(String topic, String isolationLevel, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + topic + "-" + isolationLevel,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolationLevel,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + POLL_DEADLINE.toNanos();
            // Poll a little past the expected count so that an unexpected extra record would be seen too.
            while (System.nanoTime() < deadline) {
                int before = records.size();
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                if (records.size() >= expected && records.size() == before) {
                    break;
                }
            }
        }
        return records;
    }

    private static List<String> values(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::value).toList();
    }
}
