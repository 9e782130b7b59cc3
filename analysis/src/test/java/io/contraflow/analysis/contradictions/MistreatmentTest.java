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
      a guard physically assaulted him during the transfer                  | beaten
      the body showed bruises on the arms and back                          | beaten
      the post-mortem found blows to his face and chest                     | beaten
      she was not beaten by any officer                                     | not
      the examiners said the marks were not caused by beatings              | not
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
        Ana Berg, 22, died in hospital three days after she was detained by Vell police. Marek Dorov, the city's \
        police chief, rejected reports that officers had beaten Berg. Rights activists said Berg had been tortured in \
        the cells.""",
        "Harbour Gazette", null, Instant.parse("2029-09-14T08:00:00Z"), "en")).claims();
    List<Finding> findings = new ContradictionDetector().detect("evt-test", claims);
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("mistreatment");
      assertThat(String.join(" ", f.sideA().claimants())).contains("activists");
      assertThat(String.join(" ", f.sideB().claimants())).contains("Dorov");
    });
  }
}
