package io.contraflow.schemas.serde;

import io.contraflow.schemas.registry.SchemaRegistryClient;
import io.contraflow.schemas.registry.SchemaRegistryClients;
import io.contraflow.schemas.registry.SchemaRegistryException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent's wire format: fetches the writer schema by the id in the header and resolves it against the
 * reader schema, so records written with an older or newer compatible schema read fine.
 */
abstract class FramedAvroDeserializer<T> implements Deserializer<T> {

    private SchemaRegistryClient client;
    private final Map<Integer, DatumReader<Object>> readersBySchemaId = new ConcurrentHashMap<>();

    /** @param client the registry to use, or null to take it from {@code schema.registry.url} in {@link #configure} */
    FramedAvroDeserializer(SchemaRegistryClient client) {
        this.client = client;
    }

    /** The schema values are read as. */
    abstract Schema readerSchema();

    /** An Avro reader resolving {@code writer} to {@code reader}; called once per writer schema id. */
    abstract DatumReader<Object> newReader(Schema writer, Schema reader);

    /** The value for a datum Avro read. */
    abstract T fromDatum(Object datum);

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        if (client == null) {
            client = SchemaRegistryClients.fromConfig(configs);
        }
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null; // tombstone
        }
        int schemaId = ConfluentWireFormat.schemaId(data, topic);
        DatumReader<Object> reader = readerFor(topic, schemaId);
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(
                data, ConfluentWireFormat.HEADER_LENGTH, data.length - ConfluentWireFormat.HEADER_LENGTH, null);
        try {
            return fromDatum(reader.read(null, decoder));
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot decode the Avro body of a " + data.length + "-byte record on topic '"
                    + topic + "' written with schema id " + schemaId + ": truncated or corrupt payload (" + e + ")", e);
        }
    }

    private DatumReader<Object> readerFor(String topic, int schemaId) {
        DatumReader<Object> cached = readersBySchemaId.get(schemaId);
        if (cached != null) {
            return cached;
        }
        if (client == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " has no schema registry: call configure()"
                    + " with " + SchemaRegistryClients.URL_CONFIG + ", or construct it with a client");
        }
        Schema writer;
        try {
            writer = client.getById(schemaId);
        } catch (SchemaRegistryException e) {
            throw new SerializationException("Cannot read a record on topic '" + topic + "': its schema id " + schemaId
                    + " is unknown to the registry or could not be fetched: " + e.getMessage(), e);
        }
        Schema reader = readerSchema();
        SchemaCompatibility.SchemaPairCompatibility compatibility =
                SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        if (compatibility.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            throw new SerializationException("Records on topic '" + topic + "' written with schema id " + schemaId
                    + " (" + writer.getFullName() + ") cannot be read as " + reader.getFullName() + ": "
                    + compatibility.getResult().getIncompatibilities().stream()
                            .map(i -> i.getType() + " at " + i.getLocation() + " (" + i.getMessage() + ")").toList());
        }
        DatumReader<Object> created = newReader(writer, reader);
        DatumReader<Object> raced = readersBySchemaId.putIfAbsent(schemaId, created);
        return raced == null ? created : raced;
    }
}
