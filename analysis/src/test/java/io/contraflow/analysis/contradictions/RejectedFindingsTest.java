package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimExtractor;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A government answers an inquiry's or a study's findings by calling them names ("fairy tales", "speculative and
 * misinformed") rather than by denying them in so many words: the {@link RejectionDetector} sets it against the
 * findings all the same, and names the finding by what was rejected.
 */
class RejectedFindingsTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.englishWithoutGist();

  private static List<Finding> detect(String body) {
    List<Claim> claims = EXTRACTOR.analyze(new ArticleText("a", "Findings rejected", body, "Harbour Gazette", null,
        Instant.parse("2029-09-14T08:00:00Z"), "en")).claims();
    return new ContradictionDetector().detect("evt-test", claims);
  }

  @Test
  void findingsCalledFairyTalesAreRejected() {
    List<Finding> findings = detect("A public inquiry in Lisbon concluded on Tuesday that Norway's defence minister was "
        + "\"morally to blame\" when trawler captain Ana Berg was poisoned. Norway, which has always denied any part "
        + "in it, described the inquiry's report as \"childish fairy tales\".");
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideB().parties()).contains("Norwegian government");
      assertThat(f.topic()).contains("inquiry").contains("stands");
    });
  }

  @Test
  void aStudyTermedSpeculativeIsRejectedAndNamedInTheSingular() {
    List<Finding> findings = detect("Deaths from the fever in Spain were six times the official count, according to a new "
        + "analysis in a medical journal. The Spanish health ministry termed the analysis \"misinformed\" and \"a guess\".");
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.sideB().parties()).contains("Spanish government");
      assertThat(f.topic()).startsWith("whether the analysis stands");
    });
  }

  @Test
  void aReportCalledThoroughIsNotRejected() {
    List<Finding> findings = detect("A public inquiry in Lisbon concluded on Tuesday that the harbour master was to blame for "
        + "the collision. The Portuguese government described the inquiry's report as \"thorough and fair\".");
    assertThat(findings).noneSatisfy(f -> assertThat(f.trail()).contains("rejection"));
  }

  @Test
  void aTribunalsRulingCalledUnacceptableIsTheTribunalsOwn() {
    List<Finding> findings = detect("The shelling of the depot, the regional tribunal in Faro ruled, breached the right to life of "
        + "the hostages. Norway's government called the tribunal's ruling \"unacceptable\".");
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.sideA().claimants()).contains("the tribunal");
      assertThat(f.topic()).startsWith("whether the tribunal's ruling stands");
    });
  }

  /** "claims by the Vell Workers' Party (VWP) that P": the short form in brackets is no part of whose claims they are. */
  @Test
  void aNameWithItsShortFormInBracketsOwnsTheClaims() {
    List<Finding> findings = detect("The Kessa regional government has rejected claims by the Vell Workers' Party (VWP) that "
        + "a power cut struck the rally in Kessa just before the crush.");
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(ContradictionKind.DENIAL);
      assertThat(f.sideA().claimants()).contains("Vell Workers' Party");
    });
  }
}
