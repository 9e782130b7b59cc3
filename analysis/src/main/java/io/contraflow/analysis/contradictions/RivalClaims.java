package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Two parties each claiming the deed: "the Vell Front claimed responsibility for the attack" and "the Ostrian Liberation
 * Army also claimed responsibility". At most one of them did it, so who did is disputed between them, though neither
 * names the other. Only deeds owned as claims count ("claimed responsibility", "claimed credit"): a party telling of a
 * deed of its own ("we fired missiles at their base") may tell of another deed.
 */
final class RivalClaims {
  private RivalClaims() {}

  private static final Pattern RESPONSIBILITY = Pattern.compile("(?i)^\\W*(?:full\\s+)?(?:responsibility|credit)\\b");

  /**
   * One candidate for each two owners of the deed that are not one side.
   *
   * @param ownDeeds for each party's key, the agents it named itself as and the claims that did
   * @param parties the parties by key
   * @param asked the question the findings answer ("who is behind it")
   * @param detector the detector the findings are recorded as
   */
  static List<Candidate> of(Map<String, Map<String, List<Claim>>> ownDeeds, Map<String, Party> parties, String asked, String detector) {
    List<String> owners = new ArrayList<>();
    for (var own : ownDeeds.entrySet()) if (claimsResponsibility(own.getValue())) owners.add(own.getKey());
    // A spokesman whose title names another owner ("the Vell Front's spokesman", "Front spokesman Ivo Porto") is that
    // owner's voice, not a rival.
    owners.removeIf(o -> owners.stream().anyMatch(other -> !other.equals(o) && speaksFor(ownDeeds.get(o), parties.get(other))));
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < owners.size(); i++) {
      for (int j = i + 1; j < owners.size(); j++) {
        Party a = parties.get(owners.get(i));
        Party b = parties.get(owners.get(j));
        if (EventStances.sameSide(a, b) || !java.util.Collections.disjoint(ownDeeds.get(owners.get(i)).keySet(), ownDeeds.get(owners.get(j)).keySet())) continue;
        out.add(new Candidate("owned:" + a.key() + ":" + b.key(), true, ContradictionKind.ATTRIBUTED_DISAGREEMENT,
            asked + ": " + a.label() + " or " + b.label() + ", each claiming it", a, "claims it", BlameDetector.flatten(ownDeeds.get(owners.get(i))),
            b, "claims it", BlameDetector.flatten(ownDeeds.get(owners.get(j))), 0.75,
            Severity.HIGH, a.label() + " and " + b.label() + " each say they did it.", detector));
      }
    }
    return out;
  }

  private static boolean claimsResponsibility(Map<String, List<Claim>> owned) {
    for (List<Claim> claims : owned.values()) for (Claim c : claims) if ("claim".equals(c.cue()) && RESPONSIBILITY.matcher(c.content()).find()) return true;
    return false;
  }

  private static boolean speaksFor(Map<String, List<Claim>> owned, Party other) {
    String name = other.label().toLowerCase(Locale.ROOT);
    for (List<Claim> claims : owned.values()) {
      for (Claim c : claims) {
        String role = c.claimantRole() == null ? null : c.claimantRole().toLowerCase(Locale.ROOT);
        if (role == null) continue;
        // ("the Front's spokesman", "Front spokesman Ivo Porto": the title is written after the body's name.)
        String sentence = c.sentence() == null ? "" : c.sentence().toLowerCase(Locale.ROOT).replace('’', '\'');
        if (role.contains(name) || sentence.contains(name + " " + role) || sentence.contains(name + "'s " + role)) return true;
      }
    }
    return false;
  }
}
