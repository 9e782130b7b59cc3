package io.contraflow.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contraflow.schemas.Article;
import io.contraflow.schemas.DeadLetter;
import io.contraflow.schemas.Topics;
import io.contraflow.schemas.registry.HttpSchemaRegistryClient;
import io.contraflow.schemas.registry.IncompatibleSchemaException;
import io.contraflow.schemas.registry.SchemaRegistryClient;
import io.contraflow.schemas.registry.SchemaRegistryException;
import io.contraflow.schemas.serde.SpecificAvroSerde;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our Confluent-protocol client and serdes against the real registry (Apicurio's Confluent-compatible API). */
class SchemaRegistryIntegrationTest {

    private static EmbeddedSchemaRegistry registry;
    private final SchemaRegistryClient client;

    @BeforeAll
    static void startRegistry() {
        registry = EmbeddedSchemaRegistry.start();
    }

    @AfterAll
    static void stopRegistry() {
        if (registry != null) {
            registry.close();
        }
    }

    SchemaRegistryIntegrationTest() {
        client = new HttpSchemaRegistryClient(registry.url());
    }

    /** Each test its own subject: they share one registry. */
    private static String subject() {
        return "test-" + UUID.randomUUID() + "-value";
    }

    @Test
    void theSameSchemaGetsTheSameIdAndComesBackById() {
        String subject = subject();

        int id = client.register(subject, v1());
        int again = new HttpSchemaRegistryClient(registry.url()).register(subject, v1()); // a fresh cache asks again

        assertThat(again).isEqualTo(id);
        assertThat(new HttpSchemaRegistryClient(registry.url()).getById(id)).isEqualTo(v1());
        assertThat(new HttpSchemaRegistryClient(registry.url()).idOf(subject, v1())).isEqualTo(id);
    }

    @Test
    void underBackwardCompatibilityANewFieldNeedsADefault() {
        String subject = subject();
        int first = client.register(subject, v1());

        assertThatThrownBy(() -> client.register(subject, v1PlusField("{\"name\":\"wordCount\",\"type\":\"int\"}")))
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageContaining("Schema for subject '" + subject + "' is incompatible")
                .satisfies(e -> assertThat(((IncompatibleSchemaException) e).httpStatus()).isEqualTo(409));

        int second = client.register(subject,
                v1PlusField("{\"name\":\"wordCount\",\"type\":\"int\",\"default\":0}"));
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void aLevelSetPerSubjectOverridesTheGlobalBackward() {
        String subject = subject();
        client.register(subject, v1());
        // FORWARD accepts what BACKWARD refuses: old readers simply skip a new required field. (Not NONE: Apicurio 2.4
        // stores a subject's NONE as "no subject rule", so the global BACKWARD would still apply.)
        client.setCompatibility(subject, "FORWARD");

        int id = client.register(subject, v1PlusField("{\"name\":\"wordCount\",\"type\":\"int\"}"));

        assertThat(client.getById(id).getField("wordCount")).isNotNull();
    }

    @Test
    void lookingUpAnUnregisteredSchemaFailsClearly() {
        String subject = subject();

        assertThatThrownBy(() -> client.idOf(subject, v1()))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("is not registered under subject '" + subject + "'");
        assertThatThrownBy(() -> client.getById(987_654))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("HTTP 404");
    }

    @Test
    void recordsRoundTripThroughTheRealRegistry() {
        Map<String, String> config = Map.of("schema.registry.url", registry.url());
        String topic = "it-articles-" + UUID.randomUUID();
        Serde<String> keys = Topics.ARTICLES.keySerde(config);
        Serde<Article> writer = Topics.ARTICLES.valueSerde(config);
        // A reader with its own client: the writer schema must come over HTTP, by id.
        SpecificAvroSerde<Article> reader = new SpecificAvroSerde<>(Article.class, new HttpSchemaRegistryClient(registry.url()));
        Article article = Article.newBuilder()
                .setId("it-1").setTitle("A title").setBody("A body with ünïcode.")
                .setPublishedAt(Instant.parse("2025-01-02T03:04:05.678Z")).setIngestedAt(Instant.parse("2025-01-02T03:05:00Z"))
                .build();

        byte[] key = keys.serializer().serialize(topic, "it-1");
        byte[] value = writer.serializer().serialize(topic, article);

        assertThat(keys.deserializer().deserialize(topic, key)).isEqualTo("it-1");
        assertThat(reader.deserializer().deserialize(topic, value)).isEqualTo(article);
        HttpSchemaRegistryClient fresh = new HttpSchemaRegistryClient(registry.url());
        assertThat(ByteBuffer.wrap(value, 1, 4).getInt()).isEqualTo(fresh.idOf(topic + "-value", Article.getClassSchema()));
        assertThat(ByteBuffer.wrap(key, 1, 4).getInt())
                .isEqualTo(fresh.idOf(topic + "-key", Schema.create(Schema.Type.STRING)));
    }

    @Test
    void aSerializerRefusedByTheRegistryFailsWithTheReason() {
        String topic = "it-dlq-" + UUID.randomUUID();
        client.register(topic + "-value", Article.getClassSchema()); // the subject already holds another record type
        Serde<DeadLetter> serde = Topics.ARTICLES_DLQ.valueSerde(Map.of("schema.registry.url", registry.url()));
        DeadLetter letter = DeadLetter.newBuilder().setStage("validate").setReason("empty body")
                .setFailedAt(Instant.parse("2025-01-02T03:04:05Z")).build();

        assertThatThrownBy(() -> serde.serializer().serialize(topic, letter))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("topic '" + topic + "'")
                .hasMessageContaining("incompatible");
    }

    private static Schema v1() {
        return record("{\"name\":\"title\",\"type\":\"string\"}");
    }

    private static Schema v1PlusField(String field) {
        return record("{\"name\":\"title\",\"type\":\"string\"}," + field);
    }

    private static Schema record(String fields) {
        return new Schema.Parser().parse(
                "{\"type\":\"record\",\"name\":\"Note\",\"namespace\":\"io.contraflow.it\",\"fields\":[" + fields + "]}");
    }
}
