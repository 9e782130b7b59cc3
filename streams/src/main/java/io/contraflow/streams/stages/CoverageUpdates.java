package io.contraflow.streams.stages;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.contradictions.Finding;
import io.contraflow.schemas.Contradiction;
import io.contraflow.schemas.Evidence;
import io.contraflow.schemas.Side;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a contradiction already emitted is emitted again, given the version detection gives now. The promise is
 * "every contradiction as soon as it appears, updated as more coverage adds evidence"; what a subscriber of the
 * compacted {@code contradictions} topic sees under this policy:
 * <ul>
 *   <li>a new contradiction at once, with all its evidence;</li>
 *   <li>at once, any change to what the dispute is: its kind, confidence, severity, topic or trail, a side's position,
 *       a new claimant on a side (a party or a speaker), or a statement that appears from an article the record
 *       already names (a claim read again, one more claim of a known article joining);</li>
 *   <li>more coverage of the same dispute (further articles, outlets, wordings and spellings of the same claimants,
 *       and the explanation's wording, which names the dispute's first figures or parties retained): with every
 *       article while the event is small (under {@value #SMALL_EVENT} claims, some 18 articles: every story of the
 *       dev and held-out sets), and in a bigger event in batches, once the articles not in the record are at least
 *       half as many as those in it, or {@value #MOST_WITHHELD}. A record therefore always names all but fewer than
 *       {@value #MOST_WITHHELD} of its dispute's retained articles, and at least two thirds of them, every claimant
 *       among them; each update carries all the evidence retained then.</li>
 * </ul>
 * Why batch coverage: in a story of thousands of articles each article adds evidence to dozens of findings (every
 * figure pairs with every other), and re-emitting each with its whole evidence wrote over a hundred records, about
 * 340 KB, per article to the topic and the store's changelog. Batching makes each finding's re-emissions cost a fixed
 * share of the evidence added, so the bytes per article no longer grow with the story. Evidence that ages out of the
 * event's retained claims changes nothing a subscriber needs (nothing said it was wrong; the record stays consistent
 * with its own evidence), so losses alone emit nothing. The cost: the last repeats of a dispute in a long story wait
 * for the next batch, and may never be emitted if the story ends first.
 */
final class CoverageUpdates {
  /** Events holding fewer claims have every coverage update emitted. */
  static final int SMALL_EVENT = 500;
  /** A record of a bigger event is updated at the latest when this many articles it does not name add to it. */
  static final int MOST_WITHHELD = 24;

  private CoverageUpdates() {}

  /**
   * What an emitted version shows, as sets: read once per version rather than for every finding of a big story an
   * article touches (each read the record's hundreds of articles and evidence ids into new sets again).
   */
  record Shown(Set<String> named, Set<String> claimantsA, Set<String> evidenceA, Set<String> statementsA,
               Set<String> claimantsB, Set<String> evidenceB, Set<String> statementsB) {
    static Shown of(Contradiction emitted) {
      Set<String> named = new HashSet<>(emitted.getSideA().getArticles());
      named.addAll(emitted.getSideB().getArticles());
      return new Shown(named, new HashSet<>(emitted.getSideA().getClaimants()), evidence(emitted.getSideA()),
          new HashSet<>(emitted.getSideA().getStatements()), new HashSet<>(emitted.getSideB().getClaimants()),
          evidence(emitted.getSideB()), new HashSet<>(emitted.getSideB().getStatements()));
    }

    private static Set<String> evidence(Side side) {
      Set<String> ids = new HashSet<>();
      for (Evidence e : side.getEvidence()) ids.add(e.getClaimId());
      return ids;
    }
  }

  /**
   * True when {@code next}, the finding as detected now, should replace {@code emitted}, its version on the topic;
   * {@code eventClaims}: the claims the event holds. Read from the finding itself, so that an update not worth
   * emitting costs no record building.
   */
  static boolean worthEmitting(Contradiction emitted, Finding next, int eventClaims) {
    return worthEmitting(emitted, Shown.of(emitted), next, eventClaims);
  }

  /** {@link #worthEmitting(Contradiction, Finding, int)}, with what {@code emitted} shows read already. */
  static boolean worthEmitting(Contradiction emitted, Shown shown, Finding next, int eventClaims) {
    if (!emitted.getKind().name().equals(next.kind().name()) || emitted.getConfidence() != next.confidence()
        || !emitted.getSeverity().name().equals(next.severity().name()) || !emitted.getTopic().equals(nonNull(next.topic()))
        || !emitted.getTrail().equals(next.trail())) {
      return true;
    }
    Set<String> named = shown.named();
    if (dispute(emitted.getSideA(), shown.claimantsA(), shown.evidenceA(), shown.statementsA(), next.sideA(), named)
        || dispute(emitted.getSideB(), shown.claimantsB(), shown.evidenceB(), shown.statementsB(), next.sideB(), named)) {
      return true;
    }
    if (eventClaims < SMALL_EVENT) return true;
    int before = named.size();
    Set<String> freshArticles = new HashSet<>();
    for (io.contraflow.analysis.contradictions.Side side : List.of(next.sideA(), next.sideB())) {
      for (Claim c : side.claims()) if (!named.contains(c.articleId())) freshArticles.add(c.articleId());
    }
    int fresh = freshArticles.size();
    return fresh > 0 && (2 * fresh >= before || fresh >= MOST_WITHHELD);
  }

  /** True when a side's dispute changed: its position, a new claimant, a claim joining from an article named. */
  private static boolean dispute(Side emitted, Set<String> claimants, Set<String> shown, Set<String> statements,
                                 io.contraflow.analysis.contradictions.Side next, Set<String> named) {
    if (!emitted.getPosition().equals(nonNull(next.position()))) return true;
    // Its claimants are its parties, then each claim's claimant.
    if (!claimants.containsAll(next.parties())) return true;
    for (Claim c : next.claims()) if (!claimants.contains(c.claimant())) return true;
    boolean allNamed = true;
    for (Claim c : next.claims()) {
      boolean fromNamed = named.contains(c.articleId());
      allNamed &= fromNamed;
      if (fromNamed && !shown.contains(c.id())) return true;
    }
    // No new article on this side: a statement it did not show is a claim read again with other content.
    return allNamed && !statements.containsAll(next.statements());
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
