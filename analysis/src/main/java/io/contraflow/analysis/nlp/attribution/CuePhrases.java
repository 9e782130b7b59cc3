package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * Cue verbs that claim only in their own phrase: "charged the suspects with murder" (not "charged at the police"),
 * "placed the death toll at 64" (not "placed flowers"), "held the army responsible" (not "held talks").
 */
final class CuePhrases {
  private CuePhrases() {}

  /** False when the cue at {@code i} needs a phrase of its own and is not in it; true for every other cue. */
  static boolean inItsPhrase(List<Token> t, int i, String lemma) {
    // "charged the suspects with murder", "indicted him on charges of fraud": a charge names its crime; "charged at
    // the police" is a rush, no accusation; "charged that the bombers trained abroad" accuses as "alleged that" does.
    if ((lemma.equals("charge") || lemma.equals("indict")) && !namesACrime(t, i) && !(i + 1 < t.size() && t.get(i + 1).is("that"))) return false;
    if (Lexicon.FIGURE_SETTING_CUES.contains(lemma) && !setsAFigure(t, i)) return false;
    if (Lexicon.COUNTING_CUES.contains(lemma) && !countsHarm(t, i)) return false;
    if ((lemma.equals("deny") || lemma.equals("refuse")) && withholds(t, i)) return false;
    if (!DoubtingCues.inItsPhrase(t, i, lemma) || PhrasalCues.FEELING_VERBS.contains(lemma) && PhrasalCues.phraseLength(t, i) == 0) return false;
    // "officers responded with rubber bullets", "the army replied with artillery": an act; "replied with a statement" speaks.
    if (RESPONSES.contains(lemma) && i + 1 < t.size() && t.get(i + 1).is("with") && !spokenAhead(t, i + 2)) return false;
    if (Lexicon.CUES_BEFORE_CLAUSE.contains(lemma) && !beforeClause(t, i)) return false;
    // "troops were called in", "the strike was called off", "reservists called up": a summons or an order, no speech.
    if (lemma.equals("call") && i + 1 < t.size() && CALLED_PARTICLES.contains(t.get(i + 1).lower())) return false;
    return !BLAME_PHRASE_CUES.contains(lemma) || inBlamePhrase(t, i, lemma);
  }

  private static final Set<String> CALLED_PARTICLES = Set.of("in", "off", "up", "out", "back", "away");

  /**
   * "observed that the gate was shut", '"...," observed the minister', "..., she recalled." speak; "observed a minute's
   * silence", "recalled its ambassador", "persuading them to observe the curfew" do not: no clause or quote follows.
   */
  private static boolean beforeClause(List<Token> t, int i) {
    // ("P, an official disclosed Friday.": a time phrase may close the clause after the verb.)
    int next = TimePhrases.skipTimePhrases(t, i + 1);
    return next >= t.size() || t.get(next).is("that") || Phrases.isPunct(t.get(next).text())
        || i > 0 && Phrases.isPunct(t.get(i - 1).text());
  }

  /** What is withheld from someone: "denied them access", "refused the families entry", "denied him bail". */
  private static final Set<String> WITHHELD = Set.of("access", "entry", "permission", "bail", "visa", "visas", "treatment", "care",
      "passage", "asylum", "contact", "visits", "water", "food", "aid", "help", "admission", "leave");

  /**
   * "The guards denied them access", "refused the families entry to the morgue": someone was refused something, no one
   * was contradicted. The thing withheld follows the person within three words, with no clause between.
   */
  private static boolean withholds(List<Token> t, int i) {
    if (i + 1 < t.size() && t.get(i + 1).is("that")) return false;
    for (int k = i + 2; k < Math.min(t.size(), i + 5); k++) {
      if (t.get(k).is(",") || t.get(k).is("that")) return false;
      if (WITHHELD.contains(t.get(k).lower())) return true;
    }
    return false;
  }

  /**
   * "placed the death toll at 64", "raised its count of the dead to 90", "gave a toll of 17": a figure noun within the
   * next words, then "at", "to" or "of" and a number.
   */
  private static boolean setsAFigure(List<Token> t, int i) {
    // ("The toll was put at 64 by police": in the passive the figure noun comes first.)
    if (i + 2 < t.size() && (t.get(i + 1).is("at") || t.get(i + 1).is("as")) && numberAhead(t, i + 2)) {
      for (int k = Math.max(0, i - 10); k < i; k++) if (Phrases.FIGURE_NOUNS.contains(t.get(k).lower())) return true;
    }
    for (int k = i + 1; k < Math.min(t.size() - 2, i + 8); k++) {
      if (!Phrases.FIGURE_NOUNS.contains(t.get(k).lower()) && !t.get(k).lower().equals("estimates")) continue;
      // ("placed the number of deaths from the two days of protests at 24": what the figure counts may run long.)
      for (int m = k + 1; m < Math.min(t.size() - 1, k + 10) && !Phrases.isPunct(t.get(m).text()); m++) {
        if ((t.get(m).is("at") || t.get(m).is("to") || t.get(m).is("of")) && numberAhead(t, m + 1)) return true;
      }
      return false;
    }
    return false;
  }

  /** Nouns and participles of harm a count names: "documented over 100 deaths", "recorded 45 people killed". */
  private static final Set<String> HARMS = Set.of("deaths", "fatalities", "killings", "dead", "bodies", "casualties", "victims",
      "killed", "injured", "wounded", "injuries");

  /**
   * "Amnesty documented over 100 deaths", "the group recorded 45 people killed": a number right after the verb, then a
   * harm within a few words (not "recorded a video", "counted the votes", "registered 3,000 voters").
   */
  private static boolean countsHarm(List<Token> t, int i) {
    if (!numberAhead(t, i + 1)) return false;
    for (int k = i + 1; k < Math.min(t.size(), i + 8); k++) if (HARMS.contains(t.get(k).lower())) return true;
    return false;
  }

  /** Words that bound or round a figure before its number: "at more than 300", "to at least 90", "at about 1,500". */
  private static final Set<String> FIGURE_QUALIFIERS = Set.of("more", "less", "fewer", "than", "at", "least", "most", "about", "around",
      "nearly", "almost", "over", "under", "some", "roughly", "approximately", "as", "many", "high", "just", "an", "estimated", "well");

  /** A number at {@code k}, or after a few words that qualify it. */
  private static boolean numberAhead(List<Token> t, int k) {
    for (int m = k; m < Math.min(t.size(), k + 4); m++) {
      if ("NUM".equals(t.get(m).tag())) return true;
      if (!FIGURE_QUALIFIERS.contains(t.get(m).lower())) return false;
    }
    return false;
  }

  private static final Set<String> BLAME_PHRASE_CUES = Set.of("hold", "attribute", "point");
  private static final Set<String> ANSWERABLE = Set.of("responsible", "accountable", "liable", "culpable");

  /**
   * "held the militia responsible for", "attributed the blast to a gas leak", "pointed the finger at the army": these
   * verbs blame only in their phrase ("held talks", "attributed to him", "pointed out" say nothing of blame). The
   * words between the verb and what completes the phrase are one object, with no comma or clause between.
   */
  private static boolean inBlamePhrase(List<Token> t, int i, String lemma) {
    if (lemma.equals("point")) {
      // ("the report pointed to safety violations": what a finding points to is what it found.)
      if (i + 2 < t.size() && t.get(i + 1).is("to") && !"VERB".equals(t.get(i + 2).tag())) return true;
      return i + 3 < t.size() && (t.get(i + 1).is("the") || t.get(i + 1).is("a")) && t.get(i + 2).lower().startsWith("finger") && t.get(i + 3).is("at");
    }
    for (int k = i + 2; k < Math.min(t.size(), i + 9); k++) {
      Token w = t.get(k);
      if (lemma.equals("hold") ? ANSWERABLE.contains(w.lower()) : w.is("to")) return true;
      if (Phrases.isPunct(w.text()) && !w.text().equals("'") && !w.text().equals("-") || "VERB".equals(w.tag()) || w.is("that")) return false;
    }
    return false;
  }

  /** A charge's crime after the accused: "with" within the next words, or "on charges". */
  private static boolean namesACrime(List<Token> t, int i) {
    if (i + 1 >= t.size() || "ADP".equals(t.get(i + 1).tag()) && !t.get(i + 1).is("with")) return false;
    for (int k = i + 1; k < Math.min(t.size(), i + 14); k++) if (t.get(k).is("with") || t.get(k).is("on") && k + 1 < t.size() && t.get(k + 1).lower().startsWith("charge")) return true;
    return false;
  }

  private static final Set<String> RESPONSES = Set.of("respond", "reply", "counter");
  /** Nouns for something said, which a response "with" may be. */
  private static final Set<String> SPOKEN = Set.of("statement", "statements", "remarks", "comment", "comments", "words", "tweet", "post",
      "letter", "denial", "question", "questions", "claims", "accusations", "criticism", "message", "note", "video", "speech");

  /** A noun for something said within the next few words: "with a statement", "with a terse denial". */
  private static boolean spokenAhead(List<Token> t, int from) {
    for (int k = from; k < Math.min(t.size(), from + 4); k++) if (SPOKEN.contains(t.get(k).lower())) return true;
    return false;
  }
}
