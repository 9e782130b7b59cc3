package io.contraflow.feeds;

import java.time.Instant;

/**
 * One entry of a feed, whatever its dialect.
 *
 * @param link        the URL of the item's page, absolute, or null
 * @param guid        the item's own id (RSS guid, Atom id), or null
 * @param title       the headline, or null
 * @param description the feed's own text for the item, as plain paragraphs (the fallback body), or ""
 * @param publishedAt when the feed says it was published (or updated), or null
 * @param author      the feed's author for it, or null
 */
public record FeedItem(String link, String guid, String title, String description, Instant publishedAt,
                       String author) {
}
