package io.contraflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.claims.ArticleAnalysis;
import io.contraflow.analysis.events.EventDecision;
import io.contraflow.analysis.events.EventGrouper;
import io.contraflow.analysis.events.EventProfile;
import io.contraflow.feeds.DevArticles;
import io.contraflow.feeds.FeedOutput;
import io.contraflow.feeds.FeedSettings;
import io.contraflow.feeds.FeedSpec;
import io.contraflow.feeds.FeedWatch;
import io.contraflow.feeds.NewsPages;
import io.contraflow.feeds.PollResult;
import io.contraflow.feeds.TestFeeds;
import io.contraflow.feeds.TestSite;
import io.contraflow.schemas.Article;
import io.contraflow.streams.AvroMapping;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A wire story and a partner's copy of it, each under its own outlet's URL and in its own page design, are two
 * articles from the feeds (another outlet's publication is produced), and event grouping takes the second as a
 * syndicated copy of the first: one event, one independent report, so the copy adds no weight as evidence.
 */
class FeedSyndicationGroupingTest {

  @Test
  void aSyndicatedCopyIsProducedAndGroupedAsOneSourceOfEvidence() throws InterruptedException {
    DevArticles.DevArticle story = DevArticles.firstOrSkip(1).get(0);
    try (TestSite site = TestSite.start()) {
      site.put("/wire/story.html", "text/html; charset=utf-8", NewsPages.page(story, 0, site.url("/wire/story.html")).html());
      site.put("/partner/copy.html", "text/html; charset=utf-8", NewsPages.page(story, 2, site.url("/partner/copy.html")).html());
      site.put("/wire.xml", "application/rss+xml", TestFeeds.rss2("Wire", site.url("/"),
          List.of(new TestFeeds.Item(NewsPages.title(story), site.url("/wire/story.html"), null, null))));
      site.put("/partner.xml", "application/rss+xml", TestFeeds.rss2("Partner", site.url("/"),
          List.of(new TestFeeds.Item("Partner: " + NewsPages.title(story), site.url("/partner/copy.html"), null, null))));
      FeedWatch watch = new FeedWatch(new FeedSettings(Map.of(FeedSettings.HOST_DELAY_CONFIG, 0)),
          FeedSpec.parse(List.of(site.url("/wire.xml"), site.url("/partner.xml")), "test"), Map.of(), Clock.systemUTC());

      List<Article> articles = new ArrayList<>();
      for (FeedSpec feed : watch.feeds()) {
        PollResult result = watch.poll(feed);
        result.outputs().forEach(o -> articles.add(((FeedOutput.NewArticle) o).article()));
      }
      assertThat(articles).extracting(Article::getId).containsExactly(site.url("/wire/story.html"), site.url("/partner/copy.html"));

      EventGrouper grouper = new EventGrouper(Duration.ofDays(7));
      Map<String, EventProfile> events = new LinkedHashMap<>();
      List<EventDecision> decisions = new ArrayList<>();
      for (Article article : articles) {
        ArticleAnalysis analysis = new ArticleAnalysis(AvroMapping.toArticleText(article), List.of(), Map.of(), Map.of(), 0L);
        EventDecision decision = grouper.group(analysis, events);
        decisions.add(decision);
      }
      assertThat(decisions.get(1).syndicatedCopyOf()).isEqualTo(articles.get(0).getId());
      assertThat(events).hasSize(1);
      assertThat(grouper.independentReports(events.values().iterator().next())).isEqualTo(1);
    }
  }
}
