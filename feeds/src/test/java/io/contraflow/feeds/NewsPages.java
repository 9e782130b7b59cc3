package io.contraflow.feeds;

import io.contraflow.feeds.DevArticles.DevArticle;
import org.jsoup.nodes.Entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Wraps an article's text in a realistic news page, the way three common kinds of site build them: a modern CMS
 * (semantic tags, JSON-LD), an older table-free "div soup" site (text broken by {@code <br>}, no semantic tags), and
 * a site that puts its newsletter box, a "Read more" line and a cookie dialog inside the article. Every page has
 * navigation, related links, comments and a cookie banner. All wrapper text here is our own.
 */
public final class NewsPages {

    /** A page and the wrapper sentences on it that must not end up in the extracted text. */
    public record Built(String html, List<String> wrapper) {
    }

    static final List<String> NAVIGATION = List.of("Home", "World", "Politics", "Business", "Science", "Opinion",
            "Sport", "Podcasts", "Sign in");
    static final String COOKIES = "We use cookies and similar technologies to remember your preferences, measure "
            + "traffic and show you offers that may interest you. You can change your choices at any time in the "
            + "privacy centre.";
    static final List<String> RELATED = List.of(
            "Harbour authority opens inquiry into delayed grain shipments",
            "Five questions about the new regional rail timetable",
            "Opinion: why the budget debate keeps returning to housing",
            "Weather service warns of strong winds along the northern coast",
            "Museum reopens its glass gallery after a two-year refit");
    static final List<String> COMMENTS = List.of(
            "I have followed this story from the start and the official account seems to change every week.",
            "Does anyone know whether the full report will be published in translation as well?",
            "Good reporting, but the headline goes further than what the documents actually show.");
    static final String NEWSLETTER = "Get the morning briefing: the five stories you need, in your inbox before "
            + "breakfast, every weekday.";
    static final String FOOTER = "All rights reserved. Reproduction without written permission is prohibited.";
    static final String READ_MORE = "Opposition leader calls for an independent review of the emergency budget";

    private NewsPages() {
    }

    /** The page for {@code article}; {@code index} picks the kind of site, so 30 pages use all three evenly. */
    public static Built page(DevArticle article, int index, String canonicalUrl) {
        List<String> paragraphs = paragraphs(article.text());
        return switch (index % 3) {
            case 0 -> modernCms(article, paragraphs, canonicalUrl);
            case 1 -> divSoup(article, paragraphs, canonicalUrl);
            default -> inlineFurniture(article, paragraphs, canonicalUrl);
        };
    }

    /** The article's paragraphs: blocks separated by blank lines, lines inside a block joined. */
    public static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\n\\s*\n")).map(p -> p.replace('\n', ' ').strip())
                .filter(p -> !p.isEmpty()).toList();
    }

    /** Every wrapper sentence the pages may carry. */
    public static List<String> allWrapper() {
        List<String> all = new ArrayList<>(NAVIGATION.subList(3, NAVIGATION.size()));  // short words like "Home" can be article words
        all.add(COOKIES);
        all.addAll(RELATED);
        all.addAll(COMMENTS);
        all.add(NEWSLETTER);
        all.add(FOOTER);
        all.add(READ_MORE);
        return all;
    }

    private static Built modernCms(DevArticle a, List<String> paragraphs, String canonical) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<title>").append(esc(title(a))).append(" | ").append(esc(source(a))).append("</title>\n")
                .append("<link rel=\"canonical\" href=\"").append(esc(canonical)).append("\">\n")
                .append("<meta property=\"og:site_name\" content=\"").append(esc(source(a))).append("\">\n")
                .append("<meta property=\"og:title\" content=\"").append(esc(title(a))).append("\">\n")
                .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[")
                .append("{\"@type\":\"WebSite\",\"name\":").append(json(source(a))).append("},")
                .append("{\"@type\":\"NewsArticle\",\"headline\":").append(json(title(a)));
        if (isDate(a.published())) {
            html.append(",\"datePublished\":\"").append(a.published()).append("T08:30:00+0000\"");
        }
        html.append(",\"author\":[{\"@type\":\"Person\",\"name\":\"Dana Okafor\"}]")
                .append(",\"publisher\":{\"@type\":\"Organization\",\"name\":").append(json(source(a))).append("}}]}")
                .append("</script>\n<link rel=\"stylesheet\" href=\"/static/site.css\"></head>\n<body>\n")
                .append("<div id=\"cookie-consent\" class=\"consent-banner\"><p>").append(COOKIES)
                .append("</p><button>Accept all</button><button>Manage settings</button></div>\n")
                .append("<header class=\"site-header\"><a class=\"logo\" href=\"/\">").append(esc(source(a)))
                .append("</a><nav><ul>");
        NAVIGATION.forEach(n -> html.append("<li><a href=\"/").append(n.toLowerCase()).append("\">").append(n)
                .append("</a></li>"));
        html.append("</ul></nav></header>\n<main>\n<article>\n<h1>").append(esc(title(a))).append("</h1>\n")
                .append("<div class=\"byline\">By Dana Okafor")
                .append(isDate(a.published()) ? " <time datetime=\"" + a.published() + "\">" + a.published() + "</time>" : "")
                .append("</div>\n<div class=\"article-body\">\n");
        for (int i = 0; i < paragraphs.size(); i++) {
            html.append("<p>").append(esc(paragraphs.get(i))).append("</p>\n");
            if (i == 1) {
                html.append("<aside class=\"related-inline\"><h3>Related</h3><ul>");
                RELATED.subList(0, 2).forEach(r -> html.append("<li><a href=\"/r\">").append(r).append("</a></li>"));
                html.append("</ul></aside>\n");
            }
        }
        html.append("</div>\n</article>\n<section id=\"comments\" class=\"comments\"><h2>3 comments</h2>\n");
        COMMENTS.forEach(c -> html.append("<div class=\"comment\"><span class=\"user\">reader_")
                .append(c.length()).append("</span><p>").append(c).append("</p></div>\n"));
        html.append("</section>\n<section class=\"more-stories\"><h2>More from ").append(esc(source(a))).append("</h2><ul>");
        RELATED.subList(2, 5).forEach(r -> html.append("<li><a href=\"/m\">").append(r).append("</a></li>"));
        html.append("</ul></section>\n</main>\n<footer><p>").append(FOOTER)
                .append("</p><a href=\"/terms\">Terms of use</a> <a href=\"/privacy\">Privacy policy</a></footer>\n")
                .append("<script>window.dataLayer=[];</script></body></html>\n");
        return new Built(html.toString(), allWrapper());
    }

    private static Built divSoup(DevArticle a, List<String> paragraphs, String canonical) {
        StringBuilder html = new StringBuilder();
        html.append("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n")
                .append("<title>").append(esc(source(a))).append(" - ").append(esc(title(a))).append("</title>\n")
                .append("<meta property=\"og:url\" content=\"").append(esc(canonical)).append("\">\n")
                .append("<meta name=\"author\" content=\"Staff Reporter\">\n");
        if (isDate(a.published())) {
            html.append("<meta property=\"article:published_time\" content=\"").append(a.published())
                    .append("T11:00:00Z\">\n");
        }
        html.append("</head><body>\n<div id=\"wrapper\">\n<div id=\"top-menu\"><ul>");
        NAVIGATION.forEach(n -> html.append("<li><a href=\"#\">").append(n).append("</a></li>"));
        html.append("</ul></div>\n<div class=\"cc-window\">").append(COOKIES)
                .append(" <a class=\"cc-btn\">Got it</a></div>\n")
                .append("<div id=\"content\"><div class=\"left-col\">\n<div class=\"story\">\n<div class=\"headline\">")
                .append(esc(title(a))).append("</div>\n<div class=\"story-text\">\n");
        html.append(String.join("\n<br><br>\n", paragraphs.stream().map(NewsPages::esc).toList()));
        html.append("\n</div>\n</div>\n<div id=\"disqus_thread\">");
        COMMENTS.forEach(c -> html.append("<div class=\"post\"><div class=\"post-author\">guest</div><div class=\"post-body\">")
                .append(c).append("</div></div>"));
        html.append("</div>\n</div>\n<div class=\"right-col\"><div class=\"box most-read\"><b>Most read</b><ol>");
        RELATED.forEach(r -> html.append("<li><a href=\"#\">").append(r).append("</a></li>"));
        html.append("</ol></div><div class=\"box\"><b>Newsletter</b><div>").append(NEWSLETTER)
                .append("</div></div></div>\n</div>\n<div id=\"footer\">").append(FOOTER)
                .append("</div>\n</div></body></html>\n");
        return new Built(html.toString(), allWrapper());
    }

    private static Built inlineFurniture(DevArticle a, List<String> paragraphs, String canonical) {
        StringBuilder html = new StringBuilder();
        html.append("<!doctype html><html><head><meta charset=\"UTF-8\">\n")
                .append("<title>").append(esc(title(a))).append("</title>\n")
                .append("<link rel=\"canonical\" href=\"").append(esc(canonical)).append("\">\n")
                .append("<meta property=\"og:site_name\" content=\"").append(esc(source(a))).append("\">\n")
                .append("</head><body class=\"article-page\">\n<a class=\"skip-link\" href=\"#main\">Skip to content</a>\n")
                .append("<div class=\"masthead\"><div class=\"brand\">").append(esc(source(a))).append("</div><ul class=\"menu\">");
        NAVIGATION.forEach(n -> html.append("<li><a href=\"#\">").append(n).append("</a></li>"));
        html.append("</ul></div>\n<div id=\"main\" class=\"container\">\n<h1 class=\"title\">").append(esc(title(a)))
                .append("</h1>\n")
                .append(isDate(a.published()) ? "<p class=\"dateline\"><time datetime=\"" + a.published() + "T06:00:00Z\">"
                        + a.published() + "</time></p>\n" : "")
                .append("<div class=\"content__body\">\n");
        for (int i = 0; i < paragraphs.size(); i++) {
            html.append("<p>").append(esc(paragraphs.get(i))).append("</p>\n");
            if (i == 0) {
                html.append("<p><strong>Read more:</strong> <a href=\"/opinion/1\">").append(READ_MORE).append("</a></p>\n");
            }
            if (i == 2) {
                html.append("<div class=\"newsletter-signup\"><h4>Morning briefing</h4><p>").append(NEWSLETTER)
                        .append("</p><form><input type=\"email\"><button>Sign up</button></form></div>\n");
            }
        }
        html.append("</div>\n<div class=\"share-tools\"><a>Share on social media</a> <a>Email</a></div>\n")
                .append("<h3>Related coverage</h3><div class=\"related-links\"><ul>");
        RELATED.forEach(r -> html.append("<li><a href=\"#\">").append(r).append("</a></li>"));
        html.append("</ul></div>\n<h3>Join the conversation</h3>\n<ul class=\"comment-list\">");
        COMMENTS.forEach(c -> html.append("<li><p>").append(c).append("</p><a>Reply</a></li>"));
        html.append("</ul>\n</div>\n<div class=\"site-footer\"><p>").append(FOOTER).append("</p></div>\n")
                .append("<div role=\"dialog\" aria-label=\"Cookie consent\"><p>").append(COOKIES)
                .append("</p><button>Accept</button></div>\n</body></html>\n");
        return new Built(html.toString(), allWrapper());
    }

    public static String title(DevArticle a) {
        return a.title() == null || a.title().equals("unknown") ? "Untitled report" : a.title();
    }

    static String source(DevArticle a) {
        return a.source() == null ? "Example News" : a.source();
    }

    static boolean isDate(String published) {
        return published != null && published.matches("\\d{4}-\\d{2}-\\d{2}");
    }

    private static String esc(String text) {
        return Entities.escape(text);
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
