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

/** Which way a content answers "was the killing self-defence?", one construction per row, in our own words. */
class SelfDefenceTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      the officer fired in self-defence after the van sped at the roadblock        | defence
      the guard acted in self defense                                               | defence
      the driver posed an immediate threat to the soldiers at the gate              | defence
      its forces quickly neutralised the threat from the attacker                   | defence
      the sentries fired in defence of their own lives                              | defence
      the shooting was not self-defence                                             | execution
      the young man was killed in cold blood at the checkpoint                      | execution
      it was a cold-blooded murder                                                  | execution
      the teenager was executed by the patrol                                       | execution
      the agents executed him in an alley                                           | execution
      rights groups have documented extrajudicial killings by the unit              | execution
      the boy posed no threat to anyone                                              | execution
      he never posed a threat to the officers                                        | execution
      an autopsy shows his hands were raised when he was shot                         | execution
      the guards fired as he surrendered                                              | execution
      the patrol opened fire indiscriminately as it drove off                         | execution
      witnesses described indiscriminate firing on the market                         | execution
      the team raised funds for the family                                            | -
      the board executed its plan on Friday                                          | -
      the minister spoke of a threat to the economy                                  | -
      the court said the prisoner was not executed                                   | -
      it was impossible for the boy to have been executed at close range             | -
      the footage contradicts police claims that they fired in self-defence           | -
      the officers executed him, then claimed self-defence                            | execution
      """)
  void readsWhetherItWasSelfDefence(String content, String expected) {
    assertThat(new SelfDefence().answer(content)).isEqualTo(expected == null ? null : expected.equals("defence"));
  }

  /** The police's self-defence and the uncle's "killed in cold blood": one finding between them. */
  @Test
  void selfDefenceMeetsAKillingInColdBlood() {
    ClaimExtractor extractor = ClaimExtractor.englishWithoutGist();
    List<Claim> claims = new ArrayList<>(extractor.analyze(new ArticleText("a", "Driver shot at Vell checkpoint", """
        A driver was shot dead at a checkpoint outside Vell on Tuesday. Police said the officer who fired had acted in \
        self-defence after the car swerved towards him.""", "Harbour Gazette", null, Instant.parse("2029-09-14T08:00:00Z"), "en")).claims());
    claims.addAll(extractor.analyze(new ArticleText("b", "Family disputes police account", """
        The driver's uncle, Ivo Dorov, said his nephew was killed in cold blood on the way to his sister's wedding.""",
        "Vell Times", null, Instant.parse("2029-09-15T08:00:00Z"), "en")).claims());
    List<Finding> findings = new ContradictionDetector().detect("evt-test", claims);
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("self-defence");
      assertThat(f.sideA().claimants().toString() + f.sideB().claimants()).contains("Police").contains("Ivo Dorov");
    });
  }
}
