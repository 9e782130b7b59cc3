package io.contraflow.feeds;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Politeness that does not depend on timing: requests to one host never overlap, whatever the callers do. */
class HttpFetcherTest {

    @Test
    void aLongerCrawlDelayInRobotsTxtLengthensTheHostsPause() throws Exception {
        try (TestSite site = TestSite.start()) {
            site.put("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 7\n");
            site.put("/feed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel/></rss>");
            HttpFetcher fetcher = new HttpFetcher(new FeedSettings(Map.of(FeedSettings.HOST_DELAY_CONFIG, 0)));

            assertThat(fetcher.fetch(URI.create(site.url("/feed.xml")), Fetched.Validators.NONE, 1024, "*/*"))
                    .isInstanceOf(Fetched.Content.class);

            assertThat(fetcher.delayFor("127.0.0.1")).isEqualTo(java.time.Duration.ofSeconds(7));
            assertThat(site.requests("/robots.txt")).isEqualTo(1);
        }
    }

    @Test
    void requestsToOneHostNeverOverlapEvenFromManyThreads() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        try (TestSite site = TestSite.start()) {
            site.handle("/page", exchange -> {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(20);  // long enough that overlapping requests would be seen
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    inFlight.decrementAndGet();
                }
                exchange.sendResponseHeaders(200, -1);
            });
            HttpFetcher fetcher = new HttpFetcher(new FeedSettings(Map.of(FeedSettings.HOST_DELAY_CONFIG, 0)));
            ExecutorService callers = Executors.newFixedThreadPool(4);
            try {
                List<Future<Fetched>> results = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    Callable<Fetched> call = () -> fetcher.fetch(URI.create(site.url("/page")), Fetched.Validators.NONE,
                            1024, "text/html");
                    results.add(callers.submit(call));
                }
                for (Future<Fetched> result : results) {
                    assertThat(result.get()).isInstanceOf(Fetched.Content.class);
                }
            } finally {
                callers.shutdownNow();
            }
            assertThat(site.requests("/page")).isEqualTo(12);
            assertThat(most.get()).as("requests in flight at once to one host").isEqualTo(1);
        }
    }
}
