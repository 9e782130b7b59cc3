package io.contraflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.feeds.NewsPages;
import io.contraflow.feeds.NewsSite;
import io.contraflow.feeds.TestFeeds;
import io.contraflow.feeds.TestSite;
import io.contraflow.schemas.Article;
import io.contraflow.schemas.DeadLetter;
import io.contraflow.schemas.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's first bar, end to end on the real broker and registry: `contraflow watch` over three feeds (RSS 2.0,
 * Atom, RSS 1.0) of 30 real articles served on 127.0.0.1 produces exactly 30 articles; three more polls produce none
 * (the server answers 304); a restart produces none; a new item appears once. Beside them, a feed whose host is down
 * and a feed whose only item has no text are reported (and the item dead-lettered) while the watch goes on.
 */
class WatchCommandTest {
  private static Cluster cluster;

  @BeforeAll
  static void startCluster() {
    cluster = Cluster.embedded(0, 0);
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) cluster.close();
  }

  @Test
  void producesEachArticleOnceAcrossPollsRestartsAndNewItems(@TempDir Path dir) throws Exception {
    try (TestSite site = TestSite.start()) {
      NewsSite news = NewsSite.on(site);
      site.put("/empty.xml", "application/rss+xml", TestFeeds.rss2("Empty", site.url("/"),
          List.of(new TestFeeds.Item("Nothing here", site.url("/missing.html"), null, null))));
      List<String> lines = new ArrayList<>();
      news.feedUrls().forEach(url -> lines.add(url + " 1s"));
      lines.add("# a host that is down, and a feed whose only item has no text anywhere");
      lines.add("http://127.0.0.1:" + closedPort() + "/down.xml 1s");
      lines.add(site.url("/empty.xml") + " 1s");
      Path feeds = Files.write(dir.resolve("feeds.txt"), lines);

      String output = watch(feeds, 4);

      assertThat(articles()).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(news.expectedIds(30));
      for (String path : news.feedPaths()) assertThat(site.notModified(path)).as(path).isEqualTo(3);
      assertThat(output).contains("304 not modified", "unreachable: http://127.0.0.1:", "Watch ended: 20 polls, 30 articles, 1 dead letter");
      assertThat(Files.readString(dir.resolve("feeds.txt.state.json"))).contains(news.feedUrls().get(0));
      List<DeadLetter> letters = TopicSnapshot.read(cluster, Topics.ARTICLES_DLQ, Map.of()).stream().map(ConsumerRecord::value).toList();
      assertThat(letters).singleElement().satisfies(letter -> {
        assertThat(letter.getKey()).isEqualTo(site.url("/missing.html"));
        assertThat(letter.getReason()).startsWith(site.url("/missing.html") + ": no text: ").contains("404");
      });

      watch(feeds, 1);  // a restart
      assertThat(articles()).hasSize(30);
      for (String path : news.feedPaths()) assertThat(site.notModified(path)).as(path).isEqualTo(4);

      news.publishAnother();
      watch(feeds, 1);
      List<ConsumerRecord<String, Article>> all = articles();
      assertThat(all).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(news.expectedIds(31));
      Article added = all.get(all.size() - 1).value();
      assertThat(added.getId()).isEqualTo(news.expectedIds(31).get(30));
      assertThat(added.getOrigin()).isEqualTo(news.feedUrls().get(0));
      List<String> paragraphs = NewsPages.paragraphs(news.articles().get(30).text());
      assertThat(added.getBody()).endsWith(paragraphs.get(paragraphs.size() - 1));
      assertThat(TopicSnapshot.read(cluster, Topics.ARTICLES_DLQ, Map.of())).as("the item without text is not dead-lettered again").hasSize(1);
    }
  }

  private static String watch(Path feeds, int rounds) {
    StringWriter out = new StringWriter();
    int exit = Contraflow.commandLine().setOut(new PrintWriter(out)).execute("watch", feeds.toString(),
        "--rounds", String.valueOf(rounds), "--bootstrap-servers", cluster.bootstrapServers(),
        "--schema-registry-url", cluster.schemaRegistryUrl(),
        "--set", "host.delay.ms=0", "--set", "http.retries=0");
    System.out.print(out);
    assertThat(exit).as(out.toString()).isZero();
    return out.toString();
  }

  private static List<ConsumerRecord<String, Article>> articles() {
    return TopicSnapshot.read(cluster, Topics.ARTICLES, Map.of());
  }

  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
