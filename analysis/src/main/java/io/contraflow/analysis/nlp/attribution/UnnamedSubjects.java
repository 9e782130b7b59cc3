package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Sentence;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Locale;

/**
 * A sentence that opens with someone left unnamed and says what they did, not what they said: "A senior customs
 * officer reached by phone walked back to his car." The next sentence's "he said" is that officer's, not whoever was
 * named before.
 */
final class UnnamedSubjects {
  private UnnamedSubjects() {}

  /** The unnamed person {@code s} opens with ("A senior customs officer ..."), or null. */
  static Mention opening(Sentence s, Lexicon lexicon) {
    List<Token> t = s.tokens();
    if (t.size() < 4 || !(t.get(0).is("a") || t.get(0).is("an"))) return null;
    // (Narrative sentences carry no tags: the description is read from its words.) Its head is the last word that
    // names a role before the description ends at a verb ("reached", "guarding", "told") or a mark: "a senior
    // customs officer", "a police officer".
    int head = -1;
    for (int k = 1; k < Math.min(t.size(), 7); k++) {
      String w = t.get(k).lower();
      if (!w.chars().allMatch(Character::isLetter) || w.endsWith("ed") || w.endsWith("ing") || Lexicon.CUE_VERBS.containsKey(w)) break;
      if (isRole(w, lexicon)) head = k;
    }
    if (head < 0) return null;
    StringBuilder name = new StringBuilder("unnamed");
    String affiliation = null;
    for (int k = 1; k <= head; k++) {
      name.append(' ').append(t.get(k).text());
      if (affiliation == null) affiliation = lexicon.countryByNameOrDemonym(t.get(k).text());
    }
    String canonical = name.toString();
    return new Mention(t.get(0).start(), t.get(head).end(), canonical.substring("unnamed ".length()), canonical,
        canonical.toLowerCase(Locale.ROOT), ClaimantType.UNNAMED_SOURCE, null, affiliation, false);
  }

  private static boolean isRole(String word, Lexicon lexicon) {
    return lexicon.isTitle(word) || lexicon.isGroupMember(word) || word.equals("source");
  }
}
