package io.contraflow.producer;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import io.contraflow.schemas.ArticleLimits;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The producer module's own settings. Everything else in the same map is passed to the Kafka producer, with this
 * module's defaults (idempotent, acks=all, 256 KB batches, 10 ms linger) where the map says nothing.
 */
public final class ProducerSettings extends AbstractConfig {

    public static final String MAX_ARTICLE_BYTES_CONFIG = "max.article.bytes";
    public static final String ARTICLES_TOPIC_CONFIG = "articles.topic";
    public static final String DEAD_LETTER_TOPIC_CONFIG = "dead.letter.topic";
    public static final String PROGRESS_BAR_CONFIG = "progress.bar";

    /** When to draw a progress bar on the terminal. */
    public enum ProgressBar {
        /** When there is a console (not when output is piped or in tests). */
        AUTO,
        ON,
        OFF
    }

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(MAX_ARTICLE_BYTES_CONFIG, Type.INT, ArticleLimits.DEFAULT_MAX_ARTICLE_BYTES,
                    ConfigDef.Range.between(1, Integer.MAX_VALUE - ArticleLimits.RECORD_OVERHEAD), Importance.MEDIUM,
                    "The one article size limit: the largest article record, key and Avro value together (the "
                            + "Confluent header included), as Kafka counts it. Checked once, here, before sending: a "
                            + "larger article is reported as 'article too large' and dead-lettered, never sent. The "
                            + "default is Kafka's default record limit (1 MiB) less the 1 KiB Kafka adds per record; it "
                            + "may not exceed max.request.size less that, and should not exceed the articles topic's "
                            + "max.message.bytes less that (ingest checks the topic). Input files and JSON lines larger "
                            + "than it are refused before they are read whole.")
            .define(ARTICLES_TOPIC_CONFIG, Type.STRING, "articles", new ConfigDef.NonEmptyString(),
                    Importance.HIGH, "Topic the articles are produced to, keyed by article id.")
            .define(DEAD_LETTER_TOPIC_CONFIG, Type.STRING, "articles-dlq", new ConfigDef.NonEmptyString(),
                    Importance.MEDIUM, "Topic that inputs which could not be read or sent go to, as DeadLetter "
                            + "records, when a dead-letter serializer is given.")
            .define(PROGRESS_BAR_CONFIG, Type.STRING, "auto",
                    ConfigDef.CaseInsensitiveValidString.in("auto", "on", "off"), Importance.LOW,
                    "Draw a progress bar on the terminal: 'auto' when there is a console, 'on', or 'off'.");

    /** Producer settings this module chooses unless told otherwise; see reference-figures.md for the batching. */
    static final Map<String, Object> KAFKA_DEFAULTS = Map.of(
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,     // a retried send is not written twice
            ProducerConfig.ACKS_CONFIG, "all",                   // acknowledged means on every in-sync replica
            ProducerConfig.LINGER_MS_CONFIG, 10,
            ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);       // about twice the throughput of the 16 KB default

    public ProducerSettings(Map<?, ?> originals) {
        super(CONFIG_DEF, originals, false);
        Object requestSize = originals.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        int maxRequest = requestSize == null ? ArticleLimits.KAFKA_DEFAULT_RECORD_LIMIT : Integer.parseInt(requestSize.toString().strip());
        if (maxArticleBytes() > maxRequest - ArticleLimits.RECORD_OVERHEAD) {
            throw new ConfigException(MAX_ARTICLE_BYTES_CONFIG, maxArticleBytes(), "an article of this size could not be sent:"
                    + " max.request.size is " + maxRequest + " and Kafka adds up to " + ArticleLimits.RECORD_OVERHEAD
                    + " bytes per record; the most it may be is " + (maxRequest - ArticleLimits.RECORD_OVERHEAD));
        }
    }

    public int maxArticleBytes() {
        return getInt(MAX_ARTICLE_BYTES_CONFIG);
    }

    public String articlesTopic() {
        return getString(ARTICLES_TOPIC_CONFIG);
    }

    public String deadLetterTopic() {
        return getString(DEAD_LETTER_TOPIC_CONFIG);
    }

    public ProgressBar progressBar() {
        return ProgressBar.valueOf(getString(PROGRESS_BAR_CONFIG).toUpperCase(Locale.ROOT));
    }

    /** The configuration for the Kafka producer: the given map without this module's keys, plus its defaults. */
    public Map<String, Object> kafkaProducerConfig() {
        Map<String, Object> config = new HashMap<>(KAFKA_DEFAULTS);
        originals().forEach((key, value) -> {
            if (!CONFIG_DEF.names().contains(key)) {
                config.put(key, value);
            }
        });
        return config;
    }
}
