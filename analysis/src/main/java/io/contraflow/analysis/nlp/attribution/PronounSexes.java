package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Mention;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What says whether a person is a "he" or a "she": words of relation and title ("the widow of X", "the spokesman"), and
 * the pronoun the article already used for that person ("She concluded ..." makes a later "he" someone else).
 */
final class PronounSexes {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Words that say a person is a woman or a man: relations and titles ("the widow of X" is "she", "the spokesman" "he"). */
  static final Set<String> FEMALE = Set.of("widow", "wife", "mother", "daughter", "sister", "spokeswoman", "chairwoman", "girlfriend",
      "fiancee", "queen", "princess", "grandmother", "aunt", "niece", "actress", "businesswoman", "congresswoman", "mrs.", "ms.", "mrs", "ms");
  static final Set<String> MALE = Set.of("widower", "husband", "father", "son", "brother", "spokesman", "chairman", "boyfriend",
      "fiance", "king", "prince", "grandfather", "uncle", "nephew", "businessman", "congressman", "mr.", "mr");

  /** The pronoun first resolved to each person (by key): true for "she". */
  private final Map<String, Boolean> used = new HashMap<>();

  /** Remembers that a "she" (or "he") was read as {@code m}. */
  void resolved(Mention m, boolean female) {
    if (m != null) used.putIfAbsent(m.key(), female);
  }

  /**
   * Nothing about the person says they are not what the pronoun says: a role or description of the other sex, or the
   * other pronoun used for them before.
   */
  boolean fits(Mention m, boolean female, Set<String> description) {
    Boolean before = used.get(m.key());
    if (before != null && before != female) return false;
    Set<String> other = female ? MALE : FEMALE;
    if (m.role() != null) for (String w : SPACES.split(m.role().toLowerCase(Locale.ROOT))) if (other.contains(w)) return false;
    for (String w : description) if (other.contains(w)) return false;
    return true;
  }
}
