package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimExtractor;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which way a content answers "was the substance there?", one construction per row, in our own words. */
class SubstanceDetectorTest {
  private static Claim claim(String cue, String content) {
    return new Claim("c", "art-1", "Wire", Instant.parse("2030-01-01T00:00:00Z"), "Water office", null, null, null, null,
        cue, content, null, null, Map.of(), Map.of(), Polarity.AFFIRMED, Modality.STATED, List.of(), null, false, content,
        0, 0, content.length(), null);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      say  | a lab in Vell measured cyanide well above the limit              | cyanide   | present
      say  | traces of arsenic had turned up in two of the wells                | arsenic   | present
      say  | cyanide was detected in the reservoir on Monday                    | cyanide   | present
      say  | the barge was carrying an undeclared load of explosive chemicals   | explosive chemicals | present
      say  | the tests showed high levels of salt but no cyanide                | cyanide   | absent
      say  | so far nothing gives us confirmation regarding cyanide in it      | cyanide   | absent
      say  | results from the far bank had not shown any arsenic                | arsenic   | absent
      deny | the barge was carrying explosive chemicals                         | explosive chemicals | absent
      say  | cyanide is used in gold mining across the region                   | -         | -
      say  | the presence of cyanide in the reservoir is still to be confirmed  | -         | -
      say  | there is still no clear information about which poison was used  | -         | -
      say  | a weak poison had caused the rashes in the dormitory              | poison    | present
      say  | no toxic substance able to cause the rashes had been observed      | poison    | absent
      """)
  void readsWhetherTheSubstanceWasThere(String cue, String content, String substance, String expected) {
    List<SubstanceDetector.Answer> answers = SubstanceDetector.answers(claim(cue.strip(), content));
    if (substance == null) {
      assertThat(answers).isEmpty();
      return;
    }
    assertThat(answers).containsExactly(new SubstanceDetector.Answer(substance.strip(), expected.strip().equals("present")));
  }

  /** A broadcaster's report of cyanide in the river and a minister's test that found none: one finding between them. */
  @Test
  void foundAgainstNoneFound() {
    ClaimExtractor extractor = ClaimExtractor.englishWithoutGist();
    List<Claim> claims = new ArrayList<>(extractor.analyze(new ArticleText("a", "Dead fish line the Narva", """
        Dead fish by the thousand have washed up along the Narva. The broadcaster KTV reported that high levels of cyanide \
        had been found in water samples.""", "Harbour Gazette", null, Instant.parse("2029-08-12T08:00:00Z"), "en")).claims());
    claims.addAll(extractor.analyze(new ArticleText("b", "Minister says river tests show salt, not cyanide", """
        Environment minister Ana Berg said tests of samples from both banks of the Narva showed high levels of salt but \
        no cyanide.""", "Vell Times", null, Instant.parse("2029-08-13T08:00:00Z"), "en")).claims());
    List<Finding> findings = new ContradictionDetector().detect("evt-test", claims);
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("substance");
      assertThat(f.sideA().parties().toString() + f.sideB().parties()).contains("KTV").contains("Ana Berg");
    });
  }
}
