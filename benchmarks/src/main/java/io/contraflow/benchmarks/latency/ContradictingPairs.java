package io.contraflow.benchmarks.latency;

import io.contraflow.analysis.ArticleText;
import io.contraflow.benchmarks.text.FictionalNames;
import io.contraflow.benchmarks.text.Scenario;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates fictional events as pairs of short articles: in the first, one official says something; the second,
 * from another outlet, completes a contradiction with it. Three kinds of contradiction, in turn:
 * <ul>
 *   <li>{@link Kind#DESTINATION}: the minister says the gunmen fled toward X; a governor says they escaped into Y, not X;</li>
 *   <li>{@link Kind#DENIAL}: the minister accuses X of sheltering the gunmen; X denies any involvement;</li>
 *   <li>{@link Kind#DEATH_TOLL}: officials say n people were killed; hospital officials say m.</li>
 * </ul>
 * Every event has names of its own (people, towns, countries, the venue), so event grouping can keep them apart;
 * both articles of an event repeat its venue, town and country so that grouping puts them together. The text is this
 * class's own.
 */
public final class ContradictingPairs {
  private static final String[] FIRST_OUTLETS = {"Northern Wire", "Harbour Daily", "Meridian News"};
  private static final String[] SECOND_OUTLETS = {"Capital Post", "Evening Courier", "Coastal Herald"};

  /** What the second article contradicts. */
  public enum Kind { DESTINATION, DENIAL, DEATH_TOLL }

  /** One event: its first article and the article that completes a contradiction with it. */
  public record EventPair(int index, Kind kind, ArticleText first, ArticleText completing) {}

  private final FictionalNames names;
  private final String idPrefix;

  /** Pairs whose article ids start with {@code idPrefix} (e.g. "warmup", "run"), names drawn from {@code names}. */
  public ContradictingPairs(FictionalNames names, String idPrefix) {
    this.names = names;
    this.idPrefix = idPrefix;
  }

  public List<EventPair> generate(int count, Instant publishedAt) {
    List<EventPair> pairs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) pairs.add(pair(i, Kind.values()[i % Kind.values().length], publishedAt));
    return pairs;
  }

  /** The article id of the first ("a") or completing ("b") article of event {@code index}. */
  public String articleId(int index, boolean completing) {
    return String.format("%s-%04d-%s", idPrefix, index, completing ? "b" : "a");
  }

  private EventPair pair(int index, Kind kind, Instant publishedAt) {
    Scenario s = Scenario.invent(names);
    String claim = switch (kind) {
      case DESTINATION -> "Interior Minister " + s.minister() + " said on " + s.day()
          + " that the gunmen were fleeing toward " + s.suspect() + " when police lost track of them.";
      case DENIAL -> "Interior Minister " + s.minister() + " accused " + s.suspect() + " of sheltering the gunmen who attacked the "
          + s.venue() + ".";
      case DEATH_TOLL -> "Officials said " + s.killed() + " people were killed in the attack on the " + s.venue() + " in " + s.town() + ".";
    };
    String answer = switch (kind) {
      case DESTINATION -> "Governor " + s.governor() + " said the attackers first tried to escape into " + s.alternative()
          + ", not " + s.suspect() + ", before the roads were closed.";
      case DENIAL -> s.suspect() + " has strongly denied any involvement in the attack on the " + s.venue() + ".";
      case DEATH_TOLL -> "Hospital officials in " + s.town() + " said " + s.hospitalKilled() + " people were killed.";
    };
    String firstBody = String.join("\n\n",
        "Gunmen opened fire at the " + s.venue() + " in " + s.town() + ", in the north of " + s.homeCountry() + ", on " + s.day()
            + " evening, and set part of the building alight.",
        claim,
        "Rescue crews worked through the night at the " + s.venue() + ", and the main road into " + s.town() + " stayed closed.",
        "Relatives gathered outside the hospital in " + s.town() + ", waiting for news of people they had not heard from.");
    String completingBody = String.join("\n\n",
        "Investigators in " + s.town() + " were still searching the ruins of the " + s.venue() + " on " + s.day()
            + ", a day after gunmen attacked it and set it alight.",
        answer,
        "A day of mourning was declared across " + s.homeCountry() + ", and concerts in " + s.capital() + " were cancelled.",
        "Rescue crews at the " + s.venue() + " in " + s.town() + " said the search of the building would take several days.");
    ArticleText first = new ArticleText(articleId(index, false), "Gunmen attack the " + s.venue() + " in " + s.town(), firstBody,
        FIRST_OUTLETS[index % FIRST_OUTLETS.length], null, publishedAt, "en");
    ArticleText completing = new ArticleText(articleId(index, true), s.venue() + " attack in " + s.town() + ": the search goes on",
        completingBody, SECOND_OUTLETS[index % SECOND_OUTLETS.length], null, publishedAt, "en");
    return new EventPair(index, kind, first, completing);
  }
}
