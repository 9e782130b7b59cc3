package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Parties that answer one question both ways: every pair of a party answering yes and one answering no, not on one
 * side, whose answers pass a test of being about one thing, is one candidate holding those answers' claims. Shared by
 * the {@link JudgementDetector}, the {@link ExistenceDetector} and the {@link SubstanceDetector}.
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

  /** An answer and the claim it was read from. */
  record Answered<A>(Claim claim, A answer) {}

  /**
   * The candidates of questions asked one per thing ("whether there was a fire", "whether cyanide was there"): each
   * readable stance's answers, grouped by the thing they are about and by party, yes against no.
   *
   * @param read a stance's answers
   * @param thing what an answer is about
   * @param yes whether an answer says yes
   * @param question the question asked of a thing
   * @param oneThing whether a yes answer and a no answer are about one thing (the same place, say)
   */
  static <A> List<Candidate> perThing(EventStances event, Predicate<Stance> readable, Function<Stance, List<A>> read, Function<A, String> thing,
      Predicate<A> yes, Function<String, Question> question, BiPredicate<A, A> oneThing) {
    Map<String, Map<String, List<Answered<A>>>> there = new LinkedHashMap<>();
    Map<String, Map<String, List<Answered<A>>>> notThere = new LinkedHashMap<>();
    Map<String, Party> parties = new LinkedHashMap<>();
    for (Stance s : event.stances) {
      if (!readable.test(s)) continue;
      for (A a : read.apply(s)) {
        parties.putIfAbsent(s.party().key(), s.party());
        (yes.test(a) ? there : notThere).computeIfAbsent(thing.apply(a), k -> new LinkedHashMap<>())
            .computeIfAbsent(s.party().key(), k -> new ArrayList<>()).add(new Answered<>(s.claim(), a));
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (var t : there.entrySet()) {
      out.addAll(candidates(question.apply(t.getKey()), t.getValue(), notThere.getOrDefault(t.getKey(), Map.of()), parties, Answered::claim,
          (x, y) -> oneThing.test(x.answer(), y.answer())));
    }
    return out;
  }
}
