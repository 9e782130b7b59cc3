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

/** Which way a content answers "was the detainee beaten or ill-treated?", one construction per row, in our own words. */
class MistreatmentTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      he was beaten by guards on his first night in the cells             | beaten
      she had been tortured during questioning                             | beaten
      the young man was physically assaulted inside the patrol car         | beaten
      the body showed bruises on the arms and back                          | beaten
      he died of a heavy blow to the head                                   | beaten
      she was not beaten by any officer                                     | not
      his death was not caused by blows to the body                         | not
      the examination found no signs of violence                            | not
      officers never laid a hand on her                                     | not
      the home side beat the visitors three goals to one                    | -
      the storm struck the coast before dawn                                | -
      he was detained for two days                                          | -
      """)
  void readsWhetherTheDetaineeWasBeaten(String content, String expected) {
    assertThat(new Mistreatment().answer(content)).isEqualTo(expected == null ? null : expected.equals("beaten"));
  }

  /** A police chief who denies the beating and activists who report it: one finding between them. */
  @Test
  void aDeniedBeatingMeetsAReportedOne() {
    List<Claim> claims = ClaimExtractor.englishWithoutGist().analyze(new ArticleText("a", "Woman dies after arrest in Vell", """
        Ana Berg, 22, died in hospital three days after she was detained by Vell police. Police chief Marek Dorov \
        denied allegations that Berg was beaten by officers. Activists say she was beaten while in custody.""",
        "Harbour Gazette", null, Instant.parse("2029-09-14T08:00:00Z"), "en")).claims();
    List<Finding> findings = new ContradictionDetector().detect("evt-test", claims);
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("mistreatment");
      assertThat(String.join(" ", f.sideA().claimants())).contains("Activists");
      assertThat(String.join(" ", f.sideB().claimants())).contains("Dorov");
    });
  }
}
