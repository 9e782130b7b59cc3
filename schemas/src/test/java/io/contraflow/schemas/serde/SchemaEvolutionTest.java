package io.contraflow.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contraflow.schemas.Article;
import io.contraflow.schemas.registry.InMemorySchemaRegistryClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

/**
 * Records written by an older or a newer producer (a different but compatible writer schema) read as today's
 * {@link Article}. The writer side is encoded here by hand from the wire format's definition, independently of the
 * serializer under test.
 */
class SchemaEvolutionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long INGESTED = Instant.parse("2025-04-02T10:00:00.250Z").toEpochMilli();

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    private final SpecificAvroDeserializer<Article> deserializer = new SpecificAvroDeserializer<>(Article.class, registry);

    @Test
    void anOlderWriterWithoutTheOptionalFieldsIsReadWithTheirDefaults() throws IOException {
        Schema older = articleSchemaWithout(Set.of("source", "url", "publishedAt", "language", "origin"));
        GenericRecord record = new GenericData.Record(older);
        record.put("id", "a-1");
        record.put("title", "Old title");
        record.put("body", "Old body.");
        record.put("ingestedAt", INGESTED);

        Article read = deserializer.deserialize("articles", framed(registry.register("articles-value", older), record));

        assertThat(read.getId()).isEqualTo("a-1");
        assertThat(read.getTitle()).isEqualTo("Old title");
        assertThat(read.getIngestedAt()).isEqualTo(Instant.ofEpochMilli(INGESTED));
        assertThat(read.getSource()).isNull();
        assertThat(read.getPublishedAt()).isNull();
        assertThat(read.getLanguage()).isEqualTo(defaultOf("language"));
    }

    @Test
    void aNewerWriterWithAnExtraFieldIsReadWithoutIt() throws IOException {
        ObjectNode json = (ObjectNode) JSON.readTree(Article.getClassSchema().toString());
        ((ArrayNode) json.get("fields")).addObject().put("name", "wordCount").put("type", "int").put("default", 0);
        Schema newer = new Schema.Parser().parse(json.toString());
        GenericRecord record = new GenericData.Record(newer);
        record.put("id", "a-2");
        record.put("title", "New title");
        record.put("body", "New body.");
        record.put("source", "Sample Times");
        record.put("ingestedAt", INGESTED);
        record.put("language", "fr");
        record.put("wordCount", 2);
        registry.register("articles-value", Article.getClassSchema());

        Article read = deserializer.deserialize("articles", framed(registry.register("articles-value", newer), record));

        assertThat(read.getId()).isEqualTo("a-2");
        assertThat(read.getSource()).isEqualTo("Sample Times");
        assertThat(read.getLanguage()).isEqualTo("fr");
        assertThat(read.getIngestedAt()).isEqualTo(Instant.ofEpochMilli(INGESTED));
        assertThat(read.getSchema().getField("wordCount")).isNull();
    }

    private static Schema articleSchemaWithout(Set<String> fieldNames) throws IOException {
        ObjectNode json = (ObjectNode) JSON.readTree(Article.getClassSchema().toString());
        ((ArrayNode) json.get("fields")).removeIf(field -> fieldNames.contains(field.get("name").asText()));
        return new Schema.Parser().parse(json.toString());
    }

    private static Object defaultOf(String field) {
        return Article.getClassSchema().getField(field).defaultVal();
    }

    /** Magic byte 0, 4-byte big-endian id, Avro binary: written here by hand, not by the serializer under test. */
    private static byte[] framed(int schemaId, GenericRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.write(ByteBuffer.allocate(4).putInt(schemaId).array());
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(record.getSchema()).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
