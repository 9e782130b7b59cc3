package io.contraflow.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.schemas.Contradiction;
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
 * A late merge through the whole topology, with the real extraction and detection: one air crash opened as two
 * events (by its flight number, by the lake it fell into), each with its own dispute; a later article naming it both
 * ways merges them. The closed event's last record names the event that continues it, its contradiction is retracted
 * with a tombstone, its claims reach the survivor through {@code event-merges}, and the survivor finds what the two
 * halves contradict each other on. Our own fictional story.
 */
class LateMergeTopologyTest {
  private static final Instant T0 = Instant.parse("2031-03-07T18:00:00Z");

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

  private void publish(String id, Duration after, String title, String body) {
    topology.publish(id, T0.plus(after), title, body);
  }

  @Test
  void anArticleNamingTheIncidentBothWaysMergesTwoEventsAndTheirDisputes() {
    publish("byNumber", Duration.ZERO, "Flight KV208 disappears from radar after leaving Dorvan",
        "Flight KV208, carrying 96 passengers and crew, disappeared from radar screens twenty minutes after leaving Dorvan "
            + "on Friday evening. The transport minister, Ilse Varga, said all 96 people on board were killed.");
    publish("byPlace", Duration.ofHours(3), "Lake Ostra crash: wreckage found near Tarnby",
        "Fishermen found wreckage and life jackets floating on Lake Ostra near the village of Tarnby late on Friday. "
            + "Tarnby's mayor, Oskar Lind, said 130 people were killed when the airliner hit the water. Lind said the plane "
            + "was shot down deliberately. The airline said the crash was an accident caused by an engine fire.");
    List<KeyValue<String, Event>> before = topology.events.readKeyValuesToList();
    String first = before.get(0).key;
    String second = before.get(1).key;
    assertThat(second).as("the crash opened as two events").isNotEqualTo(first);
    List<KeyValue<String, Contradiction>> secondHalf = topology.contradictions.readKeyValuesToList();
    assertThat(secondHalf).as("the lake event's own dispute").isNotEmpty()
        .allSatisfy(kv -> assertThat(kv.value.getEventId()).isEqualTo(second));

    publish("bridge", Duration.ofDays(1), "Divers recover recorders of Flight KV208 from Lake Ostra crash site",
        "Navy divers on Saturday recovered both flight recorders of Flight KV208 from the bottom of Lake Ostra, where the "
            + "airliner came down near Tarnby. Investigators said the Lake Ostra crash left no survivors among the 96 on board.");

    List<KeyValue<String, Event>> after = topology.events.readKeyValuesToList();
    assertThat(after).anySatisfy(kv -> {
      assertThat(kv.key).isEqualTo(second);
      assertThat(kv.value.getContinuedBy()).isEqualTo(first);
    });
    assertThat(after).anySatisfy(kv -> {
      assertThat(kv.key).isEqualTo(first);
      assertThat(kv.value.getContinues()).containsExactly(second);
      assertThat(kv.value.getArticles()).contains("byNumber", "byPlace", "bridge");
    });

    List<KeyValue<String, Contradiction>> changes = topology.contradictions.readKeyValuesToList();
    for (KeyValue<String, Contradiction> withdrawn : secondHalf) {
      assertThat(changes).as("retraction of %s", withdrawn.key).anySatisfy(kv -> {
        assertThat(kv.key).isEqualTo(withdrawn.key);
        assertThat(kv.value).isNull();
      });
    }
    assertThat(changes).as("the survivor's disputes, across the two halves").anySatisfy(kv -> {
      assertThat(kv.value).isNotNull();
      assertThat(kv.value.getEventId()).isEqualTo(first);
      assertThat(kv.value.getTopic()).contains("96").contains("130");
    });
  }
}
