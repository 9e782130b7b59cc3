package io.contraflow.analysis.events;

import java.util.List;
import java.util.Set;

/**
 * How one mention of a name reads where it stands: as a place ("in Jenin", "the port of Selvik") or as a speaker
 * ("Putin said", "said Peskov", "according to the ministry"). {@link EventFeatures} counts these votes over all of a
 * name's mentions to tell the story's setting and the people who comment on it from what the story is about.
 */
final class MentionRoles {
  private MentionRoles() {}

  /** Words before a name that make it a place: "in Jenin", "near the Kherson bridge", "from Bucha". */
  private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "from", "outside", "across", "into", "inside",
      "around", "towards", "toward");

  /** Nouns that, with "of", introduce a place's name ("the mayor of Kessa" too). */
  private static final Set<String> OF_PLACE = Set.of("port", "city", "town", "village", "region", "province", "capital",
      "outskirts", "suburb", "district", "centre", "center", "streets", "area", "county", "state", "island", "coast", "border", "mayor", "governor",
      "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "shores", "shore");

  /** Words that open a landform's name: "Lake Selvik", "Mount Orel" are places wherever they stand. */
  private static final Set<String> LANDFORMS = Set.of("lake", "mount", "mt", "cape", "isle");

  /** Nouns after a name that make it a place: its administrative units and their heads. */
  private static final Set<String> ADMINISTRATIVE = Set.of("region", "regions", "oblast", "province", "governorate",
      "district", "county", "prefecture", "municipality", "regional", "governor", "mayor");

  /** How far into the body a dateline may stand: below a repeated headline, a byline and the agency's name. */
  static final int DATELINE_REACH = 40;

  /**
   * "Associated Press KESSA, Norland (AP) — Angry villagers": a name in capitals, then a country, perhaps the agency in
   * capitals, and the story's first sentence. It is where the report was filed, though the page set the headline, the
   * byline and the agency above it, so that it does not open the body.
   */
  static boolean dateline(List<Token> tokens, NameFinder.Mention m) {
    if (m.kind() == NameFinder.Kind.INCIDENT || tokens.get(m.firstToken()).inTitle()) return false;
    int bodyStart = 0;
    while (bodyStart < tokens.size() && tokens.get(bodyStart).inTitle()) bodyStart++;
    if (m.firstToken() - bodyStart > DATELINE_REACH) return false;
    for (int k = m.firstToken(); k <= m.lastToken(); k++) if (!tokens.get(k).allCaps()) return false;
    int at = m.lastToken() + 1;
    if (at >= tokens.size() || !tokens.get(at).breakBefore() || Demonyms.place(tokens.get(at).lower()) == null) return false;
    at++;
    if (at < tokens.size() && tokens.get(at).allCaps() && tokens.get(at).breakBefore()) at++;
    return at < tokens.size() && tokens.get(at).sentenceInitial();
  }

  /** Words before "to" that say where someone or something went: "sailing to Selvik", "fled to Kessa". */
  private static final Set<String> MOTIONS = Set.of("sailing", "sailed", "heading", "headed", "bound", "route", "travelling",
      "traveling", "travelled", "traveled", "fled", "fleeing", "returned", "returning", "deported", "transferred", "flew", "flying",
      "drove", "driving", "marched", "marching", "moved", "moving", "transiting");
  /** How far before "to" a "from" may stand in "from the port of Selvik on the coast to Kessa". */
  private static final int FROM_REACH = 8;

  /**
   * The "to" at {@code at} tells where to: after a word of motion, or with a "from" a few words before it in the same
   * sentence ("from Selvik to Kessa"). ("A letter to Dorov", "close to Dorov" are not places.)
   */
  private static boolean towards(List<Token> tokens, int at) {
    if (at > 0 && MOTIONS.contains(tokens.get(at - 1).lower())) return true;
    int sentence = tokens.get(at).sentence();
    for (int k = at - 2; k >= 0 && k >= at - FROM_REACH && tokens.get(k).sentence() == sentence; k--) {
      if (tokens.get(k).lower().equals("from")) return true;
    }
    return false;
  }

  /** "in Jenin", "outside Bucha", "the Jenin refugee camp": the mention names a place. */
  static boolean readsAsPlace(List<Token> tokens, NameFinder.Mention m) {
    if (m.kind() == NameFinder.Kind.INCIDENT) return false;
    if (m.lastToken() > m.firstToken() && LANDFORMS.contains(tokens.get(m.firstToken()).lower())) return true;
    int before = m.firstToken() - 1;
    if (before >= 0 && tokens.get(before).lower().equals("the")) before--;
    if (before >= 0 && LOCATIVES.contains(tokens.get(before).lower())) return true;
    if (before >= 0 && tokens.get(before).lower().equals("to") && towards(tokens, before)) return true;
    // "the port of Selvik", "the town of Dorvik", "the outskirts of Kyiv".
    if (before >= 1 && tokens.get(before).lower().equals("of") && OF_PLACE.contains(TermStemmer.singular(tokens.get(before - 1).lower()))) {
      return true;
    }
    int after = m.lastToken() + 1;
    // "KESSA, Norland (Reuters) - Rescuers...": a dateline opens the story with the place it was filed from.
    boolean opensBody = !tokens.get(m.firstToken()).inTitle() && (m.firstToken() == 0 || tokens.get(m.firstToken() - 1).inTitle());
    if (opensBody && after < tokens.size() && tokens.get(after).breakBefore() && Demonyms.place(tokens.get(after).lower()) != null) {
      return true;
    }
    if (dateline(tokens, m)) return true;
    // "the Belgorod region", "Belgorod governor Gladkov", "the Kherson regional administration": a place's own units
    // and offices.
    if (after < tokens.size() && !tokens.get(after).capitalised() && !tokens.get(after).breakBefore()
        && ADMINISTRATIVE.contains(tokens.get(after).lower())) {
      return true;
    }
    if (after < tokens.size() && !tokens.get(after).capitalised() && tokens.get(after).lower().equals("refugee")) after++;
    return after < tokens.size() && !tokens.get(after).capitalised()
        && EnglishLexicon.PLACE_HEADS.contains(TermStemmer.singular(tokens.get(after).lower()));
  }

  /** Words between a speaker and the verb: "Putin also said", "the ministry has denied". */
  private static final Set<String> SPEAKER_FILLERS = Set.of("also", "has", "had", "have", "later", "again", "then",
      "previously", "earlier", "repeatedly", "publicly", "on", "flatly", "categorically", "strongly");

  /** Offices whose holders speak on many stories: "President Putin", "Foreign Minister Lavrov", "spokesman Peskov". */
  private static final Set<String> OFFICES = Set.of("president", "prime", "minister", "premier", "chancellor",
      "secretary", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "governor", "mayor", "king",
      "queen", "senator", "commissioner", "chairman", "chairwoman", "ceo");
  /**
   * Nouns for what someone said or who speaks for them: "Putin's claims", "Lukashenko's remarks", "the president's
   * aide", "Zelensky's chief of staff".
   */
  private static final Set<String> SAYINGS = Set.of("claim", "claims", "remarks", "remark", "comments", "comment",
      "statement", "statements", "assertion", "assertions", "accusation", "accusations", "allegation", "allegations",
      "denial", "denials", "words", "account", "version", "spokesman", "spokeswoman", "spokesperson", "office", "chief",
      "administration", "camp");
  /** People who speak for someone, after the name with or without a possessive: "Zelensky aide", "Kremlin spokesman". */
  private static final Set<String> STAFF = Set.of("aide", "aides", "adviser", "advisers", "advisor", "advisors", "spokesman",
      "spokeswoman", "spokesperson");

  /**
   * "Putin said", "Lukashenko has claimed", "said Peskov", "according to the ministry", "Putin's claims", "President
   * Putin": the mention speaks, or holds an office whose holder speaks on many stories.
   */
  static boolean readsAsSpeaker(List<Token> tokens, NameFinder.Mention m) {
    if (m.kind() == NameFinder.Kind.INCIDENT) return false;
    // "President Putin", "Foreign Minister Lavrov"; but the mayor of Kessa is not Kessa.
    // (Nor is "a lawyer for the family of the late Ana Berg has raised alarm" Ana Berg's saying: past the words that
    // describe her, the "of" makes her the phrase's object.)
    int of = m.firstToken() - 1;
    while (of > 0 && DESCRIBED_BEFORE.contains(tokens.get(of).lower())) of--;
    if (of > 0 && of < m.firstToken() - 1 && tokens.get(of).lower().equals("the")) of--; // ("of the late X"; not "of the X army")
    boolean afterOf = of >= 0 && tokens.get(of).lower().equals("of");
    for (int k = Math.max(0, m.firstToken() - 2); k < m.firstToken() && !afterOf; k++) {
      if (OFFICES.contains(tokens.get(k).lower())) return true;
    }
    if (m.lastToken() + 1 < tokens.size()) {
      String next = tokens.get(m.lastToken() + 1).lower();
      // "Putin's claims"; "Zelensky aide", with or without the possessive.
      if (tokens.get(m.lastToken()).endsName() && SAYINGS.contains(next) || STAFF.contains(next)) return true;
    }
    int after = m.lastToken() + 1;
    if (after + 1 < tokens.size() && tokens.get(after).lower().equals("who") ) after++; // "Putin, who said"
    while (after < tokens.size() && SPEAKER_FILLERS.contains(tokens.get(after).lower())) after++;
    // The verb right after the name, not after a comma ("the mayor of Kessa, said": the mayor's, read below as an
    // aside's end), and not the verb of the phrase the name ends ("the mayor of Kessa said").
    if (cueVerbAt(tokens, after) && !afterOf && (after > m.lastToken() + 1 || !tokens.get(after).breakBefore())) return true;
    if (speaksAfterAside(tokens, m)) return true;
    int before = m.firstToken() - 1;
    if (before >= 0 && tokens.get(before).lower().equals("the")) before--;
    // "..., said Peskov." but not "said Abu Akleh was hit": an inverted speaker ends its clause.
    boolean endsClause = m.lastToken() + 1 >= tokens.size() || tokens.get(m.lastToken() + 1).breakBefore();
    if (endsClause && before >= 0 && io.contraflow.analysis.nlp.Lexicon.CUE_VERBS.containsKey(tokens.get(before).lower())) {
      return true;
    }
    if (before >= 1 && tokens.get(before).lower().equals("to") && tokens.get(before - 1).lower().equals("according")) return true;
    return reportedBy(tokens, m);
  }

  /** Words between "of" and a name that describe the one named: "the family of the late X", "of slain X". */
  private static final Set<String> DESCRIBED_BEFORE = Set.of("late", "slain", "murdered", "deceased", "detained", "jailed",
      "missing", "dead", "imprisoned", "arrested", "killed");

  /** Nouns of fighting that name a side after "with", "against" or "on": "the war with X", "a truce with X". */
  private static final Set<String> FIGHTING = Set.of("war", "wars", "ceasefire", "truce", "fighting", "battle", "battles",
      "clashes", "conflict", "offensive", "hostilities", "campaign");
  /** Words after a name that make it a side: "X militants", "X-run", "X-backed". */
  private static final Set<String> SIDE_NOUNS = Set.of("militants", "fighters", "gunmen", "terrorists", "rebels",
      "militia", "militias", "militiamen", "insurgents", "jihadists", "operatives", "run", "led", "controlled", "backed",
      "aligned", "affiliated");

  /**
   * "The ceasefire with X", "war against X", "X militants", "the X-run ministry": the mention is a side in the fighting.
   * An armed group, like a country, is named in every report of its war (its strikes, its truce, its prisoners), so it
   * says as little as a speaker of which incident a report tells.
   */
  static boolean readsAsParty(List<Token> tokens, NameFinder.Mention m) {
    // ("Sukhoi-25 fighters", "Su-24 fighters" are aircraft: a name with a number in it is a model's.)
    if (m.kind() == NameFinder.Kind.INCIDENT || CommonNames.isMakeOrModel(m.key()) || m.key().chars().anyMatch(Character::isDigit)) return false;
    int before = m.firstToken() - 1;
    if (before >= 0 && tokens.get(before).lower().equals("the")) before--;
    if (before >= 1) {
      String link = tokens.get(before).lower();
      if ((link.equals("with") || link.equals("against") || link.equals("on"))
          && FIGHTING.contains(tokens.get(before - 1).lower())) return true;
    }
    int after = m.lastToken() + 1;
    return after < tokens.size() && !tokens.get(after).capitalised() && SIDE_NOUNS.contains(tokens.get(after).lower());
  }

  /** Words an aside between a speaker and the verb may run to: a title, an office, a clause about either. */
  private static final int MAX_ASIDE = 16;

  /**
   * "Vell, head of the harbour office of Kessa, where the lifeboats landed, said": a name that opens its clause, an aside
   * set off by commas that opens with a word in lower case or an office, then the verb. "The mayor of Kessa, where ...,
   * said" is the mayor's verb, not Kessa's; a list of names ("Vell, Dorov and Berg said") opens with a name and is no
   * aside; a verb after no comma ("in Kessa, the mayor said") has its own subject.
   */
  private static boolean speaksAfterAside(List<Token> tokens, NameFinder.Mention m) {
    Token name = tokens.get(m.firstToken());
    if (!name.sentenceInitial() && !name.breakBefore()) return false;
    int open = m.lastToken() + 1;
    if (open >= tokens.size() || !tokens.get(open).breakBefore() || tokens.get(open).sentenceInitial()) return false;
    Token first = tokens.get(open);
    if (first.capitalised() && !OFFICES.contains(first.lower()) && !OFFICE_QUALIFIERS.contains(first.lower())) return false;
    int sentence = first.sentence();
    for (int k = open + 1; k < Math.min(tokens.size(), open + MAX_ASIDE); k++) {
      Token t = tokens.get(k);
      if (t.sentence() != sentence || t.sentenceInitial()) return false;
      if (!t.breakBefore()) continue;
      int verb = k;
      while (verb < tokens.size() && SPEAKER_FILLERS.contains(tokens.get(verb).lower())) verb++;
      if (cueVerbAt(tokens, verb)) return true;
    }
    return false;
  }

  /** A verb of saying in lower case at {@code k} ("said", "denied"), not a capitalised word that spells one. */
  private static boolean cueVerbAt(List<Token> tokens, int k) {
    return k < tokens.size() && !tokens.get(k).capitalised()
        && io.contraflow.analysis.nlp.Lexicon.CUE_VERBS.containsKey(tokens.get(k).lower());
  }

  /** Words before an office in an aside: "deputy mayor", "Deputy Governor", "acting minister". */
  private static final Set<String> OFFICE_QUALIFIERS = Set.of("deputy", "acting", "former", "vice", "chief", "head");

  /** "This was reported by the head of the regional military administration Oleksandr Starukh": who reported it. */
  private static boolean reportedBy(List<Token> tokens, NameFinder.Mention m) {
    for (int k = m.firstToken() - 1; k >= Math.max(1, m.firstToken() - 8); k--) {
      Token t = tokens.get(k);
      if (t.breakBefore() && k < m.firstToken() - 1) return false;
      if (t.lower().equals("by")) {
        return io.contraflow.analysis.nlp.Lexicon.CUE_VERBS.containsKey(tokens.get(k - 1).lower())
            || REPORTED.contains(tokens.get(k - 1).lower());
      }
    }
    return false;
  }

  /** Participles of reporting besides the cue verbs: "announced by", "posted by". */
  private static final Set<String> REPORTED = Set.of("reported", "announced", "posted", "published", "stated", "confirmed");

}
