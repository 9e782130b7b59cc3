package io.contraflow.analysis.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Ana Berg, 17, was last seen at the march ... Ana's phone went silent": a given name alone, in an article that gives
 * it with a surname, is that person, keyed by the surname as every other mention of her is. Reports on a young victim
 * or a protester call them by the given name; keyed apart, one outlet's "Ana" and another's "Berg" would read as two
 * people, and the story about one would seem to miss the other's name.
 *
 * <p>Only when the given name belongs to one surname in the article (two Anas stay apart), is no surname there itself
 * ("Ana Berg and Ivo Ana"), and is not a place ("Jordan Pell ... in Jordan", "Kessa Mining ... the mine in Kessa").
 */
final class LoneGivenNames {
  private static final io.contraflow.analysis.nlp.Lexicon PLACES = io.contraflow.analysis.nlp.Lexicon.english();

  private static final Set<String> PLACE_BEFORE = Set.of("in", "at", "near", "from", "outside");

  private LoneGivenNames() {}

  /** Rekeys, in place, each lone given name of {@code mentions} that names one person the article gives in full. */
  static void rekey(List<Token> tokens, List<NameFinder.Mention> mentions) {
    Map<String, String> surnameOf = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    Set<String> surnames = new HashSet<>();
    for (NameFinder.Mention m : mentions) {
      if (m.kind() != NameFinder.Kind.SINGLE || m.lastToken() == m.firstToken()) continue;
      surnames.add(m.key());
      // ("Kessa Mining Chairman": a title closes the run, and what opens it is no given name.)
      if (m.lastToken() - m.firstToken() > 2 || EnglishLexicon.TITLES.contains(m.key())) continue;
      String given = NameKeys.fold(tokens.get(m.firstToken()).lower().replace("'", ""));
      if (given.equals(m.key())) continue;
      String before = surnameOf.putIfAbsent(given, m.key());
      if (before != null && !before.equals(m.key())) ambiguous.add(given);
    }
    if (surnameOf.isEmpty()) return;
    // A word the article writes after "in" or "near" is a place there, however a company named for it reads.
    for (int k = 1; k < tokens.size(); k++) {
      if (PLACE_BEFORE.contains(tokens.get(k - 1).lower())) ambiguous.add(NameKeys.fold(tokens.get(k).lower().replace("'", "")));
    }
    for (int i = 0; i < mentions.size(); i++) {
      NameFinder.Mention m = mentions.get(i);
      if (m.kind() != NameFinder.Kind.SINGLE || m.lastToken() != m.firstToken()) continue;
      String surname = surnameOf.get(m.key());
      if (surname == null || ambiguous.contains(m.key()) || surnames.contains(m.key())
          || PLACES.country(tokens.get(m.firstToken()).lower()) != null) continue;
      mentions.set(i, new NameFinder.Mention(surname, m.firstToken(), m.lastToken(), m.kind()));
    }
  }
}
