package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.ModifierNames;
import io.contraflow.analysis.nlp.NameParticles;
import io.contraflow.analysis.nlp.Quote;
import io.contraflow.analysis.nlp.Sentence;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * Phrase boundaries over a sentence's tokens, shared by the sieves: where a subject starts and ends, where a speaker
 * phrase after an inverted cue ends, where reported content ends, and the words skipped between a subject and its
 * cue ("has also strongly denied"; time phrases such as "on Tuesday" are {@link TimePhrases}).
 */
final class Phrases {
  private Phrases() {}

  static final Lexicon LEXICON = Lexicon.english();

  static final Set<String> QUANTIFIERS = Set.of("both", "all", "some", "many", "several", "most", "one", "two", "three", "four",
      "five", "dozens", "hundreds");
  static final Set<String> FIGURE_NOUNS = Set.of("figure", "number", "toll", "tally", "estimate", "count");
  /** Participles by which a speaker labels what they answer: "calling the accusation absurd". */
  static final Set<String> VERDICT_PARTICIPLES = Set.of("calling", "describing", "branding", "labelling", "labeling", "terming");
  /** Capitalised words that open a sentence without naming anyone ("As the Ukrainian President said"). */
  private static final Set<String> SENTENCE_OPENERS = Set.of("as", "but", "and", "when", "while", "after", "before", "if", "although",
      "though", "because", "since", "despite", "meanwhile", "however", "yet", "so", "then", "also", "still", "now", "once", "until",
      "in", "on", "at", "for", "with", "by", "from", "during", "amid", "following");
  /** Words the tagger may call determiners that are determiners ("aviation" is not, however tagged). */
  private static final Set<String> DETERMINER_WORDS = Set.of("this", "that", "these", "those", "any", "some", "every", "each", "no",
      "either", "neither", "another", "such", "what", "which", "whose", "whatever", "all", "both", "half", "its", "his", "her", "their",
      "our", "my", "your");
  static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its");
  /** Pronouns that open a clause of their own: "said in an email it considers P", "a claim that they did P". */
  static final Set<String> CLAUSE_PRONOUNS = Set.of("it", "he", "she", "they", "we");
  private static final Set<String> CLAUSE_JOINERS = Set.of("and", "but", "while", "whereas", "though", "although", "after", "as", "even",
      "before", "since");
  private static final Set<String> SUBORDINATORS = Set.of("while", "although", "though", "as", "when", "after", "despite", "whereas", "since", "if");

  // ---- cues ---------------------------------------------------------------------------------------------------

  /** The lemma of a cue verb at {@code i}, or null: "the claims" is a noun, "claims that" after a subject a verb. */
  static String cueLemma(List<Token> t, int i) {
    String lemma = PhrasalCues.lemma(t, i, Lexicon.CUE_VERBS.get(t.get(i).lower()));
    if (lemma == null) return null;
    // "she told journalists when asked about the claims": the speaker was asked; no one here says anything.
    if (lemma.equals("ask") && i > 0 && ASKED_OF_THE_SPEAKER.contains(t.get(i - 1).lower()) && t.get(i).lower().equals("asked")) return null;
    if (DoubtingCues.objectOfDoubt(t, i)) return null;
    // "charged the suspects with murder", not "charged at the police"; "held the army responsible", not "held talks".
    if (!CuePhrases.inItsPhrase(t, i, lemma)) return null;
    // "the Varna state government", "state media": "state" before a noun names who runs it, whatever the tagger says.
    if (t.get(i).lower().equals("state") && i + 1 < t.size() && ("NOUN".equals(t.get(i + 1).tag()) || "PROPN".equals(t.get(i + 1).tag())
        || t.get(i + 1).is("-"))) return null;
    // "the claims" is a noun; "claims that" after a subject is a verb: the tagger decides.
    String tag = t.get(i).tag();
    if (tag != null && !(tag.equals("VERB") || tag.equals("AUX") || tag.equals("NOUN") && lemma.equals("say") || CueWordForms.verbTakenForNoun(t, i)
        || CueWordForms.perfectParticiple(t, i) || PhrasalCues.phraseLength(t, i) > 0)) return null;
    return CueWordForms.nounBeforeItsVerb(t, i) ? null : lemma;
  }

  private static final Set<String> ASKED_OF_THE_SPEAKER = Set.of("when", "if", "being", "was", "were", "after", "once");

  /** The start of the phrase after the last "of" in {@code [from, to)}, or {@code from}: the noun a relative clause follows. */
  static int afterLastOf(List<Token> t, int from, int to) {
    for (int k = to - 2; k > from; k--) if (t.get(k).is("of")) return k + 1;
    return from;
  }

  /** Whether a comma ends the words before {@code k}, inside a closing quotation mark or not ('P, "Q," X said'). */
  static boolean afterComma(List<Token> t, int k) {
    return k > 0 && t.get(k - 1).text().equals(",") || k > 1 && t.get(k - 1).text().equals("\"") && t.get(k - 2).text().equals(",");
  }

  /** A line that does not end like a sentence: a headline. */
  static boolean headline(List<Token> t) {
    String last = t.get(t.size() - 1).text();
    return !last.equals(".") && !last.equals("?") && !last.equals("!") && !last.equals("\"");
  }

  // ---- skipping -----------------------------------------------------------------------------------------------

  /** First index at or after {@code k} that is not an adverb or auxiliary ("and again denied"). */
  static int skipLeftwardsFrom(List<Token> t, int k) {
    return SpeakerCueGap.skipRight(t, k);
  }

  /** Last index at or before {@code k} that is not an adverb, auxiliary or quoted manner ("has also denied"). */
  static int skipLeft(List<Token> t, int k) {
    return SpeakerCueGap.skipLeft(t, k);
  }

  // ---- noun phrases -------------------------------------------------------------------------------------------

  /** Start of the noun phrase ending at {@code end} (inclusive), scanning left over names, titles and determiners. */
  static int npStart(List<Token> t, int end) {
    int k = end;
    while (k > 0) {
      Token prev = t.get(k - 1);
      String w = prev.lower();
      // ("A fact-finding mission": the tokenizer may keep the hyphen on the first half, "fact-", glued to the next word.)
      // ("Addressing previous reports which put the toll at 80, ...": a participle with an object; not "Protesting workers".)
      boolean opening = k == 1 && w.endsWith("ing") && "VERB".equals(prev.tag()) && ("DET".equals(t.get(k).tag()) || "ADJ".equals(t.get(k).tag()));
      boolean part = prev.capitalized() && !SENTENCE_OPENERS.contains(w) && !opening || w.equals("'s") || w.equals("'") || w.equals("the") || w.equals("a") || w.equals("an")
          || w.equals("of") || w.equals("and") || w.equals("other") || QUANTIFIERS.contains(w) || LEXICON.isTitle(w) || LEXICON.isGroup(w)
          || LEXICON.country(w) != null || "ADJ".equals(prev.tag()) || "NOUN".equals(prev.tag()) && !Lexicon.CUE_VERBS.containsKey(w)
          || (w.equals("-") || w.length() > 1 && w.endsWith("-")) && prev.end() == t.get(k).start() || w.equals("&") || "DET".equals(prev.tag()) && !DETERMINER_WORDS.contains(w); // "aviation/DET agency": a mistagged noun
      part |= NameParticles.inside(t, k - 1) || BracketedShortNames.inside(t, k - 1); // ("Ana de Vell", "the Vell Front (VF) militia")
      part |= w.endsWith("ing") && k >= 2 && (t.get(k - 2).is("of") || t.get(k - 2).is("the")) && t.get(k).capitalized(); // ("of neighbouring Vell")
      if (!part && (ModifierNames.installedBy(t, k - 1) || ModifierNames.gluedModifier(t, k - 1))) {
        k -= 2; // the participle and its hyphen; the installer (or the place of "Qatar-based") comes next
        continue;
      }
      if (!part || prev.text().equals("\"")) break;
      k--;
      // "RIGA An investigative group": an article opens its phrase, unless an "of" or "and" carries the name on ("the
      // Ministry of the Interior").
      boolean article = w.equals("the") || w.equals("a") || w.equals("an");
      if (article && k > 0 && !(t.get(k - 1).is("of") || t.get(k - 1).is("and") || t.get(k - 1).is("for"))) break;
    }
    // "..., and a ministry official said": the conjunction joins clauses; it is not part of the speaker's name.
    while (k < end && (t.get(k).is("and") || t.get(k).is("of") || t.get(k).text().equals("&"))) k++;
    return k;
  }

  private static final Set<String> PHRASE_STOPS = Set.of("in", "on", "at", "during", "after", "according", "as", "while", "when", "who");

  /** End (exclusive) of a speaker phrase after an inverted cue: up to punctuation, a preposition or a time word. */
  static int phraseEnd(List<Token> t, int start) {
    int k = start;
    while (k < t.size()) {
      String w = t.get(k).lower();
      // ("the students' families": a plural's possessive apostrophe, glued to it, goes on to what it possesses.)
      boolean possessive = w.equals("'") && k > start && t.get(k - 1).end() == t.get(k).start() && t.get(k - 1).lower().endsWith("s");
      // ("the state news agency", "its press service": a medium before an organisation's noun is of the name.)
      boolean namesBody = k + 1 < t.size() && LEXICON.isOrganisationNoun(t.get(k + 1).lower());
      // ("the rebel-held health ministry": a hyphen glued on both sides joins one word.)
      boolean compound = w.equals("-") && k > start && k + 1 < t.size() && t.get(k - 1).end() == t.get(k).start() && t.get(k).end() == t.get(k + 1).start();
      if (isPunct(w) && !rankStop(t, k) && !possessive && !compound || PHRASE_STOPS.contains(w) || Lexicon.TIME_WORDS.contains(w)
          && !w.equals("the") && !w.equals("a") && !w.equals("an") && !(k > start && Lexicon.BROADCASTERS.contains(w)) && !namesBody) break;
      // ("says the inquiry published last week": a participle after the noun describes the speaker.)
      if (k > start && "VERB".equals(t.get(k).tag()) && w.endsWith("ed") && "NOUN".equals(t.get(k - 1).tag())) break;
      k++;
    }
    return k;
  }

  /** End (exclusive) of the noun phrase starting at {@code start}. */
  static int npEnd(List<Token> t, int start) {
    int k = start;
    while (k < t.size()) {
      Token tok = t.get(k);
      String w = tok.lower();
      boolean nounBeforeName = "NOUN".equals(tok.tag()) && k + 1 < t.size() && t.get(k + 1).capitalized();
      boolean part = tok.capitalized() || nounBeforeName || k == start && POSSESSIVE_PRONOUNS.contains(w) || w.equals("the") || w.equals("a")
          || w.equals("an") || w.equals("of") || w.equals("'s") || LEXICON.isTitle(w) || LEXICON.isGroup(w) || "ADJ".equals(tok.tag())
          || w.equals("-") || w.equals(".") && k + 1 < t.size();
      if (!part || tok.text().equals("\"") || w.equals(".") && !rankStop(t, k) || Lexicon.TIME_WORDS.contains(w) && !w.equals("the") && !w.equals("a")) break;
      k++;
    }
    return k;
  }

  /** The period of an abbreviated rank or of initials before a name ("said Brig. Gen. Ana Ortiz", "T.H. Chan"): it ends no phrase. */
  static boolean rankStop(List<Token> t, int k) {
    return k > 0 && k + 1 < t.size() && t.get(k).text().equals(".") && t.get(k).start() == t.get(k - 1).end()
        && (LEXICON.isTitle(t.get(k - 1).text()) || t.get(k - 1).initials()) && t.get(k + 1).capitalized();
  }

  // ---- reported content ---------------------------------------------------------------------------------------

  private static final Set<String> UNCONFIRMED = Set.of("confirmed", "verified", "corroborated", "substantiated");

  /** "that could not be confirmed", "this could not be independently verified" at {@code k}. */
  private static boolean unconfirmedAfter(List<Token> t, int k) {
    if (k + 4 >= t.size() || !(t.get(k).is("that") || t.get(k).is("this") || t.get(k).is("it")) || !t.get(k + 1).is("could")) return false;
    int m = k + 2;
    if (t.get(m).is("not")) m++;
    else return false;
    if (m < t.size() && t.get(m).is("be")) m++;
    if (m < t.size() && t.get(m).lower().endsWith("ly")) m++;
    return m < t.size() && UNCONFIRMED.contains(t.get(m).lower());
  }

  /**
   * {@code end}, or the comma that closes the relative clause the cue at {@code cue} opens: "X, which describes itself
   * as a farmers' union, said Y" says of X only what is between the commas.
   */
  static int relativeClauseEnd(List<Token> t, int cue, int from, int end) {
    if (cue < 2 || !t.get(cue - 2).text().equals(",") || !(t.get(cue - 1).is("which") || t.get(cue - 1).is("who"))) return end;
    for (int k = from; k < end; k++) if (t.get(k).text().equals(",")) return k;
    return end;
  }

  /**
   * The content of a reported clause ends at "according to", at "quoted as", or at the sentence end; in a sentence
   * opened by a subordinator ("While X claimed P, Y did Q") it ends with the subordinate clause.
   */
  static int contentEnd(List<Token> t, int from) {
    // The first word, past bullets, quotation marks and a joining "and"/"but": "• Despite X claiming P, Y says Q".
    int first = OpeningPhrase.firstWord(t);
    boolean subordinate = first < t.size() && SUBORDINATORS.contains(t.get(first).lower());
    for (int k = from; k < t.size(); k++) {
      if (subordinate && t.get(k).text().equals(",") && k > from) return k;
      // "P, and U.S. intelligence said Q", "P, after she said Q", "P even as investigators said Q": a clause with its own
      // cue ends this content.
      boolean evenAs = k > from && (t.get(k).is("even") && k + 1 < t.size() && t.get(k + 1).is("as") || t.get(k).is("while") || t.get(k).is("whereas"));
      if ((t.get(k).text().equals(",") && k + 1 < t.size() && CLAUSE_JOINERS.contains(t.get(k + 1).lower()) || evenAs)) {
        // (The other clause's subject may be long: ", but Iraqi officials and relatives of the victims claimed Q", ", but
        // a report by the Kessa Energy Supervisory Agency (KESA) found Q".)
        // (", while the coast guard published a log": a contrast the outlet draws, in a clause of its own, is no part of it either.)
        boolean contrast = t.get(k - 1).text().equals(",") && (t.get(k).is("while") || t.get(k).is("whereas"));
        for (int m = k + 2; m < Math.min(t.size(), k + 22); m++) {
          if (cueLemma(t, m) != null && !t.get(m).lower().endsWith("ing") || contrast && m < k + 6 && "VERB".equals(t.get(m).tag())
              && t.get(m).lower().endsWith("ed") && !"AUX".equals(t.get(m - 1).tag())) return k;
        }
      }
      // "Ostria says it gave no warning, its ambassador Ana Berg told the Gazette": a second speaker and cue after the
      // comma tell who said it again; they are no part of what was said.
      if (k > from && t.get(k).text().equals(",") && InvertedSpeakers.tail(t, k + 1)) return k;
      // "denied involvement in the strike, which Norland blamed on it": a relative clause with a speaker and cue of its
      // own is that speaker's claim (ObjectRelativeRule), not part of this one.
      // (So is ", which it said killed 40": the speaker's own clause about the antecedent, read as such.)
      if (k > from && t.get(k).text().equals(",") && k + 3 < t.size() && (t.get(k + 1).is("which") || t.get(k + 1).is("whom"))
          && ("PROPN".equals(t.get(k + 2).tag()) || t.get(k + 2).is("the") || t.get(k + 2).is("it") || t.get(k + 2).is("he") || t.get(k + 2).is("she"))) {
        for (int m = k + 3; m < Math.min(t.size(), k + 7); m++) if (cueLemma(t, m) != null && !t.get(m).lower().endsWith("ing")) return k;
      }
      // "P and (again) denied Q", "P and said in a statement Q": a second cue verb sharing the subject ends this content too.
      if (k > from && (t.get(k).is("and") || t.get(k).is("but"))) {
        int m = skipLeftwardsFrom(t, k + 1);
        if (m < t.size() && cueLemma(t, m) != null && (t.get(m).lower().endsWith("ed") || Lexicon.IRREGULAR_PASTS_OF_SAYING.contains(t.get(m).lower()))) return k;
      }
      // "300 were killed and a ministry official said 500 were": a second speaker's own clause, joined without a comma.
      if (k > from && (t.get(k).is("and") || t.get(k).is("but")) && secondSpeakerClause(t, from, k)) return k;
      // "P, a figure that could not be verified": the outlet's remark on P. ("P, a claim Kyiv denied" is read later,
      // as Kyiv's denial of P.)
      if (k > from && t.get(k).text().equals(",") && k + 2 < t.size() && (t.get(k + 1).is("a") || t.get(k + 1).is("an"))
          && FIGURE_NOUNS.contains(t.get(k + 2).lower())) {
        return k;
      }
      // "P following an explosion which was believed to have been set off by a fault": the unnamed belief is no part of P.
      if (k > from && ReducedRelatives.hedgedRelative(t, k)) return k;
      // "P but that could not be confirmed by the coastguard": the outlet's remark on P, not part of it.
      if (k > from && (t.get(k).is("but") || t.get(k).is("though")) && unconfirmedAfter(t, k + 1)) return k;
      // "P, but did not give their names": a second predicate of the speaker, not part of P.
      if (k > from && t.get(k).text().equals(",") && k + 2 < t.size() && (t.get(k + 1).is("but") || t.get(k + 1).is("and"))
          && ("AUX".equals(t.get(k + 2).tag()) || "VERB".equals(t.get(k + 2).tag())) && !t.get(k + 2).lower().endsWith("ing")) {
        return k;
      }
      // "P, adding that Q", "P, calling the charge absurd": the speaker's next remark or verdict is not part of P; so is
      // "denied X saying Q" (TrailingParticiples).
      if (k > from && (t.get(k).text().equals(",") && k + 1 < t.size() && t.get(k + 1).lower().endsWith("ing")
          && (cueLemma(t, k + 1) != null || VERDICT_PARTICIPLES.contains(t.get(k + 1).lower())) || TrailingParticiples.opensAt(t, k) || AbsoluteClauses.opensAt(t, k))) return k;
      // "P, the late politician's widow Yulia Navalnaya said on Thursday.": the sentence's own attribution ends P.
      if (k > from && t.get(k).text().equals(",") && closingAttribution(t, k + 1)) return k;
      // 'P -- "Q," X said': a quote with its own speaker after a dash.
      if (k > from && (t.get(k).text().equals("-") || t.get(k).text().equals("--")) && k + 1 < t.size() && t.get(k + 1).text().equals("\"")) return k;
      if (t.get(k).lower().equals("according") && k + 1 < t.size() && t.get(k + 1).is("to") && !Norms.isNorm(t, k + 2)) return k;
      if (t.get(k).is("quoted") && k + 1 < t.size() && t.get(k + 1).is("as")) return k;
    }
    return t.size();
  }

  /** "'s", "'", "’s" or "’": the mark of a possessive, as the tokenizer splits it off. */
  static boolean possessiveMark(String text) {
    return text.equals("'s") || text.equals("’s") || text.equals("'") || text.equals("’");
  }

  private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "PART", "NUM");
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our", "my");

  /**
   * After the conjunction at {@code and}: a noun phrase and a cue in the past ("and a ministry official said"), with a
   * full clause before it ("300 were killed"), so the conjunction joins two reports rather than two subjects ("Kyiv
   * and Warsaw said").
   */
  private static boolean secondSpeakerClause(List<Token> t, int from, int and) {
    boolean verbBefore = false;
    for (int k = from; k < and && !verbBefore; k++) verbBefore = "VERB".equals(t.get(k).tag()) || "AUX".equals(t.get(k).tag());
    if (!verbBefore) return false;
    int m = and + 1;
    // ("but his wife says he stayed inside": a possessive pronoun opens the phrase too.)
    while (m < t.size() && m < and + 7 && (NOUN_PHRASE_TAGS.contains(String.valueOf(t.get(m).tag())) || POSSESSIVES.contains(t.get(m).lower()))
        && !speaks(t, m)) m++;
    if (m == and + 1 || m >= t.size()) return false;
    String head = String.valueOf(t.get(m - 1).tag());
    // ("but his partner, Ana Berg, who stood at the gate, says": phrases set off by commas before the subject's cue.)
    int closing = m;
    for (int set = 0; set < 3 && t.get(closing).text().equals(","); set++) {
      int next = closing + 1;
      while (next < t.size() && next < closing + 10 && !t.get(next).text().equals(",")) next++;
      if (next >= t.size() || !t.get(next).text().equals(",")) break;
      closing = next; // the comma that closes this phrase
    }
    if (closing != m && closing + 1 < t.size() && speaks(t, closing + 1)) m = closing + 1;
    // ("the attack and killings claimed by the governor": a participle before its "by" describes the noun; no one speaks.)
    boolean describes = t.get(m).lower().endsWith("ed") && m + 1 < t.size() && t.get(m + 1).is("by");
    return (head.equals("NOUN") || head.equals("PROPN")) && speaks(t, m) && !t.get(m).lower().endsWith("ing") && !describes;
  }

  /** A cue verb, or a verb of disagreement ("but the video contradicted that account"). */
  private static boolean speaks(List<Token> t, int m) {
    return cueLemma(t, m) != null || "VERB".equals(t.get(m).tag()) && Lexicon.DISAGREEMENT_VERBS.containsKey(t.get(m).lower());
  }

  static final Set<String> STATEMENT_PARTICIPLES = Set.of("issued", "released", "published", "posted", "sent", "carried",
      "broadcast", "aired", "given");

  /** From {@code k} to the sentence's end: a speaker, a saying verb, and at most a time or place ("X said on Thursday."). */
  private static boolean closingAttribution(List<Token> t, int k) {
    for (int m = k + 1; m < Math.min(t.size(), k + 12); m++) {
      String lemma = cueLemma(t, m);
      if (lemma == null) {
        if ("VERB".equals(t.get(m).tag()) || "AUX".equals(t.get(m).tag()) || t.get(m).text().equals(",")) return false;
        continue;
      }
      if (!lemma.equals("say") && !lemma.equals("tell") && !lemma.equals("add")) return false;
      int end = TimePhrases.skipTimePhrases(t, m + 1);
      // "X said in a statement issued late on Monday.": what describes the statement is not more content.
      if (end < t.size() && STATEMENT_PARTICIPLES.contains(t.get(end).lower())) end = t.size();
      while (end < t.size() && isPunct(t.get(end).text())) end++;
      return end >= t.size();
    }
    return false;
  }

  static int[] clause(List<Token> t, int from, int to) {
    return trim(t, from, contentEnd(t, from) < to ? contentEnd(t, from) : to);
  }

  static int[] trim(List<Token> t, int from, int to) {
    while (from < to && isPunct(t.get(from).text())) from++;
    while (to > from && isPunct(t.get(to - 1).text())) to--;
    return from < to ? new int[] {from, to} : null;
  }

  static boolean isPunct(String s) {
    return s.equals(",") || s.equals(".") || s.equals(":") || s.equals(";") || s.equals("\"") || s.equals("-") || s.equals("'");
  }

  // ---- offsets ------------------------------------------------------------------------------------------------

  static boolean[] quotedTokens(List<Token> t, List<Quote> quotes) {
    boolean[] q = new boolean[t.size()];
    for (int i = 0; i < t.size(); i++) {
      for (Quote quote : quotes) {
        if (quote.words() >= 3 && t.get(i).start() >= quote.start() && t.get(i).end() <= quote.end()) {
          q[i] = true;
          break;
        }
      }
    }
    return q;
  }

  static int firstTokenFrom(List<Token> t, int offset) {
    for (int i = 0; i < t.size(); i++) if (t.get(i).start() >= offset && !t.get(i).text().equals("\"") && !t.get(i).text().equals(",")) return i;
    return -1;
  }

  static int lastTokenBefore(List<Token> t, int offset) {
    int last = -1;
    for (int i = 0; i < t.size(); i++) if (t.get(i).end() < offset) last = i;
    return last;
  }

  static int indexOf(List<Sentence> sentences, int offset, int fallback) {
    for (Sentence s : sentences) if (offset >= s.start() && offset < s.end()) return s.index();
    return fallback;
  }

  static int indexOfWord(List<Token> t, int from, int to, String word) {
    for (int k = Math.max(0, from); k < Math.min(to, t.size()); k++) if (t.get(k).is(word)) return k;
    return -1;
  }

  static String slice(String body, List<Token> t, int from, int to) {
    return body.substring(t.get(from).start(), t.get(to - 1).end());
  }

  /**
   * "Nova Kessa city mayor Ivan Dorov": a place read as a person's name, then an office in lower case, then the one who
   * holds it. The office holder after {@code m} among {@code inside}, else {@code m}.
   */
  static Mention officeHolderAfter(List<Token> t, List<Mention> inside, Mention m) {
    int i = inside.indexOf(m);
    Mention next = i + 1 < inside.size() ? inside.get(i + 1) : null;
    if (next == null || next.type() != ClaimantType.PERSON) return m;
    boolean title = false;
    for (Token k : t) {
      if (k.start() < m.end() || k.start() >= next.start()) continue;
      if (k.capitalized() || !LEXICON.isTitle(k.lower()) && !"ADJ".equals(k.tag()) && !"NOUN".equals(k.tag())) return m;
      title |= LEXICON.isTitle(k.lower());
    }
    return title ? next : m;
  }
}
