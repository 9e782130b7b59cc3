package io.contraflow.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an event is about when its reports joined on what they say rather than on a name. */
class EventFocusTest {
  @Test
  void anEventWhoseReportsShareNoNameKeepsEachOnesNamesAsItsCore() {
    // Two reports, joined because they read alike, each about a name the other does not mention.
    EventProfile event = new EventProfile();
    event.articleCount = 2;
    event.focalCounts.put("varna harbour", 1);
    event.focalCounts.put("ilse varga", 1);
    EventFeatures third = new EventFeatures(Map.of("varna harbour", 1.5), Map.of(), 0L, 120, Set.of("varna harbour"),
        Set.of(), Set.of(), null, null, Set.of(), null);

    EventFocus.Match m = EventFocus.match(third, event);

    assertThat(m.shared()).contains("varna harbour");
    assertThat(m.strength()).isNotEqualTo(EventFocus.Strength.NONE);
  }
}
