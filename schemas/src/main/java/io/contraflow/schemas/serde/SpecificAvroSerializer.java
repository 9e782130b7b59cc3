package io.contraflow.schemas.serde;

import io.contraflow.schemas.registry.SchemaRegistryClient;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/**
 * Serializes generated Avro classes in Confluent's wire format under subject {@code <topic>-key} / {@code <topic>-value}.
 * Configure with {@code schema.registry.url} and optionally {@code auto.register.schemas} (default true).
 */
public class SpecificAvroSerializer<T extends SpecificRecord> extends FramedAvroSerializer<T> {

    /** For creation by class name; {@link #configure} must then give {@code schema.registry.url}. */
    public SpecificAvroSerializer() {
        super(null);
    }

    public SpecificAvroSerializer(SchemaRegistryClient client) {
        super(java.util.Objects.requireNonNull(client, "client"));
    }

    @Override
    Schema schemaOf(T value) {
        return value.getSchema();
    }

    @Override
    DatumWriter<T> newWriter(Schema schema, T sample) {
        // The class's own model carries its logical-type conversions (timestamp-millis <-> Instant).
        return new SpecificDatumWriter<>(schema, SpecificData.getForClass(sample.getClass()));
    }
}
