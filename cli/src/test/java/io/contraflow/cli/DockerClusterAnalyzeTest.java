package io.contraflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.utility.DockerImageName;
import picocli.CommandLine;

/**
 * `contraflow analyze` against the same images docker-compose.yml runs: Apache's Kafka image and Apicurio Registry's,
 * in containers, not the embedded ones. Runs only where a Docker engine is reachable; skipped with the reason printed
 * elsewhere (also under CI, whose machines have no engine).
 */
class DockerClusterAnalyzeTest {
    /** Keep in step with docker-compose.yml (DockerComposeFileTest checks the compose file uses these too). */
    static final String KAFKA_IMAGE = "apache/kafka:4.1.1";
    static final String REGISTRY_IMAGE = "apicurio/apicurio-registry-mem:2.4.2.Final";
    private static final int REGISTRY_PORT = 8080;

    private static String skipReason;
    private static KafkaContainer kafka;
    private static GenericContainer<?> registry;

    @TempDir Path work;

    @BeforeAll
    static void startContainers() {
        long probeStarted = System.nanoTime();
        boolean dockerAvailable = DockerClientFactory.instance().isDockerAvailable();
        if (!dockerAvailable) {
            skipReason = "DockerClusterAnalyzeTest: no Docker engine reachable (probed in "
                    + Duration.ofNanos(System.nanoTime() - probeStarted).toMillis() + " ms); the containers test needs one";
            System.out.println("SKIPPED " + skipReason);
            return;
        }
        kafka = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE));
        registry = new GenericContainer<>(DockerImageName.parse(REGISTRY_IMAGE))
                .withExposedPorts(REGISTRY_PORT)
                .waitingFor(Wait.forHttp("/health/ready").forStatusCode(200).withStartupTimeout(Duration.ofMinutes(2)));
        Startables.deepStart(kafka, registry).join();
    }

    /** Skipping here rather than in {@link #startContainers} makes the build report each test as skipped. */
    @BeforeEach
    void requireDocker() {
        Assumptions.assumeTrue(skipReason == null, skipReason);
    }

    @AfterAll
    static void stopContainers() {
        if (registry != null) {
            registry.stop();
        }
        if (kafka != null) {
            kafka.stop();
        }
    }

    @Test
    void analyzeFindsContradictionsInTheDemoArticlesOnContainerizedKafkaAndRegistry() throws IOException {
        // Given the demo articles
        Path articles = Files.createDirectories(work.resolve("articles"));
        List<Path> files = DemoArticles.copyTo(articles);
        Path out = work.resolve("results");

        // When analyze runs against the containers
        String registryUrl = "http://" + registry.getHost() + ":" + registry.getMappedPort(REGISTRY_PORT) + "/apis/ccompat/v7";
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        CommandLine cli = Contraflow.commandLine();
        cli.setOut(new PrintWriter(stdout, true));
        cli.setErr(new PrintWriter(stderr, true));
        int exitCode = cli.execute("analyze", articles.toString(), "--out", out.toString(), "--timeout", "180",
                "--bootstrap-servers", kafka.getBootstrapServers(), "--schema-registry-url", registryUrl);
        String transcript = stdout + "\n" + stderr;

        // Then every article was analyzed and contradictions came out, each with two sides and their claimants
        assertThat(exitCode).as(transcript).isZero();
        assertThat(stdout.toString()).contains("Analyzed " + files.size() + " articles");
        List<JsonNode> contradictions = jsonLines(out.resolve(OutputFiles.CONTRADICTIONS));
        assertThat(contradictions).as(transcript).isNotEmpty();
        for (JsonNode contradiction : contradictions) {
            assertThat(contradiction.get("kind").asText()).isNotBlank();
            assertThat(contradiction.at("/sideA/claimants")).as(contradiction.toString()).isNotEmpty();
            assertThat(contradiction.at("/sideB/claimants")).as(contradiction.toString()).isNotEmpty();
        }
    }

    private static List<JsonNode> jsonLines(Path file) throws IOException {
        assertThat(file).exists();
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            nodes.add(AvroJson.MAPPER.readTree(line));
        }
        return nodes;
    }
}
