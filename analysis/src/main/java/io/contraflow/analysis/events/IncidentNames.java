package io.contraflow.analysis.events;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Names of incidents read off the names {@link NameFinder} found and the incident words beside them. */
final class IncidentNames {
  private IncidentNames() {}

  /**
   * "the Beirut blast", "the Bucha killings", "Navalny's death", "the MH17 crash", "the Beirut port explosion": a
   * name directly followed (perhaps through a possessive or a place noun) by a word for an incident names the incident
   * itself, the strongest evidence that two reports are about one event. Keyed by the name and the kind of incident,
   * so "Beirut blast" and "Beirut explosion" meet. Countries are left out ("Ukrainian plane crash" names no incident).
   */
  static void add(List<Token> tokens, List<NameFinder.Mention> mentions) {
    int n = mentions.size();
    Set<String> added = new HashSet<>();
    java.util.Map<Integer, NameFinder.Mention> startingAt = new java.util.HashMap<>();
    for (int m = 0; m < n; m++) startingAt.putIfAbsent(mentions.get(m).firstToken(), mentions.get(m));
    for (int k = 0; k + 2 < tokens.size(); k++) {
      // "the death of Alexei Navalny", "the massacre in Bucha", "the downing of MH17", "the attack on the theatre".
      Token word = tokens.get(k);
      // (A capital that opens a sentence or a headline says nothing: "Shipwreck in Selvik: survivors speak".)
      if (word.capitalised() && !word.uncertainCase() && !word.sentenceInitial()) continue;
      String kind = IncidentKinds.wordAt(tokens, k);
      if (kind == null || !word.text().chars().allMatch(Character::isLetter)) continue;
      int at = k + 1;
      String prep = tokens.get(at).lower();
      boolean onTarget = prep.equals("on") && kind.equals("attack"); // "the attack on Crocus City Hall"
      if (!prep.equals("of") && !prep.equals("in") && !prep.equals("at") && !onTarget || tokens.get(at).breakBefore()) continue;
      at++;
      if (at < tokens.size() && tokens.get(at).lower().equals("the")) at++;
      NameFinder.Mention name = startingAt.get(at);
      if (name == null || name.kind() == NameFinder.Kind.COUNTRY || name.kind() == NameFinder.Kind.INCIDENT) continue;
      String key = placeOf(name.key()) + " " + kind;
      if (added.add(key + "@" + k)) mentions.add(new NameFinder.Mention(key, k, name.lastToken(), NameFinder.Kind.INCIDENT));
    }
    for (int m = 0; m < n; m++) {
      NameFinder.Mention name = mentions.get(m);
      if (name.kind() == NameFinder.Kind.COUNTRY || name.kind() == NameFinder.Kind.INCIDENT) continue;
      // "Hurricane Orla", "Typhoon Kesa", "Storm Daniel": a storm's name names the incident.
      // (The storm word may open the name's span, or stand just before it.)
      int before = name.lastToken() > name.firstToken() ? name.firstToken() : name.firstToken() - 1;
      if (before >= 0 && name.kind() == NameFinder.Kind.SINGLE && STORM.equals(IncidentKinds.wordAt(tokens, before))) {
        String key = name.key() + " storm";
        if (added.add(key + "@" + before)) mentions.add(new NameFinder.Mention(key, before, name.lastToken(), NameFinder.Kind.INCIDENT));
      }
      int next = name.lastToken() + 1;
      if (next < tokens.size() && name.kind() == NameFinder.Kind.MULTI_WORD && EnglishLexicon.PLACE_HEADS.contains(
          TermStemmer.singular(tokens.get(next - 1).lower()))) {
        // "Beirut port" + "explosion": already a place name; the incident word follows it directly.
      } else if (next < tokens.size() && !tokens.get(next).capitalised() && !tokens.get(next).breakBefore()
          && EnglishLexicon.PLACE_HEADS.contains(TermStemmer.singular(tokens.get(next).lower()))) {
        next++; // "Beirut port explosion"
      }
      // "the Itaewon crowd crush", "the Sewol ferry disaster": one describing word before the incident word.
      // (A noun, not the subject of a verb: "Sylvanian forces shot down a jet" names no incident.)
      if (next + 1 < tokens.size() && IncidentKinds.at(tokens, next) == null && describes(tokens.get(next))
          && !tokens.get(next + 1).breakBefore() && !tokens.get(next + 1).capitalised() && !VERB_LIKE.matcher(tokens.get(next + 1).lower()).matches()) {
        next++;
      }
      if (next >= tokens.size()) continue;
      Token word = tokens.get(next);
      boolean joined = !word.breakBefore() || tokens.get(next - 1).endsName();
      boolean capitalHead = word.capitalised() && !word.uncertainCase() && NameFinder.endsInIncidentHead(tokens, name.firstToken(), next + 1);
      if (!joined || (word.capitalised() && !word.uncertainCase() || IncidentKinds.isVerbForm(word.lower())) && !capitalHead) continue;
      String kind = IncidentKinds.at(tokens, next);
      if (kind == null) continue;
      String key = placeOf(name.key()) + " " + kind;
      if (added.add(key + "@" + next)) mentions.add(new NameFinder.Mention(key, name.firstToken(), next, NameFinder.Kind.INCIDENT));
    }
  }

  /** Past forms that make the word before them a subject, not a describing word. */
  private static final java.util.regex.Pattern VERB_LIKE = java.util.regex.Pattern.compile("\\p{L}+ed|shot|hit|struck|blew|sank|fell");

  /** A lower-case word that may describe an incident between its name and its word: "crowd", "ferry", "mine". */
  private static boolean describes(Token t) {
    return !t.capitalised() && !t.breakBefore() && t.text().chars().allMatch(Character::isLetter) && !t.lower().endsWith("s")
        && !EnglishLexicon.STOPWORDS.contains(t.lower()) && !IncidentKinds.isVerbForm(t.lower());
  }

  /** The kind lexicon/incidents.txt gives hurricanes, typhoons, cyclones and storms. */
  private static final String STORM = "storm";

  /** "beirut port" names where the Beirut blast happened: an incident is keyed by the name before the place noun. */
  private static String placeOf(String key) {
    int space = key.lastIndexOf(' ');
    if (space > 0 && EnglishLexicon.PLACE_HEADS.contains(key.substring(space + 1))) return key.substring(0, space);
    return key;
  }
}
