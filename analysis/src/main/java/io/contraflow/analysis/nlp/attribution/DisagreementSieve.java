package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Sentence;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Explicit reports of disagreement: "X's remarks contradict Y's claims", "In remarks that go against Y's claims, X
 * said". The challenger is the first party before the verb (or the subject of another cue), the challenged the first
 * party after it.
 */
final class DisagreementSieve implements Sieve {
  private static final Set<String> NOUN_CONTEXT = Set.of("the", "a", "an", "such", "of", "any", "no", "these", "those", "its", "their", "his",
      "her", "legal", "further", "new", "many", "several");
  /** First words of the two-word disagreement verbs ("go against"). */
  private static final Set<String> FIRST_WORDS = Lexicon.DISAGREEMENT_VERBS.keySet().stream()
      .filter(k -> k.indexOf(' ') > 0).map(k -> k.substring(0, k.indexOf(' '))).collect(Collectors.toUnmodifiableSet());

  @Override
  public void apply(SentenceState st) {
    List<Token> t = st.t;
    Sentence s = st.sentence;
    for (int i = 0; i < t.size(); i++) {
      if (st.quoted[i]) continue;
      String rel = disagreementAt(t, i);
      if (rel == null) continue;
      int after = i + rel.split(" ").length;
      // "refuted Morocco's contention that P": a denial of that claim, which the reporting-verb reading gives with P.
      if (Lexicon.CUE_VERBS.containsKey(t.get(i).lower()) && claimThatAhead(t, after)) continue;
      if (passive(st, i, after, rel)) continue;
      // "Police claimed P, but the video contradicted this account": the verb's own subject challenges, when it names one,
      // and "this account" is the claim just made.
      int[] own = ownSubjectSpan(t, i);
      Mention challenger = own != null ? st.speakers().resolve(t, own[0], Math.min(own[1], i)) : null;
      // "P, an investigation by the Gazette concluded, contradicting the army's claims": the participle's subject is
      // whoever said P.
      // ("... – seemingly contradicting the governor's account": a dash, and an adverb before the participle, as well.)
      int before = i > 1 && t.get(i - 1).lower().endsWith("ly") ? i - 2 : i - 1;
      boolean participle = before >= 0 && CLAUSE_MARKS.contains(t.get(before).text()) && t.get(i).lower().endsWith("ing");
      if (challenger == null && participle) challenger = Parties.partyOfOtherCue(t, i, st.speakers());
      // "The Estonian safety board disagreed with": the whole subject before the verb, not its first capitalised word
      // (only a plain noun phrase: "a report on Thursday that refutes" is read below).
      int subject = i > 0 ? SubjectStart.of(t, i - 1) : -1;
      if (challenger == null && !participle && opensClause(t, subject) && plainNounPhrase(t, subject, i)) {
        challenger = st.speakers().resolve(t, subject, i);
      }
      if (challenger == null) challenger = Appositives.namedTitleHolder(t, i, st.speakers()); // ("X's Special Adviser, Ivo Marek, refuted")
      if (challenger == null) challenger = Parties.firstParty(t, 0, i, st.speakers());
      Mention challenged = null;
      if (referredAccount(t, after)) {
        challenged = own != null && challenger != null ? Parties.firstParty(t, 0, own[0], st.speakers()) : null;
        if (challenged == null) challenged = lastSpeaker(st, t.get(i).start());
      }
      if (challenged == null) challenged = Parties.firstParty(t, after, t.size(), st.speakers());
      if (challenged == null) continue;
      if (challenger == null) challenger = Parties.partyOfOtherCue(t, i, st.speakers());
      if (challenger == null || challenger.key().equals(challenged.key())) continue;
      st.add(new Attribution(challenger, rel, s.start(), s.end(), s.text(), s.index(), Polarity.AFFIRMED, Modality.STATED, false,
          null, challenged), name());
      st.usedCues.add(i);
    }
  }

  /**
   * "But this version of events was quickly contradicted by a video circulating online": the agent after "by"
   * challenges what the subject names (a claim just made, when the subject refers to one). True when it was read so.
   */
  private boolean passive(SentenceState st, int i, int after, String rel) {
    List<Token> t = st.t;
    int aux = i - 1;
    while (aux > 0 && t.get(aux).lower().endsWith("ly")) aux--;
    if (after >= t.size() || !t.get(after).is("by")) return false;
    // "Mine toll disputed by furious locals": a headline's passive, its auxiliary left out after the noun it is of.
    boolean reduced = i > 0 && t.get(i).lower().endsWith("ed") && ("NOUN".equals(t.get(i - 1).tag()) || "PROPN".equals(t.get(i - 1).tag()));
    if (reduced) aux = i;
    else if (aux < 1 || !NotACueRule.PASSIVE_AUX.contains(t.get(aux).lower())) return false;
    int agentEnd = Phrases.npEnd(t, after + 1);
    while (agentEnd < t.size() && ("NOUN".equals(t.get(agentEnd).tag()) || "PROPN".equals(t.get(agentEnd).tag()))) agentEnd++;
    Mention challenger = st.speakers().resolve(t, after + 1, agentEnd);
    int subjectStart = SubjectStart.of(t, aux - 1);
    if (reduced) subjectStart = clauseStart(t, i);
    if (subjectStart > 0 && ACCOUNT_NOUNS.contains(t.get(subjectStart).lower())) subjectStart--; // ("this" | "version")
    // "The ministry's claims were contradicted": whose claims.
    int possessive = subjectStart;
    while (possessive < aux && !t.get(possessive).text().equals("'s") && !t.get(possessive).text().equals("’s")) possessive++;
    Mention challenged = referredAccount(t, subjectStart) ? lastSpeaker(st, t.get(i).start())
        : possessive < aux ? st.speakers().resolve(t, subjectStart, possessive)
        : reduced ? leadingName(st, subjectStart, aux) : Parties.firstParty(t, subjectStart, aux, st.speakers());
    // ("The inquiry's conclusions were contested by the ministry": a passive is never read actively, with its agent
    // challenged; when its subject names no party, the reporting-verb reading gives the ministry's dispute.)
    if (challenger == null || challenged == null || challenger.key().equals(challenged.key())) return challenger != null;
    Sentence s = st.sentence;
    st.add(new Attribution(challenger, rel, s.start(), s.end(), s.text(), s.index(), Polarity.AFFIRMED, Modality.STATED, false,
        null, challenged), name());
    st.usedCues.add(i);
    return true;
  }

  /** Where the clause holding {@code i} starts: after the last punctuation mark before it, or the sentence's start. */
  private static int clauseStart(List<Token> t, int i) {
    int k = i - 1;
    while (k > 0 && Character.isLetterOrDigit(t.get(k - 1).text().charAt(0))) k--;
    return k;
  }

  /**
   * The name opening a headline's noun pile ("Morocco" of "Morocco mine death toll disputed by ..."): whose toll or
   * claim it is, the common nouns after it saying what.
   */
  private static Mention leadingName(SentenceState st, int from, int to) {
    int end = from;
    while (end < to && st.t.get(end).capitalized()) end++;
    return end > from ? st.speakers().resolve(st.t, from, end) : null;
  }

  /** What sets a participle's clause off from the sentence it comments on. */
  private static final java.util.Set<String> CLAUSE_MARKS = java.util.Set.of(",", "-", "\u2013", "\u2014");

  /** Words that open the clause a disagreement verb's own subject stands in: "but the video contradicted", "as a video emerged to contradict". */
  private static final Set<String> CLAUSE_OPENERS = Set.of("but", "and", "as", "when", "after", "while");

  /**
   * The subject of the verb at {@code i} when it opens a clause after "but", "and", "as" or "when" ("but the video
   * contradicted", "But a video circulated online contradicted", "clashes erupted as a video emerged to contradict"):
   * the first noun phrase after the conjunction; -1 when there is none.
   */
  private static int[] ownSubjectSpan(List<Token> t, int i) {
    int opener = -1;
    for (int k = i - 1; k >= Math.max(0, i - 10); k--) if (CLAUSE_OPENERS.contains(t.get(k).lower())) { opener = k; break; }
    if (opener < 0) return null;
    for (int k = opener + 1; k < i; k++) {
      String tag = String.valueOf(t.get(k).tag());
      if (tag.equals("NOUN") || tag.equals("PROPN")) {
        int end = k + 1;
        while (end < i && ("NOUN".equals(t.get(end).tag()) || "PROPN".equals(t.get(end).tag()))) end++;
        return new int[] {Phrases.npStart(t, k), end};
      }
      if (tag.equals("VERB") || tag.equals("AUX")) return null;
    }
    return null;
  }

  /** Whether a subject starting at {@code k} opens the sentence or a clause ("Marek's remarks on the flight toward Vell" does not end at "Vell"). */
  private static boolean opensClause(List<Token> t, int k) {
    return k == 0 || k > 0 && (t.get(k - 1).text().equals(",") || t.get(k - 1).is("and") || t.get(k - 1).is("but"));
  }

  /** Whether {@code [from, to)} is determiners, adjectives and nouns only: a subject with no clause of its own. */
  private static boolean plainNounPhrase(List<Token> t, int from, int to) {
    return from >= 0 && from < to && SubjectStart.nounPhraseEnd(t, from, to) == to;
  }

  private static final Set<String> ACCOUNT_NOUNS = Set.of("account", "version", "claim", "claims", "statement", "assertion", "narrative");

  /** "this account", "that version of events", "these claims": the object refers to a claim just made. */
  private static boolean referredAccount(List<Token> t, int after) {
    return after + 1 < t.size() && (t.get(after).is("this") || t.get(after).is("that") || t.get(after).is("these")
        || t.get(after).is("those")) && ACCOUNT_NOUNS.contains(t.get(after + 1).lower());
  }

  /** The speaker of this sentence's last claim made before {@code at}, else the article's last speaker. */
  private static Mention lastSpeaker(SentenceState st, int at) {
    for (int k = st.here.size() - 1; k >= 0; k--) if (st.here.get(k).contentStart() < at) return st.here.get(k).speaker();
    return st.speakers().lastSpeaker();
  }

  private static String disagreementAt(List<Token> t, int i) {
    String w = t.get(i).lower();
    if (i + 1 < t.size() && FIRST_WORDS.contains(w)) {
      String two = w + " " + t.get(i + 1).lower();
      String lemma = Lexicon.DISAGREEMENT_VERBS.get(two);
      if (lemma != null) return lemma;
    }
    String lemma = Lexicon.DISAGREEMENT_VERBS.get(w);
    if (lemma == null || i > 0 && (t.get(i - 1).is("the") || t.get(i - 1).is("a"))) return null;
    // "limit such challenges", "months of dispute": nouns, not reports of disagreement. The tagger is not relied on
    // alone: after "X's remarks" it often tags "contradict" as a noun.
    if (i > 0 && (NOUN_CONTEXT.contains(t.get(i - 1).lower()) || "ADP".equals(t.get(i - 1).tag()) || "DET".equals(t.get(i - 1).tag())
        || "ADJ".equals(t.get(i - 1).tag()))) return null;
    // "the country's disputed election": a participle after a possessive describes the noun that follows.
    if (i > 0 && w.endsWith("ed") && (t.get(i - 1).text().equals("'s") || t.get(i - 1).text().equals("’s"))) return null;
    // "clashed with police", "clashes between police and protesters": a fight, unless it is over something ("clashed
    // with the ministry over the toll").
    if (lemma.equals("clash") && !overFollows(t, i)) return null;
    return lemma;
  }

  private static boolean overFollows(List<Token> t, int i) {
    for (int k = i + 1; k < Math.min(t.size(), i + 8); k++) if (t.get(k).is("over")) return true;
    return false;
  }

  /** A claim noun with its "that" clause within a few words: "Morocco's contention that", "the claims that". */
  private static boolean claimThatAhead(List<Token> t, int from) {
    for (int k = from; k < Math.min(t.size() - 1, from + 5); k++) {
      if (Lexicon.CLAIM_NOUNS.contains(t.get(k).lower()) && t.get(k + 1).is("that")) return true;
    }
    return DoubtingCues.saidThatAhead(t, from);
  }
}
