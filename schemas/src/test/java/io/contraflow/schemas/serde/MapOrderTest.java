package io.contraflow.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.schemas.EventProfile;
import io.contraflow.schemas.registry.InMemorySchemaRegistryClient;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, defect 8: an Avro map read back must iterate in the order it was written. Avro's reader builds a
 * HashMap, so state restored from a changelog iterated differently from the state that wrote it, and decisions
 * that take "the first" entry of a map (the syndicated original among equally close copies, which copy to trim)
 * changed after a crash.
 */
class MapOrderTest {

    @Test
    void mapsComeBackInTheOrderTheyWereWritten() {
        Map<String, Long> fingerprints = new LinkedHashMap<>();
        // Enough keys, in an order unlike any hash order, that a HashMap would iterate them differently.
        for (int i = 0; i < 200; i++) {
            fingerprints.put("https://example.org/story-" + (199 - i) * 7919 % 1000, (long) i);
        }
        EventProfile profile = EventProfile.newBuilder()
                .setEventId("evt-1").setTitle("t").setFirstSeen(Instant.EPOCH).setLastSeen(Instant.EPOCH)
                .setArticleCount(200).setArticles(List.of()).setSources(List.of())
                .setEntities(new LinkedHashMap<>(Map.of())).setTerms(new LinkedHashMap<>(Map.of()))
                .setFingerprints(fingerprints)
                .build();
        SpecificAvroSerde<EventProfile> serde = new SpecificAvroSerde<>(EventProfile.class, new InMemorySchemaRegistryClient());

        EventProfile back = serde.deserializer().deserialize("t", serde.serializer().serialize("t", profile));

        assertThat(List.copyOf(back.getFingerprints().keySet())).containsExactlyElementsOf(fingerprints.keySet());
    }
}
