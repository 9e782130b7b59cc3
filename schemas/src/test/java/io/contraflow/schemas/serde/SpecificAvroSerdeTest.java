package io.contraflow.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contraflow.schemas.Article;
import io.contraflow.schemas.SampleRecords;
import io.contraflow.schemas.registry.InMemorySchemaRegistryClient;
import io.contraflow.schemas.registry.SchemaRegistryClients;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SpecificAvroSerdeTest {

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

    static Stream<SpecificRecord> everyRecordType() {
        return SampleRecords.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRecordType")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void everyRecordTypeSurvivesARoundTrip(SpecificRecord record) {
        SpecificAvroSerde serde = new SpecificAvroSerde(record.getClass(), registry);

        byte[] bytes = serde.serializer().serialize("some-topic", record);
        Object back = serde.deserializer().deserialize("some-topic", bytes);

        assertThat(back).isInstanceOf(record.getClass()).isEqualTo(record).isNotSameAs(record);
    }

    @Test
    void bytesAreMagicByteThenBigEndianSchemaIdThenAvro() {
        registry.register("unrelated-value", io.contraflow.schemas.Claim.getClassSchema()); // so the article's id is not 1
        SpecificAvroSerde<Article> serde = new SpecificAvroSerde<>(Article.class, registry);

        byte[] bytes = serde.serializer().serialize("articles", SampleRecords.article());

        int registeredId = registry.idOf("articles-value", Article.getClassSchema());
        assertThat(registeredId).isEqualTo(2);
        assertThat(bytes[0]).isZero();
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(registeredId);
        // The body starts with the first field, the id string: zig-zag length, then its UTF-8 bytes.
        String id = SampleRecords.article().getId();
        assertThat(bytes[5]).isEqualTo((byte) (id.length() * 2));
        assertThat(new String(Arrays.copyOfRange(bytes, 6, 6 + id.length()))).isEqualTo(id);
    }

    @Test
    void valuesAndKeysAreRegisteredUnderTopicNameStrategySubjects() {
        SpecificAvroSerde<Article> values = new SpecificAvroSerde<>(Article.class, registry);
        values.configure(Map.of(), false);
        SpecificAvroSerde<Article> keys = new SpecificAvroSerde<>(Article.class, registry);
        keys.configure(Map.of(), true);

        values.serializer().serialize("articles", SampleRecords.article());
        keys.serializer().serialize("by-article", SampleRecords.article());

        assertThat(registry.subjects()).containsExactlyInAnyOrder("articles-value", "by-article-key");
    }

    @Test
    void nullIsATombstoneBothWays() {
        SpecificAvroSerde<Article> serde = new SpecificAvroSerde<>(Article.class, registry);

        assertThat(serde.serializer().serialize("articles", null)).isNull();
        assertThat(serde.deserializer().deserialize("articles", null)).isNull();
    }

    @Test
    void aRecordMissingARequiredFieldFailsNamingTheField() {
        SpecificAvroSerde<Article> serde = new SpecificAvroSerde<>(Article.class, registry);
        Article incomplete = SampleRecords.article();
        incomplete.setTitle(null);

        assertThatThrownBy(() -> serde.serializer().serialize("articles", incomplete))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("io.contraflow.schemas.Article")
                .hasMessageContaining("title");
    }

    @Test
    void withoutAutoRegistrationOnlyAnAlreadyRegisteredSchemaIsWritten() {
        SpecificAvroSerde<Article> serde = new SpecificAvroSerde<>(Article.class, registry);
        serde.configure(Map.of(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS_CONFIG, "false"), false);

        assertThatThrownBy(() -> serde.serializer().serialize("articles", SampleRecords.article()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not registered under subject 'articles-value'")
                .hasMessageContaining("auto.register.schemas=false");
        assertThat(registry.subjects()).isEmpty();

        int id = registry.register("articles-value", Article.getClassSchema());
        byte[] bytes = serde.serializer().serialize("articles", SampleRecords.article());
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
    }

    @Test
    void configuredByMockUrlSharesOneInMemoryRegistryPerName() {
        String name = "serde-test-" + System.nanoTime();
        Map<String, String> config = Map.of(SchemaRegistryClients.URL_CONFIG, "mock://" + name);
        SpecificAvroSerde<Article> writer = new SpecificAvroSerde<>(Article.class);
        writer.configure(config, false);
        SpecificAvroSerde<Article> reader = new SpecificAvroSerde<>(Article.class);
        reader.configure(config, false);

        byte[] bytes = writer.serializer().serialize("articles", SampleRecords.article());

        assertThat(reader.deserializer().deserialize("articles", bytes)).isEqualTo(SampleRecords.article());
        assertThat(SchemaRegistryClients.mock(name).subjects()).containsExactly("articles-value");
        SchemaRegistryClients.dropMock(name);
    }

    @Test
    void aDeserializerCreatedByClassNameTakesItsTypeFromConfiguration() {
        String name = "by-class-name-" + System.nanoTime();
        SpecificAvroSerializer<Article> serializer = new SpecificAvroSerializer<>();
        serializer.configure(Map.of("schema.registry.url", "mock://" + name), false);
        SpecificAvroDeserializer<Article> deserializer = new SpecificAvroDeserializer<>();
        deserializer.configure(Map.of("schema.registry.url", "mock://" + name,
                AvroSerdeConfig.SPECIFIC_AVRO_VALUE_TYPE_CONFIG, Article.class.getName()), false);

        byte[] bytes = serializer.serialize("articles", SampleRecords.article());

        assertThat(deserializer.deserialize("articles", bytes)).isEqualTo(SampleRecords.article());
        SchemaRegistryClients.dropMock(name);
    }

    @Test
    void aDeserializerWithoutATypeSaysWhichSettingIsMissing() {
        SpecificAvroDeserializer<Article> deserializer = new SpecificAvroDeserializer<>();

        assertThatThrownBy(() -> deserializer.configure(Map.of("schema.registry.url", "mock://x"), true))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("specific.avro.key.type");
    }

    @Test
    void aSerdeWithoutRegistryUrlSaysHowToConfigureIt() {
        SpecificAvroSerde<Article> serde = new SpecificAvroSerde<>(Article.class);

        assertThatThrownBy(() -> serde.configure(Map.of(), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.url is required")
                .hasMessageContaining("mock://");
    }
}
