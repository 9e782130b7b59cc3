package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Parties that answer one question both ways: every pair of a party answering yes and one answering no, not on one
 * side, whose answers pass a test of being about one thing, is one candidate holding those answers' claims. Shared by
 * the {@link JudgementDetector} and the {@link ExistenceDetector}.
 */
final class Opposition {
  private Opposition() {}

  /** What the candidates say: their question and topic, the two positions, and the detector that found them. */
  record Question(String key, String topic, String yes, String no, String detector) {}

  /**
   * @param yes the answers of each party (by key) that answer yes, in event order
   * @param no those that answer no
   * @param parties each key's party
   * @param claim the claim an answer was read from
   * @param oneThing whether a yes answer and a no answer are about one thing
   */
  static <T> List<Candidate> candidates(Question q, Map<String, List<T>> yes, Map<String, List<T>> no, Map<String, Party> parties,
      Function<T, Claim> claim, BiPredicate<T, T> oneThing) {
    List<Candidate> out = new ArrayList<>();
    // One question with two fixed answers is one dispute however many parties give each ("the force was excessive"
    // from three rights groups against "it was proportionate" from the army and its minister): the pairs make one
    // finding, not a record a pair. A supporting question stays between its parties: it joins the finding that holds
    // its claims, on the side its parties stand.
    boolean betweenParties = ContradictionDetector.supportsQuestion(q.key());
    for (var y : yes.entrySet()) {
      Party a = parties.get(y.getKey());
      for (var n : no.entrySet()) {
        Party b = parties.get(n.getKey());
        if (EventStances.sameSide(a, b)) continue;
        List<Claim> yesClaims = new ArrayList<>();
        List<Claim> noClaims = new ArrayList<>();
        for (T x : y.getValue()) {
          for (T z : n.getValue()) {
            if (!oneThing.test(x, z)) continue;
            yesClaims = Candidate.adding(yesClaims, claim.apply(x));
            noClaims = Candidate.adding(noClaims, claim.apply(z));
          }
        }
        if (yesClaims.isEmpty()) continue;
        out.add(new Candidate(q.key(), betweenParties, ContradictionKind.ATTRIBUTED_DISAGREEMENT, q.topic(), a, q.yes(), yesClaims, b, q.no(),
            noClaims, 0.7, Severity.MEDIUM, a.label() + " says " + Contents.clip(yesClaims.get(0).content(), 120) + "; "
                + b.label() + " says " + Contents.clip(noClaims.get(0).content(), 120) + ".", q.detector()));
      }
    }
    return out;
  }
}
