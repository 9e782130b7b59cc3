package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.nlp.Modality;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the incident came about: one party says deliberately ("in cold blood", "an act of terrorism", "poisoned"), the
 * other by accident ("human error", "a mistake") or naturally ("natural causes", "a blood clot"), or rules the first
 * out ("did not deliberately target", "there was no clot"). Parties speaking in the outlet's own voice are left out: an outlet's
 * background sentence restates one side more often than it takes one.
 */
final class CauseDetector implements Detector {
  @Override
  public String name() {
    return "cause";
  }

  @Override
  public List<Candidate> detect(EventStances event) {
    List<Stance> readings = event.stances.stream()
        .filter(s -> !s.causes().isEmpty() && !s.party().isOutlet() && s.party().isNamed()
            && s.claim().modality() != Modality.QUESTIONED).toList();
    Map<String, Candidate> byPositions = new LinkedHashMap<>();
    Map<String, Candidate> bySpecific = new LinkedHashMap<>();
    Map<String, Candidate> shifts = new LinkedHashMap<>();
    for (Stance a : readings) {
      for (Stance b : readings) {
        if (a != b && a.party().key().equals(b.party().key())) addShift(shifts, a, b);
        if (a == b || EventStances.sameSide(a.party(), b.party())) continue;
        for (CauseReader.Reading ra : a.causes()) {
          // Side A holds a cause, deliberate when one side says so; side B rules it out or holds one incompatible
          // with it.
          if (ra.negated()) continue;
          for (CauseReader.Reading rb : b.causes()) {
            if (!ra.conflictsWith(rb)) continue;
            if (rb.cause() == Cause.DELIBERATE && !rb.negated() && ra.cause() != Cause.DELIBERATE) continue;
            String head = sameSpecificCause(ra, rb);
            if (head != null) {
              // "died of a blood clot" against "there was no clot": a question of its own, narrower than whether it
              // was natural at all, and kept apart from it.
              addSpecific(bySpecific, head, ra, a, rb, b);
              continue;
            }
            // Ruling out one mechanism ("there was no clot") leaves every other open: it is not "not natural".
            if (rb.negated() && rb.specific()) continue;
            // One finding per pair of positions, whoever holds them: every party saying so is more evidence.
            String key = ra.position() + "|" + rb.position();
            Candidate previous = byPositions.get(key);
            Party partyA = previous == null ? a.party() : previous.partyA();
            Party partyB = previous == null ? b.party() : previous.partyB();
            String positionA = previous == null ? ra.position() + " (" + ra.phrase() + ")" : previous.positionA();
            // ("not accidental (not unintentional)": the words it rules out, not words it holds.)
            String positionB = previous == null ? rb.position() + " (" + (rb.negated() ? "not " : "") + rb.phrase() + ")"
                : previous.positionB();
            byPositions.put(key, new Candidate("cause:" + key, false, ContradictionKind.ATTRIBUTED_DISAGREEMENT,
                question(ra) + positionA + " or " + positionB, partyA, positionA,
                previous == null ? List.of(a.claim()) : Candidate.adding(previous.claimsA(), a.claim()), partyB, positionB,
                previous == null ? List.of(b.claim()) : Candidate.adding(previous.claimsB(), b.claim()), 0.8, Severity.HIGH,
                partyA.label() + " says it was " + positionA + "; " + partyB.label() + " says it was " + positionB + ".", name()));
          }
        }
      }
    }
    List<Candidate> out = new ArrayList<>(byPositions.values());
    out.addAll(bySpecific.values());
    out.addAll(shifts.values());
    return out;
  }

  /**
   * "A prosecutor first said she was thrown from the roof"; "the government said she killed herself": one party that
   * has said it was done on purpose and, in another sentence, that it was not (on one's own, by accident, natural
   * causes) has given two accounts of how it came about. One finding per party.
   */
  private void addShift(Map<String, Candidate> shifts, Stance a, Stance b) {
    // (Called for every pair of one party's readings: the cheap tests first.)
    if (a.act() != Stance.Act.ASSERT || b.act() != Stance.Act.ASSERT) return;
    if (a.claim().articleId().equals(b.claim().articleId()) && a.claim().sentenceIndex() == b.claim().sentenceIndex()) return;
    for (CauseReader.Reading ra : a.causes()) {
      if (ra.negated() || ra.cause() != Cause.DELIBERATE) continue;
      for (CauseReader.Reading rb : b.causes()) {
        if (rb.negated() || rb.cause().mechanism() || rb.cause() == Cause.DELIBERATE || !ra.conflictsWith(rb)) continue;
        // ("the claim that he deliberately attacked anyone makes no sense": a retold claim is not the party's account.)
        if (RETOLD.matcher(a.claim().content()).find() || RETOLD.matcher(b.claim().content()).find()) return;
        Candidate previous = shifts.get(a.party().key());
        String positionA = previous == null ? "deliberate (" + ra.phrase() + ")" : previous.positionA();
        String positionB = previous == null ? rb.position() + " (" + rb.phrase() + ")" : previous.positionB();
        shifts.put(a.party().key(), new Candidate("cause-shift:" + a.party().key(), false, ContradictionKind.REPORTED_CONTRADICTION,
            a.party().label() + " has given two accounts of how it came about: " + positionA + " and " + positionB, a.party(), positionA,
            previous == null ? List.of(a.claim()) : Candidate.adding(previous.claimsA(), a.claim()), b.party(), positionB,
            previous == null ? List.of(b.claim()) : Candidate.adding(previous.claimsB(), b.claim()), 0.7, Severity.MEDIUM,
            a.party().label() + " has said it was " + positionA + " and that it was " + positionB + ".", name()));
        return;
      }
    }
  }

  private static final java.util.regex.Pattern RETOLD = java.util.regex.Pattern.compile("(?i)\\b(?:claims?|allegations?|accusations?|"
      + "suggestions?|notion|idea|reports?|charges?|assertions?)\\s+that\\b");

  /** The head word both readings name when one states a cause and the other rules out that same cause, else null. */
  static String sameSpecificCause(CauseReader.Reading stated, CauseReader.Reading ruledOut) {
    if (stated.negated() || !ruledOut.negated() || stated.cause() != ruledOut.cause()) return null;
    if (!stated.specific() || !ruledOut.specific()) return null; // "an accident" or not is the class question
    String a = head(stated.phrase());
    return a.equals(head(ruledOut.phrase())) ? a : null;
  }

  private static String head(String phrase) {
    String p = phrase.strip().toLowerCase(java.util.Locale.ROOT);
    return p.substring(p.lastIndexOf(' ') + 1);
  }

  private void addSpecific(Map<String, Candidate> bySpecific, String head, CauseReader.Reading ra, Stance a,
      CauseReader.Reading rb, Stance b) {
    Candidate previous = bySpecific.get(head);
    Party partyA = previous == null ? a.party() : previous.partyA();
    Party partyB = previous == null ? b.party() : previous.partyB();
    String positionA = previous == null ? ra.phrase() : previous.positionA();
    String positionB = previous == null ? "no " + rb.phrase().strip().toLowerCase(java.util.Locale.ROOT) : previous.positionB();
    bySpecific.put(head, new Candidate("specific-cause:" + head, false, ContradictionKind.ATTRIBUTED_DISAGREEMENT,
        "whether it was " + positionA + ": " + positionA + " or " + positionB, partyA, positionA,
        previous == null ? List.of(a.claim()) : Candidate.adding(previous.claimsA(), a.claim()), partyB, positionB,
        previous == null ? List.of(b.claim()) : Candidate.adding(previous.claimsB(), b.claim()), 0.8, Severity.HIGH,
        partyA.label() + " says it was " + positionA + "; " + partyB.label() + " says there was " + positionB + ".", name()));
  }

  /** What the two positions answer: what a strike hit, or how it came about (intent or mechanism). */
  private static String question(CauseReader.Reading r) {
    return "target".equals(r.cause().axis()) ? "what the strike hit: " : "how it came about: ";
  }
}
