package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.Quantity;
import io.contraflow.analysis.contradictions.FigureDetector.Figure;
import io.contraflow.analysis.nlp.ClaimantType;
import java.util.List;
import java.util.Set;

/**
 * Whether two figures of a toll are the same toll as it rose over an event's first days rather than two positions:
 * who gives each figure, when, and how. {@link #risingCount} reads one pair of figures ({@link FigureDetector}
 * asks it of each pair it compares); {@link #roseOverDays} reads every claim of two values at once.
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
    if (lower.isEmpty() || higher.isEmpty()) return false;
    // "No one was killed", said flatly, is a position against any toll; "no deaths reported so far" is the count of the day.
    if (lower.stream().allMatch(RisingTolls::flatNone)) return false;
    if (measure.startsWith("killed") || measure.startsWith("injured")) return oneCountOverDays(lower, higher, parties, true);
    // The missing are found as days pass: their count falls, and the lower figure is the later one.
    return measure.startsWith("missing") && oneCountOverDays(higher, lower, parties, false);
  }

  /** Words that make a toll of none the count so far: "no deaths have been reported yet", "no casualties as of noon". */
  private static final java.util.regex.Pattern PROVISIONAL = java.util.regex.Pattern.compile("(?i)\\b(?:so far|yet|as of|at this time|"
      + "at the moment|for now|for the moment|initially|immediate(?:ly)?|no reports? of|(?:not|no)\\s+(?:been\\s+)?(?:immediately\\s+)?reported|"
      + "until now|to date|at present|currently|there were no reports)\\b");

  /** A claim that gives a toll of none and nothing else, with no word that makes it the count so far. */
  private static boolean flatNone(Claim c) {
    return !c.quantities().isEmpty() && c.quantities().stream().allMatch(io.contraflow.analysis.claims.Quantity::none)
        && !PROVISIONAL.matcher(c.sentence() != null ? c.sentence() : c.content()).find();
  }

  /** {@code first}'s figures given first, {@code then}'s after them as the same count; {@code rising} when it rose. */
  private static boolean oneCountOverDays(List<Claim> first, List<Claim> then, PartyResolver parties, boolean rising) {
    // Every later figure given a day or more after every first one; the same day, only as what the toll "has risen
    // to" or as one country's or one source's count updated; in one report, only as one speaker's update ("the toll
    // has risen to 24 ... in an earlier statement, he said 22 were killed"). Two speakers' figures side by side in one
    // report ("a civil defence chief said 300, a health official 500") are a discrepancy, and so are two sources'
    // estimates of one day. Each side is read once (a big story holds hundreds of claims of one figure), the dates
    // before the parties. When a report gave no publication time, which came first cannot be told: the reports and the
    // parties alone decide.
    boolean unknownOrder = first.stream().anyMatch(RisingTolls::undated) || then.stream().anyMatch(RisingTolls::undated);
    // Whatever the undated reports, a first figure still given a day or more after a later one, both dated, was not
    // overtaken: the count did not move on ("the authorities have said four were killed", ten days after a radio's five).
    if (unknownOrder && givenDaysAfter(first, then)) return false;
    java.time.Instant lastFirst = null;
    java.util.Map<String, Set<String>> firstSpeakers = new java.util.HashMap<>();
    for (Claim l : first) {
      if (!unknownOrder && (lastFirst == null || l.publishedAt().isAfter(lastFirst))) lastFirst = l.publishedAt();
      firstSpeakers.computeIfAbsent(l.articleId(), k -> new java.util.HashSet<>()).add(l.claimant());
    }
    java.time.Instant dayAfter = unknownOrder ? null : lastFirst.plus(java.time.Duration.ofDays(1));
    Set<String> shared = new java.util.HashSet<>(), retold = new java.util.HashSet<>();
    boolean sameDay = false;
    for (Claim h : then) {
      Set<String> speakers = firstSpeakers.get(h.articleId());
      if (speakers != null) {
        shared.add(h.articleId());
        if (speakers.contains(h.claimant())) retold.add(h.articleId());
        if (firstSpeakers.size() == 1) continue;
      }
      if (unknownOrder) continue;
      if (h.publishedAt().isBefore(lastFirst)) return false;
      if (h.publishedAt().isBefore(dayAfter) && !(rising && saysRisen(h))) sameDay = true;
    }
    if (!retold.containsAll(shared)) return false;
    Speakers early = new Speakers(first, parties);
    Speakers late = new Speakers(then, parties);
    boolean oneSource = !java.util.Collections.disjoint(early.countries, late.countries)
        || !java.util.Collections.disjoint(early.sources, late.sources);
    if (sameDay && !oneSource) return false;
    return !facesAnother(early.facing, late.facing) && !facesAnother(late.facing, early.facing);
  }

  /** A dated claim of {@code first} published a day or more after a dated claim of {@code then}. */
  private static boolean givenDaysAfter(List<Claim> first, List<Claim> then) {
    java.time.Instant lastFirst = null, earliestThen = null;
    for (Claim c : first) if (!undated(c) && (lastFirst == null || c.publishedAt().isAfter(lastFirst))) lastFirst = c.publishedAt();
    for (Claim c : then) if (!undated(c) && (earliestThen == null || c.publishedAt().isBefore(earliestThen))) earliestThen = c.publishedAt();
    return lastFirst != null && earliestThen != null && !earliestThen.plus(java.time.Duration.ofDays(1)).isAfter(lastFirst);
  }

  /** A report whose publication time was not known (it carries the time it was read). */
  static boolean undated(Claim c) {
    return c.publishedAt() == null || !c.dated();
  }

  /**
   * Who gives one side's claims, each claim's party read once: the countries they speak for (their governments', or
   * the affiliation extraction gave them); the sources, by party and by the name as written (one body, "the emergency
   * service" giving 12 and then 21, may be read as its government in one report and as itself in another); and the
   * parties that could face another: not outlets, not unnamed sources ("local authorities"), not reports without a name
   * ("the latest data"), and not a person the event ties to no side (a governor whose office it never names gives his
   * region's count, not a position against his government's).
   */
  private static final class Speakers {
    final Set<String> countries = new java.util.HashSet<>();
    final Set<String> sources = new java.util.HashSet<>();
    final Set<Party> facing = new java.util.LinkedHashSet<>();

    Speakers(List<Claim> claims, PartyResolver parties) {
      for (Claim c : claims) {
        Party p = parties.of(c);
        if (p.isGovernment()) countries.add(p.key().substring(Party.GOVERNMENT.length()));
        else if (c.affiliation() != null && !c.affiliation().isBlank()) countries.add(c.affiliation().toLowerCase(java.util.Locale.ROOT));
        if (witnesses(p)) facing.add(p); // (unnamed, but their count is an account of their own)
        if (!p.isNamed() || p.isOutlet() || p.key().startsWith(Party.OTHER)) continue;
        sources.add(p.key());
        sources.add("name:" + c.claimant().toLowerCase(java.util.Locale.ROOT));
        ClaimantType type = c.claimantType();
        boolean unnamedReport = type == ClaimantType.REPORT && c.claimant().equals(c.claimant().toLowerCase(java.util.Locale.ROOT));
        if (type != ClaimantType.UNNAMED_SOURCE && !unnamedReport && !p.key().startsWith(Party.PERSON)) facing.add(p);
      }
    }
  }

  /** A party of {@code one} side that gives no figure of the {@code other} side, where another party gives one. */
  private static boolean facesAnother(Set<Party> one, Set<Party> other) {
    for (Party p : one) {
      if (other.stream().noneMatch(q -> EventStances.sameSide(p, q) || namedAlike(p, q)) && !other.isEmpty()) return true;
    }
    return false;
  }

  /** Two readings of one body: a name of one is a name of the other. */
  private static boolean namedAlike(Party p, Party q) {
    for (String n : p.names()) for (String m : q.names()) if (n.equalsIgnoreCase(m)) return true;
    return false;
  }

  /**
   * An outlet's own count in the event's first days and another figure given a day or more later and higher ("21
   * people were killed, as of Sunday morning" then "the toll has reached 44") are one toll as it rose, not two parties'
   * positions: the outlet reported the count of the day; so are two such counts, however far apart in time. Two parties'
   * figures stay a dispute, whenever given, and so do an outlet's and a report's a year on ("214 killed" against a
   * rights group's 218).
   */
  static boolean risingCount(Figure lower, Figure higher) {
    // One party's own later figure is its revision, reported as such.
    if (EventStances.sameSide(lower.party(), higher.party())) return false;
    // "The toll has risen to 24": whoever says so gives the toll as it stands after an earlier, lower count.
    // Without a publication time, which came first cannot be told; a lower figure given after the first days is no
    // early count, whenever the other was given; and two figures side by side in one report are no update.
    boolean unknownOrder = (undated(lower.claim()) || undated(higher.claim())) && (undated(lower.claim()) || lower.early())
        && !lower.claim().articleId().equals(higher.claim().articleId());
    if ((unknownOrder || lower.early() && dayOrMoreBefore(lower, higher)) && saysRisen(higher)) return true;
    // "The toll was lowered to 97": a count revised down (a victim counted twice, remains named) stands after the higher
    // one, whoever gave that, and however long after.
    boolean fellOrUnknown = undated(lower.claim()) || undated(higher.claim()) ? !lower.claim().articleId().equals(higher.claim().articleId())
        : dayOrMoreBefore(higher, lower);
    if (fellOrUnknown && saysLowered(lower)) return true;
    // The outlet's own count, or one whose source it does not name ("officials said"): no party's position. (Not a
    // crowd's size: it does not grow as bodies are found, and a governor's 200 against the outlet's 1,500 is a dispute.)
    if (!unattributed(lower) && !unattributed(higher) || lower.measure().startsWith("attended")) return false;
    if (unknownOrder || lower.early() && dayOrMoreBefore(lower, higher)) return true;
    // Two reports that each tell the count as they had it, naming no source, days or weeks apart: the later and higher
    // is the count as it stood then (66 children dead in one paper, 70 in another two months on), not a rival position.
    // (Only when both reports give their dates: a report without one may be the lower's own day.)
    if (unattributed(lower) && unattributed(higher) && !undated(lower.claim()) && !undated(higher.claim())
        && dayOrMoreBefore(lower, higher)) return true;
    // The missing are found as days pass: their count falls.
    return higher.early() && lower.measure().startsWith("missing") && dayOrMoreBefore(higher, lower);
  }

  private static final java.util.regex.Pattern RISEN_TO = java.util.regex.Pattern.compile("(?i)\\b(?:risen|rose|rises|climbed|climbs"
      + "|increased|jumped|grown|grew|reached|reaches|mounted)\\s+(?:to\\s+)?(?:at\\s+least\\s+|more\\s+than\\s+|over\\s+)?$");

  /** The figure is given as what a toll has risen to ("the death toll has risen to 24", "climbed to 40"). */
  private static boolean saysRisen(Figure f) {
    return saysRisen(f.claim(), f.quantity());
  }

  private static boolean saysRisen(Claim c, Quantity q) {
    return saidAs(c, q, RISEN_TO);
  }

  /** The words just before the figure, in its sentence, say how the count changed ({@code change}). */
  private static boolean saidAs(Claim c, Quantity q, java.util.regex.Pattern change) {
    String text = c.sentence() != null ? c.sentence() : c.content();
    int at = text.indexOf(q.text());
    return at > 0 && change.matcher(text.substring(Math.max(0, at - 40), at)).find();
  }

  private static final java.util.regex.Pattern LOWERED_TO = java.util.regex.Pattern.compile("(?i)\\b(?:lowered|revised|reduced|cut|"
      + "corrected|fell|fallen|dropped|decreased|down)\\s+(?:down(?:wards?)?\\s+)?to\\s+(?:about\\s+|around\\s+)?$");

  /** The figure is given as what a count was lowered or revised to ("the toll was lowered to 97", "revised down to 60"). */
  private static boolean saysLowered(Figure f) {
    return saidAs(f.claim(), f.quantity(), LOWERED_TO);
  }

  /** One of the claim's figures is given as what a toll has risen to. */
  private static boolean saysRisen(Claim c) {
    for (Quantity q : c.quantities()) if (saysRisen(c, q)) return true;
    return false;
  }

  private static boolean dayOrMoreBefore(Figure first, Figure then) {
    java.time.Instant early = first.claim().publishedAt();
    java.time.Instant late = then.claim().publishedAt();
    return early != null && late != null && !early.plus(java.time.Duration.ofDays(1)).isAfter(late);
  }

  /**
   * The outlet's own count, or one whose source it does not name ("officials said"). Those who saw or lived through it
   * ("eyewitnesses", "survivors", "relatives") are not the count of the day: their figure is their account, against
   * the authorities' whenever given.
   */
  private static boolean unattributed(Figure f) {
    return f.claim().claimantType() == io.contraflow.analysis.nlp.ClaimantType.OUTLET
        || f.party().key().startsWith(Party.OTHER) && !witnesses(f.party());
  }

  /** Unnamed people who saw or lived through it ("eyewitnesses", "survivors", "relatives"), not a source of the day's count. */
  private static boolean witnesses(Party p) {
    return p.key().startsWith(Party.OTHER) && WITNESSES.matcher(p.key()).find();
  }

  private static final java.util.regex.Pattern WITNESSES = java.util.regex.Pattern.compile("\\b(?:(?:eye)?witness(?:es)?|survivors?|"
      + "relatives|families|residents|villagers|inmates|prisoners|detainees)\\b");
}
