package io.contraflow.streams;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.ArticleAnalysis;
import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimExtractor;
import io.contraflow.analysis.contradictions.ContradictionDetector;
import io.contraflow.analysis.contradictions.Finding;
import io.contraflow.schemas.serde.SpecificAvroSerde;
import io.contraflow.streams.bounds.RecordLimits;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/**
 * What the topology needs to be built: serde configuration, analysis limits, and the analysis functions themselves
 * (injectable so a test can substitute deterministic extraction and detection and test what the pipeline does with
 * their results).
 *
 * @param serdeConfig configuration passed to every serde (at least {@code schema.registry.url})
 * @param maxRecordBytes key plus value bytes any record the topology writes may have ({@link RecordLimits})
 * @param extraction claim extraction per article (thread-safe: shared by all stream threads)
 * @param detection the contradiction detection run per event: (eventId, claims of the event) -> findings; a
 *     {@link ContradictionDetector} itself is kept per event between articles by the detection stage
 * @param groupingPartitions partitions of the {@code by-language} repartition topic ({@link StreamsAppConfig#GROUPING_PARTITIONS})
 * @param detectionPartitions partitions of the {@code by-event} repartition topic ({@link StreamsAppConfig#DETECTION_PARTITIONS})
 */
public record TopologySettings(Map<String, Object> serdeConfig, Duration eventStaleAfter, int eventClaimsMax,
                               int maxRecordBytes, Function<ArticleText, ArticleAnalysis> extraction,
                               BiFunction<String, List<Claim>, List<Finding>> detection,
                               int groupingPartitions, int detectionPartitions) {
  public TopologySettings {
    serdeConfig = Map.copyOf(serdeConfig);
    if (groupingPartitions < 1 || detectionPartitions < 1) throw new IllegalArgumentException("partitions must be at least 1");
    Objects.requireNonNull(eventStaleAfter, "eventStaleAfter");
    Objects.requireNonNull(extraction, "extraction");
    Objects.requireNonNull(detection, "detection");
  }

  /**
   * Settings from the application config, with the real claim extractor and contradiction detector; records are
   * bounded by the producer's limit in the config ({@link #withRecordLimit} narrows it to the cluster's).
   */
  public static TopologySettings from(StreamsAppConfig config) {
    ClaimExtractor extractor = ClaimExtractor.english();
    // Compile the extractor's hot paths before the first article (see ClaimExtractor.warmUp).
    extractor.warmUp(Duration.ofMillis(config.extractionWarmUpMs()));
    return new TopologySettings(config.serdeConfig(), config.eventStaleAfter(), config.eventClaimsMax(),
        RecordLimits.budget(RecordLimits.producerLimit(config.originals())),
        extractor::analyze, new ContradictionDetector(), config.groupingPartitions(), config.detectionPartitions());
  }

  public TopologySettings withExtraction(Function<ArticleText, ArticleAnalysis> extraction) {
    return new TopologySettings(serdeConfig, eventStaleAfter, eventClaimsMax, maxRecordBytes, extraction, detection, groupingPartitions,
        detectionPartitions);
  }

  public TopologySettings withDetection(BiFunction<String, List<Claim>, List<Finding>> detection) {
    return new TopologySettings(serdeConfig, eventStaleAfter, eventClaimsMax, maxRecordBytes, extraction, detection, groupingPartitions,
        detectionPartitions);
  }

  /** These settings with records bounded by a record limit of {@code limit} bytes (e.g. the cluster's). */
  public TopologySettings withRecordLimit(int limit) {
    return new TopologySettings(serdeConfig, eventStaleAfter, eventClaimsMax, RecordLimits.budget(limit), extraction, detection,
        groupingPartitions, detectionPartitions);
  }

  /** A configured value serde for an Avro record kept in a store or on an internal topic. */
  public <T extends SpecificRecord> Serde<T> avroSerde(Class<T> type) {
    SpecificAvroSerde<T> serde = new SpecificAvroSerde<>(type);
    serde.configure(serdeConfig, false);
    return serde;
  }
}
