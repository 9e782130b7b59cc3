package io.contraflow.analysis.nlp.attribution;

import java.util.Locale;

/** A sieve's or rule's name from its class: "AccordingToSieve" is "according-to", "NotACueRule" is "not-a-cue". */
final class SieveNames {
  private SieveNames() {}

  private static final ClassValue<String> NAMES = new ClassValue<>() {
    @Override
    protected String computeValue(Class<?> type) {
      String simple = type.getSimpleName().replaceFirst("(Sieve|Rule)$", "");
      return simple.replaceAll("([a-z])([A-Z])", "$1-$2").replaceAll("([A-Z])([A-Z][a-z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
  };

  static String of(Class<?> type) {
    return NAMES.get(type);
  }
}
