package io.contraflow.analysis.events;

import java.time.Duration;
import java.util.Collection;

/**
 * How far apart stories lie in time. One report that reads like two stories does not make them one when their dated
 * coverage lies years apart: a second chemical attack in the same war reads like the first.
 */
final class StorySpans {
  private StorySpans() {}

  /**
   * How far apart two stories' coverage must lie before one report that reads like both no longer joins them: a
   * story's follow-ups (a report months on that names neither day) come within a year; a second incident that reads
   * like the first, years on, is another story.
   */
  static final Duration YEARS_APART = Duration.ofDays(365);

  /** Two of the events' dated spans lie further apart than {@code gap}. */
  static boolean apart(Collection<EventProfile> events, Duration gap) {
    for (EventProfile a : events) {
      for (EventProfile b : events) {
        if (a.datedFirst == null || b.datedLast == null || !a.datedFirst.isAfter(b.datedLast)) continue;
        if (Duration.between(b.datedLast, a.datedFirst).compareTo(gap) > 0) return true;
      }
    }
    return false;
  }
}
