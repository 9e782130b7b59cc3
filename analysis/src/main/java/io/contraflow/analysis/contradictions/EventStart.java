package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.time.MentionedDates;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * When an event began, as its claims give it: the earliest report, or the day before it that two articles or more name
 * as the day ("the January 15 spill", when the first dated report is of January 28: coverage that reached us late, or
 * began with undated reports; a survey of a storm's dead eight months on). Figures of an incident dated well before the
 * start are of another incident ({@link OtherCounts}); figures given in the first days are counts still rising
 * ({@link RisingTolls}). Kept as claims arrive, so an event read article by article starts where the whole event read
 * at once does.
 */
final class EventStart {
  /**
   * How far before the first dated report a day its articles name may be the event's own: coverage may reach us weeks
   * late, or begin only with a study, an inquiry or a trial a year or more after the event.
   */
  static final Duration NAMED_DAY_BEFORE = Duration.ofDays(730);

  private Instant first;
  private Instant firstDated;
  /** Each day a dated claim's sentence names, with the articles that name it. */
  private final Map<LocalDate, Set<String>> named = new HashMap<>();

  static EventStart of(Iterable<Claim> claims) {
    EventStart s = new EventStart();
    for (Claim c : claims) s.add(c);
    return s;
  }

  void add(Claim c) {
    Instant at = c.publishedAt();
    if (at == null) return;
    if (first == null || at.isBefore(first)) first = at;
    if (!c.dated()) return;
    if (firstDated == null || at.isBefore(firstDated)) firstDated = at;
    if (c.sentence() == null) return;
    for (LocalDate d : MentionedDates.days(c.sentence(), at.atZone(ZoneOffset.UTC).toLocalDate())) {
      named.computeIfAbsent(d, k -> new HashSet<>()).add(c.articleId());
    }
  }

  /** The start, or null when no claim has a publication time. */
  Instant instant() {
    // (Undated reports are dated when they were read: no day they name is compared with that.)
    if (firstDated == null || !firstDated.equals(first)) return first;
    LocalDate own = null;
    for (var e : named.entrySet()) {
      Instant day = e.getKey().atStartOfDay(ZoneOffset.UTC).toInstant();
      if (!day.isBefore(first) || day.plus(NAMED_DAY_BEFORE).isBefore(first) || e.getValue().size() < 2) continue;
      int articles = e.getValue().size();
      // The day most articles name; of two named as often, the earlier.
      if (own == null || articles > named.get(own).size() || articles == named.get(own).size() && e.getKey().isBefore(own)) own = e.getKey();
    }
    return own == null ? first : own.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** How long before an event's start a day must be for what happened on it to be another incident. */
  private static final Duration EARLIER_INCIDENT = Duration.ofDays(30);

  /**
   * Whether the claim's content names days, and every one of them a month or more before the event began: "Israeli
   * officials say Sinwar masterminded the October 7, 2023 attack", in coverage of a killing the next summer, blames
   * someone for an earlier incident, told as background.
   */
  static boolean aboutEarlierIncident(Claim c, Instant eventStart) {
    if (eventStart == null || c.publishedAt() == null || !c.dated() || c.content() == null) return false;
    var days = MentionedDates.days(c.content(), c.publishedAt().atZone(ZoneOffset.UTC).toLocalDate());
    for (LocalDate d : days) if (!d.atStartOfDay(ZoneOffset.UTC).toInstant().plus(EARLIER_INCIDENT).isBefore(eventStart)) return false;
    return !days.isEmpty();
  }
}
