package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * Verbs that reject what someone said only when aimed at it: "challenged claims that P", "rebutted the ministry's
 * account that P", "cast doubt on reports that P", "poured cold water on the figures". Aimed at anything else they
 * report no speech ("challenged the champion", "contested the seat", "cast a vote", "poured concrete").
 */
final class DoubtingCues {
  /** Cues that, in their phrase, reject what they are aimed at. */
  static final Set<String> LEMMAS = Set.of("challenge", "contest", "rebut", "debunk", "doubt", "cast", "pour");

  /** Nouns for something said or counted, which doubting verbs reject. */
  private static final Set<String> SAID = Set.of("claim", "claims", "report", "reports", "reporting", "allegation", "allegations",
      "accusation", "accusations", "suggestion", "suggestions", "assertion", "assertions", "account", "accounts", "version",
      "narrative", "findings", "conclusion", "conclusions", "figure", "figures", "numbers", "toll", "tally", "count", "estimate", "estimates",
      "notion", "idea", "story", "stories", "statement", "statements", "remarks", "comments", "testimony", "theory", "explanation",
      "assessment", "denial", "denials", "rumours", "rumors", "charge", "charges");

  /** Verbs whose object may be someone's claims: "contradicts police claims", "rejected army claims". */
  static final Set<String> CLAIMS_AS_OBJECT = Set.of("contradict", "contradicts", "contradicted", "contradicting", "dispute",
      "disputes", "disputed", "disputing", "reject", "rejects", "rejected", "rejecting", "deny", "denies", "denied", "denying", "refute",
      "refutes", "refuted", "refuting", "challenge", "challenges", "challenged", "challenging", "undermine", "undermines", "undermined",
      "undermining", "dismiss", "dismisses", "dismissed", "dismissing", "debunk", "debunks", "debunked", "contest", "contests", "contested",
      "question", "questions", "questioned", "questioning", "repeat", "repeats", "repeated", "repeating", "echo", "echoes", "echoed",
      "echoing", "back", "backs", "backed", "backing", "support", "supports", "supported", "supporting", "confirm", "confirms", "confirmed");

  private DoubtingCues() {}

  /** False when {@code lemma} is a doubting cue at {@code i} outside its phrase. */
  static boolean inItsPhrase(List<Token> t, int i, String lemma) {
    return switch (lemma) {
      case "cast" -> i + 2 < t.size() && t.get(i + 1).lower().startsWith("doubt") && (t.get(i + 2).is("on") || t.get(i + 2).is("over"))
          && aimsAtSomethingSaid(t, i + 3);
      case "pour" -> i + 3 < t.size() && t.get(i + 1).is("cold") && t.get(i + 2).is("water") && t.get(i + 3).is("on")
          && aimsAtSomethingSaid(t, i + 4);
      // Without a that-clause, "rebutted the ministry's account" is a disagreement between two parties (DisagreementSieve).
      // "contested this claim", "challenged that account": what was said just before, which ReferredClaims finds.
      case "challenge", "contest", "rebut", "debunk" -> saidThatAhead(t, i + 1) || referredSaid(t, i + 1);
      case "doubt" -> aimsAtSomethingSaid(t, i + 1 + PhrasalCues.phraseLength(t, i));
      default -> true;
    };
  }

  /** "debunked claims that P": right after a doubting verb, a cue word ("claims", "reports") is its object. */
  static boolean objectOfDoubt(List<Token> t, int i) {
    return i > 0 && LEMMAS.contains(io.contraflow.analysis.nlp.Lexicon.CUE_VERBS.getOrDefault(t.get(i - 1).lower(), ""));
  }

  /**
   * Words after the cue verb at {@code i} before what it is about: its phrase, "cast [doubt on]", "poured [cold water
   * on]"; or a label put before the object, "dismissed [as false] a report that P", "rejected [out of hand] claims".
   */
  static int phraseLength(List<Token> t, int i, String lemma) {
    int phrasal = PhrasalCues.phraseLength(t, i);
    if (phrasal > 0) return phrasal;
    if (lemma.equals("cast")) return 2;
    if (lemma.equals("pour")) return 3;
    if (i + 3 < t.size() && t.get(i + 1).is("out") && t.get(i + 2).is("of") && t.get(i + 3).is("hand")) return 3;
    int k = i + 1;
    if (k + 2 < t.size() && t.get(k).is("as") && Assertion.isFalseLabel(t.get(k + 1).lower())) {
      k += 2;
      // "as false and politically motivated a report": the label may run to a few words before the object's determiner.
      while (k < Math.min(t.size(), i + 7) && !"DET".equals(t.get(k).tag()) && !Phrases.isPunct(t.get(k).text())) k++;
      if (k < t.size() && "DET".equals(t.get(k).tag())) return k - i - 1;
    }
    return 0;
  }

  /**
   * A noun for something said with its "that" clause within a few words: "claims that", "the army's account that",
   * "assertions by Vell Watch that" (whose claim may stand between the noun and its "that").
   */
  private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those", "such");

  /** "this claim", "those accounts", "such allegations": something said that the text gave before. */
  private static boolean referredSaid(List<Token> t, int from) {
    return from + 1 < t.size() && DEMONSTRATIVES.contains(t.get(from).lower()) && SAID.contains(t.get(from + 1).lower());
  }

  static boolean saidThatAhead(List<Token> t, int from) {
    for (int k = from; k < Math.min(t.size() - 1, from + 5); k++) {
      if (!SAID.contains(t.get(k).lower())) continue;
      if (t.get(k + 1).is("that")) return true;
      if (!t.get(k + 1).is("by") && !t.get(k + 1).is("from")) continue;
      for (int m = k + 2; m < Math.min(t.size(), k + 8) && !Phrases.isPunct(t.get(m).text()); m++) if (t.get(m).is("that")) return true;
    }
    return false;
  }

  /**
   * A noun for something said within the object's first words, before any punctuation, verb or clause:
   * "the army's own account", "these widely shared reports".
   */
  static boolean aimsAtSomethingSaid(List<Token> t, int from) {
    for (int k = from; k < Math.min(t.size(), from + 5); k++) {
      Token w = t.get(k);
      if (SAID.contains(w.lower())) return true;
      if (w.is("that") || "VERB".equals(w.tag()) || Phrases.isPunct(w.text()) && !w.text().equals("'") && !w.text().equals("'s")) return false;
    }
    return false;
  }
}
