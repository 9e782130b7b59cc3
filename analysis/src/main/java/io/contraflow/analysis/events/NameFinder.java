package io.contraflow.analysis.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds named people, organisations, places and incidents as runs of capitalised words, and gives each a canonical
 * key so that different mentions of one name compare equal across articles:
 * <ul>
 *   <li>a capital at the start of a sentence or on a Title Case line counts only if the same word is capitalised
 *       mid-sentence elsewhere in the article (so "Shortly" or "Attackers" are not names);</li>
 *   <li>titles are folded away ("President Vladimir Putin", "Mr. Putin" give "putin");</li>
 *   <li>demonyms become places ("Belarusian" gives "belarus") and split a run ("Russian President X");</li>
 *   <li>person-like names are keyed by their last word, the alias that later mentions use ("Alexander Lukashenko",
 *       "Aleksandr Lukashenko" and "Lukashenko" are all "lukashenko"); names ending in an organisation or place head
 *       noun ("Crocus City Hall", "Federal Security Service") keep their full form, which is what makes an incident
 *       name distinctive.</li>
 * </ul>
 */
final class NameFinder {
  private static final io.contraflow.analysis.nlp.Lexicon PLACES = io.contraflow.analysis.nlp.Lexicon.english();
  /** The words the article being read writes in lower case (set by {@link #find}; one article at a time per thread). */
  private static final ThreadLocal<Set<String>> LOWER_CASE_WORDS = ThreadLocal.withInitial(Set::of);
  /** One mention of a name: its canonical key, the tokens it covers and what kind of name it is. */
  record Mention(String key, int firstToken, int lastToken, Kind kind) {}

  enum Kind {
    /** A name followed by what happened there or to them ("the Beirut blast", "Navalny's death"): the incident itself. */
    INCIDENT,
    /** A country or large region: broad context. */
    COUNTRY,
    /** A multi-word organisation, building, incident or place name: the most distinctive kind. */
    MULTI_WORD,
    /** A person (by surname) or a single-word name. */
    SINGLE
  }

  private NameFinder() {}

  private static final Set<String> GENERATIONS = Set.of("jr", "sr", "ii", "iii", "iv");

  static List<Mention> find(List<Token> tokens) {
    Set<String> trustedCapitals = new HashSet<>();
    Set<String> lowerCaseWords = new HashSet<>();
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      // ("Human rights groups say", and the "Kessa Human Rights Commission" further on: a word capitalised only in the
      // middle of a longer name is that name's, not a name of its own at a sentence's start. A name's first word, as
      // "Kessa" in "Kessa County", and its last, as a surname, are names of their own.)
      boolean inside = k > 0 && k + 1 < tokens.size() && tokens.get(k - 1).capitalised() && !tokens.get(k - 1).endsName()
          && !t.breakBefore() && tokens.get(k + 1).capitalised() && !tokens.get(k + 1).breakBefore() && !t.endsName();
      if (t.trustedCapital() && !inside) trustedCapitals.add(t.lower());
      if (!t.capitalised()) {
        lowerCaseWords.add(t.lower());
        // "matches" in the text makes "Match" in a Title Case headline a word too ("after Football Match").
        lowerCaseWords.add(TermStemmer.singularOfNoun(t.lower()));
      }
    }
    // A capitalised word that the article also writes in lower case is a headline's or a sentence's capital, not a
    // name on its own: "Killed" in "Reporter Killed in Raid", "Images" in a caption.
    LOWER_CASE_WORDS.set(lowerCaseWords);
    List<Mention> mentions = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!tokens.get(i).capitalised()) {
        i++;
        continue;
      }
      int code = codeEnd(tokens, i);
      if (code > i) {
        // "MH17", "MH 17", "PS752": a flight or similar code is one name however it is spaced.
        StringBuilder key = new StringBuilder();
        for (int k = i; k < code; k++) key.append(tokens.get(k).lower());
        mentions.add(new Mention(key.toString(), i, code - 1, Kind.SINGLE));
        i = code;
        continue;
      }
      int end = i + 1; // exclusive
      boolean ofConnector = false;
      while (end < tokens.size() && !tokens.get(end).breakBefore() && !tokens.get(end - 1).endsName()) {
        Token t = tokens.get(end);
        if (t.capitalised() && !t.sentenceInitial()) {
          end++;
        } else if (!t.capitalised() && isConnector(t.lower(), ofConnector)
            && PLACES.country(tokens.get(end - 1).lower()) == null) {
          // Not after a place: "Tehran for Kyiv" is two places, "Institute for the Study of War" one name.
          // "of", "for the": up to two connectors, then the name must go on.
          int next = end + 1;
          if (next < tokens.size() && tokens.get(next).lower().equals("the") && !tokens.get(next).breakBefore()) next++;
          if (next >= tokens.size() || !continuesName(tokens.get(next))) break;
          ofConnector |= t.lower().equals("of") || t.lower().equals("for");
          end = next + 1;
        } else {
          break;
        }
      }
      int before = mentions.size();
      resolveRun(tokens, i, end, trustedCapitals, mentions);
      addPlaceHeadName(tokens, end, mentions, before);
      i = end;
    }
    PlaceNames.addAll(tokens, mentions);
    IncidentNames.add(tokens, mentions);
    LoneGivenNames.rekey(tokens, mentions);
    return mentions;
  }

  /**
   * The end (exclusive) of a code at {@code i}: two or three capitals with digits ("MH17", "PS752"), or two or three
   * capitals then a number ("MH 17"); {@code i} when there is none.
   */
  private static int codeEnd(List<Token> tokens, int i) {
    String text = tokens.get(i).text();
    // Counted by hand, not String.matches: that compiled its pattern for every token of every article.
    int capitals = run(text, 0, 'A', 'Z');
    if (capitals < 2 || capitals > 3) return i;
    int digits = run(text, capitals, '0', '9');
    if (digits >= 1 && digits <= 4 && capitals + digits == text.length()) return i + 1;
    if (capitals == text.length() && i + 1 < tokens.size()) {
      String next = tokens.get(i + 1).text();
      int nextDigits = run(next, 0, '0', '9');
      if (nextDigits >= 1 && nextDigits <= 4 && nextDigits == next.length() && !tokens.get(i + 1).breakBefore()) return i + 2;
    }
    return i;
  }

  /** How many characters from {@code from} on lie in {@code low..high}. */
  private static int run(String text, int from, char low, char high) {
    int k = from;
    while (k < text.length() && text.charAt(k) >= low && text.charAt(k) <= high) k++;
    return k - from;
  }

  /**
   * "the Varno dam", "the Ostrov refinery": a name directly followed by a lower-case place noun also yields the
   * two-word name, the way incidents are named. Not for countries ("the Russian army") or organisations' names.
   */
  private static void addPlaceHeadName(List<Token> tokens, int next, List<Mention> mentions, int firstNew) {
    if (mentions.size() == firstNew || next >= tokens.size()) return;
    Mention last = mentions.get(mentions.size() - 1);
    Token head = tokens.get(next);
    // "Ain al-Asad airbase", "John Kennedy airport": a person-like name keyed by its last word takes the noun too.
    if (last.lastToken() != next - 1 || last.kind() != Kind.SINGLE) return;
    if (head.capitalised() || head.breakBefore() || tokens.get(next - 1).endsName()) return;
    String noun = placeNoun(head.lower());
    // "the Kessa toll gate", "the Varno hydroelectric dam": one describing word may stand before the noun.
    int at = next;
    if (!EnglishLexicon.PLACE_HEADS.contains(noun) && next + 1 < tokens.size() && !tokens.get(next + 1).capitalised()
        && !tokens.get(next + 1).breakBefore() && !EnglishLexicon.STOPWORDS.contains(head.lower()) && !head.endsName()) {
      at = next + 1;
      noun = placeNoun(tokens.get(at).lower());
    }
    if (!EnglishLexicon.PLACE_HEADS.contains(noun)) return;
    mentions.add(new Mention(last.key() + " " + noun, last.firstToken(), at, Kind.MULTI_WORD));
  }

  /**
   * "Kessa Toll Gate", "the Kessa tollgate", "Vell Arab Hospital" and "al-Vell hospital": outlets name a building or
   * work by its own name and its kind, with describing words between that some leave out, so its key is those two
   * ("kessa gate", "vell hospital"), as "the Kessa toll gate" gives too. Null when the name does not end in such a noun.
   */
  private static String structureKey(List<Token> tokens, int start, int end) {
    // ("Al Vell Arab Hospital": the Arabic article written apart is not the name.)
    int first = start + 1 < end - 1 && ARTICLES.contains(tokens.get(start).lower()) ? start + 1 : start;
    if (end - first < 2 || end - first > 4) return null;
    String noun = placeNoun(tokens.get(end - 1).lower());
    if (!EnglishLexicon.PLACE_HEADS.contains(noun)) return null;
    // An institution's long name ("Lagos State University Teaching Hospital") is not shortened: its inner words name it.
    for (int k = first + 1; k < end - 1; k++) if (EnglishLexicon.NAME_HEADS.contains(tokens.get(k).lower())) return null;
    return NameKeys.fold(tokens.get(first).lower().replace("'", "")) + " " + noun;
  }

  private static final java.util.Set<String> ARTICLES = java.util.Set.of("al", "el");

  /** A place noun in one form: singular, and one spelling ("theatre" and "theater" name one building). */
  static String placeNoun(String lower) {
    // ("the Kessa tollgate" and "the Kessa toll gate": one structure.)
    if (lower.equals("tollgate") || lower.equals("tollgates")) return "gate";
    String singular = TermStemmer.singular(lower);
    return singular.endsWith("tre") ? singular.substring(0, singular.length() - 3) + "ter" : singular;
  }

  /** "and" joins names only inside an "of" name: "Union of Industrialists and Entrepreneurs", not "Putin and Xi". */
  private static boolean isConnector(String lower, boolean afterOf) {
    return EnglishLexicon.NAME_CONNECTORS.contains(lower) || (afterOf && lower.equals("and"));
  }

  private static boolean continuesName(Token next) {
    return next.capitalised() && !next.breakBefore() && !next.sentenceInitial()
        && !EnglishLexicon.STOPWORDS.contains(next.lower());
  }

  /** Trims a run of capitalised tokens [from, to) to the words that are really part of a name, then keys it. */
  private static void resolveRun(List<Token> tokens, int from, int to, Set<String> trusted, List<Mention> out) {
    // Words whose capital is uninformative split the run unless the article capitalises them mid-sentence too.
    int start = from;
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      boolean uncertain = t.sentenceInitial() || t.uncertainCase();
      if (!t.capitalised() || !uncertain) continue;
      boolean keep = trusted.contains(t.lower()) || isPlaceWord(t) || t.allCaps()
          || (to - from > 1 && EnglishLexicon.TITLES.contains(t.lower())) || opensName(tokens, k, to)
          || opensPlaceName(tokens, k, to) || PossessiveOpener.isName(tokens, k, to, LOWER_CASE_WORDS.get());
      if (!keep) {
        emit(tokens, start, k, out);
        start = k + 1;
      }
    }
    emit(tokens, start, to, out);
  }

  /**
   * "Grenfell Tower recently underwent": a sentence's first word that the article never writes in lower case, before
   * a word whose capital is certain, opens that name ("Officials Friday" cannot occur: "officials" is written lower
   * case somewhere, or is a common word).
   */
  private static boolean opensName(List<Token> tokens, int k, int to) {
    Token t = tokens.get(k);
    if (!t.sentenceInitial() || t.uncertainCase() || k + 1 >= to || !tokens.get(k + 1).trustedCapital()) return false;
    String w = t.lower();
    return !LOWER_CASE_WORDS.get().contains(w) && !EnglishLexicon.STOPWORDS.contains(w) && !w.endsWith("ly")
        && !EnglishLexicon.TITLES.contains(w) && !io.contraflow.analysis.nlp.Lexicon.CALENDAR.contains(w);
  }

  private static boolean isPlaceWord(Token t) {
    if (t.lower().equals("us") && !t.allCaps()) return false; // the pronoun, capitalised at a sentence start
    return Demonyms.place(t.lower()) != null;
  }

  /**
   * Words after a demonym or country that make a carrier's name ("Kessan Airlines", "Norland Railways"): the company,
   * which is in the news for its own accident, not its country and a common noun.
   */
  private static final java.util.Set<String> COMPASS = java.util.Set.of("north", "south", "east", "west");
  private static final java.util.Set<String> CARRIERS = java.util.Set.of("airlines", "airways", "air", "railways", "railway");

  /** Splits off places, strips leading function words and titles, and records what remains. */
  private static void emit(List<Token> tokens, int from, int to, List<Mention> out) {
    // "RIO DE JANEIRO, Nov 25": a name in capitals throughout (a dateline, a shouted headline) is one, not acronyms.
    boolean capitalsThroughout = true;
    for (int k = from; k < to; k++) capitalsThroughout &= tokens.get(k).allCaps();
    int start = from;
    int k = from;
    while (k < to) {
      Token t = tokens.get(k);
      // ("The United Arab Emirates": three words, one country, not "Arab" and a name. "The Democratic Republic of the
      // Congo": five, not a "Democratic Republic" beside the country.)
      int words = Demonyms.placeLength(tokens, k, to);
      if (words > 0) {
        emitName(tokens, start, k, out);
        out.add(new Mention(Demonyms.place(Demonyms.phrase(tokens, k, k + words)), k, k + words - 1, Kind.COUNTRY));
        k += words;
        if (k < to && EnglishLexicon.AREA_WORDS.contains(tokens.get(k).lower())) k++;
        start = k;
      } else if (COMPASS.contains(t.lower()) && k + 1 < to && (k + 2 >= to || !tokens.get(k + 2).capitalised())
          && isPlaceWord(tokens.get(k + 1)) && !COMPASS.contains(tokens.get(k + 1).lower())) {
        // "West Peru, Maine": a point of the compass before a country's name that together name no country is a town
        // of its own ("North West", a province, and "the South China Sea", a longer name, stay as they were read).
        emitName(tokens, start, k, out);
        out.add(new Mention(t.lower() + " " + NameKeys.fold(tokens.get(k + 1).lower()), k, k + 1, Kind.MULTI_WORD));
        k += 2;
        start = k;
      } else if (isPlaceWord(t) && !(k + 1 < to && CARRIERS.contains(tokens.get(k + 1).lower()))) {
        emitName(tokens, start, k, out);
        out.add(new Mention(Demonyms.place(t.lower()), k, k, Kind.COUNTRY));
        k++;
        if (k < to && EnglishLexicon.AREA_WORDS.contains(tokens.get(k).lower())) k++; // "the Gaza Strip": the area is the place
        start = k;
      } else if (t.allCaps() && to - from > 1 && !capitalsThroughout) {
        // "FSB Alexander Bortnikov", "AP Photo": an acronym next to other words is a name of its own.
        emitName(tokens, start, k, out);
        emitName(tokens, k, k + 1, out);
        k++;
        start = k;
      } else {
        k++;
      }
    }
    emitName(tokens, start, to, out);
  }

  private static void emitName(List<Token> tokens, int from, int to, List<Mention> out) {
    int start = from;
    int end = to;
    while (start < end && isDroppableLead(tokens.get(start)) && !opensPlaceName(tokens, start, end)) start++;
    while (end > start && isDroppableTail(tokens.get(end - 1)) && !isSurname(tokens, start, end - 1)) end--; // trailing connector, "Moscow on Friday"
    if (start >= end) return;
    if (end - start == 1) {
      Token only = tokens.get(start);
      String key = GivenNames.hyphenated(only) ? GivenNames.joined(only) : only.lower().replace("'", "");
      if (key.length() < 2 || EnglishLexicon.NAME_HEADS.contains(key) || !Character.isLetter(key.charAt(0))) return;
      if (!only.allCaps() && LOWER_CASE_WORDS.get().contains(only.lower())) return; // "Killed", "Images"
      if (EnglishLexicon.MONTH_ABBREVIATIONS.contains(key)) return; // "Aug. 4"
      if (only.allCaps() && EnglishLexicon.TITLES.contains(key)) return; // "PM Tom Arle", "MP Ida Brun": a title

      if (EnglishLexicon.NOT_NAMES_ALONE.contains(key)) return; // "Islamist fighters", "the North said"
      String alias = EnglishLexicon.ALIASES.get(key);
      if (alias != null) {
        // "ISIS" is keyed as "Islamic State" is, "Zaporozhye" as "Zaporizhzhia".
        boolean words = alias.indexOf(' ') > 0;
        out.add(new Mention(words ? NameKeys.foldWords(alias) : NameKeys.fold(alias), start, start, words ? Kind.MULTI_WORD : Kind.SINGLE));
        return;
      }
      out.add(new Mention(NameKeys.fold(key), start, start, Kind.SINGLE));
      return;
    }
    if (end - start == 3 && tokens.get(start + 1).lower().equals("of") && tokens.get(start + 2).capitalised()
        && EnglishLexicon.PLACE_HEADS.contains(tokens.get(start).lower())) {
      // "the Port of Beirut" is "the Beirut port", as most outlets write it.
      out.add(new Mention(NameKeys.fold(tokens.get(start + 2).lower().replace("'", "")) + " " + tokens.get(start).lower(),
          start, end - 1, Kind.MULTI_WORD));
      return;
    }
    if (endsInIncidentHead(tokens, start, end)) {
      // "the Kanjuruhan Tragedy", "the Marikana Massacre": the name is what comes before the head, and the incident name
      // is made from the two (addIncidentNames), as for "the Marikana massacre".
      emitName(tokens, start, end - 1, out);
      return;
    }
    StringBuilder full = new StringBuilder();
    boolean hasConnector = false;
    boolean hasAcronym = false;
    for (int k = start; k < end; k++) {
      Token t = tokens.get(k);
      if (!t.capitalised()) hasConnector = true;
      if (t.allCaps()) hasAcronym = true;
      if (full.length() > 0) full.append(' ');
      full.append(t.lower().replace("'", ""));
    }
    String last = tokens.get(end - 1).lower();
    boolean organisation = hasConnector || hasAcronym || EnglishLexicon.NAME_HEADS.contains(last);
    if (organisation) {
      String name = EnglishLexicon.ALIASES.getOrDefault(full.toString(), full.toString());
      String structure = hasConnector || hasAcronym ? null : structureKey(tokens, start, end);
      out.add(new Mention(structure != null ? structure : NameKeys.foldWords(name), start, end - 1, Kind.MULTI_WORD));
    } else if (LOWER_CASE_WORDS.get().contains(last) && !tokens.get(end - 1).allCaps()) {
      // "Reporter Killed" in a headline: a word the article writes in lower case is no surname. But "Kessel Tower" in
      // an article that also says "the tower" is the building's name, keyed whole as "the Kessel dam" is.
      if (EnglishLexicon.PLACE_HEADS.contains(TermStemmer.singular(last))) {
        out.add(new Mention(NameKeys.foldWords(full.toString()), start, end - 1, Kind.MULTI_WORD));
      }
      return;
    } else {
      // "Nahel M.", "Florian M.": a surname withheld to its initial; the given name is what outlets write.
      // "Richard Dorov Jr.": a generation's mark follows the surname, and outlets that drop it still name the man.
      boolean withheld = last.length() == 1 || GENERATIONS.contains(last);
      String given = GivenNames.key(tokens, start, end); // "Park Min-soo": the family name first
      String surname = given != null ? given : withheld && end - start >= 2 ? tokens.get(end - 2).lower() : last;
      out.add(new Mention(NameKeys.fold(surname.replace("'", "")), start, end - 1, Kind.SINGLE));
    }
  }

  /**
   * A capitalised run after "the" that ends in a word for an incident or a noun that heads an incident's name: people
   * are not "the Smith", so the last word is no surname.
   */
  static boolean endsInIncidentHead(List<Token> tokens, int start, int end) {
    if (end - start < 2 || start == 0 || !tokens.get(start - 1).lower().equals("the") || tokens.get(start).breakBefore()) {
      return false;
    }
    String last = tokens.get(end - 1).lower();
    return EnglishLexicon.INCIDENT_NAME_HEADS.contains(last) || IncidentKinds.wordAt(tokens, end - 1) != null;
  }

  private static boolean isDroppableTail(Token t) {
    return !t.capitalised()
        || (EnglishLexicon.STOPWORDS.contains(t.lower()) && !EnglishLexicon.NAME_HEADS.contains(t.lower()));
  }

  /** "Theresa May", "Prince Will": a capitalised modal right after a given name is a surname, not a verb. */
  private static boolean isSurname(List<Token> tokens, int start, int at) {
    Token t = tokens.get(at);
    if (at == start || !t.capitalised() || t.sentenceInitial() || !SURNAME_MODALS.contains(t.lower())) return false;
    Token before = tokens.get(at - 1);
    return before.capitalised() && !EnglishLexicon.STOPWORDS.contains(before.lower());
  }

  private static final java.util.Set<String> SURNAME_MODALS = java.util.Set.of("may", "will", "can");

  /**
   * "New York", "New Delhi", "the New York Times": "new" before another capitalised word of the run is the name's own
   * first word, not the adjective a headline capitalises ("New strikes hit the port").
   */
  private static boolean opensPlaceName(List<Token> tokens, int at, int end) {
    return tokens.get(at).lower().equals("new") && tokens.get(at).capitalised() && at + 1 < end && tokens.get(at + 1).capitalised()
        && !EnglishLexicon.STOPWORDS.contains(tokens.get(at + 1).lower()) && !isDemonym(tokens.get(at + 1).lower());
  }

  /** "Russian", "Ukrainians": a word for a country's people, not the country's name. */
  private static boolean isDemonym(String lower) {
    String country = Demonyms.place(lower);
    return country != null && !country.equals(lower);
  }

  private static boolean isDroppableLead(Token t) {
    return !t.capitalised() || EnglishLexicon.STOPWORDS.contains(t.lower()) || EnglishLexicon.TITLES.contains(t.lower());
  }
}
