package io.contraflow.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.schemas.registry.SchemaRegistryClients;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void theCatalogueListsEveryTopicOnceWithItsTypes() {
        assertThat(Topics.all()).extracting(Topic::name)
                .containsExactly("articles", "articles-dlq", "claims", "events", "contradictions", "event-merges");
        assertThat(Topics.all()).extracting(Topic::keyType).containsOnly(String.class);
        assertThat(Topics.all()).<Object>extracting(Topic::valueType)
                .containsExactly(Article.class, DeadLetter.class, Claim.class, Event.class, Contradiction.class, AnalyzedArticle.class);
    }

    @Test
    void onlyContradictionsAreCompactedAndThatReachesTheCreationRequest() {
        assertThat(Topics.all()).filteredOn(Topic::compacted).containsExactly(Topics.CONTRADICTIONS);

        NewTopic contradictions = Topics.CONTRADICTIONS.newTopic((short) 1);
        NewTopic articles = Topics.ARTICLES.newTopic();

        assertThat(contradictions.configs()).containsEntry("cleanup.policy", "compact");
        assertThat(contradictions.numPartitions()).isEqualTo(Topics.CONTRADICTIONS.partitions());
        assertThat(articles.configs()).isEmpty();
        assertThat(articles.replicationFactor()).isEqualTo((short) -1); // the broker's default
    }

    @Test
    void serdesFromTheCatalogueAreConfiguredForKeysAndValues() {
        String name = "topics-test-" + System.nanoTime();
        Map<String, String> config = Map.of("schema.registry.url", "mock://" + name);
        Topic<String, Contradiction> topic = Topics.CONTRADICTIONS;
        Serde<String> keys = topic.keySerde(config);
        Serde<Contradiction> values = topic.valueSerde(config);

        byte[] key = keys.serializer().serialize(topic.name(), "contradiction-1");
        byte[] value = values.serializer().serialize(topic.name(), SampleRecords.contradiction());

        assertThat(keys.deserializer().deserialize(topic.name(), key)).isEqualTo("contradiction-1");
        assertThat(values.deserializer().deserialize(topic.name(), value)).isEqualTo(SampleRecords.contradiction());
        assertThat(SchemaRegistryClients.mock(name).subjects())
                .containsExactlyInAnyOrder("contradictions-key", "contradictions-value");
        SchemaRegistryClients.dropMock(name);
    }
}
