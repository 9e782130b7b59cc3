package io.contraflow.dashboard;

import io.contraflow.schemas.Claim;
import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.Event;
import io.contraflow.schemas.Topics;
import io.contraflow.schemas.registry.SchemaRegistryClients;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.serialization.Deserializer;

/** How the keys and values of the three topics are decoded. */
public record DashboardDeserializers(Deserializer<String> keys, Deserializer<Event> events,
                                     Deserializer<Contradiction> contradictions, Deserializer<Claim> claims) {

    public DashboardDeserializers {
        Objects.requireNonNull(keys, "keys deserializer");
        Objects.requireNonNull(events, "events deserializer");
        Objects.requireNonNull(contradictions, "contradictions deserializer");
        Objects.requireNonNull(claims, "claims deserializer");
    }

    /** The pipeline's wire format (Confluent-framed Avro keys and values) with schemas from {@code registryUrl}. */
    public static DashboardDeserializers fromRegistry(String registryUrl) {
        Map<String, String> config = Map.of(SchemaRegistryClients.URL_CONFIG, registryUrl);
        return new DashboardDeserializers(
                Topics.EVENTS.keySerde(config).deserializer(),
                Topics.EVENTS.valueSerde(config).deserializer(),
                Topics.CONTRADICTIONS.valueSerde(config).deserializer(),
                Topics.CLAIMS.valueSerde(config).deserializer());
    }
}
