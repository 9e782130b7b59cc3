package io.contraflow.dashboard;

import static io.contraflow.dashboard.SampleRecords.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.schemas.Claim;
import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.Event;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reading loop against Kafka's MockConsumer: assignment, rebuild from offset zero, tombstones, bad records. */
class TopicFollowerTest {

    private final DashboardTopics topics = DashboardTopics.defaults();
    private final Map<String, Long> nextOffset = new HashMap<>();
    private final List<TopicFollower> followers = new ArrayList<>();

    @AfterEach
    void close() {
        followers.forEach(TopicFollower::close);
    }

    private MockConsumer<byte[], byte[]> consumerWith(String... existingTopics) {
        MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
        Map<TopicPartition, Long> beginnings = new HashMap<>();
        Node node = new Node(0, "127.0.0.1", 9092);
        for (String topic : existingTopics) {
            consumer.updatePartitions(topic, List.of(new PartitionInfo(topic, 0, node, new Node[0], new Node[0])));
            beginnings.put(new TopicPartition(topic, 0), 0L);
        }
        consumer.updateBeginningOffsets(beginnings);
        return consumer;
    }

    private TopicFollower follow(MockConsumer<byte[], byte[]> consumer, TopicViews views) {
        TopicFollower follower = new TopicFollower(consumer, topics, new DashboardDeserializers(new StringDeserializer(),
                new PlainAvroDeserializer<>(Event.class), new PlainAvroDeserializer<>(Contradiction.class),
                new PlainAvroDeserializer<>(Claim.class)), views);
        followers.add(follower);
        return follower.start();
    }

    private ConsumerRecord<byte[], byte[]> record(String topic, String key, byte[] value) {
        long offset = nextOffset.merge(topic, 1L, Long::sum) - 1;
        return new ConsumerRecord<>(topic, 0, offset, key.getBytes(StandardCharsets.UTF_8), value);
    }

    private static byte[] avro(SpecificRecord record) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            new SpecificDatumWriter<SpecificRecord>(record.getSchema()).write(record, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within 10 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void materialisesAllThreeTopicsAndAppliesTombstonesSkippingUnreadableRecords() throws Exception {
        MockConsumer<byte[], byte[]> consumer = consumerWith(topics.events(), topics.contradictions(), topics.claims());
        List<ConsumerRecord<byte[], byte[]>> records = List.of(
                record("events", "e-1", avro(SampleRecords.event("e-1", "Bridge closed", T0, List.of("a-1"),
                        List.of("Gazette")))),
                record("claims", "a-1", avro(SampleRecords.claim("c-1", "a-1", "Mara Ostrova",
                        "the bridge closed", "Mara Ostrova said the bridge closed.", T0))),
                record("contradictions", "k-1", avro(SampleRecords.simpleContradiction("k-1", "e-1", T0, 1))),
                record("contradictions", "k-bad", "not avro at all".getBytes(StandardCharsets.UTF_8)),
                record("contradictions", "k-2", avro(SampleRecords.simpleContradiction("k-2", "e-1", T0, 1))),
                record("contradictions", "k-1", null));
        consumer.schedulePollTask(() -> records.forEach(consumer::addRecord));
        TopicViews views = new TopicViews();

        follow(consumer, views);

        // One poll returns the partitions in no fixed order: wait for the last record of each topic
        // (k-1 is gone only once its tombstone, after k-2, is applied).
        eventually(() -> views.contradictions(Optional.empty(), Optional.empty()).stream()
                .map(ContradictionView::id).toList().equals(List.of("k-2")) && !views.events().isEmpty()
                && views.events().get(0).claimCount() == 1);
        assertThat(views.contradictions(Optional.empty(), Optional.empty()))
                .extracting(ContradictionView::id).containsExactly("k-2");
        assertThat(views.events()).extracting(EventSummary::title).containsExactly("Bridge closed");
        assertThat(views.event("e-1").orElseThrow().claimants())
                .extracting(ClaimantGroup::claimant).containsExactly("Mara Ostrova");
        assertThat(consumer.assignment()).extracting(TopicPartition::topic)
                .containsExactlyInAnyOrder("events", "contradictions", "claims");
    }

    @Test
    void picksUpATopicCreatedAfterTheDashboardStarted() throws Exception {
        MockConsumer<byte[], byte[]> consumer = consumerWith(topics.events());
        TopicViews views = new TopicViews();
        follow(consumer, views);
        eventually(() -> consumer.assignment().size() == 1);

        TopicPartition contradictions = new TopicPartition("contradictions", 0);
        consumer.schedulePollTask(() -> {
            consumer.updatePartitions("contradictions",
                    List.of(new PartitionInfo("contradictions", 0, null, new Node[0], new Node[0])));
            consumer.updateBeginningOffsets(Map.of(contradictions, 0L));
        });
        eventually(() -> consumer.assignment().contains(contradictions));
        consumer.schedulePollTask(() -> consumer.addRecord(record("contradictions", "k-9",
                avro(SampleRecords.simpleContradiction("k-9", "e-1", T0, 1)))));

        eventually(() -> !views.contradictions(Optional.empty(), Optional.empty()).isEmpty());
        assertThat(views.contradictions(Optional.of("e-1"), Optional.empty()))
                .extracting(ContradictionView::id).containsExactly("k-9");
    }
}
