package io.contraflow.analysis.nlp;

import java.util.List;
import java.util.Set;

/**
 * Whether a capitalised word that opens a sentence is part of a name, when the tagger does not say so. Every sentence
 * capitalises its first word, so the capital alone says nothing: "Several officials said" and "Federal Security Service
 * officers said" both open with a capitalised adjective, and only the second adjective is a name's first word.
 */
final class SentenceOpeners {
  /** Words that open sentences before a person or a group without being part of any name. */
  private static final Set<String> DESCRIBERS = Set.of("former", "several", "many", "some", "local", "senior", "top", "new", "both",
      "all", "most", "other", "another", "each", "every", "few", "chief", "deputy", "acting", "prime",
      // words that describe a person before the employer and name: "Veteran Al Jazeera journalist Mara Lind was shot"
      "veteran", "prominent", "renowned", "leading", "award-winning", "outspoken", "longtime", "long-time", "celebrated",
      "famed", "respected", "well-known", "popular", "jailed", "imprisoned", "detained", "exiled", "late", "slain", "murdered");
  /**
   * Words that open sentences as adjectives of a group ("Security forces said", "Rescue workers found") as often as
   * they open the name of a body ("Security Service", "Rescue Service"): never a first name.
   */
  private static final Set<String> BODY_ADJECTIVES = Set.of("state", "federal", "national", "international", "western", "eastern",
      "northern", "southern", "human", "civil", "military", "security", "police", "rescue", "emergency", "health", "election",
      "opposition", "rebel", "government", "supreme", "high", "foreign", "defence", "defense");
  private static final Set<String> NOT_A_FIRST_NAME_TAG = Set.of("DET", "PRON", "ADP", "NUM");

  private final Lexicon lexicon;

  /** Sentences without a cue are not tagged (tag null). */
  private static boolean notAFirstName(Token token) {
    return token.tag() != null && NOT_A_FIRST_NAME_TAG.contains(token.tag());
  }

  SentenceOpeners(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** True when the sentence-initial word at {@code i} begins a person's or a body's name. */
  boolean opensName(List<Token> t, int i) {
    return firstName(t, i) || firstWordOfBody(t, i);
  }

  /**
   * "Ralph Goodale, the former minister, says": a first name the tagger took for a verb, opening the sentence before
   * a surname it tags as a name. Common words that open sentences are not first names.
   */
  private boolean firstName(List<Token> t, int i) {
    if (i + 1 >= t.size()) return false;
    Token next = t.get(i + 1);
    String w = t.get(i).lower();
    // (Sentences without a cue are not tagged: there the next word's capital is the evidence.)
    return next.capitalized() && ("PROPN".equals(next.tag()) || next.tag() == null && t.get(i).tag() == null)
        && !Lexicon.NOT_NAMES.contains(next.lower()) && !lexicon.isTitle(w) && !lexicon.isGroup(w)
        && !lexicon.isOrganisationNoun(w) && !lexicon.isOrganisationWord(t.get(i).text()) && !DESCRIBERS.contains(w)
        && !BODY_ADJECTIVES.contains(w) && !notAFirstName(t.get(i));
  }

  /**
   * "Human Rights Watch said", "Federal Security Service officers said", "Doctors Without Borders said": the opening
   * word, then capitalised words up to a word that ends a body's name (Watch, Service, Borders, Court). Titles and
   * describers stay out ("Senior Interior Ministry officials" are officials of the Interior Ministry, "Prime Minister"
   * is a title), and so does a country ("Estonian Border Guard" is the Estonian body, its demonym read apart).
   */
  private boolean firstWordOfBody(List<Token> t, int i) {
    Token first = t.get(i);
    String w = first.lower();
    // ("Doctors Without Borders": a group's noun, then the title-case preposition of such names.)
    boolean titleCasePreposition = i + 1 < t.size() && (t.get(i + 1).text().equals("Without") || t.get(i + 1).text().equals("Sans"));
    if (DESCRIBERS.contains(w) || lexicon.isTitle(w) || lexicon.isGroup(w) && !titleCasePreposition || lexicon.country(first.text()) != null
        || notAFirstName(first) || Lexicon.NOT_NAMES.contains(w)) {
      return false;
    }
    if (titleCasePreposition) return i + 2 < t.size() && t.get(i + 2).capitalized();
    boolean endsAsBody = false;
    for (int k = i + 1; k < t.size() && t.get(k).capitalized() && !Lexicon.NOT_NAMES.contains(t.get(k).lower()); k++) {
      endsAsBody = lexicon.isOrganisationWord(t.get(k).text());
    }
    return endsAsBody;
  }
}
