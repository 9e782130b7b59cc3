package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The interner hands back, for a candidate equal to one it handed back before, that earlier object, and keeps what it
 * was handed back as it was. Invented parties and positions, no claims.
 */
class CandidateInternerTest {
  private static final Party HARBOUR = new Party("organisation:harbour office", "Harbour office", Set.of("harbour office"));
  private static final Party UNION = new Party("organisation:dockers union", "Dockers union", Set.of("dockers union"));

  private static Candidate candidate(String question, double confidence) {
    return new Candidate(question, true, ContradictionKind.ATTRIBUTED_DISAGREEMENT, "who closed the quay", HARBOUR, "the union",
        List.of(), UNION, "the harbour office", List.of(), confidence, Severity.MEDIUM, "They disagree.", "blame");
  }

  @Test
  void handsBackTheEarlierObjectForAnEqualCandidate() {
    CandidateInterner interner = new CandidateInterner();
    Candidate first = candidate("blame", 0.7);
    Candidate other = candidate("cause:quay", 0.6);
    List<Candidate> out = interner.intern(List.of(first, other));
    assertThat(out.get(0)).isSameAs(first);
    // Made again as new objects: the equal one comes back as the earlier object, the changed one as itself.
    Candidate again = candidate("blame", 0.7);
    Candidate surer = candidate("cause:quay", 0.8);
    List<Candidate> next = interner.intern(List.of(again, surer));
    assertThat(next.get(0)).isSameAs(first);
    assertThat(next.get(1)).isSameAs(surer);
    // A part's list given back as it was comes back as it was.
    List<Candidate> kept = new ArrayList<>(List.of(first, surer));
    List<Candidate> handed = interner.intern(kept);
    assertThat(interner.intern(kept)).isSameAs(handed);
  }

  @Test
  void stillFindsEarlierObjectsAfterForgettingTheOnesNoLongerHandedBack() {
    CandidateInterner interner = new CandidateInterner();
    Candidate steady = candidate("blame", 0.7);
    for (int round = 0; round < 200; round++) {
      // Each round a new candidate of another question, which the next round no longer has.
      interner.intern(List.of(steady, candidate("cause:" + round, 0.5)));
    }
    assertThat(interner.intern(List.of(candidate("blame", 0.7))).get(0)).isSameAs(steady);
  }
}
