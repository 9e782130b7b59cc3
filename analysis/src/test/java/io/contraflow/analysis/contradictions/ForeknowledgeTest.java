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

/** Which way a content answers "did they know of the danger beforehand?", one construction per row, in our own words. */
class ForeknowledgeTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      the owners knew there were cracks in the retaining wall                   | knew
      the operator had known for months that the embankment could give way      | knew
      the board was fully aware of the risks at the reservoir                   | knew
      the managers had been warned about defects in the spillway                | knew
      the reports we received showed no imminent danger at the site             | none
      there was no sign of any instability in the slope                         | none
      we did not know of any problem with the embankment                        | none
      the firm was not aware of cracks in the wall                              | none
      the managers knew the families of the dead                                | -
      the well-known risks of the old quarry drew no comment                    | -
      the firm said it was aware of the public's anger                          | -
      """)
  void readsWhetherTheyKnew(String content, String expected) {
    assertThat(new Foreknowledge().answer(content)).isEqualTo(expected == null ? null : expected.equals("knew"));
  }

  /** An auditor who says the owner knew of the risk, and the owner's chief who says nothing showed a danger. */
  @Test
  void anOwnerThatSawNoDangerMeetsAnAuditorWhoSaysItKnew() {
    ClaimExtractor extractor = ClaimExtractor.englishWithoutGist();
    List<Claim> claims = new ArrayList<>(extractor.analyze(new ArticleText("a", "Auditor says Vell Quarries knew of the wall's flaws", """
        The tailings wall at the Vell quarry gave way on Friday. An auditor, Ana Berg, told investigators that Vell Quarries \
        knew there were flaws in the wall a year before it failed.""", "Harbour Gazette", null,
        Instant.parse("2029-09-14T08:00:00Z"), "en")).claims());
    claims.addAll(extractor.analyze(new ArticleText("b", "Vell Quarries chief defends the board", """
        Vell Quarries chief executive Ivo Dorov said the inspection reports sent to the board had shown no imminent danger at \
        the wall.""", "Vell Times", null, Instant.parse("2029-09-15T08:00:00Z"), "en")).claims());
    List<Finding> findings = new ContradictionDetector().detect("evt-test", claims);
    assertThat(findings).as("%s", findings).anySatisfy(f -> assertThat(f.trail()).contains("foreknowledge"));
  }
}
