package io.contraflow.feeds;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Feed documents in the three dialects the tests serve: RSS 2.0, Atom 1.0 and RSS 1.0 (RDF). */
public final class TestFeeds {

    /** One item to list; {@code published} may be null. */
    public record Item(String title, String link, String description, Instant published) {
    }

    private TestFeeds() {
    }

    public static String rss2(String title, String link, List<Item> items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">"
                + "<channel><title>" + esc(title) + "</title><link>" + esc(link) + "</link>"
                + "<description>Latest stories</description>\n");
        for (Item item : items) {
            xml.append("<item><title>").append(esc(item.title())).append("</title><link>").append(esc(item.link()))
                    .append("</link><guid isPermaLink=\"true\">").append(esc(item.link())).append("</guid>");
            if (item.description() != null) {
                xml.append("<description>").append(esc(item.description())).append("</description>");
            }
            if (item.published() != null) {
                xml.append("<pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        item.published().atOffset(ZoneOffset.UTC))).append("</pubDate>");
            }
            xml.append("</item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    public static String atom(String title, String link, List<Item> items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>" + esc(title) + "</title>"
                + "<id>" + esc(link) + "</id><link href=\"" + esc(link) + "\"/>"
                + "<updated>2024-01-01T00:00:00Z</updated>\n");
        for (Item item : items) {
            String date = item.published() == null ? "2024-01-01T00:00:00Z" : item.published().toString();
            xml.append("<entry><title>").append(esc(item.title())).append("</title><link rel=\"alternate\" href=\"")
                    .append(esc(item.link())).append("\"/><id>").append(esc(item.link())).append("</id>")
                    .append("<published>").append(date).append("</published><updated>").append(date)
                    .append("</updated>");
            if (item.description() != null) {
                xml.append("<summary type=\"html\">").append(esc(item.description())).append("</summary>");
            }
            xml.append("</entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    public static String rss1(String title, String link, List<Item> items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<rdf:RDF "
                + "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel rdf:about=\"" + esc(link) + "\"><title>"
                + esc(title) + "</title><link>" + esc(link) + "</link><description>Latest</description><items><rdf:Seq>");
        for (Item item : items) {
            xml.append("<rdf:li rdf:resource=\"").append(esc(item.link())).append("\"/>");
        }
        xml.append("</rdf:Seq></items></channel>\n");
        for (Item item : items) {
            xml.append("<item rdf:about=\"").append(esc(item.link())).append("\"><title>").append(esc(item.title()))
                    .append("</title><link>").append(esc(item.link())).append("</link>");
            if (item.description() != null) {
                xml.append("<description>").append(esc(item.description())).append("</description>");
            }
            if (item.published() != null) {
                xml.append("<dc:date>").append(item.published()).append("</dc:date>");
            }
            xml.append("</item>\n");
        }
        return xml.append("</rdf:RDF>\n").toString();
    }

    /** XML's five escapes only: HTML's named entities (&nbsp;) are not XML. */
    static String esc(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }
}
