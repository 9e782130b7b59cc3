package io.contraflow.producer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleIdsTest {

    @ParameterizedTest
    @CsvSource({
            "HTTPS://News.Example.COM/world/story-1/,        https://news.example.com/world/story-1",
            "https://news.example.com/world/story-1#comments, https://news.example.com/world/story-1",
            "https://news.example.com/,                       https://news.example.com",
            "https://news.example.com,                        https://news.example.com",
            "https://news.example.com:8443/a/?page=2#top,     https://news.example.com:8443/a/?page=2",
            "https://news.example.com/?p=618,                 https://news.example.com/?p=618",
            "https://news.example.com/Case/Kept,              https://news.example.com/Case/Kept",
            "'  https://news.example.com/spaces  ',           https://news.example.com/spaces",
            "news.example.com/no-scheme/,                     news.example.com/no-scheme",
    })
    void normalisesUrls(String url, String expected) {
        assertThat(ArticleIds.normaliseUrl(url)).isEqualTo(expected);
    }

    @Test
    void fileIdContainsTheBaseNameAndIsStable() {
        Path file = Path.of("some", "folder", "000_f12199891f924760.txt");
        String id = ArticleIds.forFile(file, "A body about a fictional bridge.");

        assertThat(id).contains("000_f12199891f924760.txt").matches("000_f12199891f924760\\.txt#[0-9a-f]{12}");
        assertThat(ArticleIds.forFile(Path.of("elsewhere/000_f12199891f924760.txt"),
                "A body about a fictional bridge.")).isEqualTo(id);
        assertThat(ArticleIds.forFile(file, "A different body.")).isNotEqualTo(id);
    }

    @Test
    void baseNameDropsOnlyTheLastExtension() {
        assertThat(ArticleIds.baseName(Path.of("a/report.final.md"))).isEqualTo("report.final");
        assertThat(ArticleIds.baseName(Path.of("a/notes"))).isEqualTo("notes");
    }

    @Test
    void contentIdHashesTitleAndBody() {
        String id = ArticleIds.forContent("Dam inspection delayed", "Engineers asked for another week.");

        assertThat(id).matches("sha256:[0-9a-f]{16}");
        assertThat(ArticleIds.forContent("Dam inspection delayed", "Engineers asked for another week."))
                .isEqualTo(id);
        assertThat(ArticleIds.forContent("Dam inspection delayed", "Engineers asked for two more weeks."))
                .isNotEqualTo(id);
    }
}
