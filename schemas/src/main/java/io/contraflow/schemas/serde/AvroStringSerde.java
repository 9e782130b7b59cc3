package io.contraflow.schemas.serde;

import io.contraflow.schemas.registry.SchemaRegistryClient;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde of Strings as Confluent-framed Avro {@code "string"}, for record keys (subject {@code <topic>-key} when
 * configured with {@code isKey = true}).
 */
public class AvroStringSerde implements Serde<String> {

    private final AvroStringSerializer serializer;
    private final AvroStringDeserializer deserializer;

    /** Configure with {@code schema.registry.url}. */
    public AvroStringSerde() {
        this.serializer = new AvroStringSerializer();
        this.deserializer = new AvroStringDeserializer();
    }

    public AvroStringSerde(SchemaRegistryClient client) {
        this.serializer = new AvroStringSerializer(client);
        this.deserializer = new AvroStringDeserializer(client);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        serializer.configure(configs, isKey);
        deserializer.configure(configs, isKey);
    }

    @Override
    public Serializer<String> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<String> deserializer() {
        return deserializer;
    }
}
