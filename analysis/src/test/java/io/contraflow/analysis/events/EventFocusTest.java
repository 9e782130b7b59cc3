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

  @Test
  void aBodyThatSpeaksOnEveryCrisisIsASettingNotWhatTheStoryIsAbout() {
    // One report about a prison camp that names the United Nations; another story naming it shares no more than that.
    EventProfile event = new EventProfile();
    event.articleCount = 1;
    event.focalCounts.put("united nations", 1);
    event.focalCounts.put("varna camp", 1);
    assertThat(EventFocus.weight("united nations", event)).isEqualTo(EventFocus.PLACE_WEIGHT);
    assertThat(EventFocus.weight("varna camp", event)).isEqualTo(EventFocus.NAME_WEIGHT);
    EventFeatures hospital = new EventFeatures(Map.of("united nations", 1.0), Map.of(), 0L, 120, Set.of("united nations"),
        Set.of(), Set.of(), null, null, Set.of(), null);
    assertThat(EventFocus.match(hospital, event).strength()).isNotEqualTo(EventFocus.Strength.NAME);
  }
}
