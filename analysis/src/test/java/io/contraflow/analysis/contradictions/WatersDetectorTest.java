package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimExtractor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whose waters or airspace it was, in our own words: two countries' against each other, and a denial of one. */
class WatersDetectorTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.englishWithoutGist();

  private static List<Finding> detect(String... bodies) {
    List<Claim> all = new ArrayList<>();
    int n = 0;
    for (String body : bodies) {
      all.addAll(EXTRACTOR.analyze(new ArticleText("a" + n, "Dinghy lost at sea", body, "Harbour Gazette", null,
          Instant.parse("2029-09-14T08:00:00Z").plusSeconds(3600L * n++), "en")).claims());
    }
    return new ContradictionDetector().detect("evt-test", all);
  }

  @Test
  void twoCountriesWatersAreADispute() {
    List<Finding> findings = detect(
        "The Spanish coastguard commander said the dinghy was well within Portuguese territorial waters when it sank.",
        "Ana Berg, whose two cousins drowned, said they were five kilometres inside Spanish waters when they called for help.");
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("waters");
      assertThat(f.topic()).contains("Portuguese waters");
      assertThat(f.sideA().claimants().toString() + f.sideB().claimants()).contains("Ana Berg").contains("coastguard");
    });
  }

  /** A denial that it ever entered the airspace is the same dispute as the denial: one finding, not two. */
  @Test
  void aDeniedAirspaceJoinsTheDenial() {
    List<Finding> findings = detect("Peru said the drone had violated Peruvian airspace.",
        "The Chilean defence minister said the drone never entered Peruvian airspace.");
    assertThat(findings).as("%s", findings).hasSize(1);
    assertThat(findings.get(0).trail()).contains("waters");
  }

  /** "Entered the country's territorial waters", said by a ministry that speaks for the country, places it in that country's. */
  @Test
  void theSpeakersOwnCountrysWatersAreItsCountrys() {
    List<Finding> findings = detect(
        "Spain's defence ministry said a Portuguese frigate had entered the country's territorial waters off Vigo.",
        "The Portuguese navy denied the frigate was ever in Spanish waters.");
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("waters");
      assertThat(f.topic()).contains("Spanish waters");
    });
  }

  @Test
  void aCountrysTerritoryOrOneAreaAloneIsNoDispute() {
    assertThat(detect("Peru said shells fell on Chilean territory.", "Chile said the shells fell on Peruvian territory."))
        .noneSatisfy(f -> assertThat(f.trail()).contains("waters"));
    assertThat(detect("The coastguard said the dinghy was in Spanish waters.", "A survivor said they were in Spanish waters."))
        .noneSatisfy(f -> assertThat(f.trail()).contains("waters"));
  }

  /** Which country's side of a border line a post stood on: two sides are a dispute; losses "on one side" are no place. */
  @Test
  void twoSidesOfTheLineAreADispute() {
    List<Finding> findings = detect("A Chilean foreign ministry spokesman said the disputed hut stood on the Chilean side of the ridge line.",
        "Peru's foreign minister, Ana Berg, said the hut had been put up on the Peruvian side of the ridge.");
    assertThat(findings).as("%s", findings).anySatisfy(f -> {
      assertThat(f.trail()).contains("waters");
      assertThat(f.topic()).contains("on the Chilean side");
    });
    assertThat(detect("Chile said losses on the Peruvian side were heavy.", "Peru said losses on the Chilean side were heavier."))
        .noneSatisfy(f -> assertThat(f.trail()).contains("waters"));
  }
}
