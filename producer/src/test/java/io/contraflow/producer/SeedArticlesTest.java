package io.contraflow.producer;

import io.contraflow.schemas.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import org.junit.jupiter.api.Assumptions;

/** Reads the five real articles in ../shared/seeds (never copied into the project). */
class SeedArticlesTest {

    private static Path seeds;

    @BeforeAll
    static void findSeeds() {
        String root = System.getProperty("contraflow.root");
        Path shared = root != null ? Path.of(root, "..", "shared") : Path.of("..", "shared");
        if (root == null && !Files.isDirectory(shared)) {
            shared = Path.of("..", "..", "shared");  // run from the module folder rather than the repo root
        }
        seeds = shared.resolve("seeds").normalize();
        if (!Files.isDirectory(seeds)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but the seed articles are missing at " + seeds.toAbsolutePath());
            }
            System.out.println("Skipping seed article tests: no folder " + seeds.toAbsolutePath());
            Assumptions.abort("no seed folder at " + seeds.toAbsolutePath());
        }
    }

    @Test
    void allFiveSeedArticlesParseWithTitleAndBodyAndGoldJsonIsSkipped() {
        List<ReadResult> results;
        try (Stream<ReadResult> read = new ArticleReader().read(seeds)) {
            results = read.toList();
        }

        assertThat(results).hasSize(5).allSatisfy(r -> assertThat(r).isInstanceOf(ReadResult.Ok.class));
        List<Article> articles = results.stream().map(r -> ((ReadResult.Ok) r).article()).toList();
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.getTitle()).isNotBlank();
            assertThat(a.getBody()).isNotBlank();
            assertThat(a.getBody()).doesNotStartWith(a.getTitle());
            String baseName = ArticleIds.baseName(Path.of(a.getOrigin()));
            assertThat(a.getId()).contains(baseName);
        });
        assertThat(articles).extracting(a -> Path.of(a.getOrigin()).getFileName().toString())
                .containsExactly("000_f12199891f924760.txt", "001_fa40c363a2d33320.txt", "002_61cd9b8843aca438.txt",
                        "003_53a9e8fc9a19229a.txt", "004_67700dda8b4d2de9.txt")
                .doesNotContain("gold.json");
        assertThat(articles).extracting(Article::getId).doesNotHaveDuplicates();
    }
}
