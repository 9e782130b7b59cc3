package io.contraflow.cli;

import io.contraflow.feeds.FeedOutput;
import io.contraflow.feeds.FeedSettings;
import io.contraflow.feeds.FeedSpec;
import io.contraflow.feeds.FeedWatch;
import io.contraflow.feeds.PollResult;
import io.contraflow.feeds.Problem;
import io.contraflow.feeds.StateFile;
import io.contraflow.producer.ArticleProducer;
import io.contraflow.producer.IngestReport;
import io.contraflow.producer.ProducerSettings;
import io.contraflow.producer.ReadResult;
import io.contraflow.schemas.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.kafka.common.config.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Polls RSS/Atom feeds until stopped and produces every new item's article to the articles topic, with a progress
 * line per poll. The feeds' states (validators, items taken) are saved after each poll's articles are acknowledged,
 * so a restart neither re-sends nor skips items.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Poll RSS/Atom feeds and publish each new item's article (its page's main text) to 'articles'.",
        "FEEDS is a file with one feed per line: URL [INTERVAL], e.g. 'https://example.org/rss.xml 10m'.",
        "Items and pages that cannot be read are reported and counted; articles that cannot be made go to 'articles-dlq'."})
public final class WatchCommand implements Callable<Integer> {
  private static final Duration IDLE_CHECK = Duration.ofSeconds(1);

  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Parameters(index = "0", paramLabel = "FEEDS", description = "File of feed URLs, one per line, each with an optional interval.")
  Path feedsFile;

  @Option(names = "--state", paramLabel = "FILE", description = "Where the feeds' state is kept (default: FEEDS.state.json beside FEEDS).")
  Path stateFile;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "0",
      description = "Stop after every feed has been polled N times (default: run until stopped).")
  int rounds;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "A feed or producer setting, e.g. --set host.delay.ms=2000 (see the README).")
  Map<String, String> extra = new HashMap<>();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<FeedSpec> feeds = readFeeds();
    Map<String, Object> config = new HashMap<>(extra);
    config.put("bootstrap.servers", connection.bootstrapServers());
    config.putIfAbsent(ProducerSettings.PROGRESS_BAR_CONFIG, "off");  // one line per poll instead
    FeedSettings settings;
    try {
      settings = new FeedSettings(config);
      new ProducerSettings(config);
    } catch (ConfigException e) {
      throw new UserError("Invalid setting: " + e.getMessage(), e);
    }
    StateFile state = new StateFile(stateFile != null ? stateFile
        : feedsFile.toAbsolutePath().resolveSibling(feedsFile.getFileName() + ".state.json"));
    FeedWatch watch;
    try {
      watch = new FeedWatch(settings, feeds, state.read(), Clock.systemUTC());
    } catch (IOException e) {
      throw new UserError("Cannot read the state file " + state.path() + ": " + e.getMessage(), e);
    }
    out.printf("Watching %d feed%s from %s (state: %s)%n", feeds.size(), feeds.size() == 1 ? "" : "s", feedsFile, state.path());
    out.flush();

    UntilStopped stop = new UntilStopped();
    Totals totals = new Totals();
    try (Cluster cluster = Cluster.external(connection.bootstrapServers(), connection.schemaRegistryUrl())) {
      cluster.createTopics();
      Map<String, Object> serde = cluster.serdeConfig();
      try (ArticleProducer producer = new ArticleProducer(config, Topics.ARTICLES.keySerde(serde).serializer(),
          Topics.ARTICLES.valueSerde(serde).serializer(), Topics.ARTICLES_DLQ.valueSerde(serde).serializer())) {
        while (!stop.isStopped() && !(rounds > 0 && allPolled(watch))) {
          FeedSpec feed = watch.awaitDue(IDLE_CHECK, f -> rounds == 0 || watch.polls(f) < rounds);
          if (feed == null) continue;
          PollResult result = watch.poll(feed);
          IngestReport report = result.outputs().isEmpty() ? null : producer.ingest(result.outputs().stream().map(WatchCommand::toReadResult));
          // Every output was acknowledged, or dead-lettered by the producer when it could not be: keep the state.
          watch.keep(feed, result.stateAfter(result.outputs().size()));
          state.write(watch.states());
          totals.add(result, report);
          out.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + result.summary()
              + (report != null && report.failedToSend() > 0 ? "; " + report.failedToSend() + " not sent (dead-lettered)" : ""));
          out.flush();
        }
      }
    } finally {
      stop.cleanedUp();
    }
    out.println("Watch ended: " + totals.summary());
    out.flush();
    return 0;
  }

  private List<FeedSpec> readFeeds() {
    try {
      List<FeedSpec> feeds = FeedSpec.read(feedsFile);
      if (feeds.isEmpty()) throw new UserError(feedsFile + " lists no feeds (one URL per line, optionally followed by an interval)");
      return feeds;
    } catch (IOException e) {
      throw new UserError("Cannot read " + feedsFile + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  private boolean allPolled(FeedWatch watch) {
    return watch.feeds().stream().allMatch(feed -> watch.polls(feed) >= rounds);
  }

  /** The producer's input: an article, or a failed input it dead-letters with the reason (key: the item's link). */
  private static ReadResult toReadResult(FeedOutput output) {
    if (output instanceof FeedOutput.NewArticle article) return new ReadResult.Ok(article.article());
    FeedOutput.Rejected rejected = (FeedOutput.Rejected) output;
    return new ReadResult.Failed(rejected.origin(), rejected.problem().reason());
  }

  /** What the whole run did, for the closing line. */
  private static final class Totals {
    long polls;
    long articles;
    long deadLetters;
    final Map<String, Long> problems = new TreeMap<>();

    void add(PollResult result, IngestReport report) {
      polls++;
      articles += report == null ? 0 : report.acknowledged();
      deadLetters += report == null ? 0 : report.deadLettersWritten();
      for (Problem problem : result.problems()) problems.merge(problem.kind().label(), 1L, Long::sum);
    }

    String summary() {
      StringBuilder line = new StringBuilder().append(polls).append(polls == 1 ? " poll, " : " polls, ")
          .append(articles).append(articles == 1 ? " article, " : " articles, ")
          .append(deadLetters).append(deadLetters == 1 ? " dead letter" : " dead letters");
      if (!problems.isEmpty()) {
        line.append("; problems: ");
        problems.forEach((kind, count) -> line.append(kind).append(" (").append(count).append("), "));
        line.setLength(line.length() - 2);
      }
      return line.toString();
    }
  }
}
