package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import io.contraflow.analysis.nlp.Token;
import java.util.List;

/**
 * "Contrary to the minister's claim that no one was shot, a report by the inquiry has shown otherwise": an opening
 * phrase that sets a party's claim against what the main clause's subject found is a reported contradiction, as "the
 * report contradicts the minister's claim" is ({@link DisagreementSieve}). The claim's own reading
 * ({@link ClaimNounSieve}) ends at the comma that closes the phrase, not in the main clause.
 */
final class ContraryToSieve implements Sieve {
  /** Words the opening phrase may hold before its comma: "Contrary to the Norland interior minister's repeated claims that P". */
  private static final int LONGEST_PHRASE = 45;

  @Override
  public void apply(SentenceState st) {
    List<Token> t = st.t;
    int p = OpeningPhrase.firstWord(t);
    if (p + 3 >= t.size() || !t.get(p).is("contrary") || !t.get(p + 1).is("to")) return;
    int comma = OpeningPhrase.closingComma(st, p, p + 2, LONGEST_PHRASE);
    if (comma < 0) return;
    int phraseStart = t.get(p + 2).start();
    int mainStart = t.get(comma).start();
    Attribution claimed = null;
    for (int k = 0; k < st.here.size(); k++) {
      Attribution a = st.here.get(k);
      if (a.contentStart() < phraseStart || a.contentStart() >= mainStart) continue;
      if (a.contentEnd() > mainStart) {
        // The claim read on into the main clause: it ends where the phrase does.
        String content = st.body().substring(a.contentStart(), mainStart).strip();
        a = new Attribution(a.speaker(), a.cue(), a.contentStart(), a.contentStart() + content.length(), content, a.sentenceIndex(),
            a.polarity(), a.modality(), a.direct(), a.relay(), a.challenged(), a.sieve());
        st.here.set(k, a);
      }
      if (claimed == null) claimed = a;
    }
    Mention owner = claimed != null ? claimed.speaker() : Parties.firstParty(t, p + 2, comma, st.speakers());
    int verb = OpeningPhrase.mainVerb(t, comma);
    Mention finder = verb > comma + 1 ? st.speakers().resolve(t, comma + 1, verb) : null;
    if (owner == null || finder == null || owner.key().equals(finder.key())) return;
    // ("..., the panel has shown otherwise": the main clause's own reading already rejects the claim.)
    if (st.here.stream().anyMatch(a -> a.contentStart() > mainStart && a.polarity() == Polarity.DENIED && a.speaker().key().equals(finder.key()))) return;
    var s = st.sentence;
    st.add(new Attribution(finder, "contradict", s.start(), s.end(), s.text(), s.index(), Polarity.AFFIRMED, Modality.STATED, false,
        null, owner), name());
  }
}
