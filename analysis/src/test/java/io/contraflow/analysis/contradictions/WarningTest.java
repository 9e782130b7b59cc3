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

/** Which way a content answers "were they warned first?", one construction per row, in our own words. */
class WarningTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      the crowd was warned repeatedly to leave the square                    | warned
      warnings were broadcast from loudspeakers for an hour                  | warned
      officers moved in only after repeated warnings                         | warned
      residents had been given ample notice of the release                   | warned
      the guards opened fire without warning                                 | none
      no warning was given before the water was released                     | none
      the villagers were never warned                                        | none
      the army gave no notice of the strike                                  | none
      the patrol boat was given 12 warnings over the radio                   | warned
      the pilots ignored eight warnings before the missile was fired         | warned
      our controllers warned the helicopter crew six times                   | warned
      the trawler's skipper had been warned three times                      | warned
      the coastguard sent two radio warnings                                 | warned
      it warned the government and began evacuating villages                 | warned
      the firm's staff alerted the authorities at nine in the evening        | warned
      the board ignored repeated warnings about cracks in the wall           | -
      he warned that the toll could rise                                     | -
      the ministry issued a statement on Friday                              | -
      """)
  void readsWhetherTheyWereWarned(String content, String expected) {
    assertThat(new Warning().answer(content)).isEqualTo(expected == null ? null : expected.equals("warned"));
  }

  /** A dam operator that says it warned the valley and residents who say no warning came: one finding between them. */
  @Test
  void aWarningGivenMeetsNoneReceived() {
    ClaimExtractor extractor = ClaimExtractor.englishWithoutGist();
    List<Claim> claims = new ArrayList<>(extractor.analyze(new ArticleText("a", "Flood after release from the Vell dam", """
        Water released from the Vell dam flooded three villages on Sunday. The Kessa Power Company, which runs the dam, said residents had \
        been warned to evacuate a day in advance.""", "Harbour Gazette", null, Instant.parse("2029-09-14T08:00:00Z"), "en")).claims());
    claims.addAll(extractor.analyze(new ArticleText("b", "Vell villagers say the flood came without warning", """
        Residents of the lakeside villages told the Vell Times that no warning was given before the water arrived.""",
        "Vell Times", null, Instant.parse("2029-09-15T08:00:00Z"), "en")).claims());
    List<Finding> findings = new ContradictionDetector().detect("evt-test", claims);
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("warning");
      assertThat(f.sideA().parties().toString() + f.sideB().parties()).contains("Kessa Power Company");
    });
  }

  /** A state that counts the warnings its fighters radioed, and the downed crew's navigator who says none came. */
  @Test
  void countedWarningsMeetACrewThatHeardNone() {
    ClaimExtractor extractor = ClaimExtractor.englishWithoutGist();
    List<Claim> claims = new ArrayList<>(extractor.analyze(new ArticleText("a", "Chilean fighters down a Peruvian patrol plane", """
        Chilean fighters shot down a Peruvian patrol plane near the frontier on Tuesday. The Chilean defence ministry said the \
        crew ignored nine warnings in four minutes before the fighters fired.""", "Harbour Gazette", null,
        Instant.parse("2029-09-14T08:00:00Z"), "en")).claims());
    claims.addAll(extractor.analyze(new ArticleText("b", "Rescued navigator of the downed Peruvian plane speaks", """
        "Nobody contacted us, and there was no warning of any kind," the plane's navigator, Ivo Dorov, told reporters after he \
        was rescued.""", "Vell Times", null, Instant.parse("2029-09-15T08:00:00Z"), "en")).claims());
    List<Finding> findings = new ContradictionDetector().detect("evt-test", claims);
    assertThat(findings).as("%s", findings).anySatisfy(f -> assertThat(f.trail()).contains("warning"));
  }
}
