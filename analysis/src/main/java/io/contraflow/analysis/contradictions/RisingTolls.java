package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.nlp.ClaimantType;
import java.util.List;
import java.util.Set;

/**
 * Whether two figures of a toll are the same toll as it rose over an event's first days rather than two positions:
 * who gives each figure, when, and how.
 */
final class RisingTolls {
  private RisingTolls() {}

  /**
   * A toll as it rose over the days: in an event's first days ({@link FigureDetector#RISING_DAYS}, which the caller checks of the
   * lower figure) the dead and injured are counted again as bodies are found and the wounded die, so a count given a
   * day or more after every lower one is the same toll later, not a rival position, unless a party
   * that gives only one of the two figures faces another party on the other side ("Russia said 40 were killed; Kyiv
   * says more than 50"). A governor's 14, his ministry's 22 the next day and the city's 24 the day after, whichever
   * outlets relay them, are one count rising; so is an unnamed official's 15 against the governor's 24 two days on.
   * Reports of one day are taken as that day's updates: their order within the day is not known.
   */
  static boolean roseOverDays(String measure, List<Claim> lower, List<Claim> higher, PartyResolver parties) {
    if (!measure.startsWith("killed") && !measure.startsWith("injured") || lower.isEmpty() || higher.isEmpty()) return false;
    // Every higher figure given a day or more after every lower one; the same day, only as what the toll "has risen
    // to" or as one country's or one source's count updated; in one report, only as one speaker's update ("the toll has risen to 24 ...
    // in an earlier statement, he said 22 were killed"). Two speakers' figures side by side in one report ("a civil
    // defence chief said 300, a health official 500") are a discrepancy, and so are two sources' estimates of one day.
    boolean oneCountry = !java.util.Collections.disjoint(countries(lower, parties), countries(higher, parties))
        || !java.util.Collections.disjoint(sources(lower, parties), sources(higher, parties));
    // Read in one pass over each side (a big story holds hundreds of claims of one figure): the last lower figure's day,
    // the reports giving a lower one, and each higher figure against them.
    java.time.Instant lastLow = null;
    java.util.Map<String, Set<String>> lowSpeakers = new java.util.HashMap<>();
    for (Claim l : lower) {
      if (l.publishedAt() == null) return false;
      if (lastLow == null || l.publishedAt().isAfter(lastLow)) lastLow = l.publishedAt();
      lowSpeakers.computeIfAbsent(l.articleId(), k -> new java.util.HashSet<>()).add(l.claimant());
    }
    java.time.Instant dayAfter = lastLow.plus(java.time.Duration.ofDays(1));
    Set<String> shared = new java.util.HashSet<>(), retold = new java.util.HashSet<>();
    for (Claim h : higher) {
      Set<String> speakers = lowSpeakers.get(h.articleId());
      if (speakers != null) {
        shared.add(h.articleId());
        if (speakers.contains(h.claimant())) retold.add(h.articleId());
        if (lowSpeakers.size() == 1) continue;
      }
      if (h.publishedAt() == null || h.publishedAt().isBefore(lastLow)
          || h.publishedAt().isBefore(dayAfter) && !oneCountry && !FigureDetector.saysRisen(h)) return false;
    }
    if (!retold.containsAll(shared)) return false;
    Set<Party> low = namedParties(lower, parties);
    Set<Party> high = namedParties(higher, parties);
    return !facesAnother(low, high) && !facesAnother(high, low);
  }

  /** A party of {@code one} side that gives no figure of the {@code other} side, where another party gives one. */
  private static boolean facesAnother(Set<Party> one, Set<Party> other) {
    for (Party p : one) {
      if (other.stream().noneMatch(q -> EventStances.sameSide(p, q) || namedAlike(p, q)) && !other.isEmpty()) return true;
    }
    return false;
  }

  /** The countries the claims' speakers speak for: their governments', or the affiliation extraction gave them. */
  private static Set<String> countries(List<Claim> claims, PartyResolver parties) {
    Set<String> out = new java.util.HashSet<>();
    for (Claim c : claims) {
      Party p = parties.of(c);
      if (p.isGovernment()) out.add(p.key().substring(Party.GOVERNMENT.length()));
      else if (c.affiliation() != null && !c.affiliation().isBlank()) out.add(c.affiliation().toLowerCase(java.util.Locale.ROOT));
    }
    return out;
  }

  /**
   * Who gives the claims, by party and by the name as written: one body ("the emergency service" giving 12, then 21)
   * may be read as its government in one report and as itself in another.
   */
  private static Set<String> sources(List<Claim> claims, PartyResolver parties) {
    Set<String> out = new java.util.HashSet<>();
    for (Claim c : claims) {
      Party p = parties.of(c);
      if (!p.isNamed() || p.isOutlet() || p.key().startsWith(Party.OTHER)) continue;
      out.add(p.key());
      out.add("name:" + c.claimant().toLowerCase(java.util.Locale.ROOT));
    }
    return out;
  }

  /** Two readings of one body: a name of one is a name of the other. */
  private static boolean namedAlike(Party p, Party q) {
    for (String n : p.names()) for (String m : q.names()) if (n.equalsIgnoreCase(m)) return true;
    return false;
  }

  /**
   * The parties that give these claims and could face another: not outlets, not unnamed sources ("local authorities"),
   * not reports without a name ("the latest data"), and not a person the event ties to no side (a governor whose
   * office it never names gives his region's count, not a position against his government's).
   */
  private static Set<Party> namedParties(List<Claim> claims, PartyResolver parties) {
    Set<Party> out = new java.util.LinkedHashSet<>();
    for (Claim c : claims) {
      ClaimantType type = c.claimantType();
      if (type == ClaimantType.UNNAMED_SOURCE
          || type == ClaimantType.REPORT && c.claimant().equals(c.claimant().toLowerCase(java.util.Locale.ROOT))) continue;
      Party p = parties.of(c);
      if (p.isNamed() && !p.isOutlet() && !p.key().startsWith(Party.OTHER) && !p.key().startsWith(Party.PERSON)) out.add(p);
    }
    return out;
  }
}
