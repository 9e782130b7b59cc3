package io.contraflow.schemas;

import io.contraflow.schemas.serde.AvroSerdes;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;

/**
 * One topic of the pipeline: its name, the types of its keys and values, and how it is created.
 *
 * @param name       topic name
 * @param keyType    Java type of keys (String or a generated Avro class)
 * @param valueType  Java type of values (a generated Avro class)
 * @param partitions partition count used when the topic is created
 * @param compacted  whether the topic is log-compacted (the latest value per key is what matters)
 */
public record Topic<K, V>(String name, Class<K> keyType, Class<V> valueType, int partitions, boolean compacted) {

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keyType, "keyType");
        Objects.requireNonNull(valueType, "valueType");
        if (partitions < 1) {
            throw new IllegalArgumentException("Topic " + name + " needs at least one partition, got " + partitions);
        }
    }

    /** A key serde (Confluent-framed Avro) configured with {@code serdeConfig}, e.g. {@code schema.registry.url}. */
    public Serde<K> keySerde(Map<String, ?> serdeConfig) {
        Serde<K> serde = AvroSerdes.forType(keyType);
        serde.configure(serdeConfig, true);
        return serde;
    }

    /** A value serde (Confluent-framed Avro) configured with {@code serdeConfig}, e.g. {@code schema.registry.url}. */
    public Serde<V> valueSerde(Map<String, ?> serdeConfig) {
        Serde<V> serde = AvroSerdes.forType(valueType);
        serde.configure(serdeConfig, false);
        return serde;
    }

    /** Topic-level configuration to create it with: {@code cleanup.policy=compact} when compacted. */
    public Map<String, String> topicConfig() {
        return compacted ? Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT) : Map.of();
    }

    /** The admin-client request creating this topic with the broker's default replication factor. */
    public NewTopic newTopic() {
        return new NewTopic(name, Optional.of(partitions), Optional.empty()).configs(topicConfig());
    }

    /** The admin-client request creating this topic with {@code replicationFactor} replicas. */
    public NewTopic newTopic(short replicationFactor) {
        return new NewTopic(name, partitions, replicationFactor).configs(topicConfig());
    }
}
