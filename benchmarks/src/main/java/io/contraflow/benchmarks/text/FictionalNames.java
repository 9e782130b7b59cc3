package io.contraflow.benchmarks.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Invents names of people, countries, towns and outlets from syllables, deterministically from a seed. Every name one
 * instance hands out is new, so that generated events share no names and event grouping has a fair chance to keep them
 * apart. None of the names is meant to be real.
 */
public final class FictionalNames {
  private static final String[] ONSETS = {"b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr",
      "gr", "kr", "st", "tr", "vl", "sk"};
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ei", "ou"};
  private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "k", "m", "nd", "rk", "st"};
  private static final String[] COUNTRY_ENDINGS = {"land", "ovia", "aria", "istan", "onia", "ava"};
  private static final String[] TOWN_ENDINGS = {"grad", "holm", "burg", "ovo", "ford", "mar", "stad", "ice"};

  private final SplittableRandom random;
  private final Set<String> used = new HashSet<>();

  public FictionalNames(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A person's full name: given name and surname, e.g. "Tovik Dralen". */
  public String person() {
    return unique(() -> word(2) + " " + word(2));
  }

  /** A surname alone, for a second reference or a witness. */
  public String surname() {
    return unique(() -> word(2));
  }

  public String country() {
    return unique(() -> word(1 + random.nextInt(2)) + pick(COUNTRY_ENDINGS));
  }

  public String town() {
    return unique(() -> word(1 + random.nextInt(2)) + pick(TOWN_ENDINGS));
  }

  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  public <T> T pick(T[] options) {
    return options[random.nextInt(options.length)];
  }

  /** The surname of a full name ("Tovik Dralen" gives "Dralen"). */
  public static String surnameOf(String person) {
    return person.substring(person.lastIndexOf(' ') + 1);
  }

  private String word(int syllables) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < syllables; i++) b.append(pick(ONSETS)).append(pick(VOWELS)).append(i == syllables - 1 ? pick(CODAS) : "");
    return Character.toUpperCase(b.charAt(0)) + b.substring(1).toLowerCase(Locale.ROOT);
  }

  private String unique(java.util.function.Supplier<String> candidate) {
    for (int attempt = 0; attempt < 1_000; attempt++) {
      String name = candidate.get();
      // A short name could collide with an English word ("Banks") and be read as one; a new word of its own is safer.
      if (name.replace(" ", "").length() < 5) continue;
      // Each word is new, not just each full name: two events must not share even a surname.
      String[] words = name.toLowerCase(Locale.ROOT).split(" ");
      boolean fresh = true;
      for (String w : words) fresh &= !used.contains(w);
      if (!fresh) continue;
      for (String w : words) used.add(w);
      return name;
    }
    throw new IllegalStateException("Ran out of fictional names after " + used.size());
  }
}
