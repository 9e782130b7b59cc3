package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Sentence;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * "The die-off was a natural event. That, at any rate, is the view of the river authority": a sentence
 * told in the outlet's voice, whose source the next sentence names. The sentence before is the named party's claim.
 */
final class NamedAfterSieve implements Sieve {
  /** What the source's account is called: "the conclusion of", "the official explanation from". */
  private static final Set<String> ACCOUNTS = Set.of("conclusion", "explanation", "view", "verdict", "finding", "findings", "assessment",
      "position", "account", "version", "argument", "theory", "line", "claim", "contention");
  /** Words that may stand between "that" and its verb: "That, at any rate, is", "This, however, was". */
  private static final Set<String> ASIDE = Set.of(",", "at", "least", "any", "rate", "however", "though", "anyway", "anyhow");

  @Override
  public void apply(SentenceState st) {
    List<Token> t = st.t;
    int k = OpeningPhrase.firstWord(t);
    if (k >= t.size() || !(t.get(k).is("that") || t.get(k).is("this")) || st.sentence.index() == 0) return;
    k++;
    while (k < t.size() && ASIDE.contains(t.get(k).lower())) k++;
    if (k + 3 >= t.size() || !(t.get(k).is("is") || t.get(k).is("was"))) return;
    k++;
    if (t.get(k).is("also") || t.get(k).is("certainly")) k++;
    if (!(t.get(k).is("the") || t.get(k).is("a") || t.get(k).is("an"))) return;
    int noun = k + 1;
    while (noun < Math.min(t.size(), k + 4) && !ACCOUNTS.contains(t.get(noun).lower())) noun++;
    if (noun + 2 >= t.size() || !ACCOUNTS.contains(t.get(noun).lower()) || !(t.get(noun + 1).is("of") || t.get(noun + 1).is("from")
        || t.get(noun + 1).is("by"))) return;
    int end = t.size();
    while (end > noun + 2 && !Character.isLetterOrDigit(t.get(end - 1).text().charAt(0))) end--;
    Mention source = st.speakers().resolve(t, noun + 2, end);
    Sentence before = st.doc.sentences.get(st.sentence.index() - 1);
    // Only a sentence no one was said to have said, in the same paragraph.
    if (source == null || before.paragraph() != st.sentence.paragraph() && before.paragraph() + 1 != st.sentence.paragraph()
        || st.doc.out.stream().anyMatch(a -> a.sentenceIndex() == before.index())) return;
    String content = before.text().strip();
    st.add(new Attribution(source, "say", before.start(), before.end(), content, before.index(), Assertion.polarityOf(content),
        Modality.STATED, false, null, null), name());
    st.speakers().spoke(source);
  }
}
