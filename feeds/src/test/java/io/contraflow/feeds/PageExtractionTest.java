package io.contraflow.feeds;

import io.contraflow.feeds.DevArticles.DevArticle;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extraction quality on 30 real articles (../shared/dev), each wrapped at test time in one of three kinds of news
 * page (NewsPages): the main text must hold the article's text and none of the wrapper. Prints character-level
 * precision and recall over all 30, and the same for Readability alone, the baseline the cleaning is measured against.
 */
class PageExtractionTest {

    static final int PAGES = 30;

    @Test
    void mainTextIsTheArticleWithoutTheWrapper() {
        List<DevArticle> articles = DevArticles.firstOrSkip(PAGES);
        PageExtractor extractor = new PageExtractor();
        PageExtractor readabilityAlone = new PageExtractor(false);
        TextOverlap total = new TextOverlap(0, 0, 0);
        TextOverlap baseline = new TextOverlap(0, 0, 0);
        List<String> leaks = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            DevArticle article = articles.get(i);
            NewsPages.Built page = NewsPages.page(article, i, article.url());
            String expected = String.join("\n\n", NewsPages.paragraphs(article.text()));

            PageExtractor.Page extracted = extractor.extract(page.html(), "http://127.0.0.1/page/" + i);

            TextOverlap overlap = TextOverlap.of(extracted.text(), expected);
            total = total.plus(overlap);
            baseline = baseline.plus(TextOverlap.of(
                    readabilityAlone.extract(page.html(), "http://127.0.0.1/page/" + i).text(), expected));
            for (String wrapper : page.wrapper()) {
                if (extracted.text().contains(wrapper) && !expected.contains(wrapper)) {
                    leaks.add(article.file() + " (template " + i % 3 + "): " + wrapper);
                }
            }
            if (overlap.recall() < 0.95 || overlap.precision() < 0.95) {
                weak.add(String.format(Locale.ROOT, "%s (template %d): precision %.3f recall %.3f", article.file(),
                        i % 3, overlap.precision(), overlap.recall()));
            }
            assertThat(extracted.canonicalUrl()).as(article.file()).isEqualTo(article.url());
            assertThat(extracted.title()).as(article.file()).contains(NewsPages.title(article));
        }
        System.out.printf(Locale.ROOT, "Extraction over %d pages: precision %.4f recall %.4f (%d of %d true "
                        + "characters, %d extracted); Readability alone: precision %.4f recall %.4f%n", PAGES,
                total.precision(), total.recall(), total.matchedChars(), total.expectedChars(), total.extractedChars(),
                baseline.precision(), baseline.recall());
        weak.forEach(w -> System.out.println("  below 0.95: " + w));

        assertThat(leaks).as("wrapper text in the extracted main text").isEmpty();
        assertThat(total.precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(total.recall()).isGreaterThanOrEqualTo(0.97);
    }
}
