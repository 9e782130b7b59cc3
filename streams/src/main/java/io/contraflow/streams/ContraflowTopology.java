package io.contraflow.streams;

import io.contraflow.schemas.AnalyzedArticle;
import io.contraflow.schemas.Article;
import io.contraflow.schemas.Claim;
import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.DeadLetter;
import io.contraflow.schemas.EventClaims;
import io.contraflow.schemas.EventProfile;
import io.contraflow.schemas.Topics;
import io.contraflow.streams.stages.AssignEvent;
import io.contraflow.streams.stages.Assigned;
import io.contraflow.streams.stages.DetectContradictions;
import io.contraflow.streams.stages.DetectionInput;
import io.contraflow.streams.stages.ExtractClaims;
import io.contraflow.streams.stages.Outcome;
import io.contraflow.streams.stages.ValidateArticle;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The whole pipeline, in one place:
 * <pre>
 * articles ─ validate-article ─┬─ extract-claims ─┬─ key-by-language ═ by-language ═ assign-event ─┬─ events
 *                              │                  │                                                ├─ claims (by article)
 *                              └──────────────────┴─ articles-dlq                                  └─ detection-input ═ by-event ═ detect-contradictions ─ contradictions
 * </pre>
 * (═ is a repartition topic.) Every processor, repartition topic and store is named, so {@code describe()} reads
 * like this picture and changelog names stay stable across releases.
 *
 * <p>Parallelism: extraction runs in one task per {@code articles} partition, grouping in one per
 * {@code grouping.partitions} (each language in one of them), detection in one per {@code detection.partitions};
 * a stream thread or instance takes whole tasks ({@link StreamsAppConfig} says what was measured).
 */
public final class ContraflowTopology {
  private ContraflowTopology() {}

  /** Builds the topology from the application config, with the real analysis. */
  public static Topology build(StreamsAppConfig config) {
    StreamsBuilder builder = new StreamsBuilder();
    build(builder, TopologySettings.from(config));
    return builder.build();
  }

  public static void build(StreamsBuilder builder, TopologySettings settings) {
    Map<String, Object> cfg = settings.serdeConfig();
    // Internal topics and stores use plain UTF-8 string keys; public topics use the catalogue's registry-framed keys.
    Serde<String> internalKey = Serdes.String();
    Serde<AnalyzedArticle> analyzedSerde = settings.avroSerde(AnalyzedArticle.class);

    KStream<String, Article> articles = builder.stream(Topics.ARTICLES.name(),
        Consumed.with(Topics.ARTICLES.keySerde(cfg), Topics.ARTICLES.valueSerde(cfg)).withName("articles"));

    // 1. validate: reject what analysis cannot use.
    Map<String, KStream<String, Outcome<Article>>> validated = articles
        .processValues(ValidateArticle.supplier(settings.maxRecordBytes()), Named.as("validate-article"))
        .split(Named.as("validated-"))
        .branch((key, outcome) -> outcome.isOk(), Branched.as("ok"))
        .defaultBranch(Branched.as("rejected"));

    // 2. extract claims and grouping features.
    Map<String, KStream<String, Outcome<AnalyzedArticle>>> extracted = validated.get("validated-ok")
        .mapValues(Outcome::value, Named.as("valid-article"))
        .processValues(ExtractClaims.supplier(settings.extraction(), settings.maxRecordBytes()), Named.as("extract-claims"))
        .split(Named.as("extracted-"))
        .branch((key, outcome) -> outcome.isOk(), Branched.as("ok"))
        .defaultBranch(Branched.as("failed"));

    KStream<String, DeadLetter> deadLetters = validated.get("validated-rejected")
        .mapValues(Outcome::deadLetter, Named.as("validation-dead-letter"))
        .merge(extracted.get("extracted-failed").mapValues(Outcome::deadLetter, Named.as("extraction-dead-letter")),
            Named.as("dead-letters"));
    deadLetters.to(Topics.ARTICLES_DLQ.name(),
        Produced.with(Topics.ARTICLES_DLQ.keySerde(cfg), Topics.ARTICLES_DLQ.valueSerde(cfg)).withName("to-articles-dlq"));

    // 3. assign each article to an event: one task must see every article of a language, so repartition by it.
    KStream<String, Assigned> assigned = extracted.get("extracted-ok")
        .mapValues(Outcome::value, Named.as("analyzed-article"))
        .selectKey((articleId, article) -> article.getLanguage(), Named.as("key-by-language"))
        .repartition(Repartitioned.with(internalKey, analyzedSerde).withName("by-language")
            .withNumberOfPartitions(settings.groupingPartitions()))
        .process(AssignEvent.supplier(settings.eventStaleAfter(), settings.maxRecordBytes(), settings.avroSerde(EventProfile.class)),
            Named.as("assign-event"));

    // Further parts of an article sent in several carry more claims, not a new event summary.
    assigned.filter((eventId, a) -> a.event() != null, Named.as("first-parts"))
        .mapValues(Assigned::event, Named.as("event-summary"))
        .to(Topics.EVENTS.name(),
            Produced.with(Topics.EVENTS.keySerde(cfg), Topics.EVENTS.valueSerde(cfg)).withName("to-events"));

    KStream<String, AnalyzedArticle> assignedArticles = assigned.mapValues(Assigned::article, Named.as("assigned-article"));

    // 4. publish every claim, keyed by its article.
    assignedArticles
        .flatMap((eventId, article) -> article.getClaims().stream()
            .map(claim -> KeyValue.pair(claim.getArticleId(), claim)).toList(), Named.as("claims-by-article"))
        .to(Topics.CLAIMS.name(),
            Produced.<String, Claim>with(Topics.CLAIMS.keySerde(cfg), Topics.CLAIMS.valueSerde(cfg)).withName("to-claims"));

    // 5. detect contradictions per event: one task must see every claim of an event, so repartition by event id.
    //    The claims of an event a late merge closed come back through event-merges, keyed by the event that
    //    continues it, and join the same repartition.
    KStream<String, AnalyzedArticle> handedOver = builder.stream(Topics.EVENT_MERGES.name(),
        Consumed.with(Topics.EVENT_MERGES.keySerde(cfg), Topics.EVENT_MERGES.valueSerde(cfg)).withName("from-event-merges"));
    assignedArticles.mapValues(DetectionInput::of, Named.as("detection-input"))
        .merge(handedOver, Named.as("with-handed-over-claims"))
        .repartition(Repartitioned.with(internalKey, analyzedSerde).withName("by-event")
            .withNumberOfPartitions(settings.detectionPartitions()))
        .process(DetectContradictions.supplier(settings.detection(), settings.eventClaimsMax(), settings.maxRecordBytes(),
                settings.avroSerde(EventClaims.class), settings.avroSerde(Contradiction.class)),
            Named.as("detect-contradictions"))
        .split(Named.as("detected-"))
        .branch((eventId, v) -> v instanceof AnalyzedArticle, Branched.withConsumer(moved -> moved
            .mapValues(v -> (AnalyzedArticle) v, Named.as("claims-handed-over"))
            .to(Topics.EVENT_MERGES.name(), Produced.with(Topics.EVENT_MERGES.keySerde(cfg), Topics.EVENT_MERGES.valueSerde(cfg))
                .withName("to-event-merges")), "merges"))
        .defaultBranch(Branched.withConsumer(found -> found
            // A null value is a retraction: a tombstone on the compacted topic.
            .mapValues(v -> (Contradiction) v, Named.as("contradiction"))
            .to(Topics.CONTRADICTIONS.name(), Produced.with(Topics.CONTRADICTIONS.keySerde(cfg), Topics.CONTRADICTIONS.valueSerde(cfg))
                .withName("to-contradictions")), "contradictions"));
  }
}
