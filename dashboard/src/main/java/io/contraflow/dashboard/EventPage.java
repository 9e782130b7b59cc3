package io.contraflow.dashboard;

/**
 * Which part of an event's detail an answer holds: the claims from {@code offset}, at most {@code limit} of them, and
 * the totals, so that a story of thousands of articles is read page by page rather than in one answer of megabytes.
 *
 * @param next the address of the next page of claims, or null when this is the last
 */
public record EventPage(int offset, int limit, int claimsTotal, int articlesTotal, int contradictionsTotal, String next) {
}
