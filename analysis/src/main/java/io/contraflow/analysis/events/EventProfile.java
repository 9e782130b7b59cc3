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
}
