package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * Whether a word that can report speech is a verb where it stands, against the tagger's reading: a participle it took
 * for an adjective, a headline's verb it took for a noun, a noun before its verb it took for a verb.
 */
final class CueWordForms {
  private CueWordForms() {}

  /**
   * "the teams have since verified the images": a participle after "have" and an adverb, which the tagger may take for
   * an adjective; after a perfect auxiliary it is the verb.
   */
  static boolean perfectParticiple(List<Token> t, int i) {
    if (!"ADJ".equals(t.get(i).tag()) || !t.get(i).lower().endsWith("ed")) return false;
    int k = i - 1;
    while (k >= 0 && k >= i - 2 && !"AUX".equals(t.get(k).tag()) && SpeakerCueGap.SKIPPABLE.contains(t.get(k).lower())) k--;
    return k >= 0 && k < i - 1 && Set.of("have", "has", "had").contains(t.get(k).lower());
  }

  /** A present tense the tagger took for a plural noun: a headline's verb, or the verb after a subject's appositive. */
  static boolean verbTakenForNoun(List<Token> t, int i) {
    return headlineVerb(t, i) || verbAfterAppositive(t, i) || verbAfterShortName(t, i);
  }

  /**
   * "The Centre for Democracy (CFD) argues that P": a present form right after the brackets of a body's short name,
   * before "that" or a pronoun, is the body's verb; the tagger, seeing a bracket before it, takes it for a noun.
   */
  private static boolean verbAfterShortName(List<Token> t, int i) {
    return "NOUN".equals(t.get(i).tag()) && i >= 3 && t.get(i - 1).text().equals(")") && t.get(i).lower().endsWith("s")
        && i + 1 < t.size() && OBJECTS_OF_SAYING.contains(t.get(i + 1).lower());
  }

  /** "Kremlin calls accusations 'unfounded'": a headline's present tense after a name, which the tagger takes for a noun. */
  private static boolean headlineVerb(List<Token> t, int i) {
    if (!"NOUN".equals(t.get(i).tag()) || i == 0) return false;
    // "Palestinians mourn slain journalist, blame Israel": a headline's second verb after a comma.
    if (t.get(i - 1).text().equals(",") && Phrases.headline(t)) return true;
    // ("which the governor accuses of P": a form that is never a plural noun, whatever the tagger says; "Vell Electric
    // denies": after a name's last word, which the tagger may take for an adjective.)
    if (VERB_ONLY_FORMS.contains(t.get(i).lower()) && ("NOUN".equals(t.get(i - 1).tag()) || "PROPN".equals(t.get(i - 1).tag())
        || t.get(i - 1).capitalized() && Character.isLetter(t.get(i - 1).text().charAt(0)))) return true;
    // ("Media reports said": a noun, subject of the reporting verb right after it.)
    return "PROPN".equals(t.get(i - 1).tag()) && t.get(i).lower().endsWith("s") && (i == 1 || !t.get(i - 2).text().equals("'s")
        && !t.get(i - 2).is("the")) && !(i + 1 < t.size() && "VERB".equals(t.get(i + 1).tag()) && Lexicon.CUE_VERBS.containsKey(t.get(i + 1).lower()));
  }

  /** What follows a verb of saying and no plural noun: "claims that P", "disputes this". */
  private static final Set<String> OBJECTS_OF_SAYING = Set.of("that", "this", "it", "these", "those");
  /** What opens an appositive or a relative clause after the subject: "Vellco, the firm that runs it,", "Vellco, which". */
  private static final Set<String> APPOSITIVE_OPENERS = Set.of("the", "a", "an", "which", "who", "whose", "its", "one");

  /**
   * "Vellco, the firm that runs the depot, disputes this": a present form right after the comma that closes an
   * appositive, before "that" or a pronoun, is the subject's verb; the tagger, seeing a comma and a noun phrase before
   * it, takes it for a noun in a list.
   */
  private static boolean verbAfterAppositive(List<Token> t, int i) {
    if (!"NOUN".equals(t.get(i).tag()) || i < 4 || !t.get(i - 1).text().equals(",") || !t.get(i).lower().endsWith("s")
        || i + 1 >= t.size() || !OBJECTS_OF_SAYING.contains(t.get(i + 1).lower())) return false;
    int open = i - 2;
    while (open > 0 && !t.get(open).text().equals(",")) open--;
    return open > 0 && open < i - 2 && APPOSITIVE_OPENERS.contains(t.get(open + 1).lower())
        && ("PROPN".equals(t.get(open - 1).tag()) || "NOUN".equals(t.get(open - 1).tag()));
  }

  /**
   * Whether the word at {@code j}, right after a cue, opens what was said without being part of it: "that" ("denied
   * that P"), "of" after a cue that takes it ("accused X of P"), "to" after "point". A "that" that closes the sentence
   * is a pronoun and is what was said: "the operator disputes that." points back at a claim made before.
   */
  static boolean opensContent(List<Token> t, int j, String lemma) {
    if (t.get(j).is("that")) {
      for (int k = j + 1; k < t.size(); k++) if (!SENTENCE_ENDS.contains(t.get(k).text())) return true;
      return false;
    }
    return t.get(j).is("of") && Lexicon.CUES_BEFORE_OF.contains(lemma) || t.get(j).is("to") && lemma.equals("point");
  }

  private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", ";");

  private static final Set<String> VERB_ONLY_FORMS = Set.of("accuses", "denies", "alleges", "insists", "blames", "asserts", "contends",
      "says", "tells", "argues", "admits", "concedes", "dismisses", "refutes", "acknowledges", "suggests", "believes", "maintains");

  /**
   * "the fashion label stated", "shirts with Vell labels have been found": a word that can be a noun, after an article
   * or a preposition and its modifiers, with a verb right after it, heads the subject; it is no cue, whatever the
   * tagger says. (A past form is a verb there: "the claims the ministry denied were false", "all of whom the court found
   * were guilty".)
   */
  static boolean nounBeforeItsVerb(List<Token> t, int i) {
    String w = t.get(i).lower();
    // (Only a form a noun can have, the bare word or its plural: "the court found belonged" is a past, a verb.)
    String lemma = Lexicon.CUE_VERBS.get(w);
    if (i + 1 >= t.size() || lemma == null || !(w.equals(lemma) || w.equals(lemma + "s")) || PhrasalCues.phraseLength(t, i) > 0) return false;
    // (A gerund after the word is its object: "the prince denies ordering the killing" is a denial.)
    Token next = t.get(i + 1);
    boolean finite = "AUX".equals(next.tag()) || "VERB".equals(next.tag()) && (next.lower().endsWith("ed") || Lexicon.IRREGULAR_PASTS_OF_SAYING.contains(next.lower()));
    if (!finite) return false;
    int k = i - 1;
    while (k >= 0 && ("ADJ".equals(t.get(k).tag()) || "NOUN".equals(t.get(k).tag()) || "PROPN".equals(t.get(k).tag()))) k--;
    return k >= 0 && ("DET".equals(t.get(k).tag()) || "ADP".equals(t.get(k).tag()) && k < i - 1);
  }
}
