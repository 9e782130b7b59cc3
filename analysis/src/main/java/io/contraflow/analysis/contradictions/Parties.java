package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimantType;
import java.util.Locale;

/** Who a claim's claimant is across outlets: a person by surname, anyone else by canonical name. */
final class Parties {
  private Parties() {}

  static String key(Claim c) {
    String name = c.claimant().toLowerCase(Locale.ROOT).trim();
    if (c.claimantType() == ClaimantType.PERSON || c.claimantType() == ClaimantType.UNKNOWN && !name.contains(" ")) {
      String[] parts = name.split("\\s+");
      return parts[parts.length - 1];
    }
    return name;
  }

  /** True when two claimants speak for the same side: the same party, or the same country's officials. */
  static boolean allied(Claim a, Claim b) {
    if (key(a).equals(key(b))) return true;
    return a.affiliation() != null && a.affiliation().equals(b.affiliation())
        && a.claimantType() != ClaimantType.OUTLET && b.claimantType() != ClaimantType.OUTLET;
  }
}
