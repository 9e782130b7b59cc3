package io.contraflow.schemas.serde;

import io.contraflow.schemas.registry.SchemaRegistryClient;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.DatumReader;

/** Reads Confluent-framed Avro {@code "string"} (as {@link AvroStringSerializer} or Confluent's serializer write it). */
public class AvroStringDeserializer extends FramedAvroDeserializer<String> {

    /** For creation by class name; {@link #configure} must then give {@code schema.registry.url}. */
    public AvroStringDeserializer() {
        super(null);
    }

    public AvroStringDeserializer(SchemaRegistryClient client) {
        super(java.util.Objects.requireNonNull(client, "client"));
    }

    @Override
    Schema readerSchema() {
        return AvroStringSerializer.STRING_SCHEMA;
    }

    @Override
    DatumReader<Object> newReader(Schema writer, Schema reader) {
        return new GenericDatumReader<>(writer, reader);
    }

    @Override
    String fromDatum(Object datum) {
        return datum.toString(); // Avro reads strings as Utf8
    }
}
