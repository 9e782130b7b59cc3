package io.contraflow.cli;

import io.contraflow.schemas.Contradiction;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Which contradictions `tail` shows: by event, kind and claimant (any side, case-insensitive substring). */
public record ContradictionFilter(String eventId, String kind, String claimant) implements Predicate<Contradiction> {
  @Override
  public boolean test(Contradiction c) {
    if (eventId != null && !eventId.equals(c.getEventId())) return false;
    if (kind != null && !c.getKind().name().equalsIgnoreCase(kind.replace('-', '_'))) return false;
    if (claimant != null) {
      String wanted = claimant.toLowerCase(Locale.ROOT);
      return Stream.concat(c.getSideA().getClaimants().stream(), c.getSideB().getClaimants().stream())
          .anyMatch(name -> name.toLowerCase(Locale.ROOT).contains(wanted));
    }
    return true;
  }
}
