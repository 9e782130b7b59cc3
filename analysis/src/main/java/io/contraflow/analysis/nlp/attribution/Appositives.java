package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Sentence;
import io.contraflow.analysis.nlp.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What appositives say of a name: "Geoffrey Robertson, a former war crimes judge," describes a person; "Rydon, a
 * company which builds flats," says what a name is, so that "the company" later can mean it.
 */
final class Appositives {
  private Appositives() {}

  /**
   * "Rydon, a company which ...", "Norchem, the company that runs the plant": the name is followed by ", a" (or "an",
   * or "the") and {@code head} within three words. ("MH17, the company said" is no appositive: the definite article
   * there opens an inverted speaker.)
   */
  static boolean calledSo(Mention m, String head, List<Sentence> sentences) {
    Sentence s = sentenceAt(sentences, m.start());
    List<Token> t = s == null ? List.of() : s.tokens();
    int after = 0;
    while (after < t.size() && t.get(after).start() < m.end()) after++;
    if (after + 2 >= t.size() || !t.get(after).text().equals(",") || !Set.of("a", "an", "the").contains(t.get(after + 1).lower())) return false;
    boolean definite = t.get(after + 1).is("the");
    for (int k = after + 2; k < Math.min(t.size(), after + 5); k++) {
      // ("Norchem, the company that runs the plant,": "the" opens a description when more than a cue verb follows the noun.)
      if (t.get(k).is(head)) return !definite || k + 1 < t.size() && Character.isLetter(t.get(k + 1).text().charAt(0))
          && !Lexicon.CUE_VERBS.containsKey(t.get(k + 1).lower());
    }
    return false;
  }

  /** Words describing each person: their title, and the words of an appositive before or after their name. */
  static Map<String, Set<String>> describePeople(List<Mention> mentions, List<Sentence> sentences) {
    Map<String, Set<String>> out = new HashMap<>();
    for (Mention m : mentions) {
      if (m.type() != ClaimantType.PERSON) continue;
      Set<String> words = out.computeIfAbsent(m.key(), k -> new HashSet<>());
      if (m.role() != null) for (String w : SPACES_OR_HYPHENS.split(m.role().toLowerCase(Locale.ROOT))) words.add(w);
      Sentence s = sentenceAt(sentences, m.start());
      if (s == null) continue;
      List<Token> t = s.tokens();
      int first = -1;
      int last = -1;
      for (int i = 0; i < t.size(); i++) {
        if (t.get(i).start() >= m.start() && first < 0) first = i;
        if (t.get(i).end() <= m.end()) last = i;
      }
      if (first < 0) continue;
      // "the deputy chief designer of the radar, Viktor Meshcheryakov": the description before the comma.
      if (first >= 2 && t.get(first - 1).text().equals(",")) addWords(t, first - 2, -1, words);
      // "Geoffrey Robertson, a former war crimes judge,": the description after it.
      if (last + 2 < t.size() && t.get(last + 1).text().equals(",")) addWords(t, last + 2, 1, words);
      // "former Kessa Air safety inspector Marek Dorov", "nurse Ana Berg": the common nouns right before the name.
      for (int i = first - 1, n = 0; i >= 0 && n < 3; i--, n++) {
        Token w = t.get(i);
        if (w.capitalized() || !w.text().chars().allMatch(Character::isLetter) || NOT_A_DESCRIPTION.contains(w.lower())
            || Lexicon.CUE_VERBS.containsKey(w.lower())) break;
        words.add(w.lower());
      }
    }
    return out;
  }

  /** Words before a name that end the description written before it: "by engineer X" is described as an engineer only. */
  private static final Set<String> NOT_A_DESCRIPTION = Set.of("the", "a", "an", "this", "that", "these", "those", "his", "her",
      "its", "their", "our", "by", "of", "to", "in", "on", "at", "for", "with", "from", "as", "and", "or", "but", "than", "when",
      "while", "after", "before", "who", "which", "whom", "whose", "also", "then", "now", "not", "is", "was", "were", "are", "be",
      "been", "has", "have", "had", "will", "would", "could", "including", "like", "between", "among", "against", "about");

  /** Lower-case words from {@code from} in direction {@code step}, up to a comma, a quote or twelve words. */
  private static void addWords(List<Token> t, int from, int step, Set<String> words) {
    for (int i = from, n = 0; i >= 0 && i < t.size() && n < 12; i += step, n++) {
      String w = t.get(i).text();
      if (w.equals(",") || w.equals("\"") || w.equals(".") || Lexicon.CUE_VERBS.containsKey(t.get(i).lower())) break;
      // ("The Minister of Foreign Affairs of Norland, Ivo Dorov": a title is capitalised before the name as after it.)
      if (!t.get(i).capitalized() || Lexicon.english().isTitle(t.get(i).lower())) words.add(t.get(i).lower());
    }
  }

  static Sentence sentenceAt(List<Sentence> sentences, int offset) {
    for (Sentence s : sentences) if (offset >= s.start() && offset < s.end()) return s;
    return null;
  }

  /**
   * "Ben Wallace, British Home Office minister said": an appositive title whose closing comma was left out, from
   * {@code start} (after the comma) to {@code end} (inclusive, the title word). The person before the comma speaks,
   * with the title's office and country; {@code otherwise} when the phrase is no such title or no person precedes it.
   */
  static Mention unclosedOr(List<Token> t, int start, int end, SpeakerResolver speakers, Mention otherwise) {
    if (start < 2 || end < start || !t.get(start - 1).text().equals(",") || t.get(end).capitalized()
        || !Lexicon.english().isTitle(t.get(end).lower())) {
      return otherwise;
    }
    Mention person = speakers.resolve(t, Phrases.npStart(t, start - 2), start - 1);
    if (person == null || person.type() != ClaimantType.PERSON || !t.get(start - 2).capitalized()) return otherwise;
    String[] office = office(t, start, end + 1);
    return office == null ? person : new Mention(person.start(), person.end(), person.text(), person.canonical(), person.key(),
        person.type(), person.role() != null ? person.role() : office[0], office[1], person.plural());
  }

  /**
   * '"...," Ivo Marn, a Latvian government spokesperson, said': the person of the phrase {@code from}..{@code to}, with
   * the title and country of the appositive after the comma that follows the name, when it gives both and the person
   * has no country yet.
   */
  static Mention withAppositiveOffice(Mention person, List<Token> t, int from, int to) {
    if (person == null || person.type() != ClaimantType.PERSON || person.affiliation() != null) return person;
    int comma = from;
    while (comma < to && !(t.get(comma).text().equals(",") && t.get(comma).start() >= person.end())) comma++;
    String[] office = comma + 1 < to ? office(t, comma + 1, to) : null;
    // ("Ana Berg, head of the Danish Refugee Council": a demonym inside a body's name is the body's, not a government's.)
    for (int k = comma + 1; office != null && k + 1 < to; k++) {
      if (t.get(k).capitalized() && Lexicon.english().country(t.get(k).text()) != null && t.get(k + 1).capitalized()) office = null;
    }
    return office == null ? person : new Mention(person.start(), person.end(), person.text(), person.canonical(), person.key(),
        person.type(), person.role() != null ? person.role() : office[0], office[1], person.plural());
  }

  /**
   * "Ivan Dorov, head of the Russian-installed administration, said", "X, a senior Norland official, said": the title
   * and the country an appositive between {@code from} and {@code to} gives its person, or null when it gives not both.
   */
  static String[] office(List<Token> t, int from, int to) {
    Lexicon lexicon = Lexicon.english();
    String title = null;
    String country = null;
    for (int k = from; k < to; k++) {
      Token w = t.get(k);
      if (title == null && !w.capitalized() && lexicon.isTitle(w.lower())) title = w.lower();
      if (country == null && w.capitalized() && lexicon.country(w.text()) != null) country = lexicon.country(w.text());
    }
    return title != null && country != null ? new String[] {title, country} : null;
  }

  /**
   * "the Supervisory Board for Mines and Quarries in Ostria (Minkor)": one word in brackets after a body's long name
   * (capitalised words joined by "for" or "of") is its short name, as initials are, not a person's party.
   */
  static boolean shortNameOfBody(List<Token> t, int open) {
    if (open + 2 >= t.size() || !t.get(open + 2).is(")") || !t.get(open + 1).capitalized()) return false;
    int capitalised = 0;
    boolean joined = false;
    for (int k = open - 1; k >= 0 && (t.get(k).capitalized() || NAME_JOINERS.contains(t.get(k).lower())); k--) {
      if (t.get(k).capitalized()) capitalised++;
      else joined |= t.get(k).is("for") || t.get(k).is("of");
    }
    return joined && capitalised >= 3;
  }

  // Compiled once: String.split, matches and replaceFirst with a pattern of more than one character compile it on every call.
  static final java.util.regex.Pattern SPACES_OR_HYPHENS = java.util.regex.Pattern.compile("[\\s-]+");

  private static final java.util.Set<String> NAME_JOINERS = java.util.Set.of("of", "for", "in", "and", "on");

  /**
   * "President Dorov's Special Adviser, Ivo Marek, said": a phrase that ends on a title before the comma names the
   * office, and the person named between the commas holds it. A capitalised title ("Special Adviser") reads as a name,
   * and a possessor ("Dorov's") as the speaker; the name after the title is who spoke.
   */
  static boolean holdsTheTitleBefore(List<Token> t, int comma, Mention between) {
    if (comma <= 0 || between == null || between.type() != ClaimantType.PERSON) return false;
    // ("Special Adviser on Media and Publicity, Ivo Marek": the title, then what it is for.)
    for (int k = comma - 1; k >= Math.max(0, comma - 6); k--) {
      if (Lexicon.english().isTitle(t.get(k).lower())) return k == comma - 1 || OF_OFFICE.contains(t.get(k + 1).lower());
      if (t.get(k).text().equals(",")) return false;
    }
    return false;
  }

  /**
   * The person named between the first two commas before {@code verb} when the phrase before them ends on a title
   * ("President Dorov's Special Adviser on Media, Ivo Marek, who spoke on Tuesday, refuted"), else null.
   */
  static Mention namedTitleHolder(List<Token> t, int verb, SpeakerResolver speakers) {
    int first = -1;
    int second = -1;
    for (int k = 0; k < verb && second < 0; k++) {
      if (!t.get(k).text().equals(",")) continue;
      if (first < 0) first = k; else second = k;
    }
    if (second < 0 || second - first > 5) return null;
    Mention between = speakers.resolve(t, first + 1, second);
    return holdsTheTitleBefore(t, first, between) ? between : null;
  }

  /** Words that open what an office is for: "adviser on security", "minister for trade", "secretary of state". */
  private static final Set<String> OF_OFFICE = Set.of("on", "for", "of", "to");

  /**
   * A lone word read as a name that only describes what follows it ("the world's oldest Jewish newspaper", "a
   * Catholic charity"): tagged an adjective, or formed as a demonym is, and standing before a common noun.
   */
  static boolean adjectiveName(List<Token> t, Mention m) {
    if (m.type() != ClaimantType.UNKNOWN || m.text().contains(" ")) return false;
    for (int k = 0; k + 1 < t.size(); k++) {
      if (t.get(k).start() != m.start()) continue;
      Token next = t.get(k + 1);
      return !next.capitalized() && "NOUN".equals(next.tag()) && ("ADJ".equals(t.get(k).tag()) || ADJECTIVE_ENDING.matcher(m.text()).find());
    }
    return false;
  }

  private static final java.util.regex.Pattern ADJECTIVE_ENDING = java.util.regex.Pattern.compile("(?:ish|ic|ese)$");
}
