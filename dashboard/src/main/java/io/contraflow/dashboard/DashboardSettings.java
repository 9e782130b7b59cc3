package io.contraflow.dashboard;

import io.contraflow.schemas.Topics;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/** Everything the dashboard can be told: where to listen, which cluster and registry to read, and which topics. */
public final class DashboardSettings extends AbstractConfig {

    public static final String HOST = "dashboard.host";
    public static final String PORT = "dashboard.port";
    public static final String ALLOWED_HOSTS = "dashboard.allowed.hosts";
    /** The names a browser on this machine uses; what the dashboard answers to unless told more. */
    public static final List<String> LOCAL_HOSTS = List.of("localhost", "127.0.0.1", "[::1]");
    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String EVENTS_TOPIC = "topic.events";
    public static final String CONTRADICTIONS_TOPIC = "topic.contradictions";
    public static final String CLAIMS_TOPIC = "topic.claims";

    public static final ConfigDef CONFIG = new ConfigDef()
            .define(HOST, Type.STRING, "127.0.0.1", new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Interface the web server binds to. The default keeps the dashboard private to this machine.")
            .define(PORT, Type.INT, 8080, Range.between(0, 65535), Importance.HIGH,
                    "Port of the web server; 0 picks a free one.")
            .define(ALLOWED_HOSTS, Type.LIST, LOCAL_HOSTS, Importance.HIGH,
                    "Host names (the Host header, without the port) the dashboard answers to; any other gets 403. A web page"
                            + " on another site cannot then read the dashboard by pointing its own name at this machine (DNS"
                            + " rebinding). The address bound to (dashboard.host) is added, and when it is all interfaces"
                            + " (0.0.0.0), this machine's own host name; add the names others use to reach it.")
            .define(BOOTSTRAP_SERVERS, Type.STRING, "127.0.0.1:9092", new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Kafka brokers to read the topics from.")
            .define(SCHEMA_REGISTRY_URL, Type.STRING, "http://127.0.0.1:8081", new ConfigDef.NonEmptyString(),
                    Importance.HIGH, "Schema registry (Confluent-compatible API) the Avro records were written with; mock://NAME selects an in-memory one in tests.")
            .define(EVENTS_TOPIC, Type.STRING, Topics.EVENTS.name(), new ConfigDef.NonEmptyString(), Importance.LOW,
                    "Topic of event summaries, keyed by event id.")
            .define(CONTRADICTIONS_TOPIC, Type.STRING, Topics.CONTRADICTIONS.name(), new ConfigDef.NonEmptyString(),
                    Importance.LOW, "Compacted topic of contradictions, keyed by contradiction id.")
            .define(CLAIMS_TOPIC, Type.STRING, Topics.CLAIMS.name(), new ConfigDef.NonEmptyString(), Importance.LOW,
                    "Topic of extracted claims, keyed by article id.");

    public DashboardSettings(Map<?, ?> originals) {
        super(CONFIG, originals);
    }

    public static DashboardSettings of(Properties properties) {
        return new DashboardSettings(properties);
    }

    public String host() {
        return getString(HOST);
    }

    public int port() {
        return getInt(PORT);
    }

    public String bootstrapServers() {
        return getString(BOOTSTRAP_SERVERS);
    }

    public String schemaRegistryUrl() {
        return getString(SCHEMA_REGISTRY_URL);
    }

    public List<String> allowedHosts() {
        return getList(ALLOWED_HOSTS);
    }

    public DashboardTopics topics() {
        return new DashboardTopics(getString(EVENTS_TOPIC), getString(CONTRADICTIONS_TOPIC), getString(CLAIMS_TOPIC));
    }

    /** The README's configuration table, generated from the definitions above. */
    public static void main(String[] args) {
        System.out.println(CONFIG.toEnrichedRst());
    }
}
