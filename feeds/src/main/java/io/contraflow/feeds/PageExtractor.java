package io.contraflow.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contraflow.producer.PublishedDates;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a news page: its main text (Mozilla's Readability algorithm, via readability4j, on a copy of the page from
 * which the usual furniture has been removed first) and its metadata: canonical URL, title, site name, author and
 * publication time, from the page's own declarations (link rel=canonical, Open Graph, article:*, JSON-LD, time).
 */
public final class PageExtractor {

    /**
     * What a page says about itself; any field but {@code text} may be null.
     *
     * @param text main text, paragraphs separated by blank lines ("" when none was found)
     */
    public record Page(String canonicalUrl, String title, String siteName, String author, Instant publishedAt,
                       String text) {
    }

    /**
     * Class and id words of page furniture. Readability scores these down but keeps them when they sit inside the
     * article's container (a cookie banner or newsletter box in the body, comments under it), so they go first.
     */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(^|[\\s_-])(cookies?|consent|gdpr|cc-window|banner|newsletter|subscribe|signup|sign-up|"
                    + "comments?|comment-list|disqus|related|recommended|more-stories|most-read|most-popular|"
                    + "read-more|share|sharing|social|promo|advert|ads?|sponsored|popup|modal|breadcrumbs?|"
                    + "tags|sidebar|widget|footer|masthead|navbar|menu|skip-link)($|[\\s_-])");
    private static final String FURNITURE_TAGS = "script, style, noscript, template, iframe, form, button, input, "
            + "select, textarea, svg, nav, footer, aside, [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [role=dialog], [role=alertdialog], [aria-modal=true], [hidden]";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final boolean removeFurnitureFirst;

    public PageExtractor() {
        this(true);
    }

    /** With {@code false}, Readability alone: the baseline PageExtractionTest measures the cleaning against. */
    PageExtractor(boolean removeFurnitureFirst) {
        this.removeFurnitureFirst = removeFurnitureFirst;
    }

    /** Extracts from {@code html} as found at {@code url} (relative links resolve against it). */
    public Page extract(String html, String url) {
        Document document = Jsoup.parse(html, url);
        JsonNode linkedData = newsArticleLinkedData(document);
        String canonical = firstNonBlank(
                attribute(document, "link[rel=canonical]", "abs:href"),
                attribute(document, "meta[property=og:url]", "abs:content"));
        Document cleaned = document.clone();
        if (removeFurnitureFirst) {
            cleaned.select(FURNITURE_TAGS).remove();
            removeFurniture(cleaned);
        }
        net.dankito.readability4j.Article readable = new Readability4J(url, cleaned).parse();
        // Readability's title is the <title> without the site's name ("Outlet - Headline"), its usual decoration.
        String title = firstNonBlank(text(linkedData, "headline"),
                attribute(document, "meta[property=og:title]", "content"),
                readable.getTitle(), document.title());
        String siteName = firstNonBlank(attribute(document, "meta[property=og:site_name]", "content"),
                text(linkedData.path("publisher"), "name"));
        String author = firstNonBlank(attribute(document, "meta[name=author]", "content"),
                linkedDataAuthor(linkedData),
                attribute(document, "meta[property=article:author]", "content"));
        Instant published = parseDate(firstNonBlank(
                attribute(document, "meta[property=article:published_time]", "content"),
                text(linkedData, "datePublished"),
                attribute(document, "meta[itemprop=datePublished]", "content"),
                attribute(document, "article time[datetime], time[datetime]", "datetime")));
        return new Page(canonical, title, siteName, author, published, mainText(readable, document));
    }

    /** @param original the page as fetched: Readability rewrites the copy it reads (h1 becomes h2, for one) */
    private String mainText(net.dankito.readability4j.Article readable, Document original) {
        Element content = readable.getArticleContent();
        if (content == null) {
            return "";
        }
        if (removeFurnitureFirst) {
            removeLinkLists(content);
        }
        List<String> paragraphs = new ArrayList<>(HtmlText.paragraphs(content));
        // Readability keeps a headline that repeats the page's title; the title is a field of its own.
        String pageTitle = HtmlText.collapse(original.title());
        paragraphs.removeIf(p -> p.length() >= 20 && pageTitle.contains(p) || isHeadlineOf(p, original));
        return String.join("\n\n", paragraphs);
    }

    /**
     * Removes paragraphs and list items that are mostly link text ("Read more: <a>another story</a>"): inside an
     * article, prose carries few links.
     */
    private static void removeLinkLists(Element content) {
        for (Element block : content.select("p, li")) {
            int text = block.text().length();
            int linked = block.select("a").stream().mapToInt(link -> link.text().length()).sum();
            if (text > 0 && linked * 2 > text) {
                block.remove();
            }
        }
    }

    /**
     * Removes elements whose class or id names furniture, unless one holds most of the page's paragraph text (a
     * site that calls its article container "story-comments-enabled" keeps its article).
     */
    private static void removeFurniture(Document document) {
        int total = paragraphChars(document.body());
        for (Element element : document.body().select("[class], [id]")) {
            if (element.parent() == null && element != document.body()) {
                continue;  // already removed with an ancestor
            }
            String names = element.className() + " " + element.id();
            if (FURNITURE.matcher(names).find() && paragraphChars(element) * 2 < total) {
                element.remove();
            }
        }
    }

    private static int paragraphChars(Element root) {
        int chars = 0;
        for (Element p : root.select("p")) {
            chars += p.text().length();
        }
        return chars;
    }

    private static boolean isHeadlineOf(String paragraph, Document document) {
        for (Element heading : document.select("h1")) {
            if (paragraph.equals(heading.text())) {
                return true;
            }
        }
        return false;
    }

    /** The first JSON-LD object of a news or article type, looked for in arrays and @graph too; else missing. */
    private static JsonNode newsArticleLinkedData(Document document) {
        for (Element script : document.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (Exception malformed) {
                // Broken JSON-LD is common; the other declarations still count.
            }
        }
        return JSON.missingNode();
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                JsonNode found = findArticle(element);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (node.has("@graph")) {
            return findArticle(node.get("@graph"));
        }
        JsonNode type = node.path("@type");
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        return types.stream().anyMatch(t -> t.endsWith("Article") || t.equals("ReportageNewsArticle")
                || t.equals("BlogPosting") || t.equals("LiveBlogPosting")) ? node : null;
    }

    private static String linkedDataAuthor(JsonNode article) {
        JsonNode author = article.path("author");
        if (author.isArray()) {
            List<String> names = new ArrayList<>();
            author.forEach(a -> {
                String name = a.isTextual() ? a.asText() : a.path("name").asText("");
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            });
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return author.isTextual() ? author.asText() : text(author, "name");
    }

    /** ISO-8601 and RFC 1123 as the producer reads them, plus "+0000" offsets and zone-less times (taken as UTC). */
    static Instant parseDate(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        Optional<Instant> parsed = PublishedDates.parse(trimmed)
                .or(() -> PublishedDates.parse(trimmed.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2")));
        if (parsed.isPresent()) {
            return parsed.get();
        }
        try {
            return LocalDateTime.parse(trimmed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException unknown) {
            return null;
        }
    }

    private static String attribute(Document document, String selector, String attribute) {
        Element element = document.selectFirst(selector);
        return element == null ? null : element.attr(attribute);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return HtmlText.collapse(value);
            }
        }
        return null;
    }
}
