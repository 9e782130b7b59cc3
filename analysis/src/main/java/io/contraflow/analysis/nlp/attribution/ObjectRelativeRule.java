package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Polarity;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * A cue in a relative clause whose pronoun is the cue's object: "the militia, which Norland accuses of the bombing,
 * denied ...", "the blast, which the army blamed on saboteurs, ...", "claims that Vell says are false". The speaker is
 * the clause's subject; what it says is about the antecedent, so the content is the antecedent with the rest of the
 * clause ("the militia of the bombing", "the blast on saboteurs"), and the clause ends at its closing comma: the
 * sentence's own verb ("denied") is the antecedent's, not the speaker's.
 */
final class ObjectRelativeRule implements CueRule {
  private static final Set<String> PRONOUNS = Set.of("which", "whom", "who");
  private static final Set<String> SPEAKER_PRONOUNS = Set.of("it", "he", "she", "they");
  /** Prepositions that set a deed in a place: "the attack in Kesta", "the blast at the depot". */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "outside", "on");
  /** Nouns for a violent deed, which a relative clause about the dead or the blamed is about rather than its place. */
  private static final Set<String> DEEDS = Set.of("attack", "attacks", "strike", "strikes", "airstrike", "bombing", "blast", "explosion",
      "shelling", "raid", "ambush", "shooting", "massacre", "assault");

  /** The claim already read in this sentence whose content holds {@code at}, or null. */
  private static Attribution enclosing(SentenceState st, int at) {
    for (Attribution a : st.here) if (a.contentStart() <= at && a.contentEnd() >= at) return a;
    return null;
  }

  /** A cue verb before {@code from} in the same clause (no comma between): what follows it is that cue's content. */
  private static boolean cueBefore(List<Token> t, int from) {
    for (int k = from - 1; k >= 0 && !t.get(k).text().equals(","); k--) {
      String cue = Phrases.cueLemma(t, k);
      if (cue != null && !Lexicon.DENIAL_CUES.contains(cue)) return true;
    }
    return false;
  }

  @Override
  public List<Attribution> apply(SentenceState st, int i, String lemma) {
    List<Token> t = st.t;
    int subjectEnd = Phrases.skipLeft(t, TimePhrases.skipTimeLeft(t, Phrases.skipLeft(t, i - 1)));
    if (subjectEnd < 3 || Phrases.isPunct(t.get(subjectEnd).text()) || PRONOUNS.contains(t.get(subjectEnd).lower())) return null;
    int subjectStart = Phrases.npStart(t, subjectEnd);
    int pronoun = subjectStart - 1;
    if (pronoun < 2 || !PRONOUNS.contains(t.get(pronoun).lower()) || !t.get(pronoun - 1).text().equals(",")) return null;
    // "the attack, which it said killed 40 people": a pronoun after "which" is the speaker of the claim the clause
    // sits in, whatever came before.
    Attribution around = subjectEnd == subjectStart && SPEAKER_PRONOUNS.contains(t.get(subjectStart).lower()) ? enclosing(st, t.get(pronoun).start()) : null;
    Mention speaker = around != null ? around.speaker() : st.speakers().resolve(t, subjectStart, subjectEnd + 1);
    if (speaker == null) return null;
    int antecedentEnd = pronoun - 2;
    int antecedentStart = Phrases.npStart(t, antecedentEnd);
    if (antecedentStart > antecedentEnd) return null;
    // "the 19 March attack in the suburb of Kesta, which he said killed 26": the deed, not the place it names, is what
    // the clause tells of.
    int place = antecedentStart - 1;
    if (place >= 2 && PLACE_PREPOSITIONS.contains(t.get(place).lower()) && DEEDS.contains(t.get(place - 1).lower())) {
      antecedentStart = Phrases.npStart(t, place - 1);
    }
    // The clause runs to its closing comma (or the sentence's end): ", which Norland denied," leaves only the antecedent.
    int end = i + 1;
    while (end < t.size() && !t.get(end).text().equals(",") && !t.get(end).text().equals(".")) end++;
    String antecedent = Phrases.slice(st.body(), t, antecedentStart, antecedentEnd + 1);
    String rest = end > i + 1 ? Phrases.slice(st.body(), t, i + 1, end) : "";
    // "says he is the target of a vendetta, which the government denies": a bare denial after a claim's content
    // denies the claim, not its last noun (TrailingDenialSieve reads it); "the report, which Vell denies" keeps its noun.
    if (rest.isEmpty() && Lexicon.DENIAL_CUES.contains(lemma) && !Phrases.FIGURE_NOUNS.contains(t.get(antecedentEnd).lower())
        && cueBefore(t, antecedentStart)) return null;
    String content = rest.isEmpty() ? antecedent : antecedent + " " + rest;
    Polarity polarity = Lexicon.DENIAL_CUES.contains(lemma) ? Polarity.DENIED : Assertion.polarityOf(content, lemma);
    int contentEnd = t.get(Math.max(i, end - 1)).end();
    return List.of(new Attribution(speaker, lemma, t.get(antecedentStart).start(), contentEnd, content, st.sentence.index(), polarity,
        Assertion.modalityOf(content, lemma, st.sentence.text()), false, null, null));
  }
}
