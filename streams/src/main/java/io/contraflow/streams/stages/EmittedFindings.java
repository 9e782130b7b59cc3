package io.contraflow.streams.stages;

import io.contraflow.analysis.contradictions.Finding;
import io.contraflow.schemas.Contradiction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The contradictions store of the detection stage: the last emitted version of each of an event's contradictions,
 * keyed {@code eventId/contradictionId}. For the events seen last it mirrors their entries in memory, by contradiction
 * id, with the finding each entry was last compared with: an article then reads nothing back from the store (each of
 * a big story's hundreds of entries was read and decoded on every article), and a finding detection hands back
 * unchanged is passed over without being compared at all. The store stays the truth: a mirror not held is read again.
 */
final class EmittedFindings {
  private final KeyValueStore<String, Contradiction> store;
  private final Map<String, Event> events;

  EmittedFindings(KeyValueStore<String, Contradiction> store, int maxEvents) {
    this.store = store;
    this.events = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Event> eldest) {
        return size() > maxEvents;
      }
    };
  }

  /**
   * One event's emitted versions, by contradiction id, each with the finding last compared with it. Entries no
   * longer found whose evidence aged out of the event's claims are retired: they stay in the store (and on the topic)
   * as they are, but no article looks at them again unless detection finds them again.
   */
  final class Event {
    private final String prefix;
    private final Map<String, Contradiction> emitted = new HashMap<>();
    private final Map<String, Finding> compared = new HashMap<>();
    private final Set<String> retired = new HashSet<>();
    /** What each emitted version shows, read when first compared ({@link CoverageUpdates.Shown}), by the version. */
    private final Map<Contradiction, CoverageUpdates.Shown> shown = new java.util.IdentityHashMap<>();

    private Event(String eventId) {
      this.prefix = eventId + "/";
    }

    /** The store's key of contradiction {@code id}. */
    String storeKey(String id) {
      return prefix + id;
    }

    Contradiction get(String id) {
      Contradiction live = emitted.get(id);
      if (live != null || !retired.remove(id)) return live;
      Contradiction again = store.get(storeKey(id));
      if (again != null) emitted.put(id, again);
      return again;
    }

    /**
     * True when {@code finding} is what the entry was last compared with: nothing about it changed. Detection hands
     * back a finding it did not touch as the same object; one it made again from the same claims is equal.
     */
    boolean unchanged(Finding finding) {
      Finding before = compared.get(finding.id());
      // Evidence that grew differs in size: known without walking the two findings' claims.
      return before == finding || before != null && before.sideA().claims().size() == finding.sideA().claims().size()
          && before.sideB().claims().size() == finding.sideB().claims().size() && before.equals(finding);
    }

    /** What {@code version}, the entry of contradiction {@code id} as emitted, shows; read once per version. */
    CoverageUpdates.Shown shown(String id, Contradiction version) {
      CoverageUpdates.Shown read = shown.get(version);
      if (read == null) {
        // One version per entry: the one it replaces is dropped.
        Contradiction live = emitted.get(id);
        if (live != version) return CoverageUpdates.Shown.of(version);
        read = CoverageUpdates.Shown.of(version);
        shown.put(version, read);
      }
      return read;
    }

    /** The finding the entry of contradiction {@code id} was last compared with (an entry not retired), or null. */
    Finding lastCompared(String id) {
      return compared.get(id);
    }

    /** The entry was compared with {@code finding} and kept as it is. */
    void compared(Finding finding) {
      compared.put(finding.id(), finding);
    }

    void put(Finding finding, Contradiction version) {
      store.put(storeKey(finding.id()), version);
      forgetShown(emitted.put(finding.id(), version));
      compared.put(finding.id(), finding);
      retired.remove(finding.id());
    }

    void delete(String id) {
      store.delete(storeKey(id));
      forgetShown(emitted.remove(id));
      compared.remove(id);
      retired.remove(id);
    }

    /** The entry stays as it was emitted, out of the articles' way. */
    void retire(String id) {
      forgetShown(emitted.remove(id));
      compared.remove(id);
      retired.add(id);
    }

    private void forgetShown(Contradiction replaced) {
      if (replaced != null) shown.remove(replaced);
    }

    /** True when an entry not retired holds contradiction {@code id}. */
    boolean holds(String id) {
      return emitted.containsKey(id);
    }

    /** How many entries are not retired. */
    int size() {
      return emitted.size();
    }

    /** The ids of the entries not retired, in store order. */
    List<String> ids() {
      return new ArrayList<>(new TreeSet<>(emitted.keySet()));
    }

    /** The ids of every entry the event has in the store, retired ones included, in store order. */
    List<String> allIds() {
      TreeSet<String> all = new TreeSet<>(emitted.keySet());
      all.addAll(retired);
      return new ArrayList<>(all);
    }
  }

  /** The event's entries, read from the store (one prefix scan) when not held. */
  Event of(String eventId) {
    Event held = events.get(eventId);
    if (held != null) return held;
    Event read = new Event(eventId);
    try (var mine = store.prefixScan(read.prefix, new StringSerializer())) {
      while (mine.hasNext()) {
        var kv = mine.next();
        read.emitted.put(kv.key.substring(read.prefix.length()), kv.value);
      }
    }
    events.put(eventId, read);
    return read;
  }

  /** Deletes the event's entries from the store and the mirror. */
  void deleteAll(String eventId) {
    Event event = of(eventId);
    for (String id : event.allIds()) store.delete(event.storeKey(id));
    events.remove(eventId);
  }

  /** Forgets the event's mirror, after a failure: the next article reads the store again. */
  void forget(String eventId) {
    events.remove(eventId);
  }

  void clear() {
    events.clear();
  }
}
