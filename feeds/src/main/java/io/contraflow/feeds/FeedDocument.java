package io.contraflow.feeds;

import java.util.List;

/**
 * A parsed feed.
 *
 * @param title      the feed's title (the outlet's name, usually), or null
 * @param items      its items in document order, at most the configured number
 * @param totalItems how many items the document had
 */
public record FeedDocument(String title, List<FeedItem> items, int totalItems) {
    public FeedDocument {
        items = List.copyOf(items);
    }
}
