package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * What may stand between a speaker and its cue without ending the search for the speaker: auxiliaries and adverbs
 * ("has also denied", "went on to say", "was quick to"), a manner ("firmly rejected"), even a quoted one ("the group
 * \"unequivocally\" denied").
 */
final class SpeakerCueGap {
  private SpeakerCueGap() {}

  /**
   * Auxiliaries and adverbs that do not end the search ("has also denied", "went on to say", "was quick to", "has
   * however told", "was forced to deny").
   */
  static final Set<String> SKIPPABLE = Set.of("has", "have", "had", "also", "strongly", "repeatedly", "was", "were", "is", "are", "been", "would",
      "will", "can", "could", "did", "does", "do", "further", "later", "earlier", "still", "already", "now", "vehemently", "aggressively", "long",
      "previously", "initially", "first", "then", "tried", "to", "sought", "publicly", "flatly", "quickly", "once", "again", "himself", "herself",
      "themselves", "reportedly", "categorically", "since", "even", "just", "may", "might", "in", "part", "be", "being", "privately", "openly",
      "explicitly", "immediately", "swiftly", "ultimately", "eventually", "finally", "subsequently", "apparently", "allegedly", "appear", "appears",
      "appeared", "seem", "seems", "seemed", "went", "gone", "goes", "go", "on", "quick", "continued", "continues", "continue", "moved", "rushed",
      "hastened", "only", "however", "nonetheless", "nevertheless", "meanwhile",
      // ("was forced to deny", "felt compelled to say": said it, made to or not.)
      "forced", "compelled", "obliged", "felt");

  /** "for the first time", "for the last time": how often, not who. */
  private static final Set<String> ORDINALS = Set.of("first", "second", "third", "last", "only");

  /** First index at or after {@code k} that is not an adverb or auxiliary ("and again denied"). */
  static int skipRight(List<Token> t, int k) {
    while (k < t.size() && SKIPPABLE.contains(t.get(k).lower())) k++;
    return k;
  }

  /** Last index at or before {@code k} that is not an adverb, auxiliary or quoted manner. */
  private static final java.util.Set<String> GO = java.util.Set.of("went", "go", "goes", "going", "gone");

  static int skipLeft(List<Token> t, int k) {
    // ("Theresa May said": "may" is a surname there, not a modal to skip.)
    while (k >= 0) {
      if (SKIPPABLE.contains(t.get(k).lower()) && !io.contraflow.analysis.nlp.NameSurroundings.monthAsSurname(t, k) || floatingQuantifier(t, k)
          || mannerAdverb(t, k)) {
        k--;
      } else if (k >= 3 && t.get(k).is("time") && ORDINALS.contains(t.get(k - 1).lower()) && t.get(k - 2).is("the") && t.get(k - 3).is("for")) {
        // "the council Thursday for the first time admitted P": when, as "again" or "previously" would say it.
        k -= 4;
      } else if (k >= 1 && t.get(k).is("far") && (t.get(k - 1).is("so") || t.get(k - 1).is("thus"))) {
        // "Officials have so far confirmed 52 deaths": a count as it stands, by the officials.
        k -= 2;
      } else if (k >= 3 && t.get(k).is("as") && t.get(k - 1).is("far") && (t.get(k - 2).is("as") || t.get(k - 2).is("so"))
          && GO.contains(t.get(k - 3).lower())) {
        // "Kyiv went as far as to say P", "has gone so far as to claim": the subject says it, and says it strongly.
        k -= 4;
      } else if (whereSaidAfterRelative(t, k) >= 0) {
        // "the daily, which in its editorial argued P": where the relative clause's subject said it.
        k = whereSaidAfterRelative(t, k);
      } else if (k >= 2 && isQuoteMark(t.get(k)) && lyWord(t.get(k - 1)) && isQuoteMark(t.get(k - 2))) {
        // the group "unequivocally" denied: a manner in the speaker's own words, quoted (and then often mistagged)
        k -= 3;
      } else if (quotedLabelBeforeParticiple(t, k) >= 0) {
        // 'refutes Kessa's "lies and propaganda" claiming P': the quoted words are another's label for what the
        // holder before them said; the holder speaks the participle.
        k = quotedLabelBeforeParticiple(t, k);
      } else {
        break;
      }
    }
    return k;
  }

  /** Texts a speaker says things in: "in a recent article", "in its editorial", "in a statement". */
  private static final Set<String> TEXTS = Set.of("article", "editorial", "statement", "report", "interview", "post", "letter", "speech",
      "broadcast", "column", "tweet", "video");

  /**
   * When {@code k} ends "in a/an/its/their [one or two words] TEXT" right after "which" or "who", the index of that
   * relative pronoun; else -1.
   */
  private static int whereSaidAfterRelative(List<Token> t, int k) {
    if (k < 3 || !TEXTS.contains(t.get(k).lower())) return -1;
    for (int in = k - 2; in >= Math.max(1, k - 4); in--) {
      if (!t.get(in).is("in")) continue;
      String det = t.get(in + 1).lower();
      boolean opens = det.equals("a") || det.equals("an") || det.equals("its") || det.equals("their") || det.equals("his") || det.equals("her");
      return opens && (t.get(in - 1).is("which") || t.get(in - 1).is("who")) ? in - 1 : -1;
    }
    return -1;
  }

  /** "firmly", "emphatically", "unequivocally": how a speaker said it, between the speaker and the cue. */
  private static boolean mannerAdverb(List<Token> t, int k) {
    Token w = t.get(k);
    return "ADV".equals(w.tag()) && lyWord(w);
  }

  private static boolean lyWord(Token w) {
    return w.lower().length() > 5 && w.lower().endsWith("ly") && !w.capitalized();
  }

  /**
   * When {@code k} closes a short quoted noun phrase right before a participle of saying, with a holder's name or
   * possessive just before its opening mark: the index of that holder's last word; else -1.
   */
  private static int quotedLabelBeforeParticiple(List<Token> t, int k) {
    if (k + 1 >= t.size() || !isQuoteMark(t.get(k)) || !t.get(k + 1).lower().endsWith("ing")) return -1;
    for (int open = k - 2; open >= Math.max(1, k - 7); open--) {
      Token w = t.get(open);
      if (isQuoteMark(w)) {
        Token holder = t.get(open - 1);
        if (holder.text().equals("'s") || holder.text().equals("'")) return open >= 3 ? open - 2 : -1; // ("Kessa's": the possessor)
        return holder.capitalized() ? open - 1 : -1;
      }
      if ("VERB".equals(w.tag()) || "AUX".equals(w.tag()) || w.text().equals(",")) return -1;
    }
    return -1;
  }

  private static boolean isQuoteMark(Token w) {
    String s = w.text();
    return s.equals("\"") || s.equals("\u201c") || s.equals("\u201d") || s.equals("'") || s.equals("\u2018") || s.equals("\u2019");
  }

  /** "have all blamed", "were both quoted": a quantifier after an auxiliary belongs to the subject before it. */
  private static boolean floatingQuantifier(List<Token> t, int k) {
    String w = t.get(k).lower();
    if (k == 0 || !(w.equals("all") || w.equals("both") || w.equals("each"))) return false;
    String before = t.get(k - 1).lower();
    return before.equals("have") || before.equals("has") || before.equals("had") || before.equals("are") || before.equals("were");
  }
}
