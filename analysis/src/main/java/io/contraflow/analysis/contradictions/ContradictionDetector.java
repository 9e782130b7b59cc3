package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds contradictions among the claims of one event. Pure and deterministic: the same claims give the same
 * findings with the same ids, whatever order they arrived in, so a caller can re-run it as claims arrive and publish
 * what changed.
 *
 * <p>Each claim is read once into a {@link Stance} (its {@link Party}, whether it asserts, denies or rejects, what
 * it rejects, what cause it gives); then each registered {@link Detector} proposes disputes:
 * <ul>
 *   <li>{@link RejectionDetector}: a party rejects another's claim, report, verdict or offer;</li>
 *   <li>{@link DenialDetector}: a party denies what another asserts;</li>
 *   <li>{@link BlameDetector}: parties name different agents, or one denies the agent another names;</li>
 *   <li>{@link CauseDetector}: deliberate against accidental or natural;</li>
 *   <li>{@link AuthenticityDetector}: a picture or recording called fake against one verified or called genuine;</li>
 *   <li>{@link ResponseDetector}: an accused party's defence against the accusation, in one article;</li>
 *   <li>{@link FigureDetector}: figures for one measure that cannot both be right;</li>
 *   <li>{@link PlaceDetector}: incompatible places (where someone went, where something started);</li>
 *   <li>{@link ContrastDetector} and {@link ReportedDetector}: disagreements the articles themselves point out,
 *       which add their evidence to a finding between the same parties, or stand alone.</li>
 * </ul>
 * Candidates of one question between the same two parties (or, for figures, the same two positions) are one
 * finding: every outlet's report of one dispute is more evidence for one record, with the trail of detectors that
 * found it.
 */
public final class ContradictionDetector {
  /** Share of the shorter denial's words two denials of one assertion share when one restates the other. */
  static final double RESTATED = 0.33;

  private final List<Detector> detectors = List.of(new RejectionDetector(), new DenialDetector(), new BlameDetector(),
      new CauseDetector(), new AuthenticityDetector(), new ResponseDetector(), new FigureDetector(), PlaceDetector.destinations(), PlaceDetector.origins(),
      new ContrastDetector(), new ReportedDetector());

  public List<Finding> detect(String eventId, List<Claim> claimsOfEvent) {
    EventStances event = new EventStances(eventId, claimsOfEvent);
    List<Candidate> primary = new ArrayList<>();
    List<Candidate> supporting = new ArrayList<>();
    for (Detector d : detectors) {
      for (Candidate c : d.detect(event)) {
        boolean supports = c.question().equals(ContrastDetector.QUESTION) || c.question().equals(ReportedDetector.QUESTION);
        (supports ? supporting : primary).add(c);
      }
    }
    Map<String, Merged> merged = new LinkedHashMap<>();
    for (Candidate c : primary) {
      String key = c.betweenParties() ? c.question() + "|" + pairKey(c.partyA(), c.partyB()) : c.question();
      merged.computeIfAbsent(key, k -> new Merged(k, c)).add(c);
    }
    for (Candidate c : supporting) {
      // A contrast or a reported disagreement joins the finding that already holds one of its claims; otherwise it
      // is a dispute of its own, even between the same two parties (they may disagree on several questions).
      Merged target = null;
      for (Merged m : merged.values()) {
        if (m.holdsAny(c.claimsA()) || m.holdsAny(c.claimsB())) {
          target = m;
          break;
        }
      }
      if (target != null) {
        target.support(c, event.parties);
        continue;
      }
      String pair = pairKey(c.partyA(), c.partyB());
      merged.computeIfAbsent(c.question() + "|" + pair, k -> new Merged(k, c)).add(c);
    }
    List<Merged> disputes = mergeSameDispute(new ArrayList<>(merged.values()), event.parties);
    List<Finding> out = new ArrayList<>();
    for (Merged m : disputes) out.add(m.finding(eventId, event.parties));
    return out;
  }

  /**
   * Who is behind it and the accused's denial are one dispute when the same parties face each other, and so are the
   * several ways of asking how it came about: findings of one family that share a party on each side are merged into
   * the first, so a reader sees one record for "the monitors against the government" rather than three.
   */
  private static List<Merged> mergeSameDispute(List<Merged> findings, PartyResolver parties) {
    // Each finding's own parties, fixed before any merge: a finding that has absorbed another does not face more
    // parties for it, or one dispute would gather every accusation in the event, link by link.
    for (Merged m : findings) m.fixParties(parties);
    List<Merged> out = new ArrayList<>();
    for (Merged m : findings) {
      Merged into = null;
      String family = m.disputeFamily();
      if (family != null) {
        for (Merged earlier : out) {
          // A fact denied again is one dispute only when the same assertion is denied: one party may deny several things.
          // A restatement of the denial ("had no programme to develop it", "never had a programme to develop it") against
          // the same asserters is the same dispute too, whoever of the denying side says it.
          boolean denied = family.equals("denied fact");
          boolean restated = m.first.question().startsWith("denied:") && earlier.first.question().startsWith("denied:") && earlier.restates(m);
          boolean sameMatter = !denied || earlier.sharesAsserted(m) || restated;
          if (family.equals(earlier.disputeFamily()) && sameMatter && (restated || earlier.facing(m, parties) != 0)) {
            into = earlier;
            break;
          }
        }
      }
      if (into == null) out.add(m);
      else into.absorb(m, into.facing(m, parties) < 0);
    }
    return out;
  }

  /** The two parties' keys in a fixed order, whichever side each holds. */
  private static String pairKey(Party a, Party b) {
    return a.key().compareTo(b.key()) <= 0 ? a.key() + "|" + b.key() : b.key() + "|" + a.key();
  }

  /** The candidates of one finding, oriented like the first. */
  private static final class Merged {
    final String key;
    final Candidate first;
    final Set<Claim> claimsA = new LinkedHashSet<>();
    final Set<Claim> claimsB = new LinkedHashSet<>();
    final Set<String> trail = new LinkedHashSet<>();
    Set<String> partiesA = Set.of();
    Set<String> partiesB = Set.of();
    double confidence;

    Merged(String key, Candidate first) {
      this.key = key;
      this.first = first;
    }

    boolean betweenParties() {
      return first.betweenParties();
    }

    /**
     * The dispute a finding is part of, when findings of several questions make one: blame and denial are about who
     * did it; the several ways of asking what caused it (deliberate or accidental, natural or not) are about how it
     * came about, a question of its own ("was it murder?" is not "did the state do it?").
     */
    String disputeFamily() {
      String q = first.question();
      if (q.equals("blame") || q.startsWith("denial:")) return "responsibility";
      // A rejected accusation of doing it ("rejects accusations that it killed him") is part of who did it; a rejected
      // claim about something else ("denied Moscow's claims that a jet flew near the airliner") is a question of its own.
      if (q.equals("denial")) {
        boolean aboutWhoDidIt = first.claimsB().stream().anyMatch(c -> "responsible".equals(c.predicate()))
            || first.claimsA().stream().anyMatch(c -> "responsible".equals(c.predicate()));
        return aboutWhoDidIt ? "responsibility" : null;
      }
      // "Moscow says it had no part in it" against the accusation is about who did it; a denied fact ("the dam was not
      // mined") is its own dispute, which the same denier repeating it in other words ("no explosives were laid")
      // only restates.
      if (q.startsWith("denied:")) {
        boolean aboutWhoDidIt = first.claimsA().stream().anyMatch(c -> "responsible".equals(c.predicate()));
        return aboutWhoDidIt ? "responsibility" : "denied fact";
      }
      if (q.equals("authenticity")) return "authenticity";
      return q.startsWith("cause:") ? "cause" : null;
    }

    /**
     * True when the other denied fact says what this one denies in other words (most of the rarer of its words) and
     * an asserting party of this one asserts it too.
     */
    boolean restates(Merged other) {
      if (!intersects(partiesA, other.partiesA)) return false;
      Set<String> mine = Contents.words(first.claimsB().get(0).content());
      Set<String> theirs = Contents.words(other.first.claimsB().get(0).content());
      return Contents.overlap(mine, theirs, RESTATED);
    }

    /** True when both findings hold one of the same asserted claims (side A of a denied fact). */
    boolean sharesAsserted(Merged other) {
      for (Claim c : other.claimsA) if (claimsA.contains(c)) return true;
      return false;
    }

    void fixParties(PartyResolver parties) {
      partiesA = keys(claimsA, parties);
      partiesB = keys(claimsB, parties);
    }

    /**
     * 1 when the other finding has a party of this one's side A on its side A and one of side B on its side B, -1
     * when crossed, else 0; by the parties each had before merging.
     */
    int facing(Merged other, PartyResolver parties) {
      if (intersects(partiesA, other.partiesA) && intersects(partiesB, other.partiesB)) return 1;
      if (intersects(partiesA, other.partiesB) && intersects(partiesB, other.partiesA)) return -1;
      // How it came about (or whether the pictures are genuine) is one question however many parties answer it: the
      // same answers facing each other are one dispute ("murder" against "an accident", and "murder" against "not
      // deliberately"). Who did it stays between parties: a UN office and a news channel blaming the same army are two
      // disputes with it.
      Set<String> a = answers(first.positionA());
      Set<String> b = answers(first.positionB());
      Set<String> oa = other.answers(other.first.positionA());
      Set<String> ob = other.answers(other.first.positionB());
      if (intersects(a, oa) && intersects(b, ob)) return 1;
      if (intersects(a, ob) && intersects(b, oa)) return -1;
      return 0;
    }

    /**
     * The answers a side's position gives to its finding's question, comparable across findings of one family: for how
     * it came about, deliberate (also "not natural", "not accidental") or not; for a picture, fake or genuine; none
     * for other questions.
     */
    Set<String> answers(String position) {
      String p = position.toLowerCase(java.util.Locale.ROOT);
      if (first.question().startsWith("cause:")) {
        boolean deliberate = p.startsWith("deliberate") || p.startsWith("not natural") || p.startsWith("not accidental");
        return Set.of(deliberate ? "cause:deliberate" : "cause:not deliberate");
      }
      if (first.question().equals("authenticity")) return Set.of(p.startsWith("fake") ? "fake" : "genuine");
      return Set.of();
    }

    /**
     * A contrast or reported disagreement pointing at this dispute: more evidence for it, its claims on the sides it
     * sets against each other. A figure dispute is between values, not parties: there a claim joins only the side its
     * party already holds ("the UN says 48, the opposition 55" beside "officials say 16 against the UN's 48" does not
     * put the opposition with the officials).
     */
    void support(Candidate c, PartyResolver parties) {
      if (!first.question().startsWith("figure:")) {
        add(c);
        return;
      }
      Set<String> a = keys(claimsA, parties);
      Set<String> b = keys(claimsB, parties);
      List<Claim> claims = new ArrayList<>(c.claimsA());
      claims.addAll(c.claimsB());
      for (Claim x : claims) {
        String k = parties.of(x).key();
        if (a.contains(k)) claimsA.add(x);
        else if (b.contains(k)) claimsB.add(x);
      }
      trail.add(c.detector());
      confidence = Math.min(0.95, Math.max(confidence, c.confidence()) + 0.05);
    }

    void absorb(Merged other, boolean crossed) {
      claimsA.addAll(crossed ? other.claimsB : other.claimsA);
      claimsB.addAll(crossed ? other.claimsA : other.claimsB);
      trail.addAll(other.trail);
      confidence = Math.min(0.95, Math.max(confidence, other.confidence) + 0.05);
    }

    private static Set<String> keys(Set<Claim> claims, PartyResolver parties) {
      Set<String> out = new LinkedHashSet<>();
      for (Claim c : claims) out.add(parties.of(c).key());
      return out;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
      for (String x : a) if (b.contains(x)) return true;
      return false;
    }

    boolean holdsAny(List<Claim> claims) {
      for (Claim c : claims) if (claimsA.contains(c) || claimsB.contains(c)) return true;
      return false;
    }

    void add(Candidate c) {
      boolean swapped = c.betweenParties() && c.partyA().key().equals(first.partyB().key())
          && !c.partyA().key().equals(first.partyA().key());
      claimsA.addAll(swapped ? c.claimsB() : c.claimsA());
      claimsB.addAll(swapped ? c.claimsA() : c.claimsB());
      trail.add(c.detector());
      // Each further detector that sees the same dispute makes it more certain.
      confidence = confidence == 0 ? c.confidence() : Math.min(0.95, Math.max(confidence, c.confidence()) + 0.05);
    }

    Finding finding(String eventId, PartyResolver parties) {
      return new Finding(id(eventId, key), eventId, first.kind(), first.topic(),
          side(first.positionA(), claimsA, parties), side(first.positionB(), claimsB, parties), confidence, first.severity(),
          first.explanation(), new ArrayList<>(trail));
    }

    private static Side side(String position, Set<Claim> claims, PartyResolver parties) {
      Set<String> labels = new LinkedHashSet<>();
      Set<String> names = new LinkedHashSet<>();
      for (Claim c : claims) {
        Party p = parties.of(c);
        labels.add(p.label());
        names.addAll(p.names());
      }
      names.removeAll(labels);
      return new Side(position, new ArrayList<>(claims), new ArrayList<>(labels), new ArrayList<>(names));
    }
  }

  static String id(String eventId, String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(eventId.getBytes(StandardCharsets.UTF_8));
      for (String p : parts) {
        sha.update((byte) 0);
        sha.update(p.getBytes(StandardCharsets.UTF_8));
      }
      return "ctr-" + HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
