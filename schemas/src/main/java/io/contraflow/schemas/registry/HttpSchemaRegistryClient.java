package io.contraflow.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SchemaRegistryClient} speaking Confluent's REST protocol over {@code java.net.http}, so it works against
 * any Confluent-compatible registry: Confluent Schema Registry at {@code http://host:8081}, Apicurio Registry at
 * {@code http://host:port/apis/ccompat/v7}, Karapace, Redpanda.
 *
 * <p>Apicurio 2.4 differs from Confluent in one visible way: it stores a subject's {@code NONE} as "no rule for this
 * subject", so the global level still applies to it; set the global level to {@code NONE} to switch checks off there.
 *
 * <p>Ids of (subject, schema) pairs and schemas of ids are cached for the life of the client: both are immutable
 * in the registry, so after the first record of a type serialization makes no request. Thread-safe.
 *
 * <p>A registry that cannot be reached, or answers 5xx, 408 or 429, is asked again with growing pauses for up to
 * {@code retryFor}: a registry restarting for a few seconds must not turn every record read or written meanwhile into
 * a failure (a Kafka Streams application would dead-letter good input). After that the last failure is thrown, and
 * {@link SchemaRegistryException#isTransient()} tells the caller it may try again later.
 */
public final class HttpSchemaRegistryClient implements SchemaRegistryClient {

    private static final Logger LOG = LoggerFactory.getLogger(HttpSchemaRegistryClient.class);
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final Duration requestTimeout;
    private final Duration retryFor;
    private final HttpClient http;
    private final Map<SubjectSchema, Integer> idsBySubjectAndSchema = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

    /** @param baseUrl the registry's Confluent-compatible base URL, e.g. {@code http://127.0.0.1:8081/apis/ccompat/v7} */
    public HttpSchemaRegistryClient(String baseUrl) {
        this(baseUrl, DEFAULT_TIMEOUT, Duration.ZERO);
    }

    /**
     * @param requestTimeout how long one request may take
     * @param retryFor       how long to keep asking a registry that is unreachable or failing (zero: ask once)
     */
    public HttpSchemaRegistryClient(String baseUrl, Duration requestTimeout, Duration retryFor) {
        this.baseUrl = withoutTrailingSlash(requireHttpUrl(baseUrl));
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.retryFor = Objects.requireNonNull(retryFor, "retryFor");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public int register(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(requireSubject(subject), Objects.requireNonNull(schema, "schema"));
        Integer cached = idsBySubjectAndSchema.get(key);
        if (cached != null) {
            return cached;
        }
        JsonNode answer = send("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(schema), subject);
        int id = requiredInt(answer, "id", "registering a schema under subject '" + subject + "'");
        remember(key, id);
        LOG.debug("Registered schema {} under subject {} as id {}", schema.getFullName(), subject, id);
        return id;
    }

    @Override
    public int idOf(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(requireSubject(subject), Objects.requireNonNull(schema, "schema"));
        Integer cached = idsBySubjectAndSchema.get(key);
        if (cached != null) {
            return cached;
        }
        JsonNode answer;
        try {
            answer = send("POST", "/subjects/" + encode(subject), schemaBody(schema), subject);
        } catch (SchemaRegistryException e) {
            if (e.httpStatus() != 404) {
                throw e;
            }
            // Registries differ in which 404 they give (subject unknown vs schema unknown); both mean "not there".
            throw new SchemaRegistryException("Schema " + schema.getFullName() + " is not registered under subject '"
                    + subject + "' at " + baseUrl + " (" + e.getMessage() + ")", e.httpStatus(), e.errorCode());
        }
        int id = requiredInt(answer, "id", "looking up a schema under subject '" + subject + "'");
        remember(key, id);
        return id;
    }

    @Override
    public Schema getById(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        JsonNode answer = send("GET", "/schemas/ids/" + id, null, null);
        String type = answer.path("schemaType").asText("AVRO");
        if (!"AVRO".equals(type)) {
            throw new SchemaRegistryException("Schema id " + id + " at " + baseUrl + " is a " + type
                    + " schema, not Avro", 200, -1);
        }
        String text = answer.path("schema").asText(null);
        if (text == null) {
            throw new SchemaRegistryException("The registry at " + baseUrl + " answered schema id " + id
                    + " without a 'schema' field: " + answer, 200, -1);
        }
        Schema schema;
        try {
            schema = new Schema.Parser().parse(text);
        } catch (SchemaParseException e) {
            throw new SchemaRegistryException("Schema id " + id + " at " + baseUrl + " is not valid Avro: "
                    + e.getMessage(), e);
        }
        Schema raced = schemasById.putIfAbsent(id, schema);
        return raced == null ? schema : raced;
    }

    @Override
    public void setCompatibility(String subjectOrNullForGlobal, String level) {
        ObjectNode body = JSON.createObjectNode().put("compatibility", SchemaRegistryClient.requireCompatibilityLevel(level));
        String path = subjectOrNullForGlobal == null ? "/config" : "/config/" + encode(requireSubject(subjectOrNullForGlobal));
        send("PUT", path, body, subjectOrNullForGlobal);
    }

    @Override
    public String toString() {
        return "HttpSchemaRegistryClient[" + baseUrl + "]";
    }

    private void remember(SubjectSchema key, int id) {
        idsBySubjectAndSchema.put(key, id);
        schemasById.putIfAbsent(id, key.schema());
    }

    /** {@link #sendOnce}, again after a pause while the failure is transient and {@link #retryFor} has not passed. */
    private JsonNode send(String method, String path, JsonNode body, String subject) {
        long deadline = System.nanoTime() + retryFor.toNanos();
        Duration pause = FIRST_PAUSE;
        boolean warned = false;
        while (true) {
            try {
                JsonNode answer = sendOnce(method, path, body, subject);
                if (warned) {
                    LOG.info("The schema registry at {} answers again", baseUrl);
                }
                return answer;
            } catch (SchemaRegistryException e) {
                long left = deadline - System.nanoTime();
                if (!e.isTransient() || left <= 0) {
                    throw e;
                }
                if (!warned) {
                    LOG.warn("The schema registry at {} is unavailable ({}); asking again for up to {} s", baseUrl,
                            e.getMessage(), TimeUnit.NANOSECONDS.toSeconds(left));
                    warned = true;
                }
                try {
                    Thread.sleep(Math.min(pause.toMillis(), Math.max(1, TimeUnit.NANOSECONDS.toMillis(left))));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private JsonNode sendOnce(String method, String path, JsonNode body, String subject) {
        URI uri = URI.create(baseUrl + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Accept", CONTENT_TYPE + ", application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", CONTENT_TYPE)
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SchemaRegistryException("Cannot reach the schema registry at " + baseUrl + " (" + method + " "
                    + path + "): " + e + ". Is it running, and is schema.registry.url its Confluent-compatible URL?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException("Interrupted while calling the schema registry at " + baseUrl, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw RegistryErrors.from(response.statusCode(), response.body(), method, uri, subject);
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new SchemaRegistryException("The schema registry at " + baseUrl + " answered " + method + " " + path
                    + " with something that is not JSON: " + RegistryErrors.abbreviate(response.body()), e);
        }
    }

    private ObjectNode schemaBody(Schema schema) {
        return JSON.createObjectNode().put("schema", schema.toString());
    }

    private int requiredInt(JsonNode answer, String field, String doing) {
        JsonNode value = answer.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw new SchemaRegistryException("The schema registry at " + baseUrl + " answered " + doing
                    + " without an integer '" + field + "': " + RegistryErrors.abbreviate(answer.toString()), 200, -1);
        }
        return value.intValue();
    }

    /** Path segment encoding: URLEncoder encodes for forms, where a space is '+'; in a path it must be %20. */
    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String requireSubject(String subject) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A subject name must not be empty");
        }
        return subject;
    }

    private static String requireHttpUrl(String url) {
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            throw new IllegalArgumentException("Schema registry URL must start with http:// or https://, got '" + url + "'");
        }
        try {
            URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Schema registry URL '" + url + "' is not a valid URI: " + e.getMessage(), e);
        }
        return url;
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Cache key: ids are per schema, but a lookup or registration is answered per subject. */
    private record SubjectSchema(String subject, Schema schema) {
    }
}
