package io.contraflow.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client against a stand-in speaking Confluent's own dialect of the protocol (error_code 409 on incompatibility,
 * 40403 for unknown ids), where the integration test in module embedded covers Apicurio's.
 */
class HttpSchemaRegistryClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    /** Requests answered 503 before the registered answers are given, as by a registry still starting. */
    private final AtomicInteger unavailableFor = new AtomicInteger();
    private HttpSchemaRegistryClient client;

    private record Answer(int status, String contentType, String body) {
    }

    @BeforeEach
    void startStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
        client = new HttpSchemaRegistryClient("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @AfterEach
    void stopStandIn() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath();
        requests.add(key + " " + exchange.getRequestHeaders().getFirst("Content-Type") + " " + body);
        Answer answer = unavailableFor.getAndUpdate(n -> Math.max(0, n - 1)) > 0
                ? new Answer(503, "text/plain", "starting")
                : answers.getOrDefault(key, new Answer(404, "application/json",
                        "{\"error_code\":404,\"message\":\"HTTP 404 Not Found\"}"));
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private void on(String methodAndPath, int status, String json) {
        answers.put(methodAndPath, new Answer(status, "application/vnd.schemaregistry.v1+json", json));
    }

    @Test
    void registersOnceThenAnswersFromItsCache() throws IOException {
        on("POST /subjects/notes-value/versions", 200, "{\"id\":7}");

        int id = client.register("notes-value", TestSchemas.v1());
        int again = client.register("notes-value", TestSchemas.v1());

        assertThat(id).isEqualTo(7);
        assertThat(again).isEqualTo(7);
        assertThat(requests).hasSize(1);
        String[] request = requests.get(0).split(" ", 4);
        assertThat(request[2]).isEqualTo("application/vnd.schemaregistry.v1+json");
        assertThat(JSON.readTree(request[3]).get("schema").asText()).isEqualTo(TestSchemas.v1().toString());
        assertThat(client.getById(7)).isEqualTo(TestSchemas.v1()); // known from the registration, no request
        assertThat(requests).hasSize(1);
    }

    @Test
    void fetchesASchemaByIdOnce() {
        on("GET /schemas/ids/3", 200, JSON.createObjectNode().put("schema", TestSchemas.v1().toString()).toString());

        assertThat(client.getById(3)).isEqualTo(TestSchemas.v1());
        assertThat(client.getById(3)).isEqualTo(TestSchemas.v1());

        assertThat(requests).hasSize(1);
    }

    @Test
    void looksUpWithoutRegistering() {
        on("POST /subjects/notes-value", 200, "{\"subject\":\"notes-value\",\"id\":5,\"version\":1,\"schema\":\"...\"}");

        assertThat(client.idOf("notes-value", TestSchemas.v1())).isEqualTo(5);
        assertThat(requests.get(0)).startsWith("POST /subjects/notes-value ");
    }

    @Test
    void aLookUpOfAnUnregisteredSchemaSaysSo() {
        on("POST /subjects/notes-value", 404, "{\"error_code\":40403,\"message\":\"Schema not found\"}");

        assertThatThrownBy(() -> client.idOf("notes-value", TestSchemas.v1()))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("io.contraflow.test.Note is not registered under subject 'notes-value'");
    }

    @Test
    void confluentsIncompatibilityAnswerBecomesAnIncompatibleSchemaException() {
        on("POST /subjects/notes-value/versions", 409, "{\"error_code\":409,\"message\":\"Schema being registered is"
                + " incompatible with an earlier schema for subject \\\"notes-value\\\"\"}");

        assertThatThrownBy(() -> client.register("notes-value", TestSchemas.v2WithRequiredField()))
                .isInstanceOfSatisfying(IncompatibleSchemaException.class, e -> {
                    assertThat(e.subject()).isEqualTo("notes-value");
                    assertThat(e.httpStatus()).isEqualTo(409);
                    assertThat(e.errorCode()).isEqualTo(409);
                })
                .hasMessageContaining("Schema for subject 'notes-value' is incompatible")
                .hasMessageContaining("registry said: Schema being registered is incompatible");
    }

    @Test
    void anUnknownIdIsReportedWithTheRegistrysWords() {
        on("GET /schemas/ids/99", 404, "{\"error_code\":40403,\"message\":\"Schema 99 not found\"}");

        assertThatThrownBy(() -> client.getById(99))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("no such schema")
                .hasMessageContaining("HTTP 404, error_code 40403")
                .hasMessageContaining("Schema 99 not found");
    }

    @Test
    void aNonJsonFailureIsReportedWithItsStatusAndBody() {
        answers.put("GET /schemas/ids/1", new Answer(502, "text/html", "<html>\n<body>Bad gateway</body></html>"));

        assertThatThrownBy(() -> client.getById(1))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("HTTP 502")
                .hasMessageContaining("<html> <body>Bad gateway");
    }

    @Test
    void subjectsAreEncodedAsOnePathSegment() {
        on("POST /subjects/odd%20name%2Fwith%3Fchars-value/versions", 200, "{\"id\":1}");

        assertThat(client.register("odd name/with?chars-value", TestSchemas.v1())).isEqualTo(1);
    }

    @Test
    void compatibilityIsPutGloballyOrPerSubject() throws IOException {
        on("PUT /config", 200, "{\"compatibility\":\"BACKWARD\"}");
        on("PUT /config/notes-value", 200, "{\"compatibility\":\"FULL\"}");

        client.setCompatibility(null, "BACKWARD");
        client.setCompatibility("notes-value", "FULL");

        assertThat(requests).hasSize(2);
        assertThat(JSON.readTree(requests.get(0).split(" ", 4)[3]).get("compatibility").asText()).isEqualTo("BACKWARD");
        assertThat(requests.get(1)).startsWith("PUT /config/notes-value ");
        assertThatThrownBy(() -> client.setCompatibility(null, "backwards")).isInstanceOf(IllegalArgumentException.class);
        assertThat(requests).hasSize(2);
    }

    @Test
    void anUnreachableRegistryIsNamed() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        HttpSchemaRegistryClient nowhere = new HttpSchemaRegistryClient("http://127.0.0.1:" + closedPort);

        assertThatThrownBy(() -> nowhere.getById(1))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("Cannot reach the schema registry at http://127.0.0.1:" + closedPort);
    }

    @Test
    void aRegistryThatFailsForAWhileIsAskedAgainUntilItAnswers() {
        on("GET /schemas/ids/7", 200, "{\"schema\":" + JSON.valueToTree(TestSchemas.v1().toString()) + "}");
        unavailableFor.set(3);
        HttpSchemaRegistryClient patient = new HttpSchemaRegistryClient(
                "http://127.0.0.1:" + server.getAddress().getPort(), Duration.ofSeconds(5), Duration.ofSeconds(60));

        assertThat(patient.getById(7)).isEqualTo(TestSchemas.v1());
        assertThat(requests).hasSize(4);
    }

    @Test
    void aRegistryThatStaysDownFailsAfterTheRetryTimeWithATransientError() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        HttpSchemaRegistryClient patient = new HttpSchemaRegistryClient("http://127.0.0.1:" + closedPort,
                Duration.ofSeconds(1), Duration.ofMillis(300));

        assertThatThrownBy(() -> patient.getById(1))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.isTransient()).isTrue());
    }

    @Test
    void aRefusalIsNotRetried() {
        HttpSchemaRegistryClient patient = new HttpSchemaRegistryClient(
                "http://127.0.0.1:" + server.getAddress().getPort(), Duration.ofSeconds(5), Duration.ofSeconds(60));

        assertThatThrownBy(() -> patient.getById(99))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.isTransient()).isFalse());
        assertThat(requests).hasSize(1);
    }
}
