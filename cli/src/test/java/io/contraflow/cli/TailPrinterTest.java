package io.contraflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.Event;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code tail --event}: retractions are shown, and a late merge moves the filter to the event that continues it. */
class TailPrinterTest {
  private final StringWriter written = new StringWriter();
  private final TailPrinter printer = new TailPrinter(new PrintWriter(written), new ContradictionFilter("evt-1", null, null), true,
      new ContradictionFormat(false));

  private static Contradiction of(String id, String eventId) {
    Contradiction c = AvroJsonTest.contradiction();
    c.setId(id);
    c.setEventId(eventId);
    return c;
  }

  @Test
  void followsTheFollowedEventIntoTheOneThatContinuesIt() {
    printer.contradiction("ctr-1", of("ctr-1", "evt-1"));
    printer.contradiction("ctr-2", of("ctr-2", "evt-9"));
    Event closed = Event.newBuilder().setEventId("evt-1").setTitle("t").setFirstSeen(Instant.EPOCH).setLastSeen(Instant.EPOCH)
        .setArticleCount(1).setArticles(List.of("a")).setSources(List.of()).setContinuedBy("evt-9").build();
    printer.event(closed);
    printer.contradiction("ctr-1", null);
    printer.contradiction("ctr-3", of("ctr-3", "evt-9"));

    List<String> lines = written.toString().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).contains("\"id\":\"ctr-1\"");
    assertThat(lines.get(1)).isEqualTo("{\"event\":\"evt-1\",\"continuedBy\":\"evt-9\"}");
    assertThat(lines.get(2)).isEqualTo("{\"withdrawn\":\"ctr-1\"}");
    assertThat(lines.get(3)).contains("\"id\":\"ctr-3\"");
  }
}
