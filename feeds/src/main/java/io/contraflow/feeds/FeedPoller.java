package io.contraflow.feeds;

import io.contraflow.producer.ArticleIds;
import io.contraflow.schemas.Article;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Polls one feed: fetches it (conditionally), reads its items, and for each item not seen before fetches the page
 * it links to and turns it into an {@link Article}: the page's main text and metadata, or the feed's own text for
 * the item when the page cannot be had. Writes nothing: the caller writes the outputs and then keeps the state.
 *
 * <p>An item is new unless its link, or the canonical URL of its page, is already known to this feed or (through
 * {@code seenElsewhere}) to another one. An article whose page names a canonical URL is identified by it; a copy of
 * a story on another site, under that site's URL, is another article (another outlet's publication), which event
 * grouping then recognises as a syndicated copy.
 */
public final class FeedPoller {

    static final String FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
            + "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1";
    static final String PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";

    /** Items remembered per feed, in multiples of the items read per document: enough that none still listed is forgotten. */
    static final int MEMORY_PER_ITEM = 4;

    private final FeedSettings settings;
    private final HttpFetcher fetcher;
    private final FeedParser parser;
    private final PageExtractor extractor = new PageExtractor();
    private final Clock clock;

    public FeedPoller(FeedSettings settings, HttpFetcher fetcher, Clock clock) {
        this.settings = settings;
        this.fetcher = fetcher;
        this.parser = new FeedParser(settings.feedMaxItems());
        this.clock = clock;
    }

    /** Keys a feed remembers at most. */
    public int capacity() {
        return settings.feedMaxItems() * MEMORY_PER_ITEM;
    }

    /**
     * @param state         the feed's state
     * @param seenElsewhere whether another feed already took an item or article with this key
     */
    public PollResult poll(FeedSpec feed, FeedState state, Predicate<String> seenElsewhere)
            throws InterruptedException {
        long started = System.nanoTime();
        Fetched fetched = fetcher.fetch(feed.url(), state.validators(), settings.feedMaxBytes(), FEED_ACCEPT);
        if (fetched instanceof Fetched.NotModified) {
            return result(feed, "304 not modified", 0, List.of(), List.of(), state, null, started);
        }
        if (fetched instanceof Fetched.Failed failed) {
            return result(feed, "failed", 0, List.of(), List.of(failed.problem()), state, null, started);
        }
        Fetched.Content content = (Fetched.Content) fetched;
        FeedParser.Parsed parsed = parser.parse(content);
        if (parsed.problem() != null) {
            // The validators are not kept: a broken document must not be answered with 304 once it is fixed.
            return result(feed, "unusable", 0, List.of(), List.of(parsed.problem()), state, null, started);
        }
        FeedDocument document = parsed.document();
        List<Problem> problems = new ArrayList<>();
        if (document.totalItems() > document.items().size()) {
            problems.add(new Problem(Problem.Kind.TOO_MANY_ITEMS, feed.url() + " lists " + document.totalItems()
                    + " items; the first " + document.items().size() + " were read (" + FeedSettings.FEED_MAX_ITEMS_CONFIG + ")"));
        }
        List<FeedOutput> outputs = new ArrayList<>();
        Set<String> taken = new HashSet<>();  // keys of this poll's new items and articles: repeats within the feed
        List<String> stillListed = new ArrayList<>();
        Predicate<String> known = key -> state.knows(key) || taken.contains(key) || seenElsewhere.test(key);
        for (FeedItem item : document.items()) {
            String itemKey = ItemKeys.ofItem(item);
            stillListed.add(itemKey);
            if (known.test(itemKey)) {
                continue;
            }
            FeedOutput output = take(feed, document, item, itemKey, known, problems);
            if (output != null) {
                outputs.add(output);
                taken.addAll(output.seenKeys());
            } else {
                taken.add(itemKey);
            }
        }
        // Every key this poll saw is refreshed, so that what the feed still lists is never the oldest forgotten.
        FeedState after = state.remember(stillListed, capacity()).remember(taken, capacity())
                .withValidators(content.validators());
        return result(feed, "200", document.items().size(), outputs, problems, state, after, started);
    }

    /** The item as an article or a dead letter, or null when its page turns out to be an article already taken. */
    private FeedOutput take(FeedSpec feed, FeedDocument document, FeedItem item, String itemKey,
                            Predicate<String> known, List<Problem> problems) throws InterruptedException {
        PageExtractor.Page page = null;
        String pageUrl = item.link();
        List<Problem> itemProblems = new ArrayList<>();
        if (settings.fetchPages() && item.link() != null) {
            Fetched fetched = fetcher.fetch(URI.create(item.link()), Fetched.Validators.NONE, settings.pageMaxBytes(),
                    PAGE_ACCEPT);
            if (fetched instanceof Fetched.Content content) {
                pageUrl = content.uri().toString();
                page = readPage(content, itemProblems);
            } else if (fetched instanceof Fetched.Failed failed) {
                itemProblems.add(failed.problem());
            }
        }
        String text = page == null ? "" : page.text();
        if (page != null && text.length() < settings.minTextChars()) {
            itemProblems.add(new Problem(Problem.Kind.NO_MAIN_TEXT, pageUrl + ": " + text.length()
                    + " characters of main text (" + FeedSettings.MIN_TEXT_CHARS_CONFIG + " is "
                    + settings.minTextChars() + ")"));
        }
        if (text.length() < settings.minTextChars() && item.description().length() > text.length()) {
            text = item.description();  // the feed's own text for the item, when the page gave less
        }
        problems.addAll(itemProblems);
        String origin = feed.url().toString();
        String itemName = item.link() != null ? item.link() : item.guid() != null ? item.guid() : item.title();
        if (text.isBlank()) {
            // The item is the dead letter's key, so the reason need not name it again.
            Problem noText = new Problem(Problem.Kind.NO_TEXT, "neither the page nor the feed gives any text" + (itemProblems.isEmpty() ? "" : " (" + itemProblems.get(0).reason() + ")"));
            problems.add(noText);
            return new FeedOutput.Rejected(itemName, noText, null, List.of(itemKey));
        }
        String canonical = page != null && page.canonicalUrl() != null ? page.canonicalUrl() : pageUrl;
        String url = canonical == null ? null : ItemKeys.canonicalUrl(canonical);
        String title = firstNonBlank(item.title(), page == null ? null : page.title(), url, "untitled");
        String id = url != null ? url : ArticleIds.forContent(title, text);
        String idKey = url != null ? ItemKeys.ofUrl(url) : null;
        if (idKey != null && !idKey.equals(itemKey) && known.test(idKey)) {
            return null;  // another address of an article already taken (a tracking parameter, a redirect)
        }
        List<String> keys = idKey == null || idKey.equals(itemKey) ? List.of(itemKey) : List.of(itemKey, idKey);
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > settings.maxArticleBytes()) {
            Problem tooLarge = new Problem(Problem.Kind.TOO_LARGE, id + ": the article text is " + bytes
                    + " bytes, over " + FeedSettings.MAX_ARTICLE_BYTES_CONFIG + " (" + settings.maxArticleBytes() + ")");
            problems.add(tooLarge);
            return new FeedOutput.Rejected(itemName, tooLarge, id, keys);
        }
        Instant published = page != null && page.publishedAt() != null ? page.publishedAt() : item.publishedAt();
        Article article = Article.newBuilder()
                .setId(id)
                .setTitle(title)
                .setBody(text)
                .setSource(firstNonBlank(page == null ? null : page.siteName(), document.title(), hostOf(url)))
                .setUrl(url)
                // the topic stores milliseconds; truncating keeps an article equal to its own round trip
                .setPublishedAt(published == null ? null : published.truncatedTo(ChronoUnit.MILLIS))
                .setIngestedAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .setLanguage("en")
                .setOrigin(origin)
                .setAuthor(firstNonBlank(page == null ? null : page.author(), item.author()))
                .build();
        return new FeedOutput.NewArticle(article, keys);
    }

    private PageExtractor.Page readPage(Fetched.Content content, List<Problem> problems) {
        String type = content.contentType() == null ? "" : content.contentType().toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.contains("html")) {
            problems.add(new Problem(Problem.Kind.NOT_HTML, content.uri() + ": Content-Type " + content.contentType()));
            return null;
        }
        try {
            String html = TextDecoding.decode(content.body(), content.contentType(), TextDecoding.Markup.HTML,
                    content.uri().toString()).text();
            return extractor.extract(html, content.uri().toString());
        } catch (TextDecoding.Undecodable undecodable) {
            problems.add(undecodable.problem);
            return null;
        }
    }

    private PollResult result(FeedSpec feed, String status, int items, List<FeedOutput> outputs,
                              List<Problem> problems, FeedState before, FeedState after, long startedNanos) {
        return new PollResult(feed, status, items, outputs, problems, before, after, capacity(),
                Duration.ofNanos(System.nanoTime() - startedNanos));
    }

    private static String hostOf(String url) {
        try {
            return url == null ? null : URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
