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

/** Which way a content answers "was the crowd armed?", one construction per row, in our own words. */
class ArmedCrowdTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      many of the protesters were heavily armed                              | armed
      armed protesters fired from the rooftops                               | armed
      there were gunmen among the marchers                                   | armed
      the demonstrators opened fire on the police first                      | armed
      weapons were found in the protest camp after it was cleared            | armed
      the sit-in was entirely peaceful                                       | peaceful
      the police fired on peaceful protesters                                | peaceful
      the protesters were not armed                                          | peaceful
      the marchers carried no weapons                                        | peaceful
      the rally was not peaceful                                             | armed
      the patrol was shot at by men in the crowd before it fired             | armed
      they were unarmed and only wanted to be heard                          | peaceful
      the soldiers fired first                                               | peaceful
      the police were armed with batons                                      | -
      the crowd gathered outside the stadium at noon                         | -
      """)
  void readsWhetherTheCrowdWasArmed(String content, String expected) {
    assertThat(new ArmedCrowd().answer(content)).isEqualTo(expected == null ? null : expected.equals("armed"));
  }

  /** The interior ministry that says the camp was armed and the witnesses who say it was peaceful: one finding between them. */
  @Test
  void anArmedCampMeetsAPeacefulOne() {
    ClaimExtractor extractor = ClaimExtractor.englishWithoutGist();
    List<Claim> claims = new ArrayList<>(extractor.analyze(new ArticleText("a", "Camp cleared in Narva", """
        Police cleared the protest camp in central Narva on Tuesday. The interior ministry said the protesters were \
        armed and had fired on officers.""", "Harbour Gazette", null, Instant.parse("2029-09-14T08:00:00Z"), "en")).claims());
    claims.addAll(extractor.analyze(new ArticleText("b", "Witnesses describe the clearing of the Narva camp", """
        Witnesses told the Vell Times that the protesters were unarmed and that police fired without warning.""",
        "Vell Times", null, Instant.parse("2029-09-15T08:00:00Z"), "en")).claims());
    List<Finding> findings = new ContradictionDetector().detect("evt-test", claims);
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("armed-crowd");
      assertThat(f.sideA().parties().toString() + f.sideB().parties()).contains("Witnesses");
    });
  }
}
