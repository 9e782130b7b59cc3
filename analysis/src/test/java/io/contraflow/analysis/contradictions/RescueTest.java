package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimExtractor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which way a content answers "were the captives rescued by force?", one construction per row, in our own words. */
class RescueTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      the pupils had been rescued by soldiers at dawn                           | rescued
      troops rescued all forty hostages from the camp                           | rescued
      the girls were freed in a military operation near the river              | rescued
      a rescue operation brought the workers home                               | rescued
      the pupils were released by their abductors early on Monday               | let go
      the kidnappers freed the nurses on Sunday                                 | let go
      the hostages were let go after long negotiations                          | let go
      some back-channel talks took place before they came home                  | let go
      the elders negotiated their release with the gang                         | let go
      the pupils were not rescued by anyone                                     | let go
      the government released a statement on the pupils                        | -
      the nurses were released from hospital on Friday                          | -
      """)
  void readsHowTheCaptivesCameOut(String content, String expected) {
    assertThat(new Rescue().answer(content)).isEqualTo(expected == null ? null : expected.equals("rescued"));
  }

  /** The governor's rescue and the negotiator's release by the captors: one finding between them. */
  @Test
  void aRescueMeetsAReleaseByTheCaptors() {
    ClaimExtractor extractor = ClaimExtractor.englishWithoutGist();
    List<Claim> claims = new ArrayList<>(extractor.analyze(new ArticleText("a", "Kessa pupils home after rescue", """
        Ninety pupils taken from a school in Kessa returned home on Sunday. Governor Ivo Dorov said the pupils had been \
        rescued by soldiers after a week in the forest.""", "Harbour Gazette", null, Instant.parse("2029-03-14T08:00:00Z"), "en")).claims());
    claims.addAll(extractor.analyze(new ArticleText("b", "Negotiator says Kessa captors let pupils go", """
        Ana Berg, who spoke to the gunmen for the families, said the pupils were released by their abductors after talks \
        with village elders.""", "Vell Times", null, Instant.parse("2029-03-15T08:00:00Z"), "en")).claims());
    List<Finding> findings = new ContradictionDetector().detect("evt-test", claims);
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("rescue");
      assertThat(f.sideA().claimants().toString() + f.sideB().claimants()).contains("Ivo Dorov").contains("Ana Berg");
    });
  }
}
