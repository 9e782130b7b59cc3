package io.contraflow.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warm-up runs the real topology on the sample story, off the cluster, and keeps to its budget. */
@Tag("nlp")
class TopologyWarmUpTest {
  @TempDir Path stateDir;

  @Test
  void pipesTheSampleStoryThroughTheTopologyWithinItsBudget() {
    StreamsAppConfig config = new StreamsAppConfig(Map.of(
        StreamsAppConfig.SCHEMA_REGISTRY_URL, "mock://warm-up-" + UUID.randomUUID(),
        // No broker is started: a warm-up that reached for one would fail and send nothing.
        StreamsAppConfig.BOOTSTRAP_SERVERS, "localhost:1",
        StreamsAppConfig.STATE_DIR, stateDir.toString(),
        StreamsAppConfig.EXTRACTION_WARM_UP_MS, 0L));
    StreamsBuilder builder = new StreamsBuilder();
    ContraflowTopology.build(builder, TopologySettings.from(config));
    Topology topology = builder.build(config.toStreamsProperties());

    long start = System.nanoTime();
    int sent = TopologyWarmUp.run(topology, config, Duration.ofSeconds(6));
    long tookMs = (System.nanoTime() - start) / 1_000_000;

    // At least one outlet's report and the others that join its event, so grouping and detection ran (the first
    // article also loads the models, which takes a second or two on a cold JVM).
    assertThat(sent).isGreaterThanOrEqualTo(3);
    // The budget bounds the loop; one article past it may still finish (a generous bound, not a timing test).
    assertThat(tookMs).isLessThan(30_000);
    // The application's own state directory is untouched: the warm-up keeps its stores elsewhere.
    assertThat(stateDir.toFile().list()).isEmpty();
    assertThat(TopologyWarmUp.run(topology, config, Duration.ZERO)).isZero();
  }
}
