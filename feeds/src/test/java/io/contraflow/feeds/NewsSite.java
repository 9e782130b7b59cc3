package io.contraflow.feeds;

import io.contraflow.feeds.DevArticles.DevArticle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The acceptance scenario's web: three feeds (RSS 2.0, Atom, RSS 1.0) on a {@link TestSite} listing 30 real
 * articles from ../shared/dev, ten each, whose pages wrap the article in a realistic news page (NewsPages) and name
 * the article's real URL as canonical, so the article ids are the real URLs. Some item links carry a tracking
 * parameter, as feeds often add. {@link #publishAnother()} adds a 31st item to the RSS 2.0 feed.
 */
public final class NewsSite {

    public static final int ARTICLES = 30;

    private final TestSite site;
    private final List<DevArticle> articles;
    private final List<List<TestFeeds.Item>> feedItems = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());

    private NewsSite(TestSite site, List<DevArticle> articles) {
        this.site = site;
        this.articles = articles;
    }

    /** Serves the three feeds and 30 pages on {@code site}; skips (or, with CI=true, fails) without ../shared. */
    public static NewsSite on(TestSite site) {
        NewsSite news = new NewsSite(site, DevArticles.firstOrSkip(ARTICLES + 1));
        for (int i = 0; i < ARTICLES; i++) {
            news.list(i, i % 3);
        }
        news.publishFeeds();
        return news;
    }

    /** The feed URLs, one per line, as a feeds file holds them. */
    public List<String> feedUrls() {
        return List.of(site.url("/world/rss.xml"), site.url("/politics/atom.xml"), site.url("/region/index.rdf"));
    }

    public List<String> feedPaths() {
        return List.of("/world/rss.xml", "/politics/atom.xml", "/region/index.rdf");
    }

    /** Lists the 31st article in the RSS 2.0 feed (its ETag changes, so the next poll gets the new document). */
    public DevArticle publishAnother() {
        list(ARTICLES, 0);
        publishFeeds();
        return articles.get(ARTICLES);
    }

    /** The ids the listed articles must get: their real URLs, normalised. */
    public List<String> expectedIds(int count) {
        return articles.subList(0, count).stream().map(a -> ItemKeys.canonicalUrl(a.url())).collect(Collectors.toList());
    }

    public List<DevArticle> articles() {
        return articles;
    }

    private void list(int index, int feed) {
        DevArticle article = articles.get(index);
        String path = "/news/" + (index + 1) + ".html";
        site.put(path, "text/html; charset=utf-8", NewsPages.page(article, index, article.url()).html());
        // Every fourth link carries a campaign tag, as feed links often do; the id must not depend on it.
        String link = site.url(path) + (index % 4 == 0 ? "?utm_source=rss&utm_medium=feed" : "");
        Instant published = NewsPages.isDate(article.published())
                ? Instant.parse(article.published() + "T12:00:00Z") : null;
        feedItems.get(feed).add(0, new TestFeeds.Item(NewsPages.title(article), link,
                "A report from " + NewsPages.source(article) + ".", published));
    }

    private void publishFeeds() {
        site.put("/world/rss.xml", "application/rss+xml; charset=utf-8",
                TestFeeds.rss2("World news", site.url("/world/"), feedItems.get(0)));
        site.put("/politics/atom.xml", "application/atom+xml",
                TestFeeds.atom("Politics", site.url("/politics/"), feedItems.get(1)));
        site.put("/region/index.rdf", "application/rdf+xml",
                TestFeeds.rss1("Regional news", site.url("/region/"), feedItems.get(2)));
    }
}
