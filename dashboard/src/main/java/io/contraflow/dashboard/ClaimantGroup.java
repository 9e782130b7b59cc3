package io.contraflow.dashboard;

import java.util.List;

/** The claims one claimant made about an event. */
public record ClaimantGroup(String claimant, String claimantType, String affiliation, List<ClaimView> claims) {
}
