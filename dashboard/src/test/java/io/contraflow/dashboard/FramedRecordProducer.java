package io.contraflow.dashboard;

import io.contraflow.schemas.Topic;
import io.contraflow.schemas.registry.SchemaRegistryClients;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;

/** Writes records the way the pipeline does: Confluent-framed Avro keys and values, schemas in the registry. */
final class FramedRecordProducer implements AutoCloseable {

    private final Map<String, String> serdeConfig;
    private final KafkaProducer<byte[], byte[]> producer;

    FramedRecordProducer(String bootstrapServers, String registryUrl) {
        this.serdeConfig = Map.of(SchemaRegistryClients.URL_CONFIG, registryUrl);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        this.producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Sends one record and waits until the broker has it; a null value is a tombstone. */
    void send(Topic<String, ? extends SpecificRecord> topic, String key, SpecificRecord value) {
        byte[] keyBytes = topic.keySerde(serdeConfig).serializer().serialize(topic.name(), key);
        @SuppressWarnings("unchecked")
        Serializer<SpecificRecord> values = (Serializer<SpecificRecord>) topic.valueSerde(serdeConfig).serializer();
        byte[] valueBytes = value == null ? null : values.serialize(topic.name(), value);
        try {
            producer.send(new ProducerRecord<>(topic.name(), keyBytes, valueBytes)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not produce to " + topic.name(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
