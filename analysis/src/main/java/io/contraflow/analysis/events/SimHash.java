package io.contraflow.analysis.events;

import java.util.List;

/**
 * 64-bit SimHash (Charikar) over word 3-shingles: near-identical texts get fingerprints a few bits apart, so a
 * syndicated wire copy with a different headline, byline or trailer is recognised by Hamming distance alone.
 */
final class SimHash {
  static final int SHINGLE = 3;
  /** Texts shorter than this get no fingerprint: a few shingles cannot tell a copy from a coincidence. */
  static final int MIN_WORDS = 25;

  private SimHash() {}

  /** Fingerprint of a sequence of lower-cased words; 0 when there are fewer than {@value #MIN_WORDS}. */
  static long of(List<String> words) {
    if (words.size() < MIN_WORDS) return 0L;
    int[] votes = new int[64];
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      long h = 0xcbf29ce484222325L; // FNV-1a 64 over the shingle, then a SplitMix64 finaliser for well-spread bits
      for (int j = i; j < i + SHINGLE; j++) {
        String w = words.get(j);
        for (int c = 0; c < w.length(); c++) {
          h ^= w.charAt(c);
          h *= 0x100000001b3L;
        }
        h ^= ' ';
        h *= 0x100000001b3L;
      }
      h = mix(h);
      for (int b = 0; b < 64; b++) votes[b] += ((h >>> b) & 1L) != 0 ? 1 : -1;
    }
    long fingerprint = 0L;
    for (int b = 0; b < 64; b++) if (votes[b] > 0) fingerprint |= 1L << b;
    return fingerprint;
  }

  static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
