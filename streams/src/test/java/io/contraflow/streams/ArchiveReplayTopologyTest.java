package io.contraflow.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.schemas.Event;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive replayed in folder order, not in time order: after a story of 2035, two reports of a crash in 2031, with
 * another story of those days between them, are still one event. Open events are evicted by the time of the article being grouped, not by the latest time seen, so
 * the older story's first report is not evicted before its second arrives. Our own fictional story.
 */
class ArchiveReplayTopologyTest {
  private static final Instant T0 = Instant.parse("2031-03-07T18:00:00Z");
  private static final Instant LATER = Instant.parse("2035-06-01T09:00:00Z");

  @TempDir Path stateDir;
  private RealTopologyDriver topology;

  @BeforeEach
  void setUp() {
    topology = new RealTopologyDriver(stateDir);
  }

  @AfterEach
  void tearDown() {
    topology.close();
  }

  @Test
  void anOlderStoryReplayedAfterANewerOneKeepsItsReportsTogether() {
    topology.publish("harbour", LATER, "Fire sweeps Kesta harbour warehouses",
        "A fire swept through three warehouses in Kesta harbour on Sunday, the fire service said. No one was hurt.");
    topology.publish("byNumber", T0, "Flight KV208 disappears from radar after leaving Dorvan",
        "Flight KV208, carrying 96 passengers and crew, disappeared from radar screens twenty minutes after leaving Dorvan "
            + "on Friday evening. The transport minister, Ilse Varga, said all 96 people on board were killed.");
    // Another story of the same days, between the crash's two reports.
    topology.publish("vote", T0.plus(Duration.ofHours(5)), "Norland parliament passes budget after all-night session",
        "Norland's parliament passed the budget early on Saturday after an all-night session, the speaker said. The "
            + "opposition voted against the spending plan.");
    topology.publish("recorders", T0.plus(Duration.ofDays(1)), "Divers recover recorders of Flight KV208",
        "Navy divers on Saturday recovered both flight recorders of Flight KV208, which disappeared from radar after "
            + "leaving Dorvan on Friday. The transport minister, Ilse Varga, said none of the 96 on board survived.");
    List<KeyValue<String, Event>> all = topology.events.readKeyValuesToList();
    assertThat(all).anySatisfy(kv -> assertThat(kv.value.getArticles()).contains("byNumber", "recorders"));
  }
}
