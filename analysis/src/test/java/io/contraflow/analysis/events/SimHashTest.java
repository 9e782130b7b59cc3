package io.contraflow.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SimHashTest {
  /** The textbook form: every shingle votes +1 or -1 on each bit; a bit is set where the votes are positive. */
  private static long byVotes(List<String> words) {
    if (words.size() < SimHash.MIN_WORDS) return 0L;
    int[] votes = new int[64];
    for (int i = 0; i + SimHash.SHINGLE <= words.size(); i++) {
      long h = 0xcbf29ce484222325L;
      for (int j = i; j < i + SimHash.SHINGLE; j++) {
        for (char c : words.get(j).toCharArray()) {
          h ^= c;
          h *= 0x100000001b3L;
        }
        h ^= ' ';
        h *= 0x100000001b3L;
      }
      long z = h;
      z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
      z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
      z = z ^ (z >>> 31);
      for (int b = 0; b < 64; b++) votes[b] += ((z >>> b) & 1L) != 0 ? 1 : -1;
    }
    long fingerprint = 0L;
    for (int b = 0; b < 64; b++) if (votes[b] > 0) fingerprint |= 1L << b;
    return fingerprint;
  }

  private static List<String> randomWords(Random random, int count, int vocabulary) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < count; i++) words.add("w" + random.nextInt(vocabulary));
    return words;
  }

  @Test
  void bitSlicedCountsGiveTheSameFingerprintAsVotingBitByBit() {
    Random random = new Random(7);
    for (int trial = 0; trial < 2_000; trial++) {
      // A vocabulary of three words makes many tied bits (as many ones as zeros), which must stay unset.
      List<String> words = randomWords(random, random.nextInt(400), trial % 2 == 0 ? 3 : 1_000);
      assertEquals(byVotes(words), SimHash.of(words), "words: " + words.size());
    }
  }

  @Test
  void aLongTextKeepsItsCountsPastTheLowCounterBits() {
    // 70,000 shingles need seventeen counter bits.
    List<String> words = randomWords(new Random(11), 70_000, 50);
    assertEquals(byVotes(words), SimHash.of(words));
  }

  @Test
  void aCopyWithOneWordChangedStaysNearAndAnotherTextIsFar() {
    Random random = new Random(5);
    List<String> text = randomWords(random, 600, 2_000);
    List<String> edited = new ArrayList<>(text);
    edited.set(300, "changed");
    List<String> other = randomWords(random, 600, 2_000);
    assertTrue(SimHash.distance(SimHash.of(text), SimHash.of(edited)) <= 4);
    assertTrue(SimHash.distance(SimHash.of(text), SimHash.of(other)) >= 16);
    assertEquals(0L, SimHash.of(text.subList(0, SimHash.MIN_WORDS - 1)));
  }
}
