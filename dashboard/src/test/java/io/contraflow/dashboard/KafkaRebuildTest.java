package io.contraflow.dashboard;

import static io.contraflow.dashboard.SampleRecords.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contraflow.embedded.EmbeddedKafkaBroker;
import io.contraflow.schemas.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Against a real broker: the dashboard reads the pipeline's wire format, and a restart rebuilds its views. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaRebuildTest {

    private static final String REGISTRY = "mock://dashboard-rebuild-test";
    private static final String TX_TOPIC = "contradictions-transactions";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private EmbeddedKafkaBroker broker;
    private FramedRecordProducer producer;

    @BeforeAll
    void startBroker() {
        broker = EmbeddedKafkaBroker.start(0);
        broker.createTopics(List.of(Topics.EVENTS.newTopic((short) 1), Topics.CLAIMS.newTopic((short) 1),
                Topics.CONTRADICTIONS.newTopic((short) 1), new org.apache.kafka.clients.admin.NewTopic(TX_TOPIC, 1, (short) 1)));
        producer = new FramedRecordProducer(broker.bootstrapServers(), REGISTRY);
    }

    @AfterAll
    void stopBroker() {
        producer.close();
        broker.close();
    }

    private DashboardServer startDashboard() {
        return DashboardServer.start(new DashboardSettings(Map.of(
                DashboardSettings.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                DashboardSettings.SCHEMA_REGISTRY_URL, REGISTRY,
                DashboardSettings.PORT, "0")));
    }

    private JsonNode awaitJson(DashboardServer server, String path, Predicate<JsonNode> until) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            last = json.readTree(response.body());
            if (until.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("GET /" + path + " never matched; last answer: " + last);
    }

    @Test
    void readsTheTopicsAndRebuildsEverythingFromKafkaAfterARestart() throws Exception {
        producer.send(Topics.EVENTS, "e-1", SampleRecords.event("e-1", "Harbour bridge closed", T0,
                List.of("https://gazette.example/bridge-1"), List.of("Harbour Gazette")));
        producer.send(Topics.CLAIMS, "https://gazette.example/bridge-1", SampleRecords.claim("c-1",
                "https://gazette.example/bridge-1", "Mara Ostrova", "the bridge closed because of cracks",
                "Mara Ostrova said the bridge closed because of cracks.", T0));
        producer.send(Topics.CONTRADICTIONS, "k-1", SampleRecords.simpleContradiction("k-1", "e-1", T0, 1));
        producer.send(Topics.CONTRADICTIONS, "k-2", SampleRecords.simpleContradiction("k-2", "e-1", T0, 1));

        try (DashboardServer first = startDashboard()) {
            awaitJson(first, "api/contradictions", a -> a.size() == 2);
            // While it runs: an update replaces k-1 and a tombstone removes k-2.
            producer.send(Topics.CONTRADICTIONS, "k-1",
                    SampleRecords.simpleContradiction("k-1", "e-1", T0.plusSeconds(60), 2));
            producer.send(Topics.CONTRADICTIONS, "k-2", null);
            awaitJson(first, "api/contradictions", a -> a.size() == 1 && a.get(0).get("revision").asInt() == 2);
        }

        try (DashboardServer second = startDashboard()) {
            JsonNode contradictions = awaitJson(second, "api/contradictions",
                    a -> a.size() == 1 && a.get(0).get("revision").asInt() == 2);
            assertThat(contradictions.get(0).get("id").asText()).isEqualTo("k-1");
            JsonNode event = awaitJson(second, "api/events/e-1",
                    e -> e.has("claimants") && e.get("claimants").size() == 1);
            assertThat(event.get("event").get("title").asText()).isEqualTo("Harbour bridge closed");
            assertThat(event.get("claimants").get(0).get("claimant").asText()).isEqualTo("Mara Ostrova");
        }
    }

    /**
     * Issue 12, defect 5: the dashboard shows only committed records. A contradiction written in a transaction that
     * was then aborted (as a streams task that crashed mid-commit leaves behind) must never be shown.
     */
    @Test
    void recordsOfAnAbortedTransactionAreNeverShown() throws Exception {
        java.util.Properties props = new java.util.Properties();
        props.put("bootstrap.servers", broker.bootstrapServers());
        props.put("transactional.id", "dashboard-test-" + java.util.UUID.randomUUID());
        Map<String, String> serde = Map.of("schema.registry.url", REGISTRY);
        try (org.apache.kafka.clients.producer.KafkaProducer<byte[], byte[]> tx = new org.apache.kafka.clients.producer.KafkaProducer<>(
                props, new org.apache.kafka.common.serialization.ByteArraySerializer(), new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            tx.initTransactions();
            tx.beginTransaction();
            tx.send(contradictionRecord(serde, "k-aborted", "e-tx")).get(); // on a topic of its own: the other test counts
            tx.abortTransaction();
            tx.beginTransaction();
            tx.send(contradictionRecord(serde, "k-committed", "e-tx")).get();
            tx.commitTransaction();
        }

        try (DashboardServer server = DashboardServer.start(new DashboardSettings(Map.of(
                DashboardSettings.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                DashboardSettings.SCHEMA_REGISTRY_URL, REGISTRY,
                DashboardSettings.CONTRADICTIONS_TOPIC, TX_TOPIC,
                DashboardSettings.PORT, "0")))) {
            JsonNode contradictions = awaitJson(server, "api/contradictions?event=e-tx", c -> c.size() >= 1);
            assertThat(contradictions).extracting(c -> c.get("id").asText()).containsExactly("k-committed");
        }
    }

    private static org.apache.kafka.clients.producer.ProducerRecord<byte[], byte[]> contradictionRecord(
            Map<String, String> serde, String id, String eventId) {
        return new org.apache.kafka.clients.producer.ProducerRecord<>(TX_TOPIC,
                Topics.CONTRADICTIONS.keySerde(serde).serializer().serialize(TX_TOPIC, id),
                Topics.CONTRADICTIONS.valueSerde(serde).serializer().serialize(TX_TOPIC,
                        SampleRecords.simpleContradiction(id, eventId, T0, 1)));
    }
}
