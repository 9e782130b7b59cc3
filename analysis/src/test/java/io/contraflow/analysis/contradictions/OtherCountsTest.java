package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimExtractor;
import io.contraflow.analysis.time.TimeSource;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which figures count something other than the event's own toll, in our own sentences. */
class OtherCountsTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.englishWithoutGist();
  private static final String BODY = "The head of the inquiry, Tomas Vell, said 40 people were killed in the May 2 raid on the Kessa camp.";

  private static Claim figureClaim(Instant at, TimeSource time) {
    return EXTRACTOR.analyze(new ArticleText("a", "Inquiry gives raid toll", BODY, "Vell Daily", null, at, "en", time)).claims().stream()
        .filter(c -> !c.quantities().isEmpty()).findFirst().orElseThrow();
  }

  /** The first claim of a one-sentence report that gives at least {@code figures} figures. */
  private static Claim claimWithFigures(String title, String body, Instant at, int figures) {
    return EXTRACTOR.analyze(new ArticleText("t", title, body, "Vell Daily", null, at, "en")).claims().stream()
        .filter(c -> c.quantities().size() >= figures).findFirst().orElseThrow();
  }

  /**
   * A day the figure's clause names, a week or more before the coverage began, dates another incident; in a report that
   * gave no date (it carries the time we read it), "May 2" has no year to be placed in, and the figure stands.
   */
  @Test
  void aDayNamedInAnUndatedReportDatesNothing() {
    Instant read = Instant.parse("2026-11-20T10:00:00Z");
    assertThat(OtherCounts.countsSomethingElse(figureClaim(read, TimeSource.INGESTION), "40", read)).isFalse();
    assertThat(OtherCounts.countsSomethingElse(figureClaim(read, TimeSource.PUBLISHER), "40", read)).isTrue();
  }

  /** A limit is no count: "permission for 5,000 marchers" says how many might come, not how many came. */
  @Test
  void aLimitIsNoCount() {
    Instant at = Instant.parse("2026-11-20T10:00:00Z");
    Claim c = claimWithFigures("Fair crush", "The police report said the fair's hosts held a permit for "
        + "60,000 people, but 200,000 pilgrims attended the fair.", at, 2);
    assertThat(OtherCounts.countsSomethingElse(c, "60,000", at)).isTrue();
    assertThat(OtherCounts.countsSomethingElse(c, "200,000", at)).isFalse();
  }

  /**
   * A toll over weeks or months of unrest is the whole wave's, not the day's that the event reports: "52 killed over two
   * months of protests" or "61 killed since the president was removed" beside a town's 17 of one day is no rival count.
   */
  @Test
  void aTollOverMonthsOfUnrestIsTheWaves() {
    Instant at = Instant.parse("2026-11-20T10:00:00Z");
    Claim wave = claimWithFigures("Curfew in Dalen", "The rights group said 52 people had been killed over two "
        + "months of protests against the levy.", at, 1);
    Claim day = claimWithFigures("Curfew in Dalen", "The rights group said 17 people had been killed in the "
        + "clashes at the Dalen airfield.", at, 1);
    assertThat(OtherCounts.countsSomethingElse(wave, "52", at)).isTrue();
    assertThat(OtherCounts.countsSomethingElse(day, "17", at)).isFalse();
    Claim since = claimWithFigures("Curfew in Dalen", "The monitors said 61 marchers have been killed "
        + "since President Orla Kest was removed from office.", at, 1);
    assertThat(OtherCounts.countsSomethingElse(since, "61", at)).isTrue();
    // ("Killed in an ongoing crackdown on protests": the wave's count since the day, not the day's.)
    Claim ongoing = claimWithFigures("Curfew in Dalen", "The rights group said 16 people have been killed in an ongoing "
        + "crackdown on protests.", at, 1);
    assertThat(OtherCounts.countsSomethingElse(ongoing, "16", at)).isTrue();
  }

  /**
   * "The skirmish that began in August last year", written months on: last year is the year the event's coverage began, so
   * its toll is the event's own; written in the same year as the event, "last year" dates another incident.
   */
  @Test
  void lastYearIsTheEventsOwnYearInALaterReport() {
    Instant written = Instant.parse("2027-02-19T10:00:00Z");
    Claim c = EXTRACTOR.analyze(new ArticleText("c", "Army admits losses", "The army admitted on Friday having lost six of its guards "
        + "in the ridge skirmish that began in August last year.", "Vell Daily", null, written, "en", TimeSource.PUBLISHER)).claims().stream()
        .filter(x -> !x.quantities().isEmpty()).findFirst().orElseThrow();
    assertThat(OtherCounts.countsSomethingElse(c, "six", Instant.parse("2026-08-16T00:00:00Z"))).isFalse();
    assertThat(OtherCounts.countsSomethingElse(c, "six", Instant.parse("2027-01-20T00:00:00Z"))).isTrue();
  }

  /** "18,000 have died of the fever worldwide": a count over the whole world, wider than the outbreak the story is about. */
  @Test
  void aWorldwideCountIsAWiderScope() {
    Instant at = Instant.parse("2026-11-20T10:00:00Z");
    Claim c = claimWithFigures("Fever toll", "Aid groups said 18,000 people had died of the fever worldwide.", at, 1);
    assertThat(OtherCounts.countsSomethingElse(c, "18,000", at)).isTrue();
    Claim local = claimWithFigures("Fever toll", "Aid groups said 18,000 people had died of the fever in Kessa.", at, 1);
    assertThat(OtherCounts.countsSomethingElse(local, "18,000", at)).isFalse();
  }

  /**
   * "Others" after a count of the hurt that follows a count of the dead are the hurt of the same incident: "14 guards
   * were killed and 30 others wounded". After a toll alone, "killed 54 others" are people besides those the story counts.
   */
  @Test
  void theHurtBesidesTheDeadAreTheIncidentsOwn() {
    Instant at = Instant.parse("2026-11-20T10:00:00Z");
    Claim hurt = claimWithFigures("Raid on the Varno post", "The rebel spokesman said 14 guards were killed "
        + "and 30 others wounded in the raid on the Varno post.", at, 2);
    assertThat(OtherCounts.countsSomethingElse(hurt, "30", at)).isFalse();
    Claim wounding = claimWithFigures("Raid on the Varno post", "The army said the shells hit the Varno post, "
        + "killing two guards and wounding 9 others.", at, 2);
    assertThat(OtherCounts.countsSomethingElse(wounding, "9", at)).isFalse();
    Claim besides = claimWithFigures("Raid on the Varno post", "The monitors said shelling across the valley "
        + "killed 54 others on the same night.", at, 1);
    assertThat(OtherCounts.countsSomethingElse(besides, "54", at)).isTrue();
    // ("The driver was among the dead, while 11 people were also injured": the hurt besides the dead; "eight guards were
    // also hurt" after a toll are some of the hurt, not all.)
    Claim alsoHurt = claimWithFigures("Coach falls from Varno flyover", "The driver was among the dead, while 11 people were "
        + "also injured, the broadcaster said.", at, 1);
    assertThat(OtherCounts.countsSomethingElse(alsoHurt, "11", at)).isFalse();
    Claim guards = claimWithFigures("Raid on the Varno post", "The blast killed 12 people and eight guards were also hurt, "
        + "the army said.", at, 2);
    assertThat(OtherCounts.countsSomethingElse(guards, "eight", at)).isTrue();
  }

  /** "12 villagers (11 farmers and one guard) died": the bracket breaks the count down; its parts are no rival toll. */
  @Test
  void aBreakdownInBracketsIsPartOfTheCountBeforeIt() {
    Instant at = Instant.parse("2026-11-20T10:00:00Z");
    Claim c = claimWithFigures("Shells hit Varno", "The health minister said 12 villagers (11 farmers and one "
        + "guard) died when shells hit Varno.", at, 2);
    assertThat(OtherCounts.countsSomethingElse(c, "11", at)).isTrue();
    assertThat(OtherCounts.countsSomethingElse(c, "12", at)).isFalse();
  }
}
