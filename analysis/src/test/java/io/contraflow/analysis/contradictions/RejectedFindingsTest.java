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

  /**
   * A report that footage contradicts one of the police's claims joins the dispute over that claim, not the rejection
   * of another claim of theirs: the family rejecting "he was a courier" and the footage against "self-defence" are two
   * findings.
   */
  @Test
  void aReportedContradictionJoinsTheClaimItNames() {
    List<Claim> claims = new java.util.ArrayList<>();
    String[] bodies = {"Police in Vell said on Sunday that Ivo Dorov, 17, was a drugs courier for a city gang. Officers shot "
        + "Dorov in self-defence after he fired at them, the police said.",
        "The family of Ivo Dorov on Monday rejected the police's claim that he was a drugs courier for a gang.",
        "Security camera footage contradicts police claims that officers shot Dorov in self-defence."};
    for (int n = 0; n < bodies.length; n++) {
      claims.addAll(EXTRACTOR.analyze(new ArticleText("a" + n, "Vell shooting", bodies[n], "Harbour Gazette", null,
          Instant.parse("2029-09-14T08:00:00Z").plusSeconds(3600L * n), "en")).claims());
    }
    List<Finding> findings = new ContradictionDetector().detect("evt-test", claims);
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("rejection");
      assertThat(f.sideA().statements()).noneMatch(s -> s.contains("self-defence"));
    });
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.trail()).containsExactly("reported");
      assertThat(f.sideB().statements()).anyMatch(s -> s.contains("self-defence"));
    });
  }

  /**
   * "rejected the national police's claim that he was a drugs courier": a short rejected claim meets the police's own
   * words ("was a drug courier who fired at them") when most of its own words are there, past the owner and the noun.
   */
  @Test
  void aShortRejectedClaimMeetsTheOwnersFullerWords() {
    List<Claim> claims = new java.util.ArrayList<>();
    String[] bodies = {"Police in Vell claimed the teenager was a drug courier who fired at them while resisting arrest.",
        "The family of slain teenager Ivo Dorov on Monday rejected the national police's claim that he was an illegal drugs courier."};
    for (int n = 0; n < bodies.length; n++) {
      claims.addAll(EXTRACTOR.analyze(new ArticleText("a" + n, "Vell shooting", bodies[n], "Harbour Gazette", null,
          Instant.parse("2029-09-14T08:00:00Z").plusSeconds(3600L * n), "en")).claims());
    }
    assertThat(new ContradictionDetector().detect("evt-test", claims)).anySatisfy(f -> {
      assertThat(f.trail()).contains("rejection");
      assertThat(f.sideA().statements()).anyMatch(s -> s.contains("fired at them"));
    });
  }
}
