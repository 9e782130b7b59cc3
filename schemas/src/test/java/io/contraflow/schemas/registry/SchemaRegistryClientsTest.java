package io.contraflow.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class SchemaRegistryClientsTest {

    @Test
    void mockUrlsShareOneInMemoryRegistryPerName() {
        SchemaRegistryClient a = SchemaRegistryClients.fromConfig(Map.of("schema.registry.url", "mock://clients-a"));
        SchemaRegistryClient sameA = SchemaRegistryClients.fromConfig(Map.of("schema.registry.url", "mock://clients-a"));
        SchemaRegistryClient b = SchemaRegistryClients.fromConfig(Map.of("schema.registry.url", "mock://clients-b"));

        assertThat(a).isInstanceOf(InMemorySchemaRegistryClient.class).isSameAs(sameA).isNotSameAs(b);

        SchemaRegistryClients.dropMock("clients-a");
        assertThat(SchemaRegistryClients.forUrl("mock://clients-a")).isNotSameAs(a);
        SchemaRegistryClients.dropMock("clients-a");
        SchemaRegistryClients.dropMock("clients-b");
    }

    @Test
    void httpUrlsShareOneClientPerUrlAndTheFirstOfAListIsUsed() {
        SchemaRegistryClient fromList = SchemaRegistryClients.fromConfig(
                Map.of("schema.registry.url", " http://127.0.0.1:1/apis/ccompat/v7 , http://127.0.0.1:2"));
        SchemaRegistryClient fromJavaList = SchemaRegistryClients.fromConfig(
                Map.of("schema.registry.url", List.of("http://127.0.0.1:1/apis/ccompat/v7")));

        assertThat(fromList).isInstanceOf(HttpSchemaRegistryClient.class).isSameAs(fromJavaList);
        assertThat(((HttpSchemaRegistryClient) fromList).baseUrl()).isEqualTo("http://127.0.0.1:1/apis/ccompat/v7");
    }

    @Test
    void aMissingOrMalformedUrlIsAConfigErrorSayingWhatToSet() {
        assertThatThrownBy(() -> SchemaRegistryClients.fromConfig(Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("schema.registry.url is required");
        assertThatThrownBy(() -> SchemaRegistryClients.fromConfig(Map.of("schema.registry.url", "localhost:8081")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("http://");
        assertThatThrownBy(() -> SchemaRegistryClients.fromConfig(Map.of("schema.registry.url", "mock://")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("needs a name");
    }
}
