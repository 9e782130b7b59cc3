package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimExtractor;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which way a content answers "was the force used excessive?", one construction per row, in our own words. */
class ProportionalityTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      the police used excessive force against the marchers                     | excessive
      shooting at the crowd with live rounds was disproportionate and unjustified | excessive
      the use of force by the guards was not proportionate                       | excessive
      the troops' use of force had been appropriate                             | measured
      there was no excessive force used by officers                              | measured
      officers used the minimum force necessary to clear the road                | measured
      the use of live rounds was not excessive                                   | measured
      the security forces were deployed across the city                          | -
      the fee charged by the port was excessive                                  | -
      the police force said the march was unlawful                               | -
      we urge the guards to refrain from excessive force                         | -
      the council wants an inquiry into claims of excessive force at the march   | -
      """)
  void readsWhetherTheForceWasExcessive(String content, String expected) {
    assertThat(new Proportionality().answer(content)).isEqualTo(expected == null ? null : expected.equals("excessive"));
  }

  /** An army chief who calls the force appropriate and an inquiry that calls it excessive: one finding between them. */
  @Test
  void aForceCalledAppropriateMeetsAnInquiryThatCallsItExcessive() {
    List<Claim> claims = ClaimExtractor.englishWithoutGist().analyze(new ArticleText("a", "Inquiry into Vell shootings reports", """
        Soldiers fired on marchers in Vell on 2 May, killing four. General Marek Dorov told the inquiry that the force \
        his troops used was appropriate. The inquiry chaired by Ana Berg found that firing live rounds into the crowd had \
        been unjustified.""",
        "Harbour Gazette", null, Instant.parse("2029-09-14T08:00:00Z"), "en")).claims();
    List<Finding> findings = new ContradictionDetector().detect("evt-test", claims);
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("proportionality");
      assertThat(f.sideA().claimants() + " " + f.sideB().claimants()).contains("Dorov").contains("Berg");
    });
  }
}
