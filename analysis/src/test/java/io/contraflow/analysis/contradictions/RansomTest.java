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

/** Which way a content answers "was a ransom paid?", one construction per row, in our own words. */
class RansomTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      a ransom of two million was paid to the gang                               | paid
      the families paid the kidnappers a ransom                                  | paid
      the firm paid as much as one million as ransom for the engineers           | paid
      the ransom payment freed three of the nurses                               | paid
      no ransom was paid for the pupils                                          | not paid
      the state did not pay any ransom                                           | not paid
      not a single penny was handed to the kidnappers                            | not paid
      the governor did not offer a penny to the gang                             | not paid
      no money was given to the abductors                                        | not paid
      the kidnappers demanded a ransom for the pupils                            | -
      the gang asked for money                                                   | -
      """)
  void readsWhetherARansomWasPaid(String content, String expected) {
    assertThat(new Ransom().answer(content)).isEqualTo(expected == null ? null : expected.equals("paid"));
  }

  /** Rumour that a ransom changed hands and the governor's "not a penny": one finding, rumour a side of it. */
  @Test
  void rumouredPaymentMeetsTheGovernorsDenial() {
    ClaimExtractor extractor = ClaimExtractor.englishWithoutGist();
    List<Claim> claims = new ArrayList<>(extractor.analyze(new ArticleText("a", "Kessa pupils home after ten days", """
        Ninety pupils taken from a school in Kessa returned home on Sunday. There are rumours that the families paid the \
        gunmen a ransom of two million.""", "Harbour Gazette", null, Instant.parse("2029-03-14T08:00:00Z"), "en")).claims());
    claims.addAll(extractor.analyze(new ArticleText("b", "Governor says no money changed hands", """
        Governor Ivo Dorov said his government did not offer a penny to the gunmen for the pupils.""",
        "Vell Times", null, Instant.parse("2029-03-15T08:00:00Z"), "en")).claims());
    List<Finding> findings = new ContradictionDetector().detect("evt-test", claims);
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("ransom");
      assertThat(f.sideA().claimants().toString() + f.sideB().claimants()).contains("Ivo Dorov").contains("rumours");
    });
  }
}
