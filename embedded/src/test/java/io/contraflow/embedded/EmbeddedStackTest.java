package io.contraflow.embedded;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The broker and the registry together, as the demo and the integration tests use them. */
class EmbeddedStackTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void bothServicesWorkWhileOpenAndAreGoneAfterClose() throws Exception {
        int kafkaPort = FreePort.onLoopback();
        EmbeddedStack stack = EmbeddedStack.start(kafkaPort, 0);
        String registryUrl = stack.schemaRegistryUrl();
        try {
            assertThat(stack.bootstrapServers()).isEqualTo("127.0.0.1:" + kafkaPort);
            assertThat(registryUrl).startsWith("http://127.0.0.1:");
            assertThat(get(registryUrl + "/config").statusCode()).isEqualTo(200);

            stack.kafka().createTopics(List.of(new NewTopic("stack-check", 1, (short) 1)));
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
                producer.send(new ProducerRecord<>("stack-check", "k", "through the stack")).get();
            }
            assertThat(readOne(stack.bootstrapServers(), "stack-check")).isEqualTo("through the stack");
        } finally {
            stack.close();
        }

        assertThat(FreePort.isFree(kafkaPort)).as("Kafka port released").isTrue();
        assertThatThrownBy(() -> get(registryUrl + "/config")).isInstanceOf(ConnectException.class);
    }

    @Test
    void whenTheRegistryCannotStartTheBrokerIsStoppedAgain() throws Exception {
        int kafkaPort = FreePort.onLoopback();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedStack.start(kafkaPort, taken.getLocalPort()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("schema registry")
                    .hasMessageContaining("127.0.0.1:" + taken.getLocalPort());
        }
        assertThat(FreePort.isFree(kafkaPort)).as("Kafka port released").isTrue();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String readOne(String bootstrapServers, String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "stack-check-reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach((ConsumerRecord<String, String> r) -> values.add(r.value()));
            }
            assertThat(values).hasSize(1);
            return values.get(0);
        }
    }
}
