package io.contraflow.analysis.claims;

import io.contraflow.analysis.nlp.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Parties named by a common noun for a group or body: "the army", "security forces", "the rebels". */
final class GroupParties {
  private GroupParties() {}

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * "the army", "security forces", "the rebels": a party named by a common noun for a group or body, as its own
   * denial names it ("The army denied any role" is the army's): that one party, or none.
   */
  static Set<String> named(String head, Lexicon lexicon) {
    List<String> words = new ArrayList<>(List.of(SPACES.split(head.trim())));
    while (!words.isEmpty() && GROUP_DETERMINERS.contains(words.get(0).toLowerCase(Locale.ROOT))) words.remove(0);
    // ("held the port police fully responsible": what they are held, after whom.)
    while (!words.isEmpty() && HELD_AS.contains(words.get(words.size() - 1))) words.remove(words.size() - 1);
    if (words.isEmpty() || words.size() > 3) return Set.of();
    for (String w : words) if (!LOWER_WORD.matcher(w).matches()) return Set.of();
    String last = words.get(words.size() - 1);
    if (!(lexicon.isGroup(last) || lexicon.isOrganisationNoun(last)) || NOT_A_DOER.contains(last)) return Set.of();
    return Set.of(String.join(" ", words));
  }

  private static final Set<String> HELD_AS = Set.of("responsible", "accountable", "culpable", "liable", "fully", "solely", "directly",
      "partly", "personally");
  private static final Set<String> GROUP_DETERMINERS = Set.of("the", "a", "an", "its", "their", "local");
  private static final Pattern LOWER_WORD = Pattern.compile("[a-z]+");
  /** Groups that speak of a deed but are not said to do it: "accused critics of lying" is a charge of speech. */
  private static final Set<String> NOT_A_DOER = Set.of("sources", "source", "experts", "analysts", "critics", "observers", "media", "bloggers");
}
