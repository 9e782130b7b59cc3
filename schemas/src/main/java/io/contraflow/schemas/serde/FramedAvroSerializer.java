package io.contraflow.schemas.serde;

import io.contraflow.schemas.registry.SchemaRegistryClient;
import io.contraflow.schemas.registry.SchemaRegistryClients;
import io.contraflow.schemas.registry.SchemaRegistryException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes values in Confluent's wire format, registering (or looking up) their schema under the subject of Confluent's
 * default TopicNameStrategy: {@code <topic>-key} or {@code <topic>-value}. Subclasses say which schema a value has
 * and how Avro writes it.
 */
abstract class FramedAvroSerializer<T> implements Serializer<T> {

    private static final int INITIAL_BUFFER = 256;

    private SchemaRegistryClient client;
    private boolean isKey;
    private boolean autoRegister = true;
    private final Map<Schema, DatumWriter<T>> writers = new ConcurrentHashMap<>();

    /** @param client the registry to use, or null to take it from {@code schema.registry.url} in {@link #configure} */
    FramedAvroSerializer(SchemaRegistryClient client) {
        this.client = client;
    }

    /** The schema {@code value} is written with. */
    abstract Schema schemaOf(T value);

    /** An Avro writer for values of {@code schema}; called once per schema. */
    abstract DatumWriter<T> newWriter(Schema schema, T sample);

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        AvroSerdeConfig config = new AvroSerdeConfig(configs);
        this.isKey = isKey;
        this.autoRegister = config.autoRegisterSchemas();
        if (client == null) {
            client = SchemaRegistryClients.fromConfig(configs);
        }
    }

    @Override
    public byte[] serialize(String topic, T value) {
        if (value == null) {
            return null; // a tombstone stays a tombstone
        }
        if (client == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " has no schema registry: call configure()"
                    + " with " + SchemaRegistryClients.URL_CONFIG + ", or construct it with a client");
        }
        Schema schema = schemaOf(value);
        int schemaId = schemaId(topic, schema);
        ByteArrayOutputStream out = new ByteArrayOutputStream(INITIAL_BUFFER);
        ConfluentWireFormat.writeHeader(out, schemaId);
        try {
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            writers.computeIfAbsent(schema, s -> newWriter(s, value)).write(value, encoder);
            encoder.flush();
        } catch (IOException | RuntimeException e) {
            // Avro reports a missing required field as a NullPointerException naming the field, a wrong type as a
            // ClassCastException or AvroRuntimeException: keep its message, add where it happened.
            throw new SerializationException("Cannot write a " + schema.getFullName() + " " + (isKey ? "key" : "value")
                    + " for topic '" + topic + "': " + e, e);
        }
        return out.toByteArray();
    }

    private int schemaId(String topic, Schema schema) {
        String subject = topic + (isKey ? "-key" : "-value");
        try {
            return autoRegister ? client.register(subject, schema) : client.idOf(subject, schema);
        } catch (SchemaRegistryException e) {
            throw new SerializationException("Cannot serialize a " + schema.getFullName() + " for topic '" + topic
                    + "'" + (autoRegister ? "" : " (auto.register.schemas=false)") + ": " + e.getMessage(), e);
        }
    }
}
