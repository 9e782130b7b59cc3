package io.contraflow.schemas.serde;

import io.contraflow.schemas.registry.SchemaRegistryClient;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.DatumWriter;

/**
 * Writes a String as Confluent-framed Avro {@code "string"}: what Confluent's {@code KafkaAvroSerializer} writes for a
 * String, so keys stay readable by any Confluent-compatible consumer.
 */
public class AvroStringSerializer extends FramedAvroSerializer<String> {

    static final Schema STRING_SCHEMA = Schema.create(Schema.Type.STRING);

    /** For creation by class name; {@link #configure} must then give {@code schema.registry.url}. */
    public AvroStringSerializer() {
        super(null);
    }

    public AvroStringSerializer(SchemaRegistryClient client) {
        super(java.util.Objects.requireNonNull(client, "client"));
    }

    @Override
    Schema schemaOf(String value) {
        return STRING_SCHEMA;
    }

    @Override
    DatumWriter<String> newWriter(Schema schema, String sample) {
        return new GenericDatumWriter<>(schema);
    }
}
