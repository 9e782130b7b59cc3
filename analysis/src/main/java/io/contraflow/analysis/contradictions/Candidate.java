package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import java.util.List;

/**
 * One detector's finding before findings of the same dispute are merged: two parties, what each holds and the claims
 * that show it. Detection merges candidates with the same {@code question} and the same two parties into one
 * {@link Finding}, so that every outlet's report of one dispute adds evidence to one record.
 *
 * @param question what is disputed, as a stable key ("cause", "denial", "blame", "figure:killed:214:218")
 * @param betweenParties true when the dispute is between these two parties (merged with others only for the same
 *     two); false when it is between two positions whoever holds them (two figures for one measure)
 * @param detector the detector that found it, for the finding's trail
 */
record Candidate(String question, boolean betweenParties, ContradictionKind kind, String topic, Party partyA, String positionA, List<Claim> claimsA,
                 Party partyB, String positionB, List<Claim> claimsB, double confidence, Severity severity,
                 String explanation, String detector) {
  /** {@code claims} with {@code c} added at the end, unless it is there already: a candidate's evidence as it grows. */
  static List<Claim> adding(List<Claim> claims, Claim c) {
    if (claims.contains(c)) return claims;
    List<Claim> out = new java.util.ArrayList<>(claims);
    out.add(c);
    return out;
  }
}
