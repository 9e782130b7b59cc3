package io.contraflow.analysis.events;

import io.contraflow.analysis.events.NameFinder.Kind;
import io.contraflow.analysis.events.NameFinder.Mention;
import java.util.List;
import java.util.Set;

/**
 * Names {@link NameFinder} derives from a place and the noun the text gives it: the building or work at a place ("a
 * theater in Kesta" is "the Kesta theater") and a place the text calls a village.
 */
final class PlaceNames {
  private PlaceNames() {}

  /**
   * "a theater in Vellgrad", "the dam at Varno", "a crowded shopping mall in Kessagrad": a place noun (after a
   * determiner and at most two describing words) followed by "in" or "at" and a one-word name is the
   * building or work that "the Vellgrad theater" names, and is keyed the same way. Not for countries ("a school in
   * France") nor capitals, which are too big to tell one building from another.
   */
  static void addInvertedPlaceHeadNames(List<Token> tokens, List<Mention> mentions) {
    int n = mentions.size();
    // The first mention starting at each token, by index: a boxed map here cost more than the scan below.
    Mention[] startingAt = new Mention[tokens.size()];
    for (int m = 0; m < n; m++) {
      Mention mention = mentions.get(m);
      if (startingAt[mention.firstToken()] == null) startingAt[mention.firstToken()] = mention;
    }
    for (int k = 1; k + 2 < tokens.size(); k++) {
      Token head = tokens.get(k);
      if (head.capitalised() || tokens.get(k + 1).breakBefore() || !determinedWithinTwo(tokens, k)) continue;
      String noun = NameFinder.placeNoun(head.lower());
      String prep = tokens.get(k + 1).lower();
      if (!EnglishLexicon.PLACE_HEADS.contains(noun) || !prep.equals("in") && !prep.equals("at")) continue;
      Mention name = startingAt[k + 2];
      if (name == null || name.kind() != Kind.SINGLE || name.firstToken() != name.lastToken()
          || Demonyms.isGovernmentSeat(name.key()) || io.contraflow.analysis.nlp.Lexicon.english().isGovernmentMetonym(name.key())) continue;
      mentions.add(new Mention(name.key() + " " + noun, k, name.lastToken(), Kind.MULTI_WORD));
    }
  }

  /** The passes that name places from their context, in order: NameFinder runs them after reading the runs. */
  static void addAll(List<Token> tokens, List<Mention> mentions) {
    addJoinedTwoWordPlaces(tokens, mentions);
    addInvertedPlaceHeadNames(tokens, mentions);
    addVillageNames(tokens, mentions);
  }

  /** A speaker's reading outweighs any number of town readings: a name that spoke is no town. */
  private static final int SPOKE = 1_000;

  /**
   * "in Kesta Vale", "near Kesta Vale": two capitalised words read as a given name and a surname are a place when the
   * article writes them mostly where towns go, never as a speaker, and never the second word alone (a person is named
   * again by the surname). Such a place is also keyed by its words written together, as other outlets spell it in one
   * ("Kestavale"): keyed by its last word only, it met no other spelling. The last word's key stays, since the same
   * article's "Kesta Vale station" and other outlets' reports of the town (written where no town test tells) keep it.
   */
  static void addJoinedTwoWordPlaces(List<Token> tokens, List<Mention> mentions) {
    java.util.Map<String, int[]> votes = new java.util.HashMap<>();
    Set<String> alone = new java.util.HashSet<>();
    for (Mention m : mentions) {
      if (m.kind() != Kind.SINGLE) continue;
      if (m.firstToken() == m.lastToken()) { alone.add(m.key()); continue; }
      if (m.lastToken() - m.firstToken() != 1) continue;
      int[] v = votes.computeIfAbsent(joined(tokens, m), k -> new int[2]);
      v[0]++;
      // ("Police in Kesta Vale said": where the police are, not who spoke.)
      if (inTown(tokens, m.firstToken())) v[1]++;
      else if (MentionRoles.readsAsSpeaker(tokens, m)) v[0] += SPOKE;
    }
    for (int i = 0, n = mentions.size(); i < n; i++) {
      Mention m = mentions.get(i);
      if (m.kind() != Kind.SINGLE || m.lastToken() - m.firstToken() != 1 || alone.contains(m.key())) continue;
      String key = joined(tokens, m);
      int[] v = votes.get(key);
      if (2 * v[1] >= v[0]) mentions.add(new Mention(key, m.firstToken(), m.lastToken(), Kind.SINGLE));
    }
  }

  private static final Set<String> IN = Set.of("in", "near", "outside");
  private static final Set<String> TOWNS = Set.of("town", "city", "village", "district", "province", "resort");

  /**
   * "in Kesta Vale", "the town of Kesta Vale": where a town goes. Not "from" or "at" ("a letter from Ana Berg") nor a
   * structure's name ("the Al Kessa airbase"), which people and buildings share.
   */
  private static boolean inTown(List<Token> tokens, int first) {
    if (first < 1 || tokens.get(first).breakBefore()) return false;
    String before = tokens.get(first - 1).lower();
    return IN.contains(before) || first >= 2 && before.equals("of") && TOWNS.contains(tokens.get(first - 2).lower());
  }

  private static String joined(List<Token> tokens, Mention m) {
    return NameKeys.fold(tokens.get(m.firstToken()).lower() + tokens.get(m.lastToken()).lower());
  }

  private static final Set<String> SMALL_PLACE_NOUNS = Set.of("village", "hamlet");

  /**
   * "the border village of Kesta", "Kesta, a small village on the river", "Kesta village": a one-word place the text
   * calls a village is also named with that noun ("kesta village"), as a structure is, because a village, unlike a city,
   * is the place of one story: a report of it months on is that story's ({@link EventFocus}).
   */
  static void addVillageNames(List<Token> tokens, List<Mention> mentions) {
    int n = mentions.size();
    for (int m = 0; m < n; m++) {
      Mention name = mentions.get(m);
      int f = name.firstToken(), l = name.lastToken();
      if (name.kind() != Kind.SINGLE || f != l || Demonyms.isCountry(name.key()) || Demonyms.isGovernmentSeat(name.key())) continue;
      boolean village = f >= 2 && tokens.get(f - 1).lower().equals("of") && !tokens.get(f).breakBefore()
          && !tokens.get(f - 1).breakBefore() && SMALL_PLACE_NOUNS.contains(tokens.get(f - 2).lower());
      if (!village && l + 1 < tokens.size()) {
        Token next = tokens.get(l + 1);
        if (!next.breakBefore()) {
          village = SMALL_PLACE_NOUNS.contains(next.lower());
        } else if (next.lower().equals("a") || next.lower().equals("the")) {
          // "Kesta, a small border village": the apposition after a comma, up to three describing words on.
          for (int k = l + 2; k < Math.min(tokens.size(), l + 6) && !tokens.get(k).breakBefore() && !village; k++) {
            village = SMALL_PLACE_NOUNS.contains(tokens.get(k).lower());
          }
        }
      }
      if (village) mentions.add(new Mention(name.key() + " village", f, l, Kind.MULTI_WORD));
    }
  }

  /**
   * "the hospital", "a crowded shopping mall", "the MSF-run hospital": a determiner before the noun at {@code k}, with at
   * most two describing words between them, none of them a capitalised name or a number.
   */
  private static boolean determinedWithinTwo(List<Token> tokens, int k) {
    for (int d = k - 1; d >= Math.max(0, k - 3); d--) {
      Token t = tokens.get(d);
      if (t.lower().equals("a") || t.lower().equals("the")) return true;
      if (t.breakBefore() && d < k - 1 || !lettersHyphensApostrophes(t.text()) || t.capitalised() && !t.text().contains("-")) return false;
    }
    return false;
  }

  /** Every character a letter, a hyphen or an apostrophe (a plain loop: a stream per token showed in profiles). */
  private static boolean lettersHyphensApostrophes(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '\'') return false;
    }
    return true;
  }
}
