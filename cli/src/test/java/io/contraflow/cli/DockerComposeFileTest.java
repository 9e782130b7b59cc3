package io.contraflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.StreamSupport;
import kafka.server.KafkaConfig;
import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml and the Dockerfile cannot be run where the tests run (no Docker engine), so they are checked
 * against what they must agree with: the CLI accepts the commands they run, the applications reach Kafka and the
 * registry by their compose names and ports, the host ports are the CLI's defaults, and Kafka's listener settings are
 * consistent.
 */
class DockerComposeFileTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Variables the image reads itself rather than passing to the broker as properties. */
    private static final Set<String> IMAGE_ONLY_VARIABLES = Set.of("KAFKA_HEAP_OPTS", "KAFKA_OPTS", "KAFKA_JMX_OPTS",
            "KAFKA_LOG4J_OPTS", "KAFKA_JVM_PERFORMANCE_OPTS", "KAFKA_GC_LOG_OPTS", "KAFKA_LOG4J_ROOT_LOGLEVEL",
            "KAFKA_LOG4J_LOGGERS", "KAFKA_TOOLS_LOG4J_LOGLEVEL", "KAFKA_VERSION");

    private static Path root;
    private static JsonNode services;

    @BeforeAll
    static void readComposeFile() throws IOException {
        root = repositoryRoot();
        services = YAML.readTree(root.resolve("docker-compose.yml").toFile()).get("services");
        assertThat(services).as("docker-compose.yml has services").isNotNull();
    }

    @Test
    void everyServiceBuiltFromThisRepositoryRunsACommandTheCliAccepts() {
        Map<String, List<String>> commands = applicationCommands();
        assertThat(commands).as("services built from this repository").containsKeys("streams", "dashboard");
        commands.forEach((service, command) -> assertThatCode(() -> Contraflow.commandLine().parseArgs(command.toArray(String[]::new)))
                .as("service %s runs: contraflow %s", service, String.join(" ", command))
                .doesNotThrowAnyException());
    }

    @Test
    void theDockerfilesDefaultCommandIsOneTheCliAcceptsAndRunsTheShadedJar() throws IOException {
        String dockerfile = Files.readString(root.resolve("Dockerfile")).replace("\\\n", " ");
        List<String> command = jsonArrayOfLastInstruction(dockerfile, "CMD");
        assertThatCode(() -> Contraflow.commandLine().parseArgs(command.toArray(String[]::new)))
                .as("Dockerfile CMD: contraflow %s", String.join(" ", command)).doesNotThrowAnyException();
        assertThat(jsonArrayOfLastInstruction(dockerfile, "ENTRYPOINT")).contains("-jar", "/app/contraflow.jar");
        assertThat(dockerfile).contains("cli/target/contraflow.jar");
        assertThat(command).isEqualTo(applicationCommands().get("streams"));
    }

    @Test
    void applicationsReachKafkaAndTheRegistryByTheirServiceNames() {
        Map<String, String> advertised = listeners(kafkaEnvironment("KAFKA_ADVERTISED_LISTENERS"));
        String internalKafka = advertised.get(kafkaEnvironment("KAFKA_INTER_BROKER_LISTENER_NAME"));
        assertThat(internalKafka).isEqualTo(serviceHostname("kafka") + ":9092");
        applicationCommands().forEach((service, command) -> {
            assertThat(optionValue(command, "--bootstrap-servers")).as(service).isEqualTo(internalKafka);
            URI registry = URI.create(optionValue(command, "--schema-registry-url"));
            assertThat(registry.getHost()).as(service).isEqualTo(serviceHostname("registry"));
            assertThat(registry.getPort()).as(service).isEqualTo(containerPort("registry", 0));
            assertThat(registry.getPath()).as(service).isEqualTo("/apis/ccompat/v7");
            assertThat(services.get(service).path("depends_on").has("kafka")).as("%s waits for kafka", service).isTrue();
            assertThat(services.get(service).path("depends_on").has("registry")).as("%s waits for registry", service).isTrue();
        });
    }

    @Test
    void theHostReachesKafkaAndTheRegistryAtTheCliDefaults() {
        URI defaultKafka = URI.create("kafka://" + ConnectionOptions.DEFAULT_BOOTSTRAP);
        assertThat(hostPort("kafka", 0)).isEqualTo(defaultKafka.getPort());
        // The host-facing listener is the one whose container port is published, advertised as the CLI's default.
        String hostListener = listenerOnPort(kafkaEnvironment("KAFKA_LISTENERS"), containerPort("kafka", 0));
        assertThat(listeners(kafkaEnvironment("KAFKA_ADVERTISED_LISTENERS")).get(hostListener))
                .isEqualTo(ConnectionOptions.DEFAULT_BOOTSTRAP);

        URI defaultRegistry = URI.create(ConnectionOptions.DEFAULT_REGISTRY);
        assertThat(hostPort("registry", 0)).isEqualTo(defaultRegistry.getPort());
        assertThat(defaultRegistry.getPath()).isEqualTo("/apis/ccompat/v7");
        assertThat(containerPort("registry", 0)).isEqualTo(8080);
    }

    @Test
    void kafkaIsOneCombinedKraftNodeWithConsistentListeners() {
        assertThat(kafkaEnvironment("KAFKA_PROCESS_ROLES").split(",")).containsExactlyInAnyOrder("broker", "controller");
        Map<String, String> listeners = listeners(kafkaEnvironment("KAFKA_LISTENERS"));
        Map<String, String> protocols = listeners(kafkaEnvironment("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP").replace(":", "://"));
        assertThat(protocols.keySet()).containsExactlyInAnyOrderElementsOf(listeners.keySet());
        assertThat(listeners).containsKeys(kafkaEnvironment("KAFKA_CONTROLLER_LISTENER_NAMES"),
                kafkaEnvironment("KAFKA_INTER_BROKER_LISTENER_NAME"));
        assertThat(listeners.keySet()).containsAll(listeners(kafkaEnvironment("KAFKA_ADVERTISED_LISTENERS")).keySet());

        String voter = kafkaEnvironment("KAFKA_CONTROLLER_QUORUM_VOTERS");
        String controllerPort = listeners.get(kafkaEnvironment("KAFKA_CONTROLLER_LISTENER_NAMES")).replaceAll(".*:", "");
        assertThat(voter).isEqualTo(kafkaEnvironment("KAFKA_NODE_ID") + "@" + serviceHostname("kafka") + ":" + controllerPort);
        assertThatCode(() -> Uuid.fromString(kafkaEnvironment("CLUSTER_ID"))).as("CLUSTER_ID is a Kafka UUID").doesNotThrowAnyException();
        // One broker: the internal topics (and exactly-once's transaction log) can have one replica only.
        for (String setting : List.of("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
                "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR")) {
            assertThat(kafkaEnvironment(setting)).as(setting).isEqualTo("1");
        }
    }

    @Test
    void kafkaAcceptsTheBrokerConfigurationTheImageDerivesFromTheEnvironment() {
        // apache/kafka turns every KAFKA_* variable into a server property (KAFKA_LOG_DIRS -> log.dirs); Kafka's own
        // validation then checks listeners, advertised listeners, controller quorum and process roles together.
        Properties properties = new Properties();
        services.get("kafka").get("environment").fields().forEachRemaining(variable -> {
            String name = variable.getKey();
            if (name.startsWith("KAFKA_") && !IMAGE_ONLY_VARIABLES.contains(name)) {
                properties.put(propertyName(name.substring("KAFKA_".length())), variable.getValue().asText());
            }
        });
        assertThat(properties).containsKeys("process.roles", "listeners", "advertised.listeners", "controller.quorum.voters");

        KafkaConfig config = KafkaConfig.fromProps(properties);

        assertThat(config.nodeId()).isEqualTo(1);
        assertThat(config.interBrokerListenerName().value()).isEqualTo(kafkaEnvironment("KAFKA_INTER_BROKER_LISTENER_NAME"));
    }

    @Test
    void theImagesAreTheOnesTheContainersTestRuns() {
        assertThat(services.get("kafka").get("image").asText()).isEqualTo(DockerClusterAnalyzeTest.KAFKA_IMAGE);
        assertThat(services.get("registry").get("image").asText()).isEqualTo(DockerClusterAnalyzeTest.REGISTRY_IMAGE);
    }

    /** The image's rule: lower case, "___" -> "-", "__" -> "_", "_" -> ".". */
    private static String propertyName(String variable) {
        return variable.toLowerCase(Locale.ROOT).replace("___", "-").replace("__", "~").replace('_', '.').replace('~', '_');
    }

    /**
     * Services built from this repository's Dockerfile into the CLI image (its last stage: no build target), with the
     * arguments they give the contraflow command. The Connect worker is built from the "connect" stage; the connect
     * module's ConnectDockerFilesTest checks it.
     */
    private static Map<String, List<String>> applicationCommands() {
        Map<String, List<String>> commands = new LinkedHashMap<>();
        services.fields().forEachRemaining(service -> {
            if (service.getValue().has("build") && !service.getValue().get("build").has("target")) {
                commands.put(service.getKey(), StreamSupport.stream(service.getValue().get("command").spliterator(), false)
                        .map(JsonNode::asText).toList());
            }
        });
        return commands;
    }

    private static String kafkaEnvironment(String name) {
        JsonNode value = services.get("kafka").path("environment").get(name);
        assertThat(value).as("kafka environment %s", name).isNotNull();
        return value.asText();
    }

    /** "NAME://host:port,..." as NAME -> "host:port". */
    private static Map<String, String> listeners(String list) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (String listener : list.split(",")) {
            String[] parts = listener.strip().split("://", 2);
            assertThat(parts).as("listener %s", listener).hasSize(2);
            byName.put(parts[0], parts[1]);
        }
        return byName;
    }

    private static String listenerOnPort(String list, int port) {
        return listeners(list).entrySet().stream().filter(e -> e.getValue().endsWith(":" + port)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError("no listener on port " + port + " in " + list));
    }

    private static String serviceHostname(String service) {
        return services.get(service).path("hostname").asText(service);
    }

    private static int hostPort(String service, int index) {
        return Integer.parseInt(portMapping(service, index)[0]);
    }

    private static int containerPort(String service, int index) {
        return Integer.parseInt(portMapping(service, index)[1]);
    }

    private static String[] portMapping(String service, int index) {
        String mapping = services.get(service).path("ports").path(index).asText();
        String[] parts = mapping.split(":");
        assertThat(parts).as("%s ports[%d] is HOST:CONTAINER: %s", service, index, mapping).hasSize(2);
        return parts;
    }

    private static String optionValue(List<String> command, String option) {
        int at = command.indexOf(option);
        assertThat(at).as("%s in %s", option, command).isNotNegative().isLessThan(command.size() - 1);
        return command.get(at + 1);
    }

    private static List<String> jsonArrayOfLastInstruction(String dockerfile, String instruction) throws IOException {
        String line = Arrays.stream(dockerfile.split("\n")).map(String::strip)
                .filter(l -> l.startsWith(instruction + " ")).reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("Dockerfile has no " + instruction));
        List<String> values = new ArrayList<>();
        JSON.readTree(line.substring(instruction.length()).strip()).forEach(v -> values.add(v.asText()));
        return values;
    }

    /** System property contraflow.root (set by the build), else the nearest directory above holding docker-compose.yml. */
    private static Path repositoryRoot() {
        String configured = System.getProperty("contraflow.root");
        if (configured != null && Files.isRegularFile(Path.of(configured, "docker-compose.yml"))) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml"))) {
                return dir;
            }
        }
        throw new AssertionError("docker-compose.yml not found above " + Path.of("").toAbsolutePath());
    }
}
