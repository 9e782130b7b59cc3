package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * "Rejecting the panel's accusation of underspending, the operator said it had spent nine million", "Challenging the
 * claim that the dam was neglected, the firm said ...": an opening participle that turns down a charge or claim is
 * the main clause's subject rejecting it, as "the operator rejected the accusation of underspending" is. The
 * rejection is a claim of its own beside what the main clause says.
 */
final class RejectingOpenerSieve implements Sieve {
  /** Participles that turn a claim down, with the cue each is read as. */
  private static final java.util.Map<String, String> REJECTING = java.util.Map.of("rejecting", "reject", "denying", "deny",
      "disputing", "dispute", "dismissing", "dismiss", "refuting", "refute", "challenging", "dispute", "contesting", "dispute",
      "countering", "dispute");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "these", "those", "this", "that", "any");
  /** Nouns that are something said only before "that": "the report that", "rumours that". */
  private static final Set<String> REPORTED_THAT = Set.of("report", "reports", "rumour", "rumours", "rumor", "rumors", "idea", "notion");
  private static final Set<String> LINKING = Set.of("however", "though", "meanwhile", "nevertheless", "nonetheless", "instead");
  /** Words the opening phrase may hold before its comma. */
  private static final int LONGEST_PHRASE = 30;

  @Override
  public void apply(SentenceState st) {
    List<Token> t = st.t;
    int p = OpeningPhrase.firstWord(t);
    if (p + 4 >= t.size() || st.quoted[p]) return;
    String cue = REJECTING.get(t.get(p).lower());
    if (cue == null || !DETERMINERS.contains(t.get(p + 1).lower())) return;
    // The claim turned down: a claim noun within the phrase's first words ("the panel's accusation of").
    int noun = p + 2;
    // ("Refuting the report that the dam gave way": a report or a rumour with its that-clause is something said.)
    while (noun < Math.min(t.size(), p + 6) && !Lexicon.CLAIM_NOUNS.contains(t.get(noun).lower())
        && !(REPORTED_THAT.contains(t.get(noun).lower()) && noun + 1 < t.size() && t.get(noun + 1).is("that"))) noun++;
    if (noun >= Math.min(t.size(), p + 6)) return;
    int comma = OpeningPhrase.closingComma(st, p, noun + 1, LONGEST_PHRASE);
    if (comma < 0) return;
    int verb = OpeningPhrase.mainVerb(t, comma);
    // ("Refuting the report, however, the firm said": a linking adverb between its commas is not the subject.)
    int subjectFrom = comma + 2 < t.size() && LINKING.contains(t.get(comma + 1).lower()) && t.get(comma + 2).is(",") ? comma + 3 : comma + 1;
    Mention subject = verb > subjectFrom && verb < t.size() ? st.speakers().resolve(t, subjectFrom, verb) : null;
    int from = t.get(p + 1).start();
    if (subject == null || st.here.stream().anyMatch(a -> a.contentStart() == from)) return;
    String content = Phrases.slice(st.body(), t, p + 1, comma);
    st.add(new Attribution(subject, cue, from, t.get(comma - 1).end(), content, st.sentence.index(),
        Polarity.DENIED, Modality.STATED, false, null, null), name());
  }
}
