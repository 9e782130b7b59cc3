package io.contraflow.analysis.contradictions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Drives the {@link DenialDetector} as an event grows. Which words are rarer depends on every claim of the event, so
 * every denial is compared again on each article; what is kept is the counting: the event's word counts and the
 * index from each word to the assertions holding it grow with the article's claims rather than being counted again.
 */
final class DenialPart extends DetectorPart implements DenialDetector.Assertions {
  private final DenialDetector denials;
  private final Map<String, Integer> frequency = new HashMap<>();
  /** Every assertion holding each word, in event order. */
  private final Map<String, TreeMap<String, Stance>> holdingWord = new HashMap<>();
  private final TreeMap<String, Stance> denying = new TreeMap<>();
  private final Map<Stance, Set<String>> rareOf = new IdentityHashMap<>();
  private EventStances event;
  private int common;

  DenialPart(DenialDetector denials) {
    super(denials);
    this.denials = denials;
  }

  @Override
  List<Candidate> candidates(EventStances all, Collection<Stance> added) {
    if (added == null) {
      frequency.clear();
      holdingWord.clear();
      denying.clear();
    }
    for (Stance s : added == null ? all.stances : added) {
      Set<String> words = all.words(s.claim().content());
      for (String w : words) frequency.merge(w, 1, Integer::sum);
      if (DenialDetector.asserts(s)) {
        for (String w : words) holdingWord.computeIfAbsent(w, k -> new TreeMap<>()).put(s.claim().id(), s);
      }
      if (DenialDetector.denies(s)) denying.put(s.claim().id(), s);
    }
    event = all;
    common = Math.max(3, all.stances.size() / 5);
    rareOf.clear();
    List<Candidate> out = new ArrayList<>();
    for (Stance d : denying.values()) {
      Candidate c = denials.candidate(all, this, d);
      if (c != null) out.add(c);
    }
    return out;
  }

  @Override
  public boolean rare(String word) {
    return frequency.getOrDefault(word, 0) <= common;
  }

  @Override
  public List<Stance> holding(Set<String> rareWords) {
    TreeMap<String, Stance> out = new TreeMap<>();
    for (String w : rareWords) {
      TreeMap<String, Stance> with = holdingWord.get(w);
      if (with != null) out.putAll(with);
    }
    return new ArrayList<>(out.values());
  }

  @Override
  public Set<String> rareWords(Stance assertion) {
    return rareOf.computeIfAbsent(assertion, a -> DenialDetector.rare(event.words(a.claim().content()), this));
  }
}
