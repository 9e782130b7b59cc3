package io.contraflow.schemas.serde;

import io.contraflow.schemas.registry.SchemaRegistryClient;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/** Picks the Confluent-framed Avro serde for a Java type: {@link AvroStringSerde} or {@link SpecificAvroSerde}. */
public final class AvroSerdes {

    private AvroSerdes() {
    }

    /** An unconfigured serde for {@code type}, taking its registry from {@code schema.registry.url}. */
    public static <X> Serde<X> forType(Class<X> type) {
        return forType(type, null);
    }

    /** An unconfigured serde for {@code type} using {@code client}, or the configured registry when it is null. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <X> Serde<X> forType(Class<X> type, SchemaRegistryClient client) {
        if (type == String.class) {
            return (Serde<X>) (client == null ? new AvroStringSerde() : new AvroStringSerde(client));
        }
        if (SpecificRecord.class.isAssignableFrom(type)) {
            Class<? extends SpecificRecord> recordType = (Class<? extends SpecificRecord>) type;
            return (Serde<X>) (client == null ? new SpecificAvroSerde(recordType) : new SpecificAvroSerde(recordType, client));
        }
        throw new IllegalArgumentException("No Avro serde for " + type.getName()
                + ": only String and generated Avro classes (SpecificRecord) are supported");
    }
}
