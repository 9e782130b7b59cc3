package io.contraflow.feeds;

import io.contraflow.schemas.DeadLetter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad input the issue lists, each against a real server on 127.0.0.1: it is reported with its reason
 * and kind, the watch goes on to the next feed (a good one, polled after each bad one), and nothing half-made comes
 * out: an item is a whole article or a dead letter.
 */
class BadInputTest {

    private TestSite site;
    private final Map<String, Object> settings = new HashMap<>(Map.of(
            FeedSettings.HOST_DELAY_CONFIG, 0,
            FeedSettings.RETRY_BACKOFF_CONFIG, 5,
            FeedSettings.RETRIES_CONFIG, 1,
            FeedSettings.REQUEST_TIMEOUT_CONFIG, 1_000,
            FeedSettings.PAGE_MAX_BYTES_CONFIG, 256 * 1024,
            FeedSettings.FEED_MAX_BYTES_CONFIG, 256 * 1024));

    @BeforeEach
    void start() {
        site = TestSite.start();
        site.put("/good.xml", "application/rss+xml", TestFeeds.rss2("Good", site.url("/"), List.of(
                new TestFeeds.Item("Ferry timetable cut", site.url("/ferry.html"), "Two sailings a day from June.", null))));
        site.put("/ferry.html", "text/html; charset=utf-8", page("Ferry timetable cut",
                "The island ferry will run twice a day from June, the operator said, after a fuel contract ended. "
                        + "Residents had asked for a morning sailing to be kept for school pupils and hospital visits."));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void unreachableHost() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertFeedProblem("http://127.0.0.1:" + closedPort + "/feed.xml", Problem.Kind.UNREACHABLE, "ConnectException");
    }

    @Test
    void notFoundGoneAndServerErrorRetried() throws Exception {
        site.handle("/404.xml", status(404));
        site.handle("/410.xml", status(410));
        site.handle("/500.xml", status(500));
        assertFeedProblem(site.url("/404.xml"), Problem.Kind.HTTP_STATUS, "404 from");
        assertFeedProblem(site.url("/410.xml"), Problem.Kind.HTTP_STATUS, "410 from");
        assertFeedProblem(site.url("/500.xml"), Problem.Kind.HTTP_STATUS, "500 from");
        assertThat(site.requests("/404.xml")).as("4xx is not retried").isEqualTo(1);
        assertThat(site.requests("/500.xml")).as("5xx is retried (http.retries=1)").isEqualTo(2);
    }

    @Test
    void timeout() throws Exception {
        site.handle("/slow.xml", exchange -> {
            try {
                Thread.sleep(3_000);  // longer than http.request.timeout.ms
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
        });
        settings.put(FeedSettings.RETRIES_CONFIG, 0);
        assertFeedProblem(site.url("/slow.xml"), Problem.Kind.TIMEOUT, "within 1000 ms");
    }

    @Test
    void redirectLoopAndTooManyRedirects() throws Exception {
        site.handle("/a.xml", redirect("/b.xml"));
        site.handle("/b.xml", redirect("/a.xml"));
        for (int i = 0; i < 10; i++) {
            site.handle("/hop" + i, redirect("/hop" + (i + 1)));
        }
        assertFeedProblem(site.url("/a.xml"), Problem.Kind.REDIRECT_LOOP, "leads back to");
        assertFeedProblem(site.url("/hop0"), Problem.Kind.TOO_MANY_REDIRECTS, "more than 5");
    }

    @Test
    void htmlServedAsAFeed() throws Exception {
        site.put("/front.xml", "text/html; charset=utf-8", page("Front page", "Welcome to our site."));
        assertFeedProblem(site.url("/front.xml"), Problem.Kind.NOT_A_FEED, "an HTML page, not a feed");
    }

    @Test
    void brokenFeedIsReportedWithWhereAndKeptOnItsSchedule() throws Exception {
        site.put("/broken.xml", "application/rss+xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n"
                + "<item><title>Unclosed</title>\n</channel></rss>");
        FeedWatch watch = assertFeedProblem(site.url("/broken.xml"), Problem.Kind.BROKEN_FEED, "at line");
        FeedSpec broken = watch.feeds().get(0);
        assertThat(watch.poll(broken).problems()).extracting(Problem::kind).containsExactly(Problem.Kind.BROKEN_FEED);
        assertThat(site.requests("/broken.xml")).as("polled again, unconditionally").isEqualTo(2);
    }

    @Test
    void fiftyMegabytePageFallsBackToTheFeedsDescription() throws Exception {
        site.handle("/huge.html", exchange -> {  // announced length: refused before reading
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 50L * 1024 * 1024);
            writeForever(exchange.getResponseBody());
        });
        site.handle("/endless.html", exchange -> {  // chunked, never ends: cut at the cap
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            writeForever(exchange.getResponseBody());
        });
        site.put("/big.xml", "application/rss+xml", TestFeeds.rss2("Big", site.url("/"), List.of(
                new TestFeeds.Item("Huge page", site.url("/huge.html"), "The feed's own summary of the huge page.", null),
                new TestFeeds.Item("Endless page", site.url("/endless.html"), null, null))));

        PollResult result = pollThenGood(site.url("/big.xml"));

        assertThat(result.problems()).extracting(Problem::kind)
                .containsExactly(Problem.Kind.TOO_LARGE, Problem.Kind.TOO_LARGE, Problem.Kind.NO_TEXT);
        assertThat(result.problems().get(0).detail()).contains("Content-Length 52428800");
        assertThat(result.outputs()).hasSize(2);
        FeedOutput.NewArticle fromFeed = (FeedOutput.NewArticle) result.outputs().get(0);
        assertThat(fromFeed.article().getBody()).isEqualTo("The feed's own summary of the huge page.");
        FeedOutput.Rejected rejected = (FeedOutput.Rejected) result.outputs().get(1);
        DeadLetter letter = rejected.deadLetter(Instant.now());
        assertThat(letter.getStage()).isEqualTo("producer");
        assertThat(letter.getKey()).isEqualTo(site.url("/endless.html"));
        assertThat(letter.getReason()).startsWith(site.url("/endless.html") + ": no text: neither the page nor the feed")
                .contains("too large");
    }

    @Test
    void endlessFeedResponses() throws Exception {
        site.handle("/endless.xml", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>".getBytes(StandardCharsets.UTF_8));
            writeForever(out);
        });
        site.handle("/trickle.xml", exchange -> {  // a few bytes a second, forever: only the deadline ends it
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            try {
                for (int i = 0; i < 100; i++) {
                    out.write(' ');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        settings.put(FeedSettings.RETRIES_CONFIG, 0);
        assertFeedProblem(site.url("/endless.xml"), Problem.Kind.TOO_LARGE, "more than 262144 bytes");
        assertFeedProblem(site.url("/trickle.xml"), Problem.Kind.TIMEOUT, "no complete response");
    }

    @Test
    void feedWithTenThousandItems() throws Exception {
        List<TestFeeds.Item> items = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            items.add(new TestFeeds.Item("Notice " + i, site.url("/notices/" + i), "Council notice number " + i + ".", null));
        }
        site.put("/notices.xml", "application/rss+xml", TestFeeds.rss2("Notices", site.url("/"), items));
        settings.put(FeedSettings.FEED_MAX_ITEMS_CONFIG, 40);
        settings.put(FeedSettings.FEED_MAX_BYTES_CONFIG, 4 * 1024 * 1024);
        settings.put(FeedSettings.PAGE_FETCH_CONFIG, false);

        FeedWatch watch = watch(site.url("/notices.xml"));
        PollResult result = watch.poll(watch.feeds().get(0));
        watch.keep(watch.feeds().get(0), result.stateAfter(result.outputs().size()));

        assertThat(result.problems()).extracting(Problem::reason)
                .containsExactly("too many items: " + site.url("/notices.xml") + " lists 10000 items; the first 40 were read (feed.max.items)");
        assertThat(result.articles()).isEqualTo(40);
        assertThat(result.after().seen()).hasSizeLessThanOrEqualTo(40 * FeedPoller.MEMORY_PER_ITEM);
        site.put("/notices.xml", "application/rss+xml", TestFeeds.rss2("Notices", site.url("/"), items.subList(1, 10_000)));
        assertThat(watch.poll(watch.feeds().get(0)).articles()).as("the next item in line, once").isEqualTo(1);
    }

    @Test
    void wrongOrMissingCharset() throws Exception {
        byte[] latin1 = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Caf\u00e9 news</title>"
                + "</channel></rss>").getBytes(StandardCharsets.ISO_8859_1);
        site.put("/wrong.xml", "application/rss+xml; charset=utf-8", latin1);
        site.put("/missing.xml", "application/rss+xml", latin1);
        site.put("/unknown.xml", "application/rss+xml; charset=klingon-8", latin1);
        site.put("/declared.xml", "application/rss+xml", new String(latin1, StandardCharsets.ISO_8859_1)
                .replace("<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>")
                .getBytes(StandardCharsets.ISO_8859_1));

        assertFeedProblem(site.url("/wrong.xml"), Problem.Kind.CHARSET, "bytes invalid in UTF-8 (Content-Type header) at byte 59");
        assertFeedProblem(site.url("/missing.xml"), Problem.Kind.CHARSET, "(no declaration; UTF-8 assumed)");
        assertFeedProblem(site.url("/unknown.xml"), Problem.Kind.CHARSET, "unknown charset 'klingon-8'");
        assertThat(pollThenGood(site.url("/declared.xml")).problems()).as("declared in the prolog: fine").isEmpty();

        // A page whose bytes are not in its declared charset: reported, and the feed's text used instead.
        site.put("/latin.html", "text/html; charset=utf-8", page("Caf\u00e9 closes", "The caf\u00e9 on the square "
                + "closes after sixty years.").getBytes(StandardCharsets.ISO_8859_1));
        site.put("/cafe.xml", "application/rss+xml", TestFeeds.rss2("Cafe", site.url("/"), List.of(
                new TestFeeds.Item("Cafe closes", site.url("/latin.html"), "The square's cafe closes.", null))));
        PollResult page = pollThenGood(site.url("/cafe.xml"));
        assertThat(page.problems()).extracting(Problem::reason)
                .containsExactly("charset: " + site.url("/latin.html") + ": bytes invalid in UTF-8 (Content-Type header) at byte 59");
        assertThat(((FeedOutput.NewArticle) page.outputs().get(0)).article().getBody()).isEqualTo("The square's cafe closes.");
    }

    @Test
    void robotsTxtIsHonoured() throws Exception {
        site.put("/robots.txt", "text/plain", "User-agent: ContraflowBot\nDisallow: /private/\n");
        site.put("/private/feed.xml", "application/rss+xml", TestFeeds.rss2("Private", site.url("/"), List.of()));
        assertFeedProblem(site.url("/private/feed.xml"), Problem.Kind.ROBOTS_DISALLOWED, "/robots.txt, as ContraflowBot");
        assertThat(site.requests("/private/feed.xml")).isZero();
    }

    @Test
    void pageErrorsUseTheFeedsTextAndGzipIsRead() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(TestFeeds.rss2("Zipped", site.url("/"), List.of(
                    new TestFeeds.Item("Bridge closed", site.url("/gone.html"), "The old bridge closes for repairs.",
                            Instant.parse("2024-05-01T09:00:00Z")))).getBytes(StandardCharsets.UTF_8));
        }
        site.handle("/zipped.xml", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, gz.size());
            exchange.getResponseBody().write(gz.toByteArray());
        });
        PollResult result = pollThenGood(site.url("/zipped.xml"));
        assertThat(result.problems()).extracting(Problem::reason).containsExactly("http status: 404 from " + site.url("/gone.html"));
        FeedOutput.NewArticle article = (FeedOutput.NewArticle) result.outputs().get(0);
        assertThat(article.article().getBody()).isEqualTo("The old bridge closes for repairs.");
        assertThat(article.article().getPublishedAt()).isEqualTo(Instant.parse("2024-05-01T09:00:00Z"));
        assertThat(article.article().getId()).isEqualTo(site.url("/gone.html"));
    }

    /** Polls a watch of the bad feed and a good one: the bad one's problem, and the good one still produces. */
    private FeedWatch assertFeedProblem(String url, Problem.Kind kind, String detail) throws InterruptedException {
        FeedWatch watch = watch(url, site.url("/good.xml"));
        PollResult bad = watch.poll(watch.feeds().get(0));
        assertThat(bad.problems()).as(url).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(kind);
            assertThat(problem.detail()).contains(detail);
        });
        assertThat(bad.outputs()).isEmpty();
        assertThat(bad.after()).as("the feed's state is unchanged").isNull();
        assertThat(watch.poll(watch.feeds().get(1)).articles()).as("the next feed still produces").isEqualTo(1);
        return watch;
    }

    private PollResult pollThenGood(String url) throws InterruptedException {
        FeedWatch watch = watch(url, site.url("/good.xml"));
        PollResult result = watch.poll(watch.feeds().get(0));
        assertThat(watch.poll(watch.feeds().get(1)).articles()).isEqualTo(1);
        return result;
    }

    private FeedWatch watch(String... urls) {
        return new FeedWatch(new FeedSettings(settings), FeedSpec.parse(List.of(urls), "test"), Map.of(),
                Clock.systemUTC());
    }

    private static com.sun.net.httpserver.HttpHandler status(int code) {
        return exchange -> exchange.sendResponseHeaders(code, -1);
    }

    private static com.sun.net.httpserver.HttpHandler redirect(String to) {
        return exchange -> {
            exchange.getResponseHeaders().set("Location", to);
            exchange.sendResponseHeaders(302, -1);
        };
    }

    private static void writeForever(OutputStream out) throws IOException {
        byte[] chunk = new byte[16 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'x');
        for (int i = 0; i < 50 * 64; i++) {  // at most 50 MB, so the server stops by itself
            out.write(chunk);
        }
    }

    static String page(String title, String text) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + "<article><h1>" + title + "</h1><p>" + text + "</p></article></body></html>";
    }
}
