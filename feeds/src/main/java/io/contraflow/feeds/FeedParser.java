package io.contraflow.feeds;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads RSS 0.9x, 1.0 and 2.0 and Atom 1.0 (with Rome) into {@link FeedDocument}s. A document that is not a feed
 * (an HTML page, most often: a feed URL that now serves the site's front page or a login wall) or that does not
 * parse is a {@link Problem} with the reason, never an exception.
 */
final class FeedParser {

    /** Either a document or why there is none. */
    record Parsed(FeedDocument document, Problem problem) {
    }

    private static final Pattern FIRST_ELEMENT = Pattern.compile("<([A-Za-z][\\w:.-]*)");

    private final int maxItems;

    FeedParser(int maxItems) {
        this.maxItems = maxItems;
    }

    Parsed parse(Fetched.Content content) {
        String where = content.uri().toString();
        String text;
        try {
            text = TextDecoding.decode(content.body(), content.contentType(), TextDecoding.Markup.XML, where).text();
        } catch (TextDecoding.Undecodable undecodable) {
            return new Parsed(null, undecodable.problem);
        }
        String root = rootElement(text);
        if (root == null) {
            return new Parsed(null, new Problem(Problem.Kind.NOT_A_FEED, where + ": no XML element in "
                    + describe(content)));
        }
        if (root.equalsIgnoreCase("html") || root.equalsIgnoreCase("!doctype") && looksLikeHtml(text)) {
            return new Parsed(null, new Problem(Problem.Kind.NOT_A_FEED, where + ": an HTML page, not a feed ("
                    + describe(content) + ")"));
        }
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);  // no external entities or DTDs from strangers (XXE)
            feed = input.build(new StringReader(text));
        } catch (IllegalArgumentException unknownRoot) {  // Rome: "Invalid document" for an unknown root element
            return new Parsed(null, new Problem(Problem.Kind.NOT_A_FEED, where + ": root element <" + root
                    + "> is not rss, rdf:RDF or feed"));
        } catch (ParsingFeedException broken) {
            String at = broken.getLineNumber() > 0
                    ? " at line " + broken.getLineNumber() + ", column " + broken.getColumnNumber() : "";
            Throwable cause = broken.getCause() == null ? broken : broken.getCause();
            return new Parsed(null, new Problem(Problem.Kind.BROKEN_FEED, where + at + ": " + cause.getMessage()));
        } catch (FeedException | RuntimeException broken) {
            return new Parsed(null, new Problem(Problem.Kind.BROKEN_FEED, where + ": " + broken.getMessage()));
        }
        List<SyndEntry> entries = feed.getEntries();
        List<FeedItem> items = new ArrayList<>(Math.min(entries.size(), maxItems));
        for (SyndEntry entry : entries.subList(0, Math.min(entries.size(), maxItems))) {
            items.add(item(entry, content.uri()));
        }
        return new Parsed(new FeedDocument(blankToNull(feed.getTitle()), items, entries.size()), null);
    }

    private static FeedItem item(SyndEntry entry, URI feedUri) {
        String link = absolute(feedUri, entry.getLink());
        String guid = blankToNull(entry.getUri());
        if (link == null && guid != null && (guid.startsWith("http://") || guid.startsWith("https://"))) {
            link = guid;  // RSS: a permalink guid is the item's URL
        }
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        Instant published = date == null ? null : date.toInstant();
        return new FeedItem(link, guid, blankToNull(entry.getTitle()), description(entry), published,
                blankToNull(entry.getAuthor()));
    }

    /** The fuller of the item's content (content:encoded, Atom content) and its description, as text. */
    private static String description(SyndEntry entry) {
        String best = "";
        List<SyndContent> candidates = new ArrayList<>(entry.getContents());
        if (entry.getDescription() != null) {
            candidates.add(entry.getDescription());
        }
        for (SyndContent candidate : candidates) {
            if (candidate == null || candidate.getValue() == null) {
                continue;
            }
            String type = candidate.getType() == null ? "html" : candidate.getType().toLowerCase(Locale.ROOT);
            String text = type.equals("text") || type.equals("text/plain")
                    ? HtmlText.collapse(candidate.getValue()) : HtmlText.ofFragment(candidate.getValue());
            if (text.length() > best.length()) {
                best = text;
            }
        }
        return best;
    }

    private static String absolute(URI base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            return base.resolve(link.strip()).toString();
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

    /** The name of the first element (or "!doctype"), skipping the prolog, comments and processing instructions. */
    static String rootElement(String text) {
        int at = 0;
        while (true) {
            at = text.indexOf('<', at);
            if (at < 0 || at + 1 >= text.length()) {
                return null;
            }
            if (text.startsWith("<?", at)) {
                at = skipPast(text, at, "?>");
            } else if (text.startsWith("<!--", at)) {
                at = skipPast(text, at, "-->");
            } else if (text.regionMatches(true, at, "<!doctype", 0, 9)) {
                return "!doctype";
            } else {
                Matcher m = FIRST_ELEMENT.matcher(text);
                return m.find(at) && m.start() == at ? m.group(1) : null;
            }
            if (at < 0) {
                return null;
            }
        }
    }

    private static boolean looksLikeHtml(String text) {
        int doctype = text.toLowerCase(Locale.ROOT).indexOf("<!doctype");
        return doctype >= 0 && text.regionMatches(true, doctype + 9, " html", 0, 5);
    }

    private static int skipPast(String text, int from, String end) {
        int at = text.indexOf(end, from);
        return at < 0 ? -1 : at + end.length();
    }

    private static String describe(Fetched.Content content) {
        return (content.contentType() == null ? "no Content-Type" : "Content-Type " + content.contentType())
                + ", " + content.body().length + " bytes";
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
