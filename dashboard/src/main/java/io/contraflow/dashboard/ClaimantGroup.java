package io.contraflow.dashboard;

import java.util.List;

/**
 * The claims one claimant made about an event, as far as the current page goes.
 *
 * @param claimCount every claim of this claimant about the event, on this page or not
 */
public record ClaimantGroup(String claimant, String claimantType, String affiliation, int claimCount, List<ClaimView> claims) {
}
