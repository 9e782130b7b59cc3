package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.ArticleText;
import io.contraflow.analysis.claims.Claim;
import io.contraflow.analysis.claims.ClaimExtractor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An event's detection kept between articles gives exactly the whole-event detection's findings after every
 * article, whatever order the articles come in. The event is fictional, in our own words, and has a little of every
 * kind of dispute: a rejected accusation, a denial, blame and its denial, a truce each says the other broke, deliberate against accidental, tolls that
 * disagree, a place, the accused's answer, a contrast the outlet draws, and a surname whose party only a later
 * article tells ("Interior Minister Ilse Varga" after a bare "Varga").
 */
class EventDetectionTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.englishWithoutGist();
  private static final ContradictionDetector DETECTOR = new ContradictionDetector();
  private static final Instant T0 = Instant.parse("2029-09-14T08:00:00Z");

  private static List<Claim> article(int n, String source, String title, String body) {
    return EXTRACTOR.analyze(new ArticleText("art-" + n, title, body, source, null, T0.plusSeconds(1800L * n), "en")).claims();
  }

  /** Outlet, headline and text of each article, half an hour apart. */
  private static final String[][] STORY = {
      {"Harbour Gazette", "Tanker sinks off Norland coast",
          "The tanker Marisol sank off the Norland coast on Monday. Coastguard officials said 12 crew members were killed. "
              + "Varga said the crew had been warned. Three Ostrian fishing unions accused the Norland navy of sinking the tanker."},
      {"Capital Post", "Norland rejects accusations over tanker",
          "Norland's foreign ministry rejected accusations from the Ostrian fishing unions that its navy had sunk the tanker Marisol. "
              + "The ministry called the claims baseless. Norland Interior Minister Ilse Varga said the tanker hit a reef by accident."},
      {"Evening Courier", "Toll in tanker sinking rises",
          "A hospital spokesman said 19 crew members were killed in the sinking of the Marisol. "
              + "The Ostrian government said the sinking was deliberate, while Norland said it was an accident."},
      {"Meridian News", "Unions say navy fired on tanker",
          "The fishing unions said the Norland navy fired on the tanker before it sank. "
              + "Norland's defence ministry denied that its ships fired on the tanker. "
              + "The unions said the crew fled toward Ostria. Norland officials said the crew fled toward Belgovia."},
      {"Northern Wire", "Inquiry blames port authority",
          "An independent inquiry found that Norland port officials were negligent and failed to inspect the tanker. "
              + "Norland officials said they had followed the procedures. Port director Karel Dunst said 40 crew were aboard."},
      {"Harbour Gazette", "Ostria accuses Norland",
          "Ostrian President Mira Solen accused Norland of killing the crew in cold blood. "
              + "Norland denied any involvement. Solen said the footage of the sinking was genuine, "
              + "but Norland's foreign ministry said the video was staged."},
      {"Capital Post", "Varga defends navy",
          "Varga said the navy did all it could to rescue the crew. Solen's office rejected Varga's account as lies. "
              + "Coastguard officials said 14 crew members were killed. "
              + "Norland and Ostria accused each other of breaking the fishing truce."}};

  private static List<List<Claim>> story() {
    List<List<Claim>> out = new ArrayList<>();
    for (int i = 0; i < STORY.length; i++) out.add(article(i, STORY[i][0], STORY[i][1], STORY[i][2]));
    return out;
  }

  @Test
  void givesTheWholeEventsFindingsAfterEveryArticleInAnyOrder() {
    List<List<Claim>> articles = new ArrayList<>(story());
    assertThat(DETECTOR.detect("evt", flatten(articles))).isNotEmpty();
    matchesTheWholeEventInAnyOrder(articles, new Random(2029), 12);
  }

  /** A blamed office holder's government is known only once the holder speaks: detection kept rereads the blame then. */
  @Test
  void anOfficeHolderWhoSpeaksLaterStillMeetsTheDenialInAnyOrder() {
    List<List<Claim>> articles = List.of(
        article(0, "Harbour Gazette", "West blames Dorov", "Western officials have all blamed Dorov for the sinking of the tanker."),
        article(1, "Capital Post", "Tallinn denies role", "The Estonian government denied any involvement in the sinking."),
        article(2, "Evening Courier", "President mourns crew", "Estonian President Ivan Dorov called the crew heroes on Thursday."));
    assertThat(DETECTOR.detect("evt", flatten(articles))).anySatisfy(f -> assertThat(f.trail()).contains("blame"));
    matchesTheWholeEventInAnyOrder(new ArrayList<>(articles), new Random(2031), 6);
  }

  /**
   * Reports that reached us two weeks late, two of which name the day the spill began: a firm's figure for that day is
   * the event's own, against the ministry's, in whatever order the reports come.
   */
  @Test
  void aDayTwoReportsNameAsTheStartMovesItInAnyOrder() {
    Instant late = Instant.parse("2030-03-18T08:00:00Z");
    List<List<Claim>> articles = List.of(
        EXTRACTOR.analyze(new ArticleText("art-0", "Ministry doubles its estimate of the Kessa spill", "The Ostrian environment "
            + "ministry said on Monday that the Kessa terminal spill was in fact 8,200 barrels.", "Harbour Gazette", null, late, "en")).claims(),
        EXTRACTOR.analyze(new ArticleText("art-1", "Vell Energy gives its figure", "Vell Energy said on Tuesday that the oil lost "
            + "since the leak began on March 2 now reaches 7,150 barrels.", "Capital Post", null, late.plusSeconds(86_400), "en")).claims(),
        EXTRACTOR.analyze(new ArticleText("art-2", "Divers inspect the mooring", "Divers began inspecting the mooring that failed "
            + "in the March 2 leak, the harbour office said.", "Evening Courier", null, late.plusSeconds(2 * 86_400), "en")).claims());
    assertThat(DETECTOR.detect("evt", flatten(articles))).as("%s", DETECTOR.detect("evt", flatten(articles)))
        .anySatisfy(f -> assertThat(f.topic()).contains("barrels"));
    matchesTheWholeEventInAnyOrder(new ArrayList<>(articles), new Random(2030), 6);
  }

  /**
   * Coverage that began months after the storm, with a survey of its dead: two reports name the day it struck, eight
   * months before the first, so the officials' toll "after the storm struck on October 3" is the event's own, not an
   * older incident's, and the survey's higher count disputes it.
   */
  @Test
  void aDayNamedMonthsBeforeTheFirstReportIsTheEventsOwn() {
    Instant later = Instant.parse("2031-06-10T08:00:00Z");
    List<List<Claim>> articles = List.of(
        EXTRACTOR.analyze(new ArticleText("late-0", "Survey raises storm toll", "Health officials put the toll at 40 after the "
            + "storm struck the Vell coast on October 3. Researchers at Kessa University said on Monday that 1,150 people died "
            + "because of it. The official toll of 40 was grossly understated, the survey says.", "Harbour Gazette", null, later, "en")).claims(),
        EXTRACTOR.analyze(new ArticleText("late-1", "Survey disputed", "The health ministry said its count of the dead from the "
            + "October 3 storm was under review.", "Capital Post", null, later.plusSeconds(86_400), "en")).claims());
    assertThat(DETECTOR.detect("evt", flatten(articles))).as("%s", DETECTOR.detect("evt", flatten(articles)))
        .anySatisfy(f -> assertThat(f.topic()).contains("40").contains("1150"));
  }

  @Test
  void startedFromSomeClaimsGoesOnAsIfBuiltArticleByArticle() {
    List<List<Claim>> articles = story();
    EventDetection restarted = DETECTOR.start("evt", flatten(articles.subList(0, 4)));
    assertSame(restarted.findings(), DETECTOR.detect("evt", flatten(articles.subList(0, 4))));
    for (int i = 4; i < articles.size(); i++) {
      assertSame(restarted.add(articles.get(i)), DETECTOR.detect("evt", flatten(articles.subList(0, i + 1))));
    }
  }

  @Test
  void aClaimDeliveredAgainReplacesItsEarlierCopy() {
    List<List<Claim>> articles = story();
    EventDetection incremental = DETECTOR.start("evt", flatten(articles));
    List<Finding> again = incremental.add(articles.get(2));
    assertSame(again, DETECTOR.detect("evt", flatten(articles)));
    assertThat(incremental.size()).isEqualTo(flatten(articles).size());
  }

  /**
   * A story retold by several outlets holds the same rejections and claims many times over: kept detection tests alike
   * rejections once and hands back earlier candidate objects for equal ones, and still gives the whole-event findings
   * in any order; started again from the newer claims once the oldest are trimmed, it goes on the same.
   */
  @Test
  void aStoryRetoldByManyOutletsAndTrimmedGivesTheWholeEventsFindings() {
    List<List<Claim>> retold = new ArrayList<>();
    for (int copy = 0; copy < 3; copy++) {
      for (int i = 0; i < STORY.length; i++) retold.add(article(100 * (copy + 1) + i, "Outlet " + copy, STORY[i][1], STORY[i][2]));
    }
    Random random = new Random(7);
    for (int order = 0; order < 3; order++) {
      if (order > 0) Collections.shuffle(retold, random);
      addsLikeTheWholeEvent(retold);
      List<List<Claim>> newer = retold.subList(retold.size() / 3, retold.size());
      EventDetection trimmed = DETECTOR.start("evt", flatten(newer.subList(0, newer.size() - 3)));
      for (int i = newer.size() - 3; i < newer.size(); i++) {
        assertSame(trimmed.add(newer.get(i)), DETECTOR.detect("evt", flatten(newer.subList(0, i + 1))));
      }
    }
  }

  private static void assertSame(List<Finding> incremental, List<Finding> whole) {
    assertThat(incremental).hasSameSizeAs(whole);
    assertThat(new HashSet<>(incremental)).isEqualTo(new HashSet<>(whole));
  }

  /**
   * Adds the articles to a kept detection in their order, then reversed, then shuffled ({@code orders} orders in all),
   * and compares its findings with whole-event detection after each.
   */
  static void matchesTheWholeEventInAnyOrder(List<List<Claim>> articles, Random random, int orders) {
    articles = new ArrayList<>(articles);
    for (int order = 0; order < orders; order++) {
      if (order == 1) Collections.reverse(articles);
      if (order > 1) Collections.shuffle(articles, random);
      addsLikeTheWholeEvent(articles);
    }
  }

  /** Adds the articles one by one to a new kept detection, comparing it with whole-event detection after each. */
  private static void addsLikeTheWholeEvent(List<List<Claim>> articles) {
    EventDetection incremental = DETECTOR.start("evt", List.of());
    List<Claim> held = new ArrayList<>();
    for (List<Claim> a : articles) {
      held.addAll(a);
      assertSame(incremental.add(a), DETECTOR.detect("evt", held));
    }
  }

  private static List<Claim> flatten(List<List<Claim>> articles) {
    List<Claim> all = new ArrayList<>();
    articles.forEach(all::addAll);
    return all;
  }
}
