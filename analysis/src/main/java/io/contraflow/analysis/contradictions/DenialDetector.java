package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.Modality;
import io.contraflow.analysis.claims.Polarity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Iran denied that a missile hit the plane" against "officials said a missile downed the plane": one party denies
 * what another asserts. The two contents must share most of their content words (at least three); a denial of a
 * named claim is the {@link RejectionDetector}'s.
 */
final class DenialDetector implements Detector {
  /** Share of the shorter content's words the two must share. */
  static final double SHARE = 0.5;

  @Override
  public String name() {
    return "denial";
  }

  @Override
  public List<Candidate> detect(EventStances event) {
    List<Candidate> out = new ArrayList<>();
    for (Stance d : event.stances) {
      if (d.act() != Stance.Act.DENY || !d.party().isNamed()) continue;
      Set<String> denied = Contents.words(d.claim().content());
      if (denied.size() < 3) continue;
      Map<String, List<Claim>> assertedByParty = new LinkedHashMap<>();
      Map<String, Party> partyByKey = new LinkedHashMap<>();
      for (Stance a : event.stances) {
        if (a.act() != Stance.Act.ASSERT || a.claim().polarity() != Polarity.AFFIRMED || a.claim().modality() == Modality.QUESTIONED) continue;
        if (EventStances.sameSide(a.party(), d.party()) || a.party().isOutlet() && d.party().isOutlet() || !a.party().isNamed()) continue;
        if (!Contents.overlap(denied, Contents.words(a.claim().content()), SHARE)) continue;
        assertedByParty.computeIfAbsent(a.party().key(), k -> new ArrayList<>()).add(a.claim());
        partyByKey.putIfAbsent(a.party().key(), a.party());
      }
      for (var e : assertedByParty.entrySet()) {
        Party asserting = partyByKey.get(e.getKey());
        String statement = Contents.clip(d.claim().content(), 100);
        out.add(new Candidate("denial", true, ContradictionKind.DENIAL, "whether " + statement, asserting, "asserts", e.getValue(),
            d.party(), "denies", List.of(d.claim()), 0.7, Severity.MEDIUM,
            asserting.label() + " says so; " + d.party().label() + " denies that " + statement + ".", name()));
      }
    }
    return out;
  }
}
