package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.claims.Claim;
import java.util.List;

/**
 * Finds contradictions among the claims of one event. Pure and deterministic: the same claims give the same
 * findings with the same ids, whatever order they arrived in, so a caller can re-run it as claims arrive and
 * publish what changed.
 */
public final class ContradictionDetector {

  public List<Finding> detect(String eventId, List<Claim> claimsOfEvent) {
    return List.of();
  }
}
