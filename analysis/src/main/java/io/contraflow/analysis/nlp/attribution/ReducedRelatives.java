package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * Clauses without "that" or "which" that describe a speaker and name someone else: "a memo obtained by the Vell Times",
 * "documents seen by our reporters", "a letter thought to have been written by the guards". The text or person before
 * them speaks; whoever holds or is thought to have written it does not.
 */
final class ReducedRelatives {
  /** Participles of coming to hold a text ("new intelligence reviewed by officials" is theirs: see SubjectStart). */
  static final Set<String> HELD = Set.of("seen", "obtained", "acquired", "shared", "provided", "passed", "shown", "leaked", "sent");
  /** Participles of ordering or paying for a text: "a review commissioned by the family" found what its authors found. */
  static final Set<String> ORDERED = Set.of("commissioned", "ordered", "requested", "funded", "sponsored", "financed");
  private static final Set<String> TO_HOLDER = Set.of("by", "to", "with");
  /** Participles of lodging a text against or with someone: "a police report filed against the company". */
  private static final Set<String> LODGED = Set.of("filed", "lodged", "registered", "submitted", "brought");
  private static final Set<String> LODGED_WITH = Set.of("against", "with", "before");
  /** Passives that raise their subject: "thought to have", "said to be", "believed to have been". */
  private static final Set<String> RAISING = Set.of("thought", "believed", "understood", "said", "reported", "alleged", "suspected",
      "known", "considered", "presumed");
  private static final Set<String> RAISED = Set.of("be", "have", "been", "having");

  private ReducedRelatives() {}

  /** The end of a speaker phrase {@code t[from, to)} before such a clause after its noun, else {@code to}. */
  static int speakerEnd(List<Token> t, int from, int to) {
    for (int k = from + 1; k + 1 < to; k++) {
      if (raised(t, k) && "NOUN".equals(t.get(k - 1).tag())) return k;
      if (tasked(t, k) && ("NOUN".equals(t.get(k - 1).tag()) || t.get(k - 1).text().equals(")"))) return k;
      if (charged(t, k) && ("NOUN".equals(t.get(k - 1).tag()) || "PROPN".equals(t.get(k - 1).tag()))) return k;
      if (!HELD.contains(t.get(k).lower()) || !TO_HOLDER.contains(t.get(k + 1).lower())) continue;
      // ("documents exclusively obtained by": the adverb goes with the participle.)
      int end = k - 1 > from && t.get(k - 1).lower().endsWith("ly") ? k - 1 : k;
      if (ReportNouns.WORDS.contains(t.get(end - 1).lower())) return end;
    }
    return to;
  }

  /** True when {@code t[k]} opens a raised passive: "thought to have", "believed to be". */
  static boolean raised(List<Token> t, int k) {
    return RAISING.contains(t.get(k).lower()) && k + 2 < t.size() && t.get(k + 1).is("to") && RAISED.contains(t.get(k + 2).lower());
  }

  private static final Set<String> BE = Set.of("was", "were", "is", "are");

  /**
   * True when {@code t[k]} opens a relative clause of a raised passive: "the explosion, which was believed to have been set
   * off by a fault". Whoever believed it is left unnamed; it is not what the sentence's speaker said.
   */
  static boolean hedgedRelative(List<Token> t, int k) {
    if (!(t.get(k).is("which") || t.get(k).is("that")) || k + 4 >= t.size() || !BE.contains(t.get(k + 1).lower())) return false;
    int verb = k + 2;
    if (t.get(verb).lower().endsWith("ly")) verb++; // ("widely believed", "initially thought")
    if (verb >= t.size() || !raised(t, verb)) return false;
    // ("the fire, which was thought to be arson, spread fast": an aside the clause goes on after, which stays.)
    for (int m = verb; m < t.size(); m++) if (t.get(m).text().equals(",")) return false;
    return true;
  }

  /**
   * The noun a raised passive describes when one ends just before {@code start} ("a leaked memo thought to have been
   * written by | those guards"), or -1: the phrase that speaks begins there.
   */
  static int raisedBefore(List<Token> t, int start) {
    for (int k = start - 1; k >= Math.max(1, start - 12); k--) {
      if (t.get(k).text().equals(",") || t.get(k).text().equals(".")) return -1;
      if (raised(t, k) && "NOUN".equals(t.get(k - 1).tag())) return phraseStart(t, k - 1);
    }
    return -1;
  }

  /** Participles by which a body or person is described by its task: "the team looking into the death". */
  // (Not "representing": "a spokesman representing the company" speaks for the company.)
  private static final Set<String> TASKS = Set.of("looking", "investigating", "probing", "examining", "overseeing", "leading",
      "handling", "monitoring", "reviewing", "studying", "coordinating",
      // and by where it sits: "the cabinet based in the northern port"
      "based", "headquartered", "located", "stationed");

  /**
   * The start of the speaker a task describes when one ends just before {@code start} ("the inquiry team (ITT)
   * looking into the fire at | the depot", "the panel investigating | the crash"), or -1: the team or the panel
   * speaks, not what it looks into.
   */
  static int taskedBefore(List<Token> t, int start) {
    for (int k = start - 1; k >= Math.max(1, start - 10); k--) {
      if (t.get(k).text().equals(",") || t.get(k).text().equals(".")) return -1;
      if (!tasked(t, k)) continue;
      int noun = k - 1;
      // ("the inquiry team (ITT) looking into": the initials in brackets are the name again.)
      if (t.get(noun).text().equals(")") && noun >= 3 && t.get(noun - 2).text().equals("(")) noun -= 3;
      return "NOUN".equals(t.get(noun).tag()) || "PROPN".equals(t.get(noun).tag()) ? phraseStart(t, noun) : -1;
    }
    return -1;
  }

  /** Participles of a charge or its sequel and the prepositions that name it: "accused of", "charged with", "jailed over". */
  private static final Set<String> CHARGED = Set.of("accused", "suspected", "charged", "convicted", "wanted", "blamed", "arrested",
      "detained", "jailed", "sentenced", "implicated", "named");
  private static final Set<String> CHARGED_WITH = Set.of("of", "in", "over", "with", "for");

  /**
   * The start of the people a charge describes when one runs up to {@code start} ("the three sailors charged over the
   * worst ferry fire since the Second Republic | told the court"), or -1: the accused speak, not a name inside what
   * they are accused of.
   */
  static int chargedBefore(List<Token> t, int start) {
    for (int k = start - 1; k >= Math.max(1, start - 16); k--) {
      if (t.get(k).text().equals(",") || t.get(k).text().equals(".")) return -1;
      if (!charged(t, k)) continue;
      Token head = t.get(k - 1);
      return "NOUN".equals(head.tag()) || "PROPN".equals(head.tag()) ? phraseStart(t, k - 1) : -1;
    }
    return -1;
  }

  /**
   * A charge's participle at {@code k} with the preposition naming the charge after it ("accused of", "jailed over"),
   * or how a reporter reached the speaker ("a resident reached by telephone", "an activist contacted via Skype"): the
   * means is no speaker; or a text lodged against someone ("a police report filed against the company stated"): the
   * text speaks, not the one it names.
   */
  private static boolean charged(List<Token> t, int k) {
    if (k + 1 >= t.size()) return false;
    return CHARGED.contains(t.get(k).lower()) && CHARGED_WITH.contains(t.get(k + 1).lower())
        || REACHED.contains(t.get(k).lower()) && REACHED_BY.contains(t.get(k + 1).lower())
        || LODGED.contains(t.get(k).lower()) && LODGED_WITH.contains(t.get(k + 1).lower());
  }

  private static final Set<String> REACHED = Set.of("reached", "contacted", "interviewed", "questioned", "speaking", "talking", "quoted");
  private static final Set<String> REACHED_BY = Set.of("by", "via", "through", "over", "on");

  /** A task's participle at {@code k} with its object after it ("monitoring the border", not "monitoring teams"). */
  private static boolean tasked(List<Token> t, int k) {
    if (!TASKS.contains(t.get(k).lower()) || k + 1 >= t.size()) return false;
    String next = t.get(k + 1).tag();
    return "DET".equals(next) || "ADP".equals(next) || "PROPN".equals(next) || t.get(k + 1).is("into");
  }

  /** Where the noun phrase ending at {@code noun} begins, over a participle used as an adjective ("a leaked memo"). */
  private static int phraseStart(List<Token> t, int noun) {
    int k = noun;
    while (k > 0 && noun - k < 4 && !"DET".equals(t.get(k).tag())
        && ("DET".equals(t.get(k - 1).tag()) || "ADJ".equals(t.get(k - 1).tag()) || t.get(k - 1).lower().endsWith("ed"))) k--;
    return k;
  }

  /**
   * The end of a speaker phrase cut before its preposition ({@code to}), less the participle that described the head:
   * "the panel set up | by the council", "survivors recently returned | from Vell". Before "by", any participle; before
   * another preposition, a verb's participle and the adverbs before it.
   */
  static int beforeParticiple(List<Token> t, int from, int to, boolean by) {
    if (by) {
      while (to - 1 > from && (t.get(to - 1).is("up") || SubjectStart.participle(t.get(to - 1).lower()))) to--;
      return to;
    }
    if (to - 1 <= from || !"VERB".equals(t.get(to - 1).tag()) || !SubjectStart.participle(t.get(to - 1).lower())) return to;
    int end = to - 1;
    while (end - 1 > from && "ADV".equals(t.get(end - 1).tag())) end--;
    return "NOUN".equals(t.get(end - 1).tag()) ? end : to;
  }
}
