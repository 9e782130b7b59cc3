package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The candidates of one finding, oriented like the first. */
final class Merged {
  final String key;
  final Candidate first;
  /** Each side's claims, read from {@link #sources} when asked for: a finding reused as it was never needs them. */
  private Set<Claim> claimsA;
  private Set<Claim> claimsB;
  final Set<String> trail = new LinkedHashSet<>();
  /**
   * What this finding was made of, in order: the candidates added and, for each finding absorbed, whether crossed and
   * its own sources. The same candidate objects in the same order make the same finding, which lets an event's
   * detection reuse the findings that an article left alone.
   */
  final List<Object> sources = new ArrayList<>();
  /** Position among the findings of one merge, for finding the first that holds a claim. */
  final int order;
  /** The resolver a supported figure dispute read its sides' parties with, to read them again the same. */
  private PartyResolver parties;
  Set<String> partiesA = Set.of();
  Set<String> partiesB = Set.of();
  double confidence;

  Merged(String key, Candidate first, int order) {
    this.key = key;
    this.first = first;
    this.order = order;
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
    // Read once: the merge asks it of every finding, twice, on every article.
    if (!familyRead) {
      family = readFamily();
      familyRead = true;
    }
    return family;
  }

  private String family;
  private boolean familyRead;

  private String readFamily() {
    String q = first.question();
    if (q.equals("blame") || q.equals("staging") || q.startsWith("denial:")) return "responsibility";
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
      // The denial itself says so, or every claim it answers is an accusation: one accusation among other reports
      // that civilians died does not make "no civilians were harmed" a matter of who did it.
      boolean aboutWhoDidIt = first.claimsB().stream().anyMatch(c -> "responsible".equals(c.predicate()))
          || first.claimsA().stream().allMatch(c -> "responsible".equals(c.predicate()));
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
    return Contents.overlap(mine, theirs, ContradictionDetector.RESTATED);
  }

  /** True when both findings hold one of the same asserted claims (side A of a denied fact). */
  boolean sharesAsserted(Merged other) {
    sides();
    other.sides();
    for (Claim c : other.claimsA) if (claimsA.contains(c)) return true;
    return false;
  }

  void fixParties(PartyResolver parties) {
    // By its own candidates only: a contrast the article draws with a third party is evidence for this dispute, not
    // a reason to merge it with that party's other disputes.
    Set<Claim> a = new LinkedHashSet<>();
    Set<Claim> b = new LinkedHashSet<>();
    for (Object source : sources) {
      if (source instanceof Candidate c && !ContradictionDetector.supports(c)) orient(a, b, c, first);
    }
    partiesA = keys(a, parties);
    partiesB = keys(b, parties);
  }

  /**
   * Each side's claims as adding the sources one by one gives them: its own candidates oriented like its first, then
   * each absorbed finding's sides (oriented like that finding's first), crossed or not.
   */
  private void sides() {
    if (claimsA != null) return;
    claimsA = new LinkedHashSet<>();
    claimsB = new LinkedHashSet<>();
    int i = 0;
    while (i < sources.size() && !(sources.get(i) instanceof Boolean)) {
      if (sources.get(i) == SUPPORT) {
        supportSides((Candidate) sources.get(i + 1), parties);
        i += 2;
      } else {
        orient(claimsA, claimsB, (Candidate) sources.get(i), first);
        i++;
      }
    }
    while (i < sources.size()) {
      boolean crossed = (Boolean) sources.get(i++);
      Candidate segmentFirst = (Candidate) sources.get(i);
      Set<Claim> a = new LinkedHashSet<>();
      Set<Claim> b = new LinkedHashSet<>();
      while (i < sources.size() && sources.get(i) instanceof Candidate c) {
        orient(a, b, c, segmentFirst);
        i++;
      }
      claimsA.addAll(crossed ? b : a);
      claimsB.addAll(crossed ? a : b);
    }
  }

  /** Adds a candidate's claims to the sides of a finding whose first candidate is {@code first}. */
  private static void orient(Set<Claim> a, Set<Claim> b, Candidate c, Candidate first) {
    // Crossed when either of its parties stands on the other side of the first: a contrast of a third party with the
    // first's side A ("the army denied it; however, the ministry said P") sets the third party on side B.
    String ca = c.partyA().key();
    String cb = c.partyB().key();
    boolean swapped = c.betweenParties() && (ca.equals(first.partyB().key()) || cb.equals(first.partyA().key()))
        && !ca.equals(first.partyA().key()) && !cb.equals(first.partyB().key());
    a.addAll(swapped ? c.claimsB() : c.claimsA());
    b.addAll(swapped ? c.claimsA() : c.claimsB());
  }

  /**
   * 1 when the other finding has a party of this one's side A on its side A and one of side B on its side B, -1
   * when crossed, else 0; by the parties each had before merging.
   */
  int facing(Merged other, PartyResolver parties) {
    boolean straight = intersects(partiesA, other.partiesA) && intersects(partiesB, other.partiesB);
    boolean crossed = intersects(partiesA, other.partiesB) && intersects(partiesB, other.partiesA);
    // A party quoted on both sides (a president who also repeats the theory he scorns) fits either way round: there
    // the answers say which way the other finding faces (one answer in common is enough there), or a mirrored
    // finding would set each claim on both sides.
    if (straight && crossed) return answersFacing(other, true) < 0 ? -1 : 1;
    if (straight) return 1;
    if (crossed) return -1;
    return answersFacing(other, false);
  }

  /** 1 or -1 when the answers face the same or the other way (both in common, or one when {@code loose}), else 0. */
  private int answersFacing(Merged other, boolean loose) {
    // How it came about (or whether the pictures are genuine) is one question however many parties answer it: the
    // same answers facing each other are one dispute ("murder" against "an accident", and "murder" against "not
    // deliberately"). Who did it stays between parties: a UN office and a news channel blaming the same army are two
    // disputes with it.
    Set<String> a = answers(first.positionA());
    Set<String> b = answers(first.positionB());
    Set<String> oa = other.answers(other.first.positionA());
    Set<String> ob = other.answers(other.first.positionB());
    // ("human error" against "negligence", and against "a technical fault": neither side says deliberate, so each
    // answers which way it came about, and the two findings are two questions.)
    if (!a.isEmpty() && a.equals(b)) {
      a = Set.of(mechanism(first.positionA()));
      b = Set.of(mechanism(first.positionB()));
    }
    if (!oa.isEmpty() && oa.equals(ob)) {
      oa = Set.of(mechanism(other.first.positionA()));
      ob = Set.of(mechanism(other.first.positionB()));
    }
    int same = (intersects(a, oa) ? 1 : 0) + (intersects(b, ob) ? 1 : 0);
    int opposite = (intersects(a, ob) ? 1 : 0) + (intersects(b, oa) ? 1 : 0);
    if (same == 2 || loose && same > opposite) return 1;
    if (opposite == 2 || loose && opposite > same) return -1;
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
      if (p.startsWith("external") || p.startsWith("not internal")) return Set.of("cause:external");
      if (p.startsWith("internal") || p.startsWith("not external")) return Set.of("cause:internal");
      boolean deliberate = p.startsWith("deliberate") || p.startsWith("not natural") || p.startsWith("not accidental");
      return Set.of(deliberate ? "cause:deliberate" : "cause:not deliberate");
    }
    if (first.question().equals("authenticity")) return Set.of(p.startsWith("fake") ? "fake" : "genuine");
    return Set.of();
  }

  /** A position without the words that gave it: "human error (a tragic human error)" is "human error". */
  private static String mechanism(String position) {
    int words = position.indexOf(" (");
    return (words < 0 ? position : position.substring(0, words)).toLowerCase(java.util.Locale.ROOT);
  }

  void absorb(Merged other, boolean crossed) {
    sources.add(crossed);
    sources.addAll(other.sources);
    claimsA = null;
    claimsB = null;
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

  /** Marks the next source as a supporting candidate of a figure dispute (see {@link #support}). */
  static final Object SUPPORT = new Object();

  /**
   * A contrast or reported disagreement pointing at this dispute: more evidence for it, its claims on the sides it
   * sets against each other. A figure dispute is between values, not parties: there a claim joins only the side its
   * party already holds ("the UN says 48, the opposition 55" beside "officials say 16 against the UN's 48" does not
   * put the opposition with the officials). Returns the claims it added.
   */
  List<Claim> support(Candidate c, PartyResolver parties) {
    if (!first.question().startsWith("figure:")) {
      add(c);
      List<Claim> all = new ArrayList<>(c.claimsA());
      all.addAll(c.claimsB());
      return all;
    }
    this.parties = parties;
    sides();
    List<Claim> added = supportSides(c, parties);
    sources.add(SUPPORT);
    sources.add(c);
    trail.add(c.detector());
    confidence = Math.min(0.95, Math.max(confidence, c.confidence()) + 0.05);
    return added;
  }

  /** Puts a supporting candidate's claims on the sides their parties hold; the claims put. */
  private List<Claim> supportSides(Candidate c, PartyResolver parties) {
    Set<String> a = keys(claimsA, parties);
    Set<String> b = keys(claimsB, parties);
    List<Claim> claims = new ArrayList<>(c.claimsA());
    claims.addAll(c.claimsB());
    List<Claim> put = new ArrayList<>();
    for (Claim x : claims) {
      String k = parties.of(x).key();
      if (a.contains(k)) {
        claimsA.add(x);
        put.add(x);
      } else if (b.contains(k)) {
        claimsB.add(x);
        put.add(x);
      }
    }
    return put;
  }

  void add(Candidate c) {
    sources.add(c);
    claimsA = null;
    claimsB = null;
    trail.add(c.detector());
    // Each further detector that sees the same dispute makes it more certain.
    confidence = confidence == 0 ? c.confidence() : Math.min(0.95, Math.max(confidence, c.confidence()) + 0.05);
  }

  Finding finding(String id, String eventId, PartyResolver parties) {
    sides();
    // A claim read as both answers (merged in from findings facing each other both ways) says neither.
    Set<Claim> a = new LinkedHashSet<>(claimsA);
    Set<Claim> b = new LinkedHashSet<>(claimsB);
    a.removeAll(claimsB);
    b.removeAll(claimsA);
    return new Finding(id, eventId, first.kind(), first.topic(), side(first.positionA(), a, parties),
        side(first.positionB(), b, parties), confidence, first.severity(), first.explanation(), new ArrayList<>(trail));
  }

  /** True when every claim of one side stands on the other side too: no two answers are left to set apart. */
  boolean hollow() {
    sides();
    return claimsB.containsAll(claimsA) || claimsA.containsAll(claimsB);
  }

  private static Side side(String position, Set<Claim> claims, PartyResolver parties) {
    Set<String> labels = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    for (Claim c : claims) {
      Party p = parties.of(c);
      labels.add(p.label());
      names.addAll(p.names());
      // (A party reads its names from its first claim; each claim's own are shown too: "The United States", "Kyiv".)
      names.addAll(PartyNames.asWritten(c));
      String phrase = PartyNames.phraseAsWritten(c);
      if (phrase != null) names.add(phrase);
    }
    names.removeAll(labels);
    return new Side(position, new ArrayList<>(claims), new ArrayList<>(labels), new ArrayList<>(names));
  }
}
