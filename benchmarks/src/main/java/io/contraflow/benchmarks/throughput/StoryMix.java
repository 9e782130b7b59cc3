package io.contraflow.benchmarks.throughput;

import io.contraflow.analysis.ArticleText;
import io.contraflow.benchmarks.text.FictionalNames;
import io.contraflow.benchmarks.text.Scenario;
import io.contraflow.benchmarks.text.WireCopy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An endless, deterministic stream of wire articles with the shape of a news day: many small stories (one to eight
 * articles each, interleaved, about thirty open at a time) and a few long ones that keep growing and take a fixed
 * share of the articles. Every story is a {@link Scenario} with its own invented names, written by {@link WireCopy} at
 * 300 to 900 words, by one of a dozen outlets. Two instances with the same seed give the same articles in the same
 * order, so every stage of the throughput bench reads the same text.
 */
public final class StoryMix {
  private static final String[] OUTLETS = {"Northern Wire", "Capital Post", "Daily Ledger", "Border Times", "Evening Herald",
      "Morning Star Agency", "Coastal Courier", "Metro Bulletin", "Continental Press", "Valley Observer", "Harbour Gazette",
      "Union Dispatch"};
  private static final int OPEN_SMALL_STORIES = 30;
  private static final int SMALL_STORY_MAX = 8;

  private final SplittableRandom random;
  private final FictionalNames names;
  private final WireCopy copy;
  private final double longShare;
  private final List<Story> longStories = new ArrayList<>();
  private final List<Story> smallStories = new ArrayList<>();
  private long produced;

  private static final class Story {
    final Scenario scenario;
    int remaining;
    int written;

    Story(Scenario scenario, int remaining) {
      this.scenario = scenario;
      this.remaining = remaining;
    }
  }

  /**
   * @param longStories how many stories never end
   * @param longShare the share of all articles that belong to one of them
   */
  public StoryMix(long seed, int longStories, double longShare) {
    this.random = new SplittableRandom(seed);
    this.names = new FictionalNames(seed);
    this.copy = new WireCopy(seed);
    this.longShare = longStories == 0 ? 0 : longShare;
    for (int i = 0; i < longStories; i++) this.longStories.add(new Story(Scenario.invent(names), Integer.MAX_VALUE));
  }

  /** The next article, with id {@code idPrefix + sequence} and the given publication time. */
  public ArticleText next(String idPrefix, Instant publishedAt) {
    Story story = random.nextDouble() < longShare ? longStories.get(random.nextInt(longStories.size())) : smallStory();
    story.written++;
    story.remaining--;
    int words = 300 + random.nextInt(601);
    String title = copy.headline(story.scenario) + (story.written == 1 ? "" : " (update " + story.written + ")");
    return new ArticleText(idPrefix + produced++, title, copy.article(story.scenario, words),
        OUTLETS[random.nextInt(OUTLETS.length)], null, publishedAt, "en");
  }

  private Story smallStory() {
    smallStories.removeIf(s -> s.remaining <= 0);
    while (smallStories.size() < OPEN_SMALL_STORIES) smallStories.add(new Story(Scenario.invent(names), 1 + random.nextInt(SMALL_STORY_MAX)));
    return smallStories.get(random.nextInt(smallStories.size()));
  }
}
