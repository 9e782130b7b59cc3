package io.contraflow.connect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml's Connect worker cannot be run here (no Docker engine), so its files are checked against what
 * they must agree with: the sample connector configuration is valid for the connector, the worker reaches Kafka by
 * its compose name, finds the plugin where the Dockerfile puts it, and passes the connector's bytes through.
 */
class ConnectDockerFilesTest {

    private static final Path ROOT = Path.of(System.getProperty("contraflow.root", ".."));
    private static final String BYTES = "org.apache.kafka.connect.converters.ByteArrayConverter";

    @Test
    void theSampleConfigurationIsValid() throws IOException {
        Map<String, String> config = new HashMap<>();
        new ObjectMapper().readTree(ROOT.resolve("connect/contraflow-feeds.json").toFile()).fields()
                .forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));

        for (ConfigValue value : new FeedSourceConnector().validate(config).configValues()) {
            assertThat(value.errorMessages()).as(value.name()).isEmpty();
        }
        assertThat(config).containsEntry("connector.class", FeedSourceConnector.class.getName())
                .containsEntry("key.converter", BYTES).containsEntry("value.converter", BYTES)
                .containsEntry(FeedConnectorConfig.SCHEMA_REGISTRY_URL_CONFIG, "http://registry:8080/apis/ccompat/v7");
    }

    @Test
    void theWorkerFindsKafkaAndThePlugin() throws IOException {
        Properties worker = new Properties();
        try (Reader in = Files.newBufferedReader(ROOT.resolve("connect/docker/connect-distributed.properties"))) {
            worker.load(in);
        }
        assertThat(worker.getProperty("bootstrap.servers")).isEqualTo("kafka:9092");
        assertThat(worker.getProperty("key.converter")).isEqualTo(BYTES);
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        assertThat(dockerfile).contains("COPY --from=build /src/connect/target/plugin " + worker.getProperty("plugin.path"));

        JsonNode services = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile()).get("services");
        assertThat(services.path("connect").path("build").path("target").asText()).isEqualTo("connect");
        assertThat(dockerfile).contains("AS connect");
        assertThat(services.path("connect").path("depends_on").has("kafka")).isTrue();
        assertThat(services.path("connect-feeds").path("command").toString()).contains("contraflow-feeds.json",
                "http://connect:8083/connectors/contraflow-feeds/config");
    }
}
