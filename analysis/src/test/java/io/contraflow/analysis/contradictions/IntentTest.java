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

/** Which way a content answers "was it deliberate?", one construction per row, in our own words. */
class IntentTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      the clinic was deliberately targeted                                   | meant
      it was a deliberate attack on a protected site                         | meant
      the crew knew it was a hospital and struck it on purpose               | meant
      the bombing was no accident                                            | meant
      this was not a mistake                                                 | meant
      the strike was a tragic mistake                                        | error
      the crew hit the ward by mistake                                       | error
      the jet was mistakenly identified as a hostile aircraft                | error
      the shooting was unintentional                                         | error
      the attack was not deliberate                                          | error
      the army denied it had deliberately targeted the convoy                | error
      the inquiry found no evidence that the blast was premeditated          | error
      the guards' intention that night was to kill the strikers              | meant
      the sniper fired with intent to murder                                 | meant
      there was no intention to harm anyone at the border post               | error
      investigators could not yet say whether the fire was deliberate        | -
      the charges included unintentional homicide                            | -
      the ministry will investigate the strike                               | -
      the accident happened shortly after midnight                           | -
      """)
  void readsWhetherItWasMeant(String content, String expected) {
    assertThat(new Intent().answer(content)).isEqualTo(expected == null ? null : expected.equals("meant"));
  }

  /** The force that calls its strike an error and the aid group that calls it deliberate: one finding between them. */
  @Test
  void anErrorMeetsADeliberateStrike() {
    ClaimExtractor extractor = ClaimExtractor.englishWithoutGist();
    List<Claim> claims = new ArrayList<>(extractor.analyze(new ArticleText("a", "Strike hits Kessa clinic", """
        An air strike hit the Kessa clinic overnight, killing 12 people. The Norland air force said the strike was a \
        tragic mistake.""", "Harbour Gazette", null, Instant.parse("2029-09-14T08:00:00Z"), "en")).claims());
    claims.addAll(extractor.analyze(new ArticleText("b", "Aid group says the Kessa clinic was targeted", """
        Nurses Without Borders, which ran the clinic, said the building had been deliberately targeted.""",
        "Vell Times", null, Instant.parse("2029-09-15T08:00:00Z"), "en")).claims());
    List<Finding> findings = new ContradictionDetector().detect("evt-test", claims);
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("intent");
      assertThat(f.sideA().parties().toString() + f.sideB().parties()).contains("Nurses Without Borders");
    });
  }

  /**
   * Two voices calling the strike an error and two calling it deliberate: one finding, the later pairs joining the one
   * that already holds their claims, not four of every pairing.
   */
  @Test
  void severalVoicesOnEachSideOfWhetherItWasMeantAreOneFinding() {
    ClaimExtractor extractor = ClaimExtractor.englishWithoutGist();
    List<Claim> claims = new ArrayList<>();
    String[][] articles = {
        {"a", "The Norland air force said the strike on the Kessa clinic was a tragic mistake."},
        {"b", "Norland's defence minister Ivan Dorov said the clinic had been hit by mistake."},
        {"c", "Nurses Without Borders, which ran the Kessa clinic, said it had been deliberately targeted."},
        {"d", "The Vell Monitor said the attack on the Kessa clinic was deliberate."}};
    int day = 10;
    for (String[] a : articles) {
      claims.addAll(extractor.analyze(new ArticleText(a[0], "Kessa clinic strike", a[1], "Harbour Gazette", null,
          Instant.parse("2029-09-" + day++ + "T08:00:00Z"), "en")).claims());
    }
    List<Finding> intent = new ContradictionDetector().detect("evt-test", claims).stream()
        .filter(f -> f.trail().contains("intent")).toList();
    assertThat(intent).as("%s", intent).hasSize(1);
    String parties = intent.get(0).sideA().parties().toString() + intent.get(0).sideB().parties();
    assertThat(parties).contains("Nurses Without Borders").contains("Vell Monitor");
  }
}
