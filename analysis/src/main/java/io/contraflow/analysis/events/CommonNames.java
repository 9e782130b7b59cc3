package io.contraflow.analysis.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Names that turn up in stories of every kind and so tell none apart: news and photo agencies
 * ({@code lexicon/news-agencies.txt}) and common abbreviations written in capitals like names
 * ({@code lexicon/common-abbreviations.txt}), which grouping ignores, and makers and models of aircraft, vehicles and weapons
 * ({@code lexicon/makes-and-models.txt}, {@code lexicon/weapons.txt}), which it weighs as context, and international
 * bodies that speak on every crisis ({@code lexicon/international-bodies.txt}), rescue services that attend every disaster in
 * their country ({@code lexicon/rescue-services.txt}) and papers and broadcasters cited in
 * every kind of story ({@code lexicon/news-outlets.txt}), which it weighs as a setting.
 */
final class CommonNames {
  private static final Set<String> AGENCIES = load("/lexicon/news-agencies.txt");
  // As written and as a name's key spells it ("cctv" is keyed "ctv").
  private static final Set<String> ABBREVIATIONS = withKeys(load("/lexicon/common-abbreviations.txt"));
  private static final Set<String> MAKES_AND_MODELS = load("/lexicon/makes-and-models.txt");
  private static final Set<String> WEAPONS = load("/lexicon/weapons.txt");
  private static final Set<String> INTERNATIONAL_BODIES = io.contraflow.analysis.nlp.InternationalBodies.names().stream()
      .map(NameKeys::foldWords).collect(java.util.stream.Collectors.toUnmodifiableSet());
  private static final Set<String> NEWS_OUTLETS = withKeys(load("/lexicon/news-outlets.txt"));
  private static final Set<String> RESCUE_SERVICES = withKeys(load("/lexicon/rescue-services.txt"));

  private CommonNames() {}

  static boolean contains(String key) {
    return AGENCIES.contains(key) || ABBREVIATIONS.contains(key);
  }

  /**
   * A body that attends every crisis of its kind: an international one that speaks on every crisis ("united nations",
   * "red cross", lexicon/international-bodies.txt), or a country's rescue service ("ndrf", "civil
   * defence", lexicon/rescue-services.txt), there for every flood and collapse in the country.
   */
  static boolean attendsEveryCrisis(String key) {
    return INTERNATIONAL_BODIES.contains(key) || RESCUE_SERVICES.contains(key);
  }

  /** "new york times", "bbc": a paper or broadcaster cited in every kind of story (lexicon/news-outlets.txt). */
  static boolean isNewsOutlet(String key) {
    return NEWS_OUTLETS.contains(key);
  }

  /** "boeing", "buk": the kind of thing involved, not which incident it was. */
  static boolean isMakeOrModel(String key) {
    return MAKES_AND_MODELS.contains(key) || WEAPONS.contains(key);
  }

  /**
   * "boeing", "an-26", not "buk": a make of aircraft or vehicle, which can be what an incident happened to (the
   * airliner downed), where a weapon is only what did it.
   */
  static boolean isVehicleModel(String key) {
    return MAKES_AND_MODELS.contains(key);
  }

  /**
   * "kh-22", "tu-22m3", "s-300": a designation of letters, a hyphen and a number names a model of missile, aircraft or
   * vehicle, listed or not; like a listed model it is context, not what one incident is about.
   */
  static boolean isModelDesignation(String key) {
    return MODEL_DESIGNATION.matcher(key).matches();
  }

  private static final java.util.regex.Pattern MODEL_DESIGNATION = java.util.regex.Pattern.compile("[a-z]{1,3}-[0-9]{1,4}[a-z0-9]*");

  private static Set<String> withKeys(Set<String> words) {
    Set<String> all = new HashSet<>(words);
    for (String w : words) all.add(NameKeys.foldWords(w));
    return Set.copyOf(all);
  }

  private static Set<String> load(String resource) {
    Set<String> names = new HashSet<>();
    try (var in = CommonNames.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException(resource + " is missing from the classpath");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) names.add(NameKeys.foldWords(line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(names);
  }
}
