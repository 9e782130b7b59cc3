package io.contraflow.producer;

import io.contraflow.schemas.Article;
import io.contraflow.schemas.DeadLetter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleProducerTest {

    private static final Instant NOW = Instant.parse("2031-06-01T12:00:00Z");
    private static final ProducerSettings SETTINGS = new ProducerSettings(Map.of("progress.bar", "off"));

    @Test
    void sendsEveryArticleKeyedByIdAndCountsReadFailuresByReason() {
        FailingMockProducer kafka = new FailingMockProducer(Set.of());
        ArticleProducer producer = new ArticleProducer(SETTINGS, kafka, false, Clock.systemUTC());

        IngestReport report = producer.ingest(Stream.of(
                ok("a1"), ok("a2"),
                new ReadResult.Failed("empty.txt", "empty body: the file is empty"),
                ok("a3"),
                new ReadResult.Failed("feed.jsonl:7", "JSON syntax error: Unexpected character"),
                new ReadResult.Failed("also-empty.txt", "empty body: no text after the title")));

        assertThat(kafka.history()).map(ProducerRecord::topic).containsOnly("articles");
        assertThat(kafka.history()).map(ProducerRecord::key).containsExactly("a1", "a2", "a3");
        assertThat(kafka.flushed()).isTrue();
        assertThat(report.articlesRead()).isEqualTo(3);
        assertThat(report.sent()).isEqualTo(3);
        assertThat(report.acknowledged()).isEqualTo(3);
        assertThat(report.readFailures()).containsExactly(Map.entry("empty body", 2L), Map.entry("JSON syntax error", 1L));
        assertThat(report.deadLettersWritten()).isZero();
        assertThat(report.summary()).startsWith(
                "3 articles read, 3 sent, 3 acknowledged, 0 failed; 3 skipped: empty body (2), JSON syntax error (1)");
    }

    @Test
    void readFailuresBecomeDeadLettersWhenADeadLetterSerializerIsGiven() {
        FailingMockProducer kafka = new FailingMockProducer(Set.of());
        ArticleProducer producer = new ArticleProducer(SETTINGS, kafka, true, Clock.fixed(NOW, ZoneOffset.UTC));

        IngestReport report = producer.ingest(Stream.of(ok("a1"),
                new ReadResult.Failed("bad.txt", "invalid UTF-8: malformed byte sequence at byte 3")));

        List<ProducerRecord<String, SpecificRecord>> deadLetters = kafka.history().stream()
                .filter(r -> r.topic().equals("articles-dlq")).toList();
        assertThat(deadLetters).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("bad.txt");
            DeadLetter letter = (DeadLetter) record.value();
            assertThat(letter.getStage()).isEqualTo("producer");
            assertThat(letter.getReason()).isEqualTo("bad.txt: invalid UTF-8: malformed byte sequence at byte 3");
            assertThat(letter.getKey()).isEqualTo("bad.txt");
            assertThat(letter.getArticleId()).isNull();
            assertThat(letter.getFailedAt()).isEqualTo(NOW);
        });
        assertThat(report.deadLettersWritten()).isEqualTo(1);
    }

    @Test
    void sendFailuresAreCountedWithReasonsAndDeadLettered() {
        FailingMockProducer kafka = new FailingMockProducer(Set.of("times-out"));
        ArticleProducer producer = new ArticleProducer(SETTINGS, kafka, true, Clock.systemUTC());

        IngestReport report = producer.ingest(Stream.of(ok("a1"), ok("times-out"), ok("unserializable"), ok("a2")));

        assertThat(report.articlesRead()).isEqualTo(4);
        assertThat(report.sent()).isEqualTo(3);  // the serializer refused one before it was sent
        assertThat(report.acknowledged()).isEqualTo(2);
        assertThat(report.sendFailures()).containsOnly(
                Map.entry("TimeoutException", 1L), Map.entry("SerializationException", 1L));
        assertThat(report.summary()).contains("2 failed: SerializationException (1), TimeoutException (1)");
        assertThat(kafka.history()).filteredOn(r -> r.topic().equals("articles-dlq"))
                .map(r -> (DeadLetter) r.value())
                .allSatisfy(letter -> {
                    assertThat(letter.getStage()).isEqualTo("produce");
                    assertThat(letter.getTopic()).isEqualTo("articles");
                })
                .extracting(DeadLetter::getArticleId).containsExactlyInAnyOrder("times-out", "unserializable");
        assertThat(report.deadLettersWritten()).isEqualTo(2);
    }

    @Test
    void closesTheInputStream() {
        boolean[] closed = {false};
        ArticleProducer producer = new ArticleProducer(SETTINGS, new FailingMockProducer(Set.of()), false,
                Clock.systemUTC());

        producer.ingest(Stream.of(ok("a1")).onClose(() -> closed[0] = true));

        assertThat(closed[0]).isTrue();
    }

    @Test
    void readsAndSendsAFolderEndToEnd(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("one.txt"), "Lighthouse relit at Corran Point\n\nVolunteers restored it.\n");
        Files.writeString(dir.resolve("two.txt"), "");
        Files.writeString(dir.resolve("three.txt"), "Market hall reopens\n\nTraders returned on Friday.\n");
        FailingMockProducer kafka = new FailingMockProducer(Set.of());

        IngestReport report;
        try (ArticleProducer producer = new ArticleProducer(SETTINGS, kafka, true, Clock.systemUTC())) {
            report = producer.ingest(new ArticleReader().read(dir));
        }

        assertThat(report.summary()).startsWith(
                "2 articles read, 2 sent, 2 acknowledged, 0 failed; 1 skipped: empty body (1); 1 dead letter written");
        assertThat(kafka.history()).map(ProducerRecord::topic).containsExactly("articles", "articles", "articles-dlq");
        assertThat(kafka.history()).map(ProducerRecord::key).satisfiesExactly(
                key -> assertThat(key).startsWith("one.txt#"),
                key -> assertThat(key).startsWith("three.txt#"),
                key -> assertThat(key).isEqualTo(dir.resolve("two.txt").toString()));
        assertThat(kafka.closed()).isTrue();
    }

    private static ReadResult ok(String id) {
        return new ReadResult.Ok(Article.newBuilder()
                .setId(id).setTitle("Title of " + id).setBody("Body of " + id)
                .setIngestedAt(NOW).setOrigin(id + ".txt").build());
    }

    /** Serializes values as their JSON text, refusing the article with id "unserializable". */
    private static final class TextSerializer<T extends SpecificRecord> implements Serializer<T> {
        @Override
        public byte[] serialize(String topic, T data) {
            if (data instanceof Article article && article.getId().equals("unserializable")) {
                throw new SerializationException("cannot serialize " + article.getId());
            }
            return data.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A MockProducer whose broker answers with a timeout for articles with the given keys. */
    private static final class FailingMockProducer extends MockProducer<String, SpecificRecord> {
        private final Set<String> timingOut;

        FailingMockProducer(Set<String> timingOut) {
            super(true, null, new StringSerializer(),
                    new RecordTypeSerializer(new TextSerializer<>(), new TextSerializer<>()));
            this.timingOut = timingOut;
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, SpecificRecord> record, Callback callback) {
            if (record.topic().equals("articles") && timingOut.contains(record.key())) {
                TimeoutException timeout = new TimeoutException("Expiring 1 record(s): 120000 ms has passed");
                callback.onCompletion(null, timeout);
                return CompletableFuture.failedFuture(timeout);
            }
            return super.send(record, callback);
        }
    }
}
