package io.contraflow.schemas.serde;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contraflow.schemas.Article;
import io.contraflow.schemas.SampleRecords;
import io.contraflow.schemas.registry.InMemorySchemaRegistryClient;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** Bytes that are not a valid framed record fail with a message saying what is wrong, never with a bare Avro error. */
class MalformedPayloadTest {

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    private final SpecificAvroSerde<Article> serde = new SpecificAvroSerde<>(Article.class, registry);

    @Test
    void jsonInsteadOfFramedAvroIsRejectedForItsMagicByte() {
        byte[] json = "{\"id\":\"a\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> serde.deserializer().deserialize("articles", json))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("topic 'articles'")
                .hasMessageContaining("0x7b")
                .hasMessageContaining("magic byte");
    }

    @Test
    void aPayloadShorterThanTheHeaderIsReportedAsTruncated() {
        assertThatThrownBy(() -> serde.deserializer().deserialize("articles", new byte[] {0, 0, 1}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("3 byte(s)")
                .hasMessageContaining("truncated");
    }

    @Test
    void anAvroBodyCutShortIsReportedAsTruncated() {
        byte[] whole = serde.serializer().serialize("articles", SampleRecords.article());
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> serde.deserializer().deserialize("articles", cut))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("truncated or corrupt");
    }

    @Test
    void anUnknownSchemaIdIsNamed() {
        byte[] unknownId = {0, 0, 0, 3, (byte) 0xe7, 2, 'x'};

        assertThatThrownBy(() -> serde.deserializer().deserialize("articles", unknownId))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("schema id 999 is unknown");
    }

    @Test
    void aRecordOfAnotherTypeIsNotReadAsAnArticle() {
        byte[] claim = new SpecificAvroSerde<>(io.contraflow.schemas.Claim.class, registry)
                .serializer().serialize("claims", SampleRecords.claim());

        assertThatThrownBy(() -> serde.deserializer().deserialize("claims", claim))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("io.contraflow.schemas.Claim")
                .hasMessageContaining("cannot be read as io.contraflow.schemas.Article");
    }
}
