package io.contraflow.schemas;

import java.util.List;

/**
 * The topic catalogue: every topic of the pipeline with its name and key and value types, defined once. Code that
 * reads or writes a topic takes it from here, so this file is the whole wire surface of the system.
 *
 * <p>Keys are Avro strings and values generated Avro records, both in Confluent's wire format
 * (see {@link io.contraflow.schemas.serde}).
 */
public final class Topics {

    /** Articles as ingested, keyed by article id. */
    public static final Topic<String, Article> ARTICLES =
            new Topic<>("articles", String.class, Article.class, 1, false);

    /** Inputs that could not be processed, with the reason. */
    public static final Topic<String, DeadLetter> ARTICLES_DLQ =
            new Topic<>("articles-dlq", String.class, DeadLetter.class, 1, false);

    /** Attributed claims extracted from articles. */
    public static final Topic<String, Claim> CLAIMS =
            new Topic<>("claims", String.class, Claim.class, 1, false);

    /** Events: groups of articles about the same real-world happening. */
    public static final Topic<String, Event> EVENTS =
            new Topic<>("events", String.class, Event.class, 1, false);

    /** Contradictions; compacted, so the latest revision per key is kept. */
    public static final Topic<String, Contradiction> CONTRADICTIONS =
            new Topic<>("contradictions", String.class, Contradiction.class, 1, true);

    /**
     * The claims of an event that a late merge closed, on their way to the event that continues it (keyed by that
     * event). Written and read by the streams application only.
     */
    public static final Topic<String, AnalyzedArticle> EVENT_MERGES =
            new Topic<>("event-merges", String.class, AnalyzedArticle.class, 1, false);

    private static final List<Topic<String, ?>> ALL = List.of(ARTICLES, ARTICLES_DLQ, CLAIMS, EVENTS, CONTRADICTIONS, EVENT_MERGES);

    private Topics() {
    }

    /** Every topic, in pipeline order. */
    public static List<Topic<String, ?>> all() {
        return ALL;
    }
}
