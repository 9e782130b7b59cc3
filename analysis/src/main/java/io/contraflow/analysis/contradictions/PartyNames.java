package io.contraflow.analysis.contradictions;

import io.contraflow.analysis.nlp.Lexicon;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** How a party's name is read: its surname, its initials, the country it names, without article or possessive. */
final class PartyNames {
  private static final Lexicon LEXICON = Lexicon.english();
  /** Splits a name into words, keeping apostrophes and hyphens inside them. */
  static final Pattern TOKENS = Pattern.compile("[^\\p{L}\\p{N}'’-]+");
  private static final Set<String> NAME_FUNCTION_WORDS = Set.of("of", "the", "and", "for", "in", "on", "de", "al");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
  private static final Pattern ARTICLE = Pattern.compile("^(?i)(the|a|an)\\s+");

  private PartyNames() {}

  /** The acronym a name of two to six capitalised words makes, or null. */
  static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.trim().split("[\\s-]+")) {
      if (w.isEmpty() || NAME_FUNCTION_WORDS.contains(w)) continue;
      if (!Character.isUpperCase(w.charAt(0))) return null;
      b.append(w.charAt(0));
    }
    return b.length() >= 2 && b.length() <= 6 && b.length() < name.trim().length() - 1 ? b.toString() : null;
  }

  /** The last word of a person's name, lower case, or null when the name has no letters. */
  static String surname(String name) {
    String[] parts = TOKENS.split(name.trim());
    for (int i = parts.length - 1; i >= 0; i--) {
      if (!parts[i].isEmpty() && Character.isLetter(parts[i].charAt(0))) return withoutPossessive(parts[i].toLowerCase(Locale.ROOT));
    }
    return null;
  }

  /** The country a demonym, country name or seat in the name refers to ("Russian Defense Ministry", "Kremlin"). */
  static String countryIn(String lowerName) {
    for (String w : TOKENS.split(lowerName)) {
      String c = LEXICON.country(withoutPossessive(w));
      if (c != null) return c;
    }
    return null;
  }

  /**
   * A body of a profession or of citizens, not of the state, though its name holds a word of office: "the Central
   * Committee of Doctors", "the Union of Journalists", "the Lawyers' Council". (Not "the Army Corps of Engineers", whose
   * name holds a word only the state's bodies have.)
   */
  static boolean bodyOfIndependentPeople(String lowerName) {
    boolean people = false;
    for (String w : TOKENS.split(lowerName)) {
      String word = withoutPossessive(w.replace('’', '\''));
      if (word.endsWith("s'")) word = word.substring(0, word.length() - 1);
      if (STATE_ONLY.contains(word)) return false;
      people |= Lexicon.INDEPENDENT_PEOPLE.contains(word) || Lexicon.INDEPENDENT_PEOPLE.contains(word + "s");
    }
    return people;
  }

  /** Words of office only the state's bodies hold, unlike a committee, council, union or office. */
  private static final Set<String> STATE_ONLY = Set.of("ministry", "minister", "government", "army", "military", "police",
      "forces", "defence", "defense", "intelligence", "security", "presidential", "presidency", "cabinet", "prosecutor", "navy");

  /** {@code w.replaceAll("['’]s$", "")}, with the pattern compiled once (this runs for every word of every claim's sentence). */
  static String withoutPossessive(String w) {
    return POSSESSIVE.matcher(w).replaceAll("");
  }

  /** {@code s.replaceFirst("^(?i)(the|a|an)\\s+", "")}, compiled once. */
  static String withoutArticle(String s) {
    return ARTICLE.matcher(s).replaceFirst("");
  }

  /**
   * The claimant's names as its sentence writes them: the mention, without its article ("a top Russian official", "top
   * Russian official"), and with the article the sentence gives it ("The United States believes").
   */
  static java.util.List<String> asWritten(io.contraflow.analysis.claims.Claim c) {
    if (c.claimantMention() == null || c.claimantMention().isBlank()) return java.util.List.of();
    String mention = spelledAsIn(c.sentence(), c.claimantMention().strip());
    java.util.List<String> out = new java.util.ArrayList<>(java.util.List.of(mention, withoutArticle(mention)));
    String withArticle = withArticleIn(c.sentence(), mention);
    if (withArticle != null) out.add(withArticle);
    // "the Norland Relief Council (NRC)": the short name the sentence gives in brackets is one of its names too.
    String shortName = shortNameAfter(c.sentence(), mention);
    if (shortName != null) out.addAll(java.util.List.of(withoutArticle(mention) + " (" + shortName + ")", shortName));
    return out;
  }

  private static final Pattern SHORT_NAME_AFTER = Pattern.compile("^\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}&-]{1,9})\\)");

  /** The acronym in brackets right after {@code mention} in {@code sentence}, or null. */
  private static String shortNameAfter(String sentence, String mention) {
    int at = sentence == null ? -1 : sentence.indexOf(mention);
    if (at < 0) return null;
    java.util.regex.Matcher m = SHORT_NAME_AFTER.matcher(sentence.substring(at + mention.length()));
    return m.find() ? m.group(1) : null;
  }

  /**
   * The mention with the apostrophes its sentence uses: extraction reads "the region’s monitor" as "the region's
   * monitor", and a reader (or a search for the name) sees the sentence's own characters.
   */
  static String spelledAsIn(String sentence, String mention) {
    if (sentence == null || mention.indexOf('\'') < 0 || sentence.contains(mention)) return mention;
    String curly = mention.replace('\'', '\u2019');
    return sentence.contains(curly) ? curly : mention;
  }

  /** "The United States" where {@code sentence} writes {@code name} after "the"; null when it does not. */
  static String withArticleIn(String sentence, String name) {
    if (sentence == null || name.isEmpty() || !Character.isUpperCase(name.charAt(0))) return null;
    for (int at = sentence.indexOf(name); at >= 4; at = sentence.indexOf(name, at + 1)) {
      String before = sentence.substring(at - 4, at);
      boolean wordStart = at == 4 || !Character.isLetter(sentence.charAt(at - 5));
      if ((before.equals("the ") || before.equals("The ")) && wordStart) return sentence.substring(at - 4, at + name.length());
    }
    return null;
  }

  /** Words before a title that are no part of it: articles, prepositions, conjunctions. */
  private static final Set<String> NOT_OF_A_TITLE = Set.of("the", "a", "an", "by", "with", "for", "from", "as", "after", "while", "when",
      "where", "said", "says", "told", "according", "if", "than", "its", "their", "his", "her");

  /** "foreign" of "foreign minister", "senior" of "senior police officer": a word that may qualify the title after it. */
  private static boolean qualifiesTitle(String w) {
    return !NOT_OF_A_TITLE.contains(w) && !PHRASE_STOPS.contains(w) && !io.contraflow.analysis.nlp.Lexicon.CUE_VERBS.containsKey(w)
        && !w.endsWith("ed") && !w.endsWith("ly");
  }

  /** Words that end a speaker's phrase on its right: what it did or where it said it. */
  private static final Set<String> PHRASE_STOPS = Set.of("have", "has", "had", "is", "was", "were", "are", "will", "would", "who",
      "which", "that", "on", "in", "at", "to", "told", "also", "later", "earlier", "then", "and", "but", "said", "says");
  /** Participles that are part of a title, not the speaker's deed: "armed forces spokesman", "retired general". */
  private static final Set<String> TITLE_PARTICIPLES = Set.of("armed", "retired", "elected", "appointed");
  /** Words a speaker's phrase may add on either side of its mention. */
  private static final int MAX_PHRASE_WORDS = 5;

  /**
   * The whole phrase its sentence names the claimant by, around the mention: "Norland's Kesta militia fighters" for "Kesta",
   * "Secretary of State Ana Ruiz" for "Ana Ruiz", "a Norland armed forces spokesman" for "Norland". What a reader sees
   * on a side beside the party's name; null when the sentence writes no more than the mention.
   */
  static String phraseAsWritten(io.contraflow.analysis.claims.Claim c) {
    String mention = c.claimantMention() == null ? null : spelledAsIn(c.sentence(), c.claimantMention().strip());
    String sentence = c.sentence();
    if (mention == null || mention.isEmpty() || sentence == null) return null;
    int at = sentence.indexOf(mention);
    if (at < 0) return null;
    int from = at;
    int words = 0;
    boolean afterTitle = false;
    // Left: capitalised words and possessives ("Norland's", "Secretary of State"), "of" inside them, an article first;
    // titles written in lower case and the words that qualify them ("Kessa deputy police chief Tomas Ulmen").
    while (from > 0 && words < MAX_PHRASE_WORDS) {
      int end = from - 1;
      while (end >= 0 && sentence.charAt(end) == ' ') end--;
      if (end < 0) break;
      int start = end;
      while (start > 0 && !Character.isWhitespace(sentence.charAt(start - 1))) start--;
      String w = sentence.substring(start, end + 1);
      boolean name = Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(w.length() - 1)) || w.endsWith("'s") || w.endsWith("’s");
      // ("On Monday Kessa police chief ...": a day or a month is no part of a name.)
      if (name && Lexicon.DAYS_AND_MONTHS.contains(withoutPossessive(w.toLowerCase(Locale.ROOT)))) break;
      boolean title = !name && w.chars().allMatch(Character::isLowerCase) && (LEXICON.isTitle(w) || afterTitle && qualifiesTitle(w));
      if (!name && !title && !w.equals("of")) break;
      afterTitle = title;
      from = start;
      words++;
    }
    while (sentence.startsWith("of ", from)) from += 3;
    int to = at + mention.length();
    words = 0;
    // Right: lower-case nouns of the phrase ("fighters", "armed forces spokesman") up to the verb.
    while (to < sentence.length() && words < MAX_PHRASE_WORDS) {
      int start = to;
      while (start < sentence.length() && sentence.charAt(start) == ' ') start++;
      int end = start;
      while (end < sentence.length() && Character.isLetter(sentence.charAt(end))) end++;
      if (end == start) break;
      String w = sentence.substring(start, end);
      if (!Character.isLowerCase(w.charAt(0)) || PHRASE_STOPS.contains(w) || io.contraflow.analysis.nlp.Lexicon.CUE_VERBS.containsKey(w)
          || w.endsWith("ed") && !TITLE_PARTICIPLES.contains(w) || w.endsWith("ly")) break;
      to = end;
      words++;
      if (end < sentence.length() && !Character.isWhitespace(sentence.charAt(end))) break; // "spokesman," ends it
    }
    to = seatEnd(sentence, to);
    String phrase = withoutArticle(sentence.substring(from, to).strip());
    return phrase.equals(mention) || phrase.isEmpty() ? null : phrase;
  }

  /** "based in", "headquartered in": where a body sits, which tells one of two rival governments from the other. */
  private static final java.util.regex.Pattern SEAT = java.util.regex.Pattern.compile(
      "^,?\\s+(?:based|headquartered|seated|stationed)\\s+in\\s+");
  /** Words a body's seat may take: "in Varno", "in the east of the country". */
  private static final int MAX_SEAT_WORDS = 6;

  /**
   * The end of the phrase with the body's seat after it ("the government based in the east of the country put the
   * toll at 3,000": "the government" alone does not say which of two governments), or {@code to} when none follows.
   */
  private static int seatEnd(String sentence, int to) {
    java.util.regex.Matcher seat = SEAT.matcher(sentence.substring(to));
    if (!seat.find()) return to;
    int end = to + seat.end();
    int last = to;
    for (int words = 0; words < MAX_SEAT_WORDS; words++) {
      int wordEnd = end;
      while (wordEnd < sentence.length() && (Character.isLetter(sentence.charAt(wordEnd)) || sentence.charAt(wordEnd) == '-')) wordEnd++;
      if (wordEnd == end) break;
      String w = sentence.substring(end, wordEnd);
      boolean place = Character.isUpperCase(w.charAt(0)) || w.equals("the") || w.equals("of") || !PHRASE_STOPS.contains(w)
          && !io.contraflow.analysis.nlp.Lexicon.CUE_VERBS.containsKey(w) && !w.endsWith("ed") && !w.endsWith("ly");
      if (!place) break;
      if (!w.equals("the") && !w.equals("of")) last = wordEnd;
      if (wordEnd >= sentence.length() || sentence.charAt(wordEnd) != ' ') break;
      end = wordEnd + 1;
    }
    return last;
  }
}
