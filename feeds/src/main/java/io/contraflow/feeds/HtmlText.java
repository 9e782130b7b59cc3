package io.contraflow.feeds;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * HTML to the body format articles use: one paragraph per block element (p, headings, list items, quotes...),
 * whitespace inside a paragraph collapsed, paragraphs separated by a blank line.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
            "pre", "figure", "figcaption", "table", "tr", "td", "th", "br", "hr", "form", "address", "details",
            "summary");

    private HtmlText() {
    }

    /** The paragraphs of an HTML fragment (a feed description, say), joined by blank lines. */
    static String ofFragment(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return of(Jsoup.parseBodyFragment(html).body());
    }

    /** The paragraphs under {@code root}, joined by blank lines. */
    static String of(Element root) {
        return String.join("\n\n", paragraphs(root));
    }

    static List<String> paragraphs(Element root) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.getWholeText());
                } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    flush(current, paragraphs);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    flush(current, paragraphs);
                }
            }
        }, root);
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String text = collapse(current);
        if (!text.isEmpty()) {
            paragraphs.add(text);
        }
        current.setLength(0);
    }

    /** Runs of whitespace (non-breaking spaces included) as one space, trimmed. */
    static String collapse(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
