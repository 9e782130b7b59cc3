package io.contraflow.analysis.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an open event is about, kept per event so that a new article can be compared with it. Mutable: the grouper
 * updates it in place when it assigns an article; the caller persists it.
 */
public final class EventProfile {
  public String eventId;
  public String title;
  public Instant firstSeen;
  public Instant lastSeen;
  public int articleCount;
  public List<String> articles = new ArrayList<>();
  public Set<String> sources = new LinkedHashSet<>();
  public Map<String, Double> entities = new LinkedHashMap<>();
  public Map<String, Double> terms = new LinkedHashMap<>();
  /** Article id to body SimHash, to recognise syndicated copies. */
  public Map<String, Long> fingerprints = new LinkedHashMap<>();
  /**
   * Article id to the embedding of its headline and lead, for the articles that opened the event and the most
   * recent ones ({@link EventGrouper} bounds them): a new article is compared with each.
   */
  public Map<String, float[]> gists = new LinkedHashMap<>();
  /** Name to the number of the event's articles that are about it (name in the headline or lead, or repeated). */
  public Map<String, Integer> focalCounts = new LinkedHashMap<>();
  /**
   * Name to the number of the event's articles that write it as a place ("in Jenin"): a name that most of the
   * articles about it read as a place is the setting, not the identity, of an incident.
   */
  public Map<String, Integer> placeCounts = new LinkedHashMap<>();
  /**
   * Name to the number of the event's articles in which it speaks ("Putin said"): a speaker comments on many stories,
   * so sharing one is weaker evidence than sharing what the story happened to.
   */
  public Map<String, Integer> speakerCounts = new LinkedHashMap<>();
  /** Kind of incident (explosion, fire, killing, ...) to the number of articles whose headline or lead reports it. */
  public Map<String, Integer> incidents = new LinkedHashMap<>();
  /**
   * Earliest and latest publication times read from the articles themselves (header, URL, dateline), or null when no
   * article was dated: ingestion times say when we read an article, not when its story happened.
   */
  public Instant datedFirst;
  public Instant datedLast;
}
