package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Token;
import java.util.List;
import io.contraflow.analysis.nlp.Lexicon;
import java.util.Set;

/**
 * The speaker named after its verb ("P, says the press office of the Kessa port authority", "P, said a spokesman for
 * the ministry"): a noun phrase, common nouns included, with the phrases of "of" and "for" that name whose it is.
 */
final class InvertedSpeakers {
  private static final Set<String> NOMINAL = Set.of("ADJ", "NOUN", "PROPN");

  private InvertedSpeakers() {}

  /** The end (exclusive) of the speaker phrase starting at {@code from}. */
  static int end(List<Token> t, int from) {
    int whole = ofPhrases(t, from);
    // (Common nouns make a speaker only where the phrase closes the clause, "P, said the bruising on ..." names none,
    // and where a name or a speaker's noun is among them: "P, denies wrongdoing." names none either.)
    boolean closes = whole >= t.size() || t.get(whole).text().equals(".") || t.get(whole).text().equals(",");
    return closes && namesSomeone(t, from, whole) ? whole : Phrases.npEnd(t, from);
  }

  private static boolean namesSomeone(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = t.get(k).lower();
      if (t.get(k).capitalized() || Phrases.LEXICON.isTitle(w) || Phrases.LEXICON.isGroup(w) || Phrases.LEXICON.isGroupMember(w)
          || Phrases.LEXICON.isOrganisationNoun(w)) return true;
    }
    return false;
  }

  private static int ofPhrases(List<Token> t, int from) {
    int end = phraseEnd(t, from);
    while (end + 1 < t.size() && (t.get(end).is("of") || t.get(end).is("for"))) {
      int next = phraseEnd(t, end + 1);
      if (next <= end + 1) break;
      end = next;
    }
    return end;
  }

  /**
   * Past an appositive after the speaker ending at {@code end} ("P, said Ana Berg, the governor of Vell."): it describes
   * the speaker and is no part of what was said; nor is a participle's remark after it ("P, said Ana Berg, adding Q").
   */
  private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("as", "while", "when", "after", "before", "because",
      "since", "although", "though", "amid", "whereas", "until", "once");

  static int pastAppositive(List<Token> t, int end) {
    if (end + 1 >= t.size() || !t.get(end).text().equals(",")) return end;
    // ("P, said Ana Berg, adding that Q": Q is a remark of its own, read at its participle.)
    if (t.get(end + 1).lower().endsWith("ing") && "VERB".equals(t.get(end + 1).tag())) return t.size();
    // ("P, said a Norland official, as the cases spread": a clause of time or cause after the speaker is the outlet's,
    // and what was said is P.)
    if (SUBORDINATORS.contains(t.get(end + 1).lower())) return t.size();
    int appositive = ofPhrases(t, end + 1);
    boolean closes = appositive >= t.size() || t.get(appositive).text().equals(".") || t.get(appositive).text().equals(",");
    if (!(appositive > end + 1 && closes && "DET".equals(t.get(end + 1).tag()))) return end;
    // ("P, said Ana Berg, the port's director, as divers searched": past the appositive, the same.)
    return appositive + 1 < t.size() && SUBORDINATORS.contains(t.get(appositive + 1).lower()) ? t.size() : appositive;
  }

  private static int phraseEnd(List<Token> t, int from) {
    int k = from;
    if (k < t.size() && "DET".equals(t.get(k).tag())) k++;
    int nouns = k;
    while (k < t.size() && (NOMINAL.contains(String.valueOf(t.get(k).tag())) || t.get(k).text().equals("'s"))) k++;
    return Math.max(Phrases.npEnd(t, from), k > nouns ? k : from);
  }

  /**
   * After ", said X" the speaker phrase ends the clause; "claimed Kyiv had prepared" continues with a verb. The cue
   * follows the comma at {@code comma}.
   */
  static boolean invertedSpeakerEnds(List<Token> t, int comma, int end) {
    if (end >= t.size()) return true;
    // ("Ana Berg, the mayor of Vell, said Norland, Ostria and Kessa must pay": nothing before the comma was said, so
    // the cue's subject is the name before its appositive and what follows it is the statement, unless it ends there.)
    if (!statementBefore(t, comma) && !t.get(end).text().equals(".")) return false;
    // ("X, the head of the union, said Berg's statement was false": a possessor is no speaker; what follows it is said.)
    if (end > 0 && t.get(end - 1).text().equals("'s")) return false;
    String w = t.get(end).lower();
    return w.equals(".") || w.equals(",") || w.equals("\"") || w.equals("in") || w.equals("on") || w.equals("according") || w.equals("at")
        || Lexicon.TIME_WORDS.contains(w);
  }

  /** Whether the words before {@code comma} say something: a verb or a quotation, not only a name and its appositive. */
  private static boolean statementBefore(List<Token> t, int comma) {
    for (int k = 0; k < comma; k++) {
      Token w = t.get(k);
      if ("VERB".equals(w.tag()) || "AUX".equals(w.tag()) || w.text().equals("\"") || w.text().equals("'")) return true;
    }
    return false;
  }

  /**
   * From {@code from}: a noun phrase naming an office holder, then a cue in the past ("its envoy, Ana Berg, told"), and
   * little after. (A body named there, "the rights group Civic Watch said", may own what unnamed evidence suggested
   * before it: CueVerbSieve reads that.)
   */
  private static final Set<String> TAIL_CUES = Set.of("say", "tell", "add", "insist", "stress", "write");

  static boolean tail(List<Token> t, int from) {
    boolean office = false;
    for (int m = from + 1; m < Math.min(t.size(), from + 14); m++) {
      Token w = t.get(m);
      // (Only a person's saying: "..., the Associated Press reported" passes P on, which the relay rules read.)
      String lemma = Phrases.cueLemma(t, m);
      if (lemma != null && TAIL_CUES.contains(lemma) && !w.lower().endsWith("ing") && (w.lower().endsWith("ed") || Lexicon.IRREGULAR_PASTS_OF_SAYING.contains(w.lower()))) {
        return office && t.size() - m < 10 && (t.get(m - 1).capitalized() || t.get(m - 1).text().equals(","));
      }
      office |= Lexicon.english().isTitle(w.lower());
      if ("VERB".equals(w.tag()) || "AUX".equals(w.tag()) || w.is("that") || w.is("which") || w.is("who")) return false;
    }
    return false;
  }
}
