package io.contraflow.analysis.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimExtractor;
import io.contraflow.analysis.time.TimeSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The claim evaluation reads article files with header lines as the producer does (our own fictional articles in
 * claims/header-format), keys articles by paths relative to the folder, and maps offsets back into the raw files.
 */
class HeaderFormatClaimsTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.english();

  private static Path folder() throws Exception {
    return Path.of(HeaderFormatClaimsTest.class.getResource("/claims/header-format").toURI());
  }

  @Test
  void readsHeaderLinesAsTheProducerDoesAndKeepsOffsetsIntoTheRawFile() throws Exception {
    String raw = Files.readString(folder().resolve("varn-ferry/varn-ferry-01.txt"));
    ClaimEvaluation.RawArticle read = ClaimEvaluation.RawArticle.read(raw, "varn-ferry/varn-ferry-01.txt");

    assertThat(read.article().title()).isEqualTo("Ferry operator denies overloading before Lake Varn sinking");
    assertThat(read.article().source()).isEqualTo("Harbour Ledger");
    assertThat(read.article().url()).isEqualTo("https://harbour-ledger.example/2033/09/02/varn-ferry");
    assertThat(read.article().id()).isEqualTo(read.article().url());
    assertThat(read.article().publishedAt()).isEqualTo(Instant.parse("2033-09-02T00:00:00Z"));
    assertThat(read.article().body()).startsWith("Ferry operator denies").doesNotContain("Source:").doesNotContain("URL:");
    assertThat(raw.substring(read.bodyOffset())).startsWith(read.article().body());
    for (Claim c : EXTRACTOR.analyze(read.article()).claims()) {
      assertThat(raw.substring(c.charStart() + read.bodyOffset(), c.charEnd() + read.bodyOffset()))
          .isEqualTo(read.article().body().substring(c.charStart(), c.charEnd()));
    }
  }

  @Test
  void withoutHeadersTheFirstNonEmptyLineIsTheTitle() throws Exception {
    String raw = Files.readString(folder().resolve("varn-ferry/varn-ferry-02.txt"));
    ClaimEvaluation.RawArticle read = ClaimEvaluation.RawArticle.read(raw, "varn-ferry/varn-ferry-02.txt");

    assertThat(read.article().title()).isEqualTo("Lake Varn ferry toll rises as divers search the wreck");
    assertThat(read.article().source()).isNull();
    assertThat(read.article().id()).isEqualTo("varn-ferry/varn-ferry-02");
    assertThat(read.article().timeSource()).isEqualTo(TimeSource.INGESTION);
    assertThat(read.article().body()).startsWith("Rescue divers");
    assertThat(raw.substring(read.bodyOffset())).startsWith(read.article().body());
  }

  @Test
  void headerLikeLinesNotClosedByABlankLineAreText() {
    String raw = "Source: officials at the port\nsaid the ship had left late.\n\nMore text follows here.\n";
    ClaimEvaluation.RawArticle read = ClaimEvaluation.RawArticle.read(raw, "x.txt");

    assertThat(read.article().title()).isEqualTo("Source: officials at the port");
    assertThat(read.article().source()).isNull();
    assertThat(read.article().body()).startsWith("said the ship");
  }

  @Test
  void scoresAGoldFileWhoseKeysArePathsIntoEventFolders() throws Exception {
    Path gold = folder().resolve("header-format-gold.json");
    ClaimEvaluation.Report report = ClaimEvaluation.evaluate(gold, folder(), EXTRACTOR);
    report.print(System.out, true);

    assertThat(report.gold()).isEqualTo(8);
    // Claims the extractor reads in both files are matched through the relative keys and the raw-file offsets ...
    assertThat(report.missed()).noneMatch(m -> m.contains("[Ilse Maren]") || m.contains("[Varn Lake Ferries]") || m.contains("[Oskar Lind]"));
    assertThat(report.matchedGold()).isGreaterThanOrEqualTo(4);
    // ... and nothing is read from the header lines.
    assertThat(report.spurious()).noneMatch(s -> s.contains("Harbour Ledger |") || s.contains("harbour-ledger.example"));
  }
}
