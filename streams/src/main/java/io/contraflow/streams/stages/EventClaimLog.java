package io.contraflow.streams.stages;

import io.contraflow.schemas.Claim;
import io.contraflow.schemas.EventClaims;
import io.contraflow.streams.bounds.RecordFit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The claims store of the detection stage: each event's claims, one record per article (per part of an article sent
 * in several), keyed {@code eventId/sequence} with a 16-digit hex sequence, so an event's claims, oldest first, are one
 * range scan of the prefix {@code eventId/}. A claim delivered again replaces its earlier copy and counts as recent;
 * beyond {@code maxClaims} the oldest are dropped in a batch ({@link #trimmedTo}).
 *
 * <p>For the events seen last it keeps their layout in memory (each record's key and claim ids), so an article that
 * only adds claims costs one write and no read: reading a story of 2,000 claims back on every article (a megabyte of
 * Avro) was most of what such an article cost. The store stays the truth; the layout is read again from it whenever
 * it is not held.
 */
final class EventClaimLog {
  private final KeyValueStore<String, EventClaims> store;
  private final int maxClaims;
  private final int maxRecordBytes;
  private final Map<String, Layout> layouts;

  /** One stored record of an event's claims: its key and the ids of its claims, in order. */
  private record Chunk(String key, List<String> ids) {}

  /** An event's stored records, oldest first, and the sequence of the next one. */
  private record Layout(List<Chunk> chunks, Set<String> ids, long nextSequence) {
    int size() {
      return ids.size();
    }
  }

  EventClaimLog(KeyValueStore<String, EventClaims> store, int maxClaims, int maxRecordBytes, int maxEvents) {
    this.store = store;
    this.maxClaims = maxClaims;
    this.maxRecordBytes = maxRecordBytes;
    this.layouts = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Layout> eldest) {
        return size() > maxEvents;
      }
    };
  }

  /**
   * How many claims an event over {@code maxClaims} keeps: a quarter of the cap fewer, so that an event at the cap
   * loses its oldest claims once per batch of articles (about 18 articles of 27 claims at the default 2,000) and its
   * kept detection, which follows added claims, is rebuilt that once rather than on every article. Findings are always
   * those of whole-event detection on the claims retained, which are 1,500 to 2,000 of the newest at the default.
   */
  static int trimmedTo(int maxClaims) {
    return maxClaims - Math.max(1, maxClaims / 4);
  }

  /** The event's claims with an article's added, and the store writes that make it so, not yet done. */
  final class Update {
    private final String eventId;
    /** The article's claims, one per id, as stored. */
    final List<Claim> added;
    /** True when the event only gains {@link #added}: no claim is replaced or dropped. */
    final boolean onlyAdded;
    /**
     * True when the event gains {@link #added} and its oldest records are dropped (a batch trim), no claim replaced:
     * the claims after are those held before that the update {@link #holds}, and the added.
     */
    final boolean onlyTrimmed;
    /** How many claims the event held before. */
    final int sizeBefore;
    private final Layout after;
    private final List<KeyValue<String, EventClaims>> writes; // a null value deletes
    private final Map<String, List<Claim>> read;
    /** When the update only adds, the ids of the layout before, which apply() extends rather than copy. */
    private final Set<String> sharedIds;
    private final Set<String> addedIds;

    private Update(String eventId, List<Claim> added, boolean onlyAdded, boolean onlyTrimmed, int sizeBefore, Layout after,
                   List<KeyValue<String, EventClaims>> writes, Map<String, List<Claim>> read) {
      this.eventId = eventId;
      this.added = added;
      this.onlyAdded = onlyAdded;
      this.onlyTrimmed = onlyTrimmed;
      this.sizeBefore = sizeBefore;
      this.after = after;
      this.writes = writes;
      this.read = read;
      this.sharedIds = onlyAdded ? after.ids() : null;
      this.addedIds = onlyAdded ? new HashSet<>(ids(added)) : null;
    }

    /** True when the event holds claim {@code id} after the update. */
    boolean holds(String id) {
      return after.ids().contains(id) || addedIds != null && addedIds.contains(id);
    }

    /** How many claims the event holds after the update. */
    int size() {
      return after.ids() == sharedIds ? sizeBefore + added.size() : after.size();
    }

    /** All the claims the event holds after the update, oldest first (one range scan, unless just read). */
    List<Claim> claims() {
      Map<String, List<Claim>> byKey = new HashMap<>(read != null ? read : scan(eventId));
      for (KeyValue<String, EventClaims> w : writes) if (w.value != null) byKey.put(w.key, w.value.getClaims());
      List<Claim> all = new ArrayList<>(after.size());
      for (Chunk chunk : after.chunks()) all.addAll(byKey.get(chunk.key()));
      return all;
    }

    void apply() {
      layouts.remove(eventId);
      for (KeyValue<String, EventClaims> w : writes) {
        if (w.value == null) store.delete(w.key);
        else store.put(w.key, w.value);
      }
      if (sharedIds != null) added.forEach(c -> sharedIds.add(c.getId()));
      layouts.put(eventId, after);
    }
  }

  /**
   * Adds the article's claims to the event's, replacing earlier copies of the same claims and dropping the oldest
   * beyond {@code maxClaims}; reads the store only for the records it rewrites (or the layout, when not held).
   */
  Update add(String eventId, List<Claim> articleClaims) {
    // One claim per id, the last one in its place, as ever: the analysis can give two claims the same span, hence
    // the same id (an accusation and its denial in one sentence), and detection has always seen only the last.
    Map<String, Claim> unique = new LinkedHashMap<>();
    for (Claim c : articleClaims) {
      unique.remove(c.getId());
      unique.put(c.getId(), c);
    }
    List<Claim> newClaims = new ArrayList<>(unique.values());
    // An article with more claims than the cap keeps its newest maxClaims, and every older claim goes.
    if (newClaims.size() > maxClaims) newClaims = new ArrayList<>(newClaims.subList(newClaims.size() - maxClaims, newClaims.size()));
    Set<String> newIds = unique.keySet();
    Map<String, List<Claim>> read = layouts.containsKey(eventId) ? null : scan(eventId);
    Layout before = layout(eventId, read);

    List<KeyValue<String, EventClaims>> writes = new ArrayList<>();
    List<Chunk> chunks = new ArrayList<>();
    boolean onlyAdded = Collections.disjoint(before.ids(), newIds);
    boolean noneReplaced = onlyAdded;
    for (Chunk chunk : before.chunks()) {
      if (onlyAdded || Collections.disjoint(chunk.ids(), newIds)) {
        chunks.add(chunk);
        continue;
      }
      // A claim delivered again moves to the end, as recent; what is left of its old record stays in place.
      onlyAdded = false;
      List<Claim> remaining = (read != null ? read.get(chunk.key()) : store.get(chunk.key()).getClaims()).stream()
          .filter(c -> !newIds.contains(c.getId())).toList();
      writes.add(KeyValue.pair(chunk.key(), remaining.isEmpty() ? null : new EventClaims(eventId, new ArrayList<>(remaining))));
      if (!remaining.isEmpty()) chunks.add(new Chunk(chunk.key(), ids(remaining)));
    }
    String key = chunkKey(eventId, before.nextSequence());
    writes.add(KeyValue.pair(key, new EventClaims(eventId, newClaims)));
    chunks.add(new Chunk(key, ids(newClaims)));
    int total = chunks.stream().mapToInt(c -> c.ids().size()).sum();
    boolean trimmed = total > maxClaims;
    if (trimmed) {
      onlyAdded = false;
      int low = trimmedTo(maxClaims);
      while (total > low && chunks.size() > 1) {
        Chunk oldest = chunks.remove(0);
        writes.add(KeyValue.pair(oldest.key(), null));
        total -= oldest.ids().size();
      }
    }
    // An update that only adds extends the layout's ids in place when applied; any other builds them again.
    Set<String> ids = before.ids();
    if (!onlyAdded) {
      ids = new HashSet<>();
      for (Chunk c : chunks) ids.addAll(c.ids());
    }
    Layout after = new Layout(chunks, ids, before.nextSequence() + 1);
    return new Update(eventId, newClaims, onlyAdded, noneReplaced && trimmed, before.size(), after, writes, read);
  }

  /** The event's stored claims, oldest first: one range scan. */
  List<Claim> claims(String eventId) {
    List<Claim> all = new ArrayList<>();
    scan(eventId).values().forEach(all::addAll);
    return all;
  }

  /** Deletes every record of the event, its legacy one included. */
  void delete(String eventId) {
    layouts.remove(eventId);
    List<String> keys = new ArrayList<>(scan(eventId).keySet());
    if (store.get(eventId) != null) keys.add(eventId);
    keys.forEach(store::delete);
  }

  /** The events none of whose claims was published after {@code cutoff}: one pass over the store. */
  Set<String> idleEvents(Instant cutoff) {
    Set<String> recent = new HashSet<>();
    Set<String> seen = new HashSet<>();
    try (var all = store.all()) {
      while (all.hasNext()) {
        var next = all.next();
        String eventId = next.value.getEventId();
        seen.add(eventId);
        if (next.value.getClaims().stream().anyMatch(c -> c.getPublishedAt().isAfter(cutoff))) recent.add(eventId);
      }
    }
    seen.removeAll(recent);
    return seen;
  }

  /** Forgets the layouts held, after a failure or when the task starts over: the next article reads them again. */
  void forget(String eventId) {
    layouts.remove(eventId);
  }

  void clear() {
    layouts.clear();
  }

  /** An event stored by an older release, all its claims in one value under its bare id, becomes records. */
  void migrateLegacy(String eventId) {
    EventClaims legacy = store.get(eventId);
    if (legacy == null) return;
    layouts.remove(eventId);
    store.delete(eventId);
    long sequence = 0;
    List<Claim> chunk = new ArrayList<>();
    int size = 0;
    int budget = maxRecordBytes / 2;
    for (Claim c : legacy.getClaims()) {
      int s = RecordFit.wireSize(c);
      if (!chunk.isEmpty() && size + s > budget) {
        store.put(chunkKey(eventId, sequence++), new EventClaims(eventId, chunk));
        chunk = new ArrayList<>();
        size = 0;
      }
      chunk.add(c);
      size += s;
    }
    if (!chunk.isEmpty()) store.put(chunkKey(eventId, sequence), new EventClaims(eventId, chunk));
  }

  static String chunkKey(String eventId, long sequence) {
    return eventId + "/" + String.format("%016x", sequence);
  }

  private static long sequenceOf(String chunkKey) {
    return Long.parseUnsignedLong(chunkKey.substring(chunkKey.lastIndexOf('/') + 1), 16);
  }

  private Layout layout(String eventId, Map<String, List<Claim>> read) {
    Layout held = layouts.get(eventId);
    if (held != null) return held;
    List<Chunk> chunks = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    long next = 0;
    for (var e : read.entrySet()) {
      chunks.add(new Chunk(e.getKey(), ids(e.getValue())));
      ids.addAll(chunks.get(chunks.size() - 1).ids());
      next = sequenceOf(e.getKey()) + 1;
    }
    return new Layout(chunks, ids, next);
  }

  /** The event's records, oldest first, by key. */
  private Map<String, List<Claim>> scan(String eventId) {
    Map<String, List<Claim>> out = new LinkedHashMap<>();
    try (KeyValueIterator<String, EventClaims> range = store.prefixScan(eventId + "/", new StringSerializer())) {
      while (range.hasNext()) {
        var kv = range.next();
        out.put(kv.key, kv.value.getClaims());
      }
    }
    return out;
  }

  private static List<String> ids(List<Claim> claims) {
    List<String> ids = new ArrayList<>(claims.size());
    for (Claim c : claims) ids.add(c.getId());
    return ids;
  }
}
