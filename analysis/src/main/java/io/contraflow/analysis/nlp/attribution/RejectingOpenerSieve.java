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
    while (noun < Math.min(t.size(), p + 6) && !Lexicon.CLAIM_NOUNS.contains(t.get(noun).lower())) noun++;
    if (noun >= Math.min(t.size(), p + 6)) return;
    int comma = OpeningPhrase.closingComma(st, p, noun + 1, LONGEST_PHRASE);
    if (comma < 0) return;
    int verb = OpeningPhrase.mainVerb(t, comma);
    Mention subject = verb > comma + 1 && verb < t.size() ? st.speakers().resolve(t, comma + 1, verb) : null;
    int from = t.get(p + 1).start();
    if (subject == null || st.here.stream().anyMatch(a -> a.contentStart() == from)) return;
    String content = Phrases.slice(st.body(), t, p + 1, comma);
    st.add(new Attribution(subject, cue, from, t.get(comma - 1).end(), content, st.sentence.index(),
        Polarity.DENIED, Modality.STATED, false, null, null), name());
  }
}
