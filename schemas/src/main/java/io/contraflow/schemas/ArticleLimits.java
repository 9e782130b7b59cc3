package io.contraflow.schemas;

/**
 * The size limits of an article, in one place: the producer checks them before it sends, and the streams application
 * relies on them (it processes whatever the broker accepted, and bounds everything it writes by Kafka's own limits).
 */
public final class ArticleLimits {

    /**
     * Kafka's default {@code max.request.size} (producer) and, within 12 bytes, {@code message.max.bytes} (broker):
     * the largest record a default cluster accepts.
     */
    public static final int KAFKA_DEFAULT_RECORD_LIMIT = 1_048_576;

    /**
     * What a record costs beyond its key and value bytes, as Kafka counts it: the record batch header (61 bytes),
     * the record's own framing (at most 21 bytes), and room for a few headers.
     */
    public static final int RECORD_OVERHEAD = 1_024;

    /**
     * Default of {@code max.article.bytes}: the largest article record, key and Avro value together (the Confluent
     * header included), that still fits in a default cluster's record limit with its overhead.
     */
    public static final int DEFAULT_MAX_ARTICLE_BYTES = KAFKA_DEFAULT_RECORD_LIMIT - RECORD_OVERHEAD;

    /**
     * Longest article id, in UTF-8 bytes. An id is repeated in every claim, profile and event that names the article,
     * so it must stay small for those records to stay bounded; real URLs are far shorter.
     */
    public static final int MAX_ID_BYTES = 1_000;

    private ArticleLimits() {
    }
}
