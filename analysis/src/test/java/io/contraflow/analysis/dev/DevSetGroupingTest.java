package io.contraflow.analysis.dev;

import io.contraflow.analysis.claims.ArticleAnalysis;
import io.contraflow.analysis.claims.ClaimExtractor;
import io.contraflow.analysis.events.BoundedTermStatistics;
import io.contraflow.analysis.events.EventDecision;
import io.contraflow.analysis.events.EventGrouper;
import io.contraflow.analysis.events.EventGroupingSettings;
import io.contraflow.analysis.events.EventProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Event grouping on the shared dev set (real coverage of six contested events over months or years, with
 * distractors of the same weeks and places): pairwise F1 as the shared scorer computes it.
 */
class DevSetGroupingTest {

  /** What each kind of evidence adds: the same dev run with signals switched off, printed (no bar). */
  @Test
  void ablation() {
    List<SharedDev.DevArticle> articles = SharedDev.articles();
    ClaimExtractor extractor = ClaimExtractor.english();
    List<ArticleAnalysis> analyses = articles.stream().map(a -> extractor.analyze(a.text())).toList();
    var none = java.util.EnumSet.noneOf(EventGroupingSettings.Signal.class);
    var all = java.util.EnumSet.allOf(EventGroupingSettings.Signal.class);
    Map<String, java.util.Set<EventGroupingSettings.Signal>> runs = new LinkedHashMap<>();
    runs.put("names and terms only", none);
    runs.put("+ focus (names the article is about, places, speakers)", java.util.EnumSet.of(EventGroupingSettings.Signal.FOCUS));
    runs.put("+ incident names and kinds", java.util.EnumSet.of(EventGroupingSettings.Signal.FOCUS, EventGroupingSettings.Signal.INCIDENTS));
    runs.put("+ semantic gist", java.util.EnumSet.of(EventGroupingSettings.Signal.FOCUS, EventGroupingSettings.Signal.INCIDENTS,
        EventGroupingSettings.Signal.SEMANTIC));
    runs.put("+ dates (all signals)", all);
    runs.put("all but semantic", java.util.EnumSet.complementOf(java.util.EnumSet.of(EventGroupingSettings.Signal.SEMANTIC)));
    runs.put("all but dates", java.util.EnumSet.complementOf(java.util.EnumSet.of(EventGroupingSettings.Signal.DATES)));
    for (var run : runs.entrySet()) {
      EventGrouper grouper = new EventGrouper(EventGroupingSettings.defaults().withSignals(run.getValue()), new BoundedTermStatistics());
      Map<String, EventProfile> open = new LinkedHashMap<>();
      Map<String, String> eventOf = new LinkedHashMap<>();
      for (int i = 0; i < articles.size(); i++) {
        EventDecision d = grouper.group(analyses.get(i), open);
        follow(eventOf, d);
        eventOf.put(articles.get(i).file(), d.eventId());
      }
      System.out.printf("ablation: %-58s events_f1=%.2f%n", run.getKey(), GroupingScore.pairwiseF1(articles, eventOf));
    }
  }

  @Test
  void groupsRealCoverage() {
    List<SharedDev.DevArticle> articles = SharedDev.articles();
    ClaimExtractor extractor = ClaimExtractor.english();
    EventGrouper grouper = new EventGrouper(EventGroupingSettings.defaults(), new BoundedTermStatistics());
    Map<String, EventProfile> open = new LinkedHashMap<>();
    Map<String, String> eventOf = new LinkedHashMap<>();
    for (SharedDev.DevArticle a : articles) {
      ArticleAnalysis analysis = extractor.analyze(a.text());
      EventDecision d = grouper.group(analysis, open);
      follow(eventOf, d);
      eventOf.put(a.file(), d.eventId());
      System.out.printf("%-38s %-9s %s -> %s%s %s%n", a.file().replace(".txt", ""), a.text().timeSource(), a.text().publishedAt().toString().substring(0, 10),
          d.eventId(), d.newEvent() ? " (new)" : "", d.reason());
    }
    double f1 = GroupingScore.pairwiseF1(articles, eventOf);
    System.out.printf("events_f1=%.2f%n", f1);
    assertThat(f1).as("pairwise event F1 on the dev set (issue bar 0.95)").isGreaterThanOrEqualTo(0.95);
    for (SharedDev.DevArticle a : articles) {
      if (!a.label().startsWith("distractor:")) continue;
      String event = eventOf.get(a.file());
      assertThat(eventOf.entrySet()).as("articles in the event of distractor %s", a.file())
          .filteredOn(e -> e.getValue().equals(event)).hasSize(1);
    }
  }

  /** Articles of events a decision merged into another now belong to the one that continues them. */
  private static void follow(Map<String, String> eventOf, EventDecision d) {
    if (!d.absorbs().isEmpty()) eventOf.replaceAll((article, event) -> d.absorbs().contains(event) ? d.eventId() : event);
  }
}
