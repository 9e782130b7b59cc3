package io.contraflow.schemas.registry;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.config.ConfigException;

/**
 * Finds the {@link SchemaRegistryClient} a serde's configuration names, sharing one client (and so one cache) per
 * registry across every serde of the JVM, as Confluent's serdes do.
 *
 * <p>{@value #URL_CONFIG} is a URL or a comma-separated list of them (the first is used). A {@code mock://NAME} URL
 * names a shared {@link InMemorySchemaRegistryClient} instead, so tests configure serdes purely by configuration.
 */
public final class SchemaRegistryClients {

    /** The configuration key of the registry URL, the same as Confluent's serdes use. */
    public static final String URL_CONFIG = "schema.registry.url";
    /** How long a client keeps asking an unreachable or failing registry, in ms (declared in AvroSerdeConfig). */
    public static final String RETRY_MS_CONFIG = "schema.registry.retry.ms";
    /** Two minutes: longer than a registry takes to restart, short enough that a registry gone for good is reported. */
    public static final long DEFAULT_RETRY_MS = 120_000;
    /** URL prefix that selects an in-memory registry shared by name, the same as Confluent's serdes use. */
    public static final String MOCK_PREFIX = "mock://";

    private static final Map<String, HttpSchemaRegistryClient> HTTP_CLIENTS = new ConcurrentHashMap<>();
    private static final Map<String, InMemorySchemaRegistryClient> MOCK_CLIENTS = new ConcurrentHashMap<>();

    private SchemaRegistryClients() {
    }

    /** The shared client for the {@value #URL_CONFIG} in {@code configs}. */
    public static SchemaRegistryClient fromConfig(Map<String, ?> configs) {
        Object value = configs == null ? null : configs.get(URL_CONFIG);
        String url = firstUrl(value);
        if (url == null) {
            throw new ConfigException(URL_CONFIG + " is required: set it to the registry's Confluent-compatible URL"
                    + " (e.g. http://127.0.0.1:8081 for Confluent, http://127.0.0.1:8080/apis/ccompat/v7 for Apicurio),"
                    + " or to mock://NAME for an in-memory registry in tests");
        }
        Object retry = configs.get(RETRY_MS_CONFIG);
        return forUrl(url, retry == null ? DEFAULT_RETRY_MS : Long.parseLong(retry.toString().strip()));
    }

    /** The shared client for one URL ({@code http(s)://...} or {@code mock://NAME}), retrying for the default time. */
    public static SchemaRegistryClient forUrl(String url) {
        return forUrl(url, DEFAULT_RETRY_MS);
    }

    /** The shared client for one URL that keeps asking an unavailable registry for {@code retryMs}. */
    public static SchemaRegistryClient forUrl(String url, long retryMs) {
        if (url.startsWith(MOCK_PREFIX)) {
            return mock(url.substring(MOCK_PREFIX.length()));
        }
        try {
            return HTTP_CLIENTS.computeIfAbsent(url + " retry " + retryMs,
                    key -> new HttpSchemaRegistryClient(url, HttpSchemaRegistryClient.DEFAULT_TIMEOUT, Duration.ofMillis(retryMs)));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(URL_CONFIG, url, e.getMessage());
        }
    }

    /** The in-memory registry shared under {@code name} (what {@code mock://name} selects); created on first use. */
    public static InMemorySchemaRegistryClient mock(String name) {
        if (name.isBlank()) {
            throw new ConfigException(URL_CONFIG, MOCK_PREFIX + name, "a mock:// URL needs a name, e.g. mock://my-test");
        }
        return MOCK_CLIENTS.computeIfAbsent(name, n -> new InMemorySchemaRegistryClient());
    }

    /** Forgets the in-memory registry named {@code name}, so the next test using that name starts empty. */
    public static void dropMock(String name) {
        MOCK_CLIENTS.remove(name);
    }

    private static String firstUrl(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.util.List<?> list) {
            return list.isEmpty() ? null : firstUrl(list.get(0));
        }
        String first = value.toString().split(",", -1)[0].strip();
        return first.isEmpty() ? null : first;
    }
}
