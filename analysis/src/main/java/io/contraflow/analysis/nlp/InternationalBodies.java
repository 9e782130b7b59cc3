package io.contraflow.analysis.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The international bodies of {@code lexicon/international-bodies.txt} ("United Nations", "NATO"), by their names in
 * lower case: a body of states, which a report does not call "the group". Loaded once here; event grouping keys the
 * same names its own way.
 */
public final class InternationalBodies {
  private static final Set<String> NAMES = load();

  private InternationalBodies() {}

  /** The list's names, in lower case. */
  public static Set<String> names() {
    return NAMES;
  }

  /** True for a name, in any case, that the list holds. */
  public static boolean contains(String name) {
    return NAMES.contains(name.strip().toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    Set<String> names = new HashSet<>();
    try (var in = InternationalBodies.class.getResourceAsStream("/lexicon/international-bodies.txt")) {
      if (in == null) throw new IllegalStateException("/lexicon/international-bodies.txt is missing from the classpath");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) names.add(line.toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(names);
  }
}
