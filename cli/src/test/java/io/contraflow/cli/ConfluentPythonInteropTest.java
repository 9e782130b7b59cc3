package io.contraflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contraflow.embedded.EmbeddedStack;
import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.Topics;
import io.contraflow.schemas.registry.SchemaRegistryClients;
import io.contraflow.schemas.serde.AvroStringSerde;
import io.contraflow.schemas.serde.SpecificAvroSerde;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contraflow's records are Confluent's wire format: Confluent's own client (the Python one Debian packages) reads what
 * our serdes write to the contradictions topic, and our deserializer reads what Confluent's serializer writes there,
 * through the same schema registry (the embedded Apicurio, Confluent-compatible API with a path in its base URL).
 *
 * <p>Skipped with a printed reason when Debian's Python or its confluent_kafka package is missing; fails then when
 * CI=true.
 */
class ConfluentPythonInteropTest {
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(90);
    private static final String TOPIC = Topics.CONTRADICTIONS.name();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String skipReason;
    private static DebianConfluentPython python;
    private static EmbeddedStack stack;

    @BeforeAll
    static void startStack() throws Exception {
        skipReason = DebianConfluentPython.unavailableReason();
        if (skipReason != null) {
            return;
        }
        python = DebianConfluentPython.create();
        stack = EmbeddedStack.start(0, 0);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            admin.createTopics(List.of(Topics.CONTRADICTIONS.newTopic((short) 1))).all().get(60, TimeUnit.SECONDS);
        }
    }

    /** Skipping here rather than in {@link #startStack} makes the build report each test as skipped. */
    @BeforeEach
    void requireConfluentPython() {
        Assumptions.assumeTrue(skipReason == null, skipReason);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void confluentsPythonConsumerDecodesWhatOurSerdesWrote() throws Exception {
        // Given contradictions written with our serdes, keyed by id
        List<Contradiction> written = InteropContradictions.emittedByContraflow();
        Map<Integer, Long> firstOffsetByPartition = produceWithOurSerdes(written);

        // When Confluent's AvroConsumer reads them back from where they were written
        List<String> arguments = new ArrayList<>(clientArguments());
        arguments.addAll(List.of("consume", "--expect", String.valueOf(written.size()),
                "--timeout", String.valueOf(CLIENT_TIMEOUT.toSeconds() - 10)));
        firstOffsetByPartition.forEach((partition, offset) -> arguments.addAll(List.of("--start", partition + ":" + offset)));
        DebianConfluentPython.Run run = python.run(CLIENT_TIMEOUT, arguments);

        // Then it decoded every key and value, field by field, as written
        assertThat(run.exitCode()).as(run.transcript()).isZero();
        List<JsonNode> decoded = parseLines(run.stdout());
        assertThat(decoded).as(run.transcript()).hasSameSizeAs(written);
        for (Contradiction expected : written) {
            JsonNode record = decoded.stream()
                    .filter(r -> r.path("key").asText().equals(expected.getId()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No record keyed " + expected.getId() + " in\n" + run.transcript()));
            JsonNode value = record.get("value");
            assertThat(value.get("id").asText()).isEqualTo(expected.getId());
            assertThat(value.get("eventId").asText()).isEqualTo(expected.getEventId());
            assertThat(value.get("kind").asText()).isEqualTo(expected.getKind().name());
            assertThat(value.get("severity").asText()).isEqualTo(expected.getSeverity().name());
            assertThat(value.get("topic").asText()).isEqualTo(expected.getTopic());
            assertThat(texts(value.at("/sideA/claimants"))).isEqualTo(expected.getSideA().getClaimants());
            assertThat(texts(value.at("/sideB/claimants"))).isEqualTo(expected.getSideB().getClaimants());
            assertThat(value.at("/sideB/position").asText()).isEqualTo(expected.getSideB().getPosition());
            assertThat(value.at("/sideA/evidence/0/charEnd").asInt())
                    .isEqualTo(expected.getSideA().getEvidence().get(0).getCharEnd());
            assertThat(value.get("confidence").asDouble()).isEqualTo(expected.getConfidence());
            assertThat(value.get("firstSeen").asLong()).isEqualTo(expected.getFirstSeen().toEpochMilli());
            assertThat(value.get("lastUpdated").asLong()).isEqualTo(expected.getLastUpdated().toEpochMilli());
            assertThat(value.get("revision").asInt()).isEqualTo(expected.getRevision());
        }
    }

    @Test
    void ourDeserializerDecodesWhatConfluentsPythonProducerWrote(@TempDir Path work) throws Exception {
        // Given the topic's subjects hold Contraflow's schemas (registered by writing through our serdes, as the app does)
        produceWithOurSerdes(List.of(InteropContradictions.emittedByContraflow().get(0)));
        Contradiction expected = InteropContradictions.writtenByOtherClient();
        Path recordFile = Files.writeString(work.resolve("contradiction.json"), InteropContradictions.toAvroJson(expected));

        // When Confluent's AvroProducer writes one, with the schemas it fetched from the registry (latest versions)
        List<String> arguments = new ArrayList<>(clientArguments());
        arguments.addAll(List.of("produce", "--key", expected.getId(), "--record", recordFile.toString(),
                "--timeout", String.valueOf(CLIENT_TIMEOUT.toSeconds() - 10)));
        DebianConfluentPython.Run run = python.run(CLIENT_TIMEOUT, arguments);
        assertThat(run.exitCode()).as(run.transcript()).isZero();
        assertThat(run.stdout()).as(run.transcript()).hasSize(1);
        JsonNode written = JSON.readTree(run.stdout().get(0));
        System.out.println("Confluent's AvroProducer wrote: " + written);

        // Then our deserializers read its key and value back unchanged
        ConsumerRecord<String, Contradiction> record = readOneWithOurSerdes(
                new TopicPartition(TOPIC, written.get("partition").asInt()), written.get("offset").asLong());
        assertThat(record.key()).isEqualTo(expected.getId());
        assertThat(record.value()).isEqualTo(expected);
        assertThat(record.value().getSideB().getClaimants()).containsExactly("Port Authority", "Transport Minister Ilse Varga");
        assertThat(record.value().getLastUpdated()).isEqualTo(expected.getLastUpdated());
        // ... and both clients frame this schema with the same registry id
        int ourId = SchemaRegistryClients.forUrl(stack.schemaRegistryUrl())
                .idOf(TOPIC + "-value", Contradiction.getClassSchema());
        assertThat(written.get("value_schema_id").asInt()).isEqualTo(ourId);
    }

    private static List<String> clientArguments() {
        return List.of("--bootstrap-servers", stack.bootstrapServers(),
                "--schema-registry-url", stack.schemaRegistryUrl(), "--topic", TOPIC);
    }

    private static Map<String, Object> serdeConfig() {
        return Map.of("schema.registry.url", stack.schemaRegistryUrl());
    }

    /** Writes the records keyed by id; returns the first offset written to each partition. */
    private static Map<Integer, Long> produceWithOurSerdes(Collection<Contradiction> contradictions) throws Exception {
        AvroStringSerde keySerde = new AvroStringSerde();
        keySerde.configure(serdeConfig(), true);
        SpecificAvroSerde<Contradiction> valueSerde = new SpecificAvroSerde<>(Contradiction.class);
        valueSerde.configure(serdeConfig(), false);
        Map<Integer, Long> firstOffsets = new TreeMap<>();
        try (KafkaProducer<String, Contradiction> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), keySerde.serializer(), valueSerde.serializer())) {
            for (Contradiction contradiction : contradictions) {
                RecordMetadata sent = producer.send(new ProducerRecord<>(TOPIC, contradiction.getId(), contradiction))
                        .get(60, TimeUnit.SECONDS);
                firstOffsets.merge(sent.partition(), sent.offset(), Math::min);
            }
        }
        return firstOffsets;
    }

    private static ConsumerRecord<String, Contradiction> readOneWithOurSerdes(TopicPartition partition, long offset) {
        AvroStringSerde keySerde = new AvroStringSerde();
        keySerde.configure(serdeConfig(), true);
        SpecificAvroSerde<Contradiction> valueSerde = new SpecificAvroSerde<>(Contradiction.class);
        valueSerde.configure(serdeConfig(), false);
        try (KafkaConsumer<String, Contradiction> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), keySerde.deserializer(), valueSerde.deserializer())) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, offset);
            long deadline = System.nanoTime() + CLIENT_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, Contradiction> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() == offset) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("No record at " + partition + " offset " + offset + " within " + CLIENT_TIMEOUT);
    }

    private static List<JsonNode> parseLines(List<String> lines) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : lines) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
