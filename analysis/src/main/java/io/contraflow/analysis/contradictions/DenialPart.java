package io.contraflow.analysis.contradictions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Drives the {@link DenialDetector} as an event grows. It keeps the event's word counts, an index from each word to
 * the assertions holding it, and each denial's candidate with what it read: its clauses' words and the assertions it
 * was compared with. A denial is compared again only when an article can change its candidate: one of its words
 * became rarer or more common (rarity is counted over the whole event, so this happens to words no new claim holds
 * when the event's size moves the line), a new assertion holds one of its rarer words, or an assertion it was compared
 * with holds a word whose rarity changed.
 */
final class DenialPart extends DetectorPart implements DenialDetector.Assertions {
  private final DenialDetector denials;
  private final Map<String, Integer> frequency = new HashMap<>();
  /** The words counted so many times: the words whose rarity changes when the line moves. */
  private final Map<Integer, Set<String>> byFrequency = new HashMap<>();
  /** Every assertion holding each word, in event order. */
  private final Map<String, TreeMap<String, Stance>> holdingWord = new HashMap<>();
  /** Each denial's candidate (or none), by id. */
  private final TreeMap<String, Found> found = new TreeMap<>();
  /** The denials holding each word in their denied clauses. */
  private final Map<String, Set<String>> denyingWord = new HashMap<>();
  /** The denials each assertion was compared with. */
  private final Map<Stance, Set<String>> comparedWith = new IdentityHashMap<>();
  private final Map<Stance, Set<String>> rareOf = new IdentityHashMap<>();
  /** The article's denials, by id, until compared. */
  private final Map<String, Stance> arriving = new HashMap<>();
  private EventStances event;
  private int common;
  /** What the denial being compared was compared with, as {@link #holding} gave it. */
  private List<Stance> lastHolding = List.of();

  private record Found(Stance denial, Set<String> clauseWords, List<Stance> compared, Candidate candidate) {}

  DenialPart(DenialDetector denials) {
    super(denials);
    this.denials = denials;
  }

  @Override
  List<Candidate> candidates(EventStances all, Collection<Stance> added) {
    if (added == null) {
      frequency.clear();
      byFrequency.clear();
      holdingWord.clear();
      found.clear();
      denyingWord.clear();
      comparedWith.clear();
    }
    event = all;
    int before = common;
    common = Math.max(3, all.stances.size() / 5);
    Set<String> again = new HashSet<>();
    Map<String, Integer> counted = new HashMap<>();
    List<Stance> newAssertions = new ArrayList<>();
    for (Stance s : added == null ? all.stances : added) {
      Set<String> words = all.words(s.claim().content());
      for (String w : words) {
        int was = frequency.getOrDefault(w, 0);
        counted.putIfAbsent(w, was);
        count(w, was, was + 1);
      }
      if (DenialDetector.asserts(s)) {
        newAssertions.add(s);
        for (String w : words) holdingWord.computeIfAbsent(w, k -> new TreeMap<>()).put(s.claim().id(), s);
      }
      if (DenialDetector.denies(s)) {
        again.add(s.claim().id());
        arriving.put(s.claim().id(), s);
      }
    }
    rareOf.clear();
    if (added != null) {
      Set<String> flipped = new HashSet<>();
      for (var e : counted.entrySet()) if ((e.getValue() <= before) != rare(e.getKey())) flipped.add(e.getKey());
      // Words no new claim holds become rarer when the line moves up past their count.
      for (int f = before + 1; f <= common; f++) flipped.addAll(byFrequency.getOrDefault(f, Set.of()));
      for (String w : flipped) {
        again.addAll(denyingWord.getOrDefault(w, Set.of()));
        TreeMap<String, Stance> holding = holdingWord.get(w);
        if (holding != null) for (Stance a : holding.values()) again.addAll(comparedWith.getOrDefault(a, Set.of()));
      }
      Map<String, Optional<DenialDetector.Denied>> deniedNow = new HashMap<>();
      for (Stance a : newAssertions) newCandidate(a, again, deniedNow);
    }
    for (String id : again) compare(id);
    arriving.clear();
    List<Candidate> out = new ArrayList<>();
    for (Found f : found.values()) if (f.candidate() != null) out.add(f.candidate());
    return out;
  }

  private void count(String word, int was, int now) {
    if (was > 0) byFrequency.get(was).remove(word);
    byFrequency.computeIfAbsent(now, k -> new HashSet<>()).add(word);
    frequency.put(word, now);
  }

  /** Compares denial {@code id} (a new one when not found yet) again and keeps what it read. */
  /**
   * A new assertion holding a rarer word of a kept denial is compared with it: it is one more of what the denial was
   * compared with, and the denial is compared again only when the assertion states what it denies.
   */
  private void newCandidate(Stance a, Set<String> again, Map<String, Optional<DenialDetector.Denied>> deniedNow) {
    Set<String> denying = new java.util.TreeSet<>();
    for (String w : event.words(a.claim().content())) if (rare(w)) denying.addAll(denyingWord.getOrDefault(w, Set.of()));
    for (String id : denying) {
      if (again.contains(id)) continue;
      Found f = found.get(id);
      // What a denial denies depends on the rarity line alone, which holds for the whole article.
      DenialDetector.Denied denied = deniedNow.computeIfAbsent(id, k -> Optional.ofNullable(DenialDetector.denied(event, this, f.denial())))
          .orElse(null);
      if (denied == null || !holdsRare(a, denied)) continue;
      if (DenialDetector.states(event, this, f.denial(), denied, a)) {
        again.add(id);
      } else {
        f.compared().add(a);
        comparedWith.computeIfAbsent(a, k -> new HashSet<>()).add(id);
      }
    }
  }

  /** The assertion holds one of the denied clauses' rarer words: the denial's look-up would give it. */
  private boolean holdsRare(Stance a, DenialDetector.Denied denied) {
    Set<String> words = event.words(a.claim().content());
    for (Set<String> rare : denied.rare()) for (String w : rare) if (words.contains(w)) return true;
    return false;
  }

  private void compare(String id) {
    Found before = found.get(id);
    Stance d = before != null ? before.denial() : arriving.get(id);
    if (before != null) for (Stance a : before.compared()) comparedWith.get(a).remove(id);
    lastHolding = List.of();
    Candidate c = denials.candidate(event, this, d);
    Set<String> clauseWords = new HashSet<>();
    for (String clause : Contents.deniedClauses(d.claim().content())) clauseWords.addAll(event.words(clause));
    if (before == null) for (String w : clauseWords) denyingWord.computeIfAbsent(w, k -> new HashSet<>()).add(id);
    for (Stance a : lastHolding) comparedWith.computeIfAbsent(a, k -> new HashSet<>()).add(id);
    found.put(id, new Found(d, clauseWords, new ArrayList<>(lastHolding), c));
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
    lastHolding = new ArrayList<>(out.values());
    return lastHolding;
  }

  @Override
  public Set<String> rareWords(Stance assertion) {
    return rareOf.computeIfAbsent(assertion, a -> DenialDetector.rare(event.words(a.claim().content()), this));
  }
}
