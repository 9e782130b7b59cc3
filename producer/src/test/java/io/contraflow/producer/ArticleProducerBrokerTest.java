package io.contraflow.producer;

import io.contraflow.embedded.EmbeddedKafkaBroker;
import io.contraflow.schemas.Article;
import io.contraflow.schemas.DeadLetter;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Produces a folder to a real broker and reads both topics back. Values use Avro's own single-object encoding here,
 * so this test does not depend on the project's registry serde.
 */
class ArticleProducerBrokerTest {

    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.start(0);
        broker.createTopics(List.of(new NewTopic("articles", 1, (short) 1), new NewTopic("articles-dlq", 1, (short) 1),
                new NewTopic("large-articles", 1, (short) 1), new NewTopic("large-articles-dlq", 1, (short) 1)));
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void everyArticleIsAcknowledgedAndEveryBadInputIsADeadLetter(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Title: Orchard frost losses\nSource: Farm Weekly\n\nGrowers lost a third.\n");
        Files.writeString(dir.resolve("b.jsonl"), """
                {"title": "Ferry timetable cut", "body": "Two sailings a day from June.", "url": "https://isles.example/ferry/"}
                {"title": "Broken line"
                """);
        Files.writeString(dir.resolve("c.txt"), "");

        IngestReport report;
        Map<String, Object> config = Map.of("bootstrap.servers", broker.bootstrapServers(), "progress.bar", "off");
        try (ArticleProducer producer = new ArticleProducer(config, new StringSerializer(),
                new AvroSingleObjectSerializer<>(), new AvroSingleObjectSerializer<>())) {
            report = producer.ingest(new ArticleReader().read(dir));
        }

        assertThat(report.articlesRead()).isEqualTo(2);
        assertThat(report.acknowledged()).isEqualTo(2);
        assertThat(report.failedToSend()).isZero();
        assertThat(report.readFailures()).containsOnly(Map.entry("JSON syntax error", 1L), Map.entry("empty body", 1L));
        assertThat(report.deadLettersWritten()).isEqualTo(2);

        List<ConsumerRecord<String, byte[]>> articles = readAll("articles", 2);
        assertThat(articles).map(ConsumerRecord::key)
                .satisfiesExactly(key -> assertThat(key).startsWith("a.txt#"),
                        key -> assertThat(key).isEqualTo("https://isles.example/ferry"));
        Article first = decode(articles.get(0).value(), Article::fromByteBuffer);
        assertThat(first.getTitle()).isEqualTo("Orchard frost losses");
        assertThat(first.getSource()).isEqualTo("Farm Weekly");
        assertThat(first.getId()).isEqualTo(articles.get(0).key());

        List<ConsumerRecord<String, byte[]>> deadLetters = readAll("articles-dlq", 2);
        assertThat(deadLetters).map(r -> decode(r.value(), DeadLetter::fromByteBuffer))
                .allSatisfy(letter -> assertThat(letter.getStage()).isEqualTo("producer"))
                .map(DeadLetter::getReason)
                .satisfiesExactly(reason -> assertThat(reason).startsWith(dir.resolve("b.jsonl") + ":2: JSON syntax error"),
                        reason -> assertThat(reason).isEqualTo(dir.resolve("c.txt") + ": empty body: the file is empty"));
    }

    /**
     * Issue 12, defect 7: one size limit, checked once, at the producer, on the record as Kafka counts it. An article
     * whose file passed the reader's 1 MiB check used to be sent and refused by Kafka (its record, with the Avro
     * overhead, was larger); now the producer refuses it itself, saying why, and everything it sends is accepted.
     */
    @Test
    void theOneArticleLimitIsCheckedBeforeSendingSoKafkaAcceptsEveryArticleSent(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-just-over.txt"), "Title: Too long by its record\n\n" + words(1_048_500) + "\n");
        Files.writeString(dir.resolve("b-under.txt"), "Title: Long but fits\n\n" + words(1_040_000) + "\n");

        IngestReport report;
        Map<String, Object> config = Map.of("bootstrap.servers", broker.bootstrapServers(), "progress.bar", "off",
                "articles.topic", "large-articles", "dead.letter.topic", "large-articles-dlq");
        try (ArticleProducer producer = new ArticleProducer(config, new StringSerializer(),
                new AvroSingleObjectSerializer<>(), new AvroSingleObjectSerializer<>())) {
            report = producer.ingest(new ArticleReader(producer.settings().maxArticleBytes()).read(dir));
        }

        assertThat(report.failedToSend()).as("nothing the producer sends is refused by Kafka: %s", report).isZero();
        assertThat(report.acknowledged()).isEqualTo(1);
        assertThat(report.readFailures()).containsExactly(Map.entry("article too large", 1L));
    }

    /** About {@code bytes} bytes of words, so the text is text. */
    private static String words(int bytes) {
        StringBuilder text = new StringBuilder(bytes);
        while (text.length() < bytes) {
            text.append("harbour ");
        }
        return text.substring(0, bytes);
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(String topic, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "producer-test-" + topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private interface Decoder<T> {
        T decode(ByteBuffer buffer) throws IOException;
    }

    private static <T> T decode(byte[] bytes, Decoder<T> decoder) {
        try {
            return decoder.decode(ByteBuffer.wrap(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Avro single-object encoding, enough for a test that does not need a registry. */
    private static final class AvroSingleObjectSerializer<T extends SpecificRecordBase> implements Serializer<T> {
        @Override
        public byte[] serialize(String topic, T data) {
            try {
                ByteBuffer buffer = data instanceof Article a ? a.toByteBuffer() : ((DeadLetter) data).toByteBuffer();
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                return bytes;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
