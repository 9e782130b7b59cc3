package io.contraflow.producer;

import io.contraflow.schemas.Article;
import io.contraflow.schemas.DeadLetter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Produces articles to the articles topic, keyed by article id, with an idempotent producer (acks=all) and batching
 * tuned for throughput (see {@link ProducerSettings}). Inputs that could not be read, and articles that could not be
 * sent, go to the dead-letter topic as {@link DeadLetter} records when a dead-letter serializer is given, so nothing
 * that goes in is lost without a trace.
 *
 * <p>The serializers are used as given: Kafka does not call {@code configure} on serializer instances, so configure
 * them first. They are closed with this producer.
 */
public final class ArticleProducer implements AutoCloseable {

    /** The {@code stage} of dead letters for inputs that could not be read. */
    public static final String READ_STAGE = "producer";
    /** The {@code stage} of dead letters for articles that were read but could not be sent. */
    public static final String SEND_STAGE = "produce";

    private static final Logger log = LoggerFactory.getLogger(ArticleProducer.class);

    private final ProducerSettings settings;
    private final Producer<String, SpecificRecord> producer;
    private final boolean deadLetters;
    private final Clock clock;

    /** Without dead letters: read failures are only counted and logged. */
    public ArticleProducer(Map<?, ?> config, Serializer<String> keySerializer, Serializer<Article> articleSerializer) {
        this(config, keySerializer, articleSerializer, null);
    }

    /**
     * @param config               Kafka producer settings (bootstrap.servers at least) and {@link ProducerSettings}
     * @param deadLetterSerializer serializer of dead letters, or null to produce none
     */
    public ArticleProducer(Map<?, ?> config, Serializer<String> keySerializer, Serializer<Article> articleSerializer,
                           Serializer<DeadLetter> deadLetterSerializer) {
        this(new ProducerSettings(config), keySerializer, articleSerializer, deadLetterSerializer);
    }

    private ArticleProducer(ProducerSettings settings, Serializer<String> keySerializer,
                            Serializer<Article> articleSerializer, Serializer<DeadLetter> deadLetterSerializer) {
        this(settings, new KafkaProducer<>(settings.kafkaProducerConfig(),
                        Objects.requireNonNull(keySerializer, "keySerializer"),
                        new RecordTypeSerializer(Objects.requireNonNull(articleSerializer, "articleSerializer"),
                                deadLetterSerializer)),
                deadLetterSerializer != null, Clock.systemUTC());
    }

    /** Over any producer, e.g. Kafka's MockProducer in tests. */
    ArticleProducer(ProducerSettings settings, Producer<String, SpecificRecord> producer, boolean deadLetters,
                    Clock clock) {
        this.settings = settings;
        this.producer = producer;
        this.deadLetters = deadLetters;
        this.clock = clock;
    }

    public ProducerSettings settings() {
        return settings;
    }

    /** Sends every article, dead-letters every read failure, flushes, and reports. Closes the stream. */
    public IngestReport ingest(Stream<ReadResult> results) {
        return ingest(results, -1);
    }

    /**
     * As {@link #ingest(Stream)}, with the number of inputs when known (-1 if not), for the progress bar.
     */
    public IngestReport ingest(Stream<ReadResult> results, long expectedInputs) {
        long start = System.nanoTime();
        Counts counts = new Counts();
        try (Stream<ReadResult> all = results;
             IngestProgress progress = IngestProgress.start(settings.progressBar(), expectedInputs)) {
            all.forEach(result -> {
                if (result instanceof ReadResult.Ok ok) {
                    send(ok.article(), counts);
                } else if (result instanceof ReadResult.Failed failed) {
                    skip(failed, counts);
                }
                progress.step();
            });
        }
        producer.flush();
        if (deadLetters && !counts.unsent.isEmpty()) {
            DeadLetter unsent;
            while ((unsent = counts.unsent.poll()) != null) {
                sendDeadLetter(unsent, counts);
            }
            producer.flush();
        }
        IngestReport report = counts.report(Duration.ofNanos(System.nanoTime() - start));
        log.info("Ingest: {}", report.summary());
        return report;
    }

    private void send(Article article, Counts counts) {
        counts.read.increment();
        Callback acknowledged = (metadata, error) -> {
            if (error == null) {
                counts.acknowledged.increment();
            } else {
                notSent(article, error, counts);
            }
        };
        try {
            producer.send(new ProducerRecord<>(settings.articlesTopic(), article.getId(), article), acknowledged);
            counts.sent.increment();
        } catch (IllegalStateException | InterruptException stopped) {
            throw stopped;  // the producer is closed or the thread interrupted: the remaining sends would fail too
        } catch (RuntimeException error) {  // e.g. the serializer refused the record: this article only
            notSent(article, error, counts);
        }
    }

    private void notSent(Article article, Exception error, Counts counts) {
        String reason = error.getClass().getSimpleName();
        counts.sendFailures.computeIfAbsent(reason, r -> new LongAdder()).increment();
        log.warn("Article {} ({}) was not sent: {}", article.getId(), article.getOrigin(), error.toString());
        if (deadLetters) {
            // Sent after the flush, not from here: callbacks run on the producer's I/O thread, where a blocking
            // send could stall it.
            counts.unsent.add(deadLetter(SEND_STAGE,
                    article.getOrigin() + ": could not be sent to " + settings.articlesTopic() + ": " + error,
                    article.getId(), article.getId(), settings.articlesTopic()));
        }
    }

    private void skip(ReadResult.Failed failed, Counts counts) {
        counts.readFailures.computeIfAbsent(failed.kind(), r -> new LongAdder()).increment();
        log.warn("Skipped {}", failed.message());
        if (deadLetters) {
            sendDeadLetter(deadLetter(READ_STAGE, failed.message(), failed.origin(), null, null), counts);
        }
    }

    private DeadLetter deadLetter(String stage, String reason, String key, String articleId, String topic) {
        return DeadLetter.newBuilder()
                .setStage(stage)
                .setReason(reason)
                .setKey(key)
                .setArticleId(articleId)
                .setTopic(topic)
                .setFailedAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .build();
    }

    private void sendDeadLetter(DeadLetter deadLetter, Counts counts) {
        Callback written = (metadata, error) -> {
            if (error == null) {
                counts.deadLettersWritten.increment();
            } else {
                log.error("Dead letter for {} was not written to {}: {} (reason was: {})", deadLetter.getKey(),
                        settings.deadLetterTopic(), error.toString(), deadLetter.getReason());
            }
        };
        try {
            producer.send(new ProducerRecord<>(settings.deadLetterTopic(), deadLetter.getKey(), deadLetter), written);
        } catch (IllegalStateException | InterruptException stopped) {
            throw stopped;
        } catch (RuntimeException error) {
            written.onCompletion(null, error);
        }
    }

    @Override
    public void close() {
        producer.close();
    }

    /** One ingest's counters; callbacks update them from the producer's I/O thread. */
    private static final class Counts {
        final LongAdder read = new LongAdder();
        final LongAdder sent = new LongAdder();
        final LongAdder acknowledged = new LongAdder();
        final LongAdder deadLettersWritten = new LongAdder();
        final Map<String, LongAdder> sendFailures = new ConcurrentHashMap<>();
        final Map<String, LongAdder> readFailures = new ConcurrentHashMap<>();
        final Queue<DeadLetter> unsent = new ConcurrentLinkedQueue<>();

        IngestReport report(Duration elapsed) {
            return new IngestReport(read.sum(), sent.sum(), acknowledged.sum(), totals(sendFailures),
                    totals(readFailures), deadLettersWritten.sum(), elapsed);
        }

        private static Map<String, Long> totals(Map<String, LongAdder> counts) {
            return counts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sum()));
        }
    }
}
