package io.contraflow.analysis.events;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * How far apart stories lie in time, and which days of a story a report tells of. One report that reads like two
 * stories does not make them one when their dated coverage lies years apart: a second chemical attack in the same war
 * reads like the first.
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


  /** How long before the story's first dated report its incident may have happened: reports follow it by days. */
  static final Duration TOLD_AFTER = Duration.ofDays(14);

  /**
   * An undated report that names a day of the story's dated span ("the clashes on July 24"), or of the fortnight before
   * its first dated report, tells of the story's own days: it is judged as a report of those days would be. (Its year
   * is unknown, as the report's is: the month and day are matched in the years the story spans.)
   */
  static boolean tellsOfTheStorysDays(List<java.time.LocalDate> days, EventProfile p) {
    if (days == null || days.isEmpty()) return false;
    java.time.LocalDate from = p.datedFirst.minus(TOLD_AFTER).atZone(java.time.ZoneOffset.UTC).toLocalDate();
    java.time.LocalDate to = p.datedLast.atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(1);
    for (java.time.LocalDate d : days) {
      for (int year = from.getYear(); year <= to.getYear(); year++) {
        java.time.LocalDate placed = d.getMonthValue() == 2 && d.getDayOfMonth() == 29 && !java.time.Year.isLeap(year) ? null
            : d.withYear(year);
        if (placed != null && !placed.isBefore(from) && !placed.isAfter(to)) return true;
      }
    }
    return false;
  }

  /**
   * Whether the article names the day its story began: the day of the story's first dated report or one of the three
   * before it, as a report written that day or the next tells of the day before ("the 14 May attack").
   */
  static boolean recallsStart(List<java.time.LocalDate> days, EventProfile p) {
    if (days == null || days.isEmpty() || p.datedFirst == null) return false;
    java.time.LocalDate first = p.datedFirst.atZone(java.time.ZoneOffset.UTC).toLocalDate();
    for (java.time.LocalDate d : days) if (!d.isAfter(first) && !d.isBefore(first.minusDays(3))) return true;
    return false;
  }
}
