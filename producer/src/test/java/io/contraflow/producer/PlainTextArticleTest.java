package io.contraflow.producer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextArticleTest {

    @Test
    void readsHeadersInAnyCaseThenTheBody() {
        PlainTextArticle parsed = PlainTextArticle.parse("""
                TITLE: Ferry service to Orlen Isle suspended after engine fire
                source:   Coastal Ledger
                Published: 2031-05-04T08:30:00Z
                Url: https://ledger.example/ferry-fire

                The harbour authority said on Monday that no passengers were hurt.

                A spokesperson, Mara Velk, said inspections would take a week.
                """);

        assertThat(parsed.title()).isEqualTo("Ferry service to Orlen Isle suspended after engine fire");
        assertThat(parsed.source()).isEqualTo("Coastal Ledger");
        assertThat(parsed.published()).isEqualTo("2031-05-04T08:30:00Z");
        assertThat(parsed.url()).isEqualTo("https://ledger.example/ferry-fire");
        assertThat(parsed.body()).isEqualTo("The harbour authority said on Monday that no passengers were hurt.\n\n"
                + "A spokesperson, Mara Velk, said inspections would take a week.");
    }

    @Test
    void withoutTitleHeaderTheFirstNonEmptyLineIsTheTitle() {
        PlainTextArticle parsed = PlainTextArticle.parse("""


                Grain silo collapse in Tarvik injures two workers

                Officials said the structure had been inspected in March.
                """);

        assertThat(parsed.title()).isEqualTo("Grain silo collapse in Tarvik injures two workers");
        assertThat(parsed.body()).isEqualTo("Officials said the structure had been inspected in March.");
        assertThat(parsed.source()).isNull();
        assertThat(parsed.url()).isNull();
    }

    @Test
    void headersWithoutTitleTakeTheTitleFromTheFirstLineAfterThem() {
        PlainTextArticle parsed = PlainTextArticle.parse("""
                Source: Valley Post

                Council votes to reopen the old mill road
                The vote was seven to two.
                """);

        assertThat(parsed.source()).isEqualTo("Valley Post");
        assertThat(parsed.title()).isEqualTo("Council votes to reopen the old mill road");
        assertThat(parsed.body()).isEqualTo("The vote was seven to two.");
    }

    @Test
    void anUnknownTitleLeavesTheTextWholeAndTakesItsFirstLine() {
        PlainTextArticle parsed = PlainTextArticle.parse("""
                Title: unknown
                Source: Valley Post
                Published: unknown

                The council voted on Tuesday to reopen the old mill road, closed since the spring floods.
                The vote was seven to two.
                """);

        assertThat(parsed.title()).isEqualTo("The council voted on Tuesday to reopen the old mill road, closed since the spring floods.");
        assertThat(parsed.body()).startsWith("The council voted on Tuesday").endsWith("The vote was seven to two.");
        assertThat(parsed.published()).isNull();
        assertThat(parsed.source()).isEqualTo("Valley Post");
    }

    @Test
    void anUnknownTitleIsNotTakenFromTheByline() {
        PlainTextArticle parsed = PlainTextArticle.parse("""
                Title: unknown
                Source: Valley Post

                By Mara Lind and Otto Brecht, Valley Post
                BRENNA – The council voted on Tuesday to reopen the old mill road. The vote was seven to two.
                """);

        assertThat(parsed.title()).isEqualTo("BRENNA – The council voted on Tuesday to reopen the old mill road.");
        assertThat(parsed.body()).startsWith("By Mara Lind");
        assertThat(JsonLinesArticles.titleFrom("By the river, a crowd gathered.\nMore.")).isEqualTo("By the river, a crowd gathered.");
    }

    @Test
    void aHeaderLikeFirstLineNotClosedByABlankLineIsText() {
        PlainTextArticle parsed = PlainTextArticle.parse("""
                Source: officials in Brenna say the dam is safe
                Engineers disagreed on Tuesday.
                """);

        assertThat(parsed.source()).isNull();
        assertThat(parsed.title()).isEqualTo("Source: officials in Brenna say the dam is safe");
        assertThat(parsed.body()).isEqualTo("Engineers disagreed on Tuesday.");
    }

    @Test
    void windowsLineEndingsAreRead() {
        PlainTextArticle parsed = PlainTextArticle.parse(
                "Title: Storm closes Kell pass\r\nSource: Ridge Daily\r\n\r\nSnow fell overnight.\r\nRoads shut.\r\n");

        assertThat(parsed.title()).isEqualTo("Storm closes Kell pass");
        assertThat(parsed.source()).isEqualTo("Ridge Daily");
        assertThat(parsed.body()).isEqualTo("Snow fell overnight.\nRoads shut.");
    }

    @Test
    void aTitleAloneHasAnEmptyBody() {
        assertThat(PlainTextArticle.parse("Only a headline here\n").body()).isEmpty();
        assertThat(PlainTextArticle.parse("").title()).isEmpty();
    }
}
