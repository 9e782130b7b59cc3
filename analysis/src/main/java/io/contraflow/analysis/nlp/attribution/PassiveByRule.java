package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Polarity;
import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Token;
import java.util.List;

/**
 * A passive cue with its agent: "His death was announced by the prison service", "The claim was denied by Kyiv",
 * "responsibility was claimed by an affiliate". The agent speaks; what it announced, denied or claimed is the subject
 * before the auxiliary.
 */
final class PassiveByRule implements CueRule {
  /** "was told by police to leave", "was asked by reporters": the subject heard; it was not said. */
  private static final java.util.Set<String> HEARD = java.util.Set.of("tell", "ask", "warn", "call", "question");

  @Override
  public List<Attribution> apply(SentenceState st, int i, String lemma) {
    List<Token> t = st.t;
    if (i < 2 || i + 2 >= t.size() || !t.get(i + 1).is("by") || !NotACueRule.PASSIVE_AUX.contains(t.get(i - 1).lower())
        || HEARD.contains(lemma)) return null;
    int aux = i - 1;
    while (aux > 0 && (NotACueRule.PASSIVE_AUX.contains(t.get(aux - 1).lower()) || t.get(aux - 1).is("has") || t.get(aux - 1).is("have")
        || t.get(aux - 1).is("had"))) aux--;
    Mention agent = st.speakers().resolve(t, i + 2, Phrases.phraseEnd(t, i + 2));
    if (agent == null) return List.of();
    // The subject: from the clause's start (the sentence's, or after its last comma) to the auxiliary.
    int from = 0;
    for (int k = aux - 1; k >= 0; k--) if (t.get(k).text().equals(",")) { from = k + 1; break; }
    int[] span = Phrases.trim(t, from, aux);
    if (span == null) return List.of();
    String content = Phrases.slice(st.body(), t, span[0], span[1]);
    Polarity polarity = Lexicon.DENIAL_CUES.contains(lemma) ? Polarity.DENIED : Assertion.polarityOf(content, lemma);
    return List.of(new Attribution(agent, lemma, t.get(span[0]).start(), t.get(span[1] - 1).end(), content, st.sentence.index(), polarity,
        Assertion.modalityOf(content, lemma, st.sentence.text()), false, null, null));
  }
}
