package io.contraflow.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contraflow.schemas.Article;
import io.contraflow.schemas.SampleRecords;
import io.contraflow.schemas.registry.InMemorySchemaRegistryClient;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroStringSerdeTest {

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    private final AvroStringSerde keys = new AvroStringSerde(registry);

    AvroStringSerdeTest() {
        keys.configure(Map.of(), true);
    }

    @Test
    void aKeyIsFramedAvroStringUnderTheKeySubject() {
        String key = "https://example.org/ü";

        byte[] bytes = keys.serializer().serialize("articles", key);

        int id = registry.idOf("articles-key", Schema.create(Schema.Type.STRING));
        assertThat(bytes[0]).isZero();
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
        byte[] utf8 = key.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes[5]).isEqualTo((byte) (utf8.length * 2)); // zig-zag length
        assertThat(Arrays.copyOfRange(bytes, 6, bytes.length)).isEqualTo(utf8);
        assertThat(keys.deserializer().deserialize("articles", bytes)).isEqualTo(key);
    }

    @Test
    void emptyAndNullKeysSurvive() {
        assertThat(keys.deserializer().deserialize("t", keys.serializer().serialize("t", ""))).isEmpty();
        assertThat(keys.serializer().serialize("t", null)).isNull();
        assertThat(keys.deserializer().deserialize("t", null)).isNull();
    }

    @Test
    void aRecordIsNotReadAsAString() {
        byte[] article = new SpecificAvroSerde<>(Article.class, registry).serializer()
                .serialize("articles", SampleRecords.article());

        assertThatThrownBy(() -> keys.deserializer().deserialize("articles", article))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("cannot be read as string");
    }
}
