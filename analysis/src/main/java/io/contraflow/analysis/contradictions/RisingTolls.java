package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.nlp.ClaimantType;
import java.util.ArrayList;
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
    for (Claim l : lower) {
      for (Claim h : higher) {
        if (l.articleId().equals(h.articleId())) {
          if (!retold(l.articleId(), lower, higher)) return false;
        } else if (l.publishedAt() == null || h.publishedAt() == null || h.publishedAt().isBefore(l.publishedAt())
            || l.publishedAt().plus(java.time.Duration.ofDays(1)).isAfter(h.publishedAt()) && !oneCountry && !FigureDetector.saysRisen(h)) {
          return false;
        }
      }
    }
    List<Party> low = namedParties(lower, parties);
    List<Party> high = namedParties(higher, parties);
    return !facesAnother(low, high) && !facesAnother(high, low);
  }

  /** A party of {@code one} side that gives no figure of the {@code other} side, where another party gives one. */
  private static boolean facesAnother(List<Party> one, List<Party> other) {
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

  /** One speaker gives both figures in the report: the lower as its earlier count, the higher as its latest. */
  private static boolean retold(String articleId, List<Claim> lower, List<Claim> higher) {
    for (Claim l : lower) {
      if (!l.articleId().equals(articleId)) continue;
      for (Claim h : higher) if (h.articleId().equals(articleId) && h.claimant().equals(l.claimant())) return true;
    }
    return false;
  }

  /**
   * The parties that give these claims and could face another: not outlets, not unnamed sources ("local authorities"),
   * not reports without a name ("the latest data"), and not a person the event ties to no side (a governor whose
   * office it never names gives his region's count, not a position against his government's).
   */
  private static List<Party> namedParties(List<Claim> claims, PartyResolver parties) {
    List<Party> out = new ArrayList<>();
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
