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

/** Which way a content answers "were fighters at the site?", one construction per row, in our own words. */
class ArmedPresenceTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      insurgents were firing from inside the clinic                          | present
      gunmen had been hiding in the school for days                          | present
      the compound was being used by rebels                                   | present
      the militia used the hospital as a command centre                       | present
      there were no armed men in the compound                                 | absent
      not a single fighter was inside the clinic                              | absent
      no weapons were found in the hospital                                   | absent
      fighters were never hiding in the school                                | absent
      the troops were shooting at gunmen located near the reporters           | present
      snipers positioned in the immediate vicinity fired first                | present
      we found no information suggesting armed men were active in the vicinity of the crew | absent
      video from the scene has not confirmed the presence of armed fighters   | absent
      the clinic was hit twice                                                | -
      fighters clashed with troops on the highway                             | -
      """)
  void readsWhetherFightersWereThere(String content, String expected) {
    assertThat(new ArmedPresence().answer(content)).isEqualTo(expected == null ? null : expected.equals("present"));
  }

  /** The force that says fighters were in the clinic and the aid group that ran it: one finding between them. */
  @Test
  void fightersInsideMeetNoneThere() {
    ClaimExtractor extractor = ClaimExtractor.englishWithoutGist();
    List<Claim> claims = new ArrayList<>(extractor.analyze(new ArticleText("a", "Strike hits Kessa clinic", """
        An air strike hit the Kessa clinic overnight. A Norland army spokesman said insurgents were firing from inside \
        the clinic.""", "Harbour Gazette", null, Instant.parse("2029-09-14T08:00:00Z"), "en")).claims());
    claims.addAll(extractor.analyze(new ArticleText("b", "Aid group says no fighters were in the Kessa clinic", """
        Nurses Without Borders, which ran the clinic, said there were no armed men in the compound when it was hit.""",
        "Vell Times", null, Instant.parse("2029-09-15T08:00:00Z"), "en")).claims());
    List<Finding> findings = new ContradictionDetector().detect("evt-test", claims);
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("armed-presence");
      assertThat(f.sideA().parties().toString() + f.sideB().parties()).contains("Nurses Without Borders");
    });
  }
}
