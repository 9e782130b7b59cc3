/**
 * Online event grouping: each arriving article joins the open event it reports, or opens a new one; no batch step.
 *
 * <ul>
 *   <li>{@link io.contraflow.analysis.events.EventFeatures} turns an article into weighted names (people,
 *       organisations, places, incident names such as "Crocus City Hall" or "the Varno dam"), weighted key terms
 *       and a SimHash body fingerprint. Rules about English, not about any story: capitalisation in context, titles,
 *       demonyms ({@code Demonyms}), possessives, surnames as the alias of full names.</li>
 *   <li>{@link io.contraflow.analysis.events.TermStatistics} weights a shared feature by its rarity in the stream
 *       ({@link io.contraflow.analysis.events.BoundedTermStatistics} in memory, bounded and fading).</li>
 *   <li>{@link io.contraflow.analysis.events.EventGrouper} decides and applies; its class comment lists the rules
 *       (syndication, age-dependent threshold, shared distinctive content, stale stories), the state bounds and the
 *       cost of a decision. {@link io.contraflow.analysis.events.EventGroupingSettings} holds the tuning.</li>
 * </ul>
 *
 * <p>State bounds with the defaults: per event at most 200 names, 200 terms, 100 article ids, outlets and
 * fingerprints (under 20 KB serialised); events with no coverage for a year are evictable; term statistics at most
 * 100,000 keys, halved every 50,000 articles; the grouper's profile index at most 10,000 events (about 6 MB).
 */
package io.contraflow.analysis.events;
