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
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.ToIntFunction;
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
    private static final Duration WATCH_INTERVAL = Duration.ofMillis(200);

    private final ProducerSettings settings;
    private final Producer<String, SpecificRecord> producer;
    private final boolean deadLetters;
    private final Clock clock;
    /** Key plus value bytes of an article's record, as Kafka will count them; null when not known (tests). */
    private final ToIntFunction<Article> recordSize;
    /** Why the current ingest stops early; set by the watchdog or by a send that found Kafka gone. */
    private volatile String stopReason;
    private volatile boolean closed;

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
                deadLetterSerializer != null, Clock.systemUTC(),
                article -> length(keySerializer.serialize(settings.articlesTopic(), article.getId()))
                        + length(articleSerializer.serialize(settings.articlesTopic(), article)));
    }

    /** Over any producer, e.g. Kafka's MockProducer in tests; the size limit is then not checked. */
    ArticleProducer(ProducerSettings settings, Producer<String, SpecificRecord> producer, boolean deadLetters,
                    Clock clock) {
        this(settings, producer, deadLetters, clock, null);
    }

    ArticleProducer(ProducerSettings settings, Producer<String, SpecificRecord> producer, boolean deadLetters,
                    Clock clock, ToIntFunction<Article> recordSize) {
        this.settings = settings;
        this.producer = producer;
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.recordSize = recordSize;
    }

    private static int length(byte[] bytes) {
        return bytes == null ? 0 : bytes.length;
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
        return ingest(results, expectedInputs, IngestLimits.NONE);
    }

    /**
     * As {@link #ingest(Stream, long)}, stopping at the deadline or when asked to. A watchdog checks both a few
     * times a second and, when one has come, closes the Kafka producer at once: a send blocked on a broker that is
     * gone (60 s per article by default) gives up, what is in flight is counted as not sent, and the report says why
     * the ingest stopped. The producer is then closed: one ingest per producer in that case.
     */
    public IngestReport ingest(Stream<ReadResult> results, long expectedInputs, IngestLimits limits) {
        long start = System.nanoTime();
        long deadline = limits.timeout() == null ? Long.MAX_VALUE : start + limits.timeout().toNanos();
        Counts counts = new Counts();
        stopReason = null;
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ingest-watchdog");
            t.setDaemon(true);
            return t;
        });
        watchdog.scheduleWithFixedDelay(() -> {
            if (stopReason == null && limits.stopRequested().getAsBoolean()) {
                stopNow("asked to stop");
            } else if (stopReason == null && System.nanoTime() - deadline > 0) {
                stopNow("the deadline of " + limits.timeout().toSeconds() + " s passed");
            }
        }, WATCH_INTERVAL.toMillis(), WATCH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        Inputs inputs = new Inputs(results);
        try {
            try (inputs; IngestProgress progress = IngestProgress.start(settings.progressBar(), expectedInputs)) {
                ReadResult result;
                while (stopReason == null && (result = inputs.next(() -> stopReason != null)) != null) {
                    try {
                        if (result instanceof ReadResult.Ok ok) {
                            send(ok.article(), counts);
                        } else if (result instanceof ReadResult.Failed failed) {
                            skip(failed, counts);
                        }
                    } catch (RuntimeException e) {
                        if (stopReason == null) {
                            throw e;
                        }
                    }
                    progress.step();
                }
            }
            if (stopReason == null) {
                producer.flush();
            }
            if (stopReason == null && deadLetters && !counts.unsent.isEmpty()) {
                DeadLetter unsent;
                while ((unsent = counts.unsent.poll()) != null) {
                    sendDeadLetter(unsent, counts);
                }
                producer.flush();
            }
        } catch (RuntimeException e) {
            if (stopReason == null) {
                throw e;
            }
        } finally {
            watchdog.shutdownNow();
        }
        IngestReport report = counts.report(Duration.ofNanos(System.nanoTime() - start), stopReason);
        log.info("Ingest: {}", report.summary());
        return report;
    }

    /**
     * The inputs, read on a thread of their own a few results ahead, so that the ingest can stop while reading is
     * blocked: standard input cannot be interrupted, and a pipe that never closes would keep the ingest, and the
     * summary it owes, waiting forever.
     */
    private static final class Inputs implements AutoCloseable {
        private static final Object END = new Object();
        private final BlockingQueue<Object> ahead = new ArrayBlockingQueue<>(16);
        private final Stream<ReadResult> results;
        private final Thread reader;

        Inputs(Stream<ReadResult> results) {
            this.results = results;
            this.reader = new Thread(this::readAll, "ingest-reader");
            reader.setDaemon(true);
            reader.start();
        }

        private void readAll() {
            try {
                Iterator<ReadResult> it = results.iterator();
                while (it.hasNext()) {
                    ahead.put(it.next());
                }
                ahead.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                ahead.offer(e); // reading failed: the ingest fails with it
            }
        }

        /** The next input, or null at the end or when {@code stopped} turns true while waiting. */
        ReadResult next(BooleanSupplier stopped) {
            try {
                while (!stopped.getAsBoolean()) {
                    Object next = ahead.poll(WATCH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
                    if (next == END) {
                        return null;
                    }
                    if (next instanceof RuntimeException failure) {
                        throw failure;
                    }
                    if (next != null) {
                        return (ReadResult) next;
                    }
                }
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        @Override
        public void close() {
            reader.interrupt();
            results.close();
        }
    }

    /** Stops the current ingest: closing the producer wakes a send or flush blocked on Kafka. */
    private void stopNow(String why) {
        stopReason = why;
        log.warn("Ingest stopping: {}", why);
        closed = true;
        producer.close(Duration.ZERO);
    }

    private void send(Article article, Counts counts) {
        if (recordSize != null) {
            int size;
            try {
                size = recordSize.applyAsInt(article);
            } catch (RuntimeException e) {
                counts.read.increment();
                notSent(article, e, counts);
                return;
            }
            if (size > settings.maxArticleBytes()) {
                // The one size limit, checked here with Kafka's own count (key + Avro value): an article the
                // producer sends is one Kafka and the streams application accept.
                skip(ReadResult.Failed.of(article.getOrigin(), ReadProblem.TOO_LARGE, String.format(Locale.ROOT,
                        "its record is %,d bytes (key and Avro value), more than max.article.bytes (%,d)",
                        size, settings.maxArticleBytes())), counts);
                return;
            }
        }
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
        } catch (org.apache.kafka.common.errors.TimeoutException gone) {
            // No metadata within max.block.ms: Kafka is not answering. Every further article would wait as long.
            notSent(article, gone, counts);
            stopNow("Kafka did not answer (" + gone.getMessage() + ")");
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
        if (deadLetters && !closed) {
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
        if (!closed) {
            closed = true;
            producer.close();
        }
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

        IngestReport report(Duration elapsed, String stoppedBecause) {
            return new IngestReport(read.sum(), sent.sum(), acknowledged.sum(), totals(sendFailures),
                    totals(readFailures), deadLettersWritten.sum(), elapsed, stoppedBecause);
        }

        private static Map<String, Long> totals(Map<String, LongAdder> counts) {
            return counts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sum()));
        }
    }
}
