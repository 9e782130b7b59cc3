package io.contraflow.feeds;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article is its canonical URL: the same story reached again through another feed, another tracking parameter
 * or a redirect is not produced again; a copy of it on another outlet's site, under that site's own URL, is.
 */
class IdentityTest {

    private static final String TEXT = "The regional water board said on Tuesday that the reservoir had fallen to a "
            + "third of its usual level after the driest spring in forty years, and asked households to limit garden "
            + "watering until further notice. Farmers' groups said the restrictions came too late for early crops.";

    @Test
    void theSameStoryThroughAnotherFeedTrackingParameterOrRedirectIsTakenOnce() throws InterruptedException {
        try (TestSite site = TestSite.start()) {
            site.put("/story.html", "text/html", page("Reservoir at a third of its level", "Valley Times",
                    site.url("/story.html"), TEXT));
            site.handle("/short/abc", exchange -> {
                exchange.getResponseHeaders().set("Location", "/story.html?utm_campaign=short");
                exchange.sendResponseHeaders(301, -1);
            });
            site.put("/a.xml", "application/rss+xml", TestFeeds.rss2("A", site.url("/"), List.of(
                    item(site.url("/story.html?utm_source=feed-a")))));
            site.put("/b.xml", "application/rss+xml", TestFeeds.rss2("B", site.url("/"), List.of(
                    item(site.url("/story.html?utm_source=feed-b&fbclid=x1")), item(site.url("/short/abc")))));

            FeedWatch watch = new FeedWatch(new FeedSettings(FeedWatchTest.FAST),
                    FeedSpec.parse(List.of(site.url("/a.xml"), site.url("/b.xml")), "test"), Map.of(), Clock.systemUTC());
            List<FeedOutput> outputs = FeedWatchTest.pollEach(watch);

            assertThat(outputs).extracting(FeedOutput::key).containsExactly(site.url("/story.html"));
            assertThat(site.requests("/story.html")).as("the short link's page was fetched to learn its identity")
                    .isEqualTo(2);
        }
    }

    @Test
    void aSyndicatedCopyUnderAnotherUrlIsAnotherOutletsArticle() throws InterruptedException {
        try (TestSite site = TestSite.start()) {
            site.put("/wire/story.html", "text/html", page("Reservoir at a third of its level", "Wire Service",
                    site.url("/wire/story.html"), TEXT));
            site.put("/partner/reservoir.html", "text/html", page("Drought: reservoir at a third", "Partner Daily",
                    site.url("/partner/reservoir.html"), TEXT));
            site.put("/wire.xml", "application/rss+xml", TestFeeds.rss2("Wire", site.url("/"), List.of(
                    item(site.url("/wire/story.html")))));
            site.put("/partner.xml", "application/rss+xml", TestFeeds.rss2("Partner", site.url("/"), List.of(
                    item(site.url("/partner/reservoir.html")))));

            FeedWatch watch = new FeedWatch(new FeedSettings(FeedWatchTest.FAST),
                    FeedSpec.parse(List.of(site.url("/wire.xml"), site.url("/partner.xml")), "test"), Map.of(),
                    Clock.systemUTC());
            List<FeedOutput> outputs = FeedWatchTest.pollEach(watch);

            assertThat(outputs).extracting(FeedOutput::key)
                    .containsExactly(site.url("/wire/story.html"), site.url("/partner/reservoir.html"));
            assertThat(outputs).map(o -> ((FeedOutput.NewArticle) o).article())
                    .allSatisfy(article -> assertThat(article.getBody()).isEqualTo(TEXT))
                    .extracting(a -> a.getSource()).containsExactly("Wire Service", "Partner Daily");
        }
    }

    private static TestFeeds.Item item(String link) {
        return new TestFeeds.Item("Reservoir low", link, "Short summary.", null);
    }

    static String page(String title, String site, String canonical, String text) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<link rel=\"canonical\" href=\"" + canonical + "\"><meta property=\"og:site_name\" content=\"" + site
                + "\"></head><body><nav><a href=\"/\">Home</a></nav><article><h1>" + title + "</h1><p>" + text
                + "</p></article><footer>" + site + "</footer></body></html>";
    }
}
