package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Token;
import java.util.List;

/**
 * "P, a claim the group denied", "P, a figure the army disputes", "P, which Kyiv denied": the trailing phrase reports
 * someone rejecting P. The claim it refers to is cut at the comma, and the denier denies the same content.
 */
final class TrailingDenialSieve implements Sieve {

  @Override
  public void apply(SentenceState st) {
    List<Token> t = st.t;
    for (int k = 0; k + 3 < t.size(); k++) {
      if (!t.get(k).text().equals(",")) continue;
      boolean which = t.get(k + 1).is("which");
      boolean claimNoun = (t.get(k + 1).is("a") || t.get(k + 1).is("an") || t.get(k + 1).is("the"))
          && (Lexicon.CLAIM_NOUNS.contains(t.get(k + 2).lower()) || Phrases.FIGURE_NOUNS.contains(t.get(k + 2).lower()));
      if (!which && !claimNoun) continue;
      int v = -1;
      for (int m = k + 3; m < Math.min(t.size(), k + 10); m++) {
        String lemma = Lexicon.CUE_VERBS.get(t.get(m).lower());
        if (lemma != null && Lexicon.DENIAL_CUES.contains(lemma)) { v = m; break; }
      }
      if (v < 0) continue;
      int subjectFrom = which ? k + 2 : t.get(k + 3).is("that") ? k + 4 : k + 3;
      Mention denier = st.speakers().resolve(t, subjectFrom, Phrases.skipLeft(t, v - 1) + 1);
      int comma = t.get(k).start();
      // The claim the phrase refers to spans the comma, or ends just before it ("P, a figure X disputes" ends P there).
      Attribution claimed = st.here.stream().filter(h -> h.contentStart() < comma && h.contentEnd() > comma - 2).findFirst().orElse(null);
      if (denier == null || claimed == null) continue;
      int end = t.get(k).start();
      String content = st.body().substring(claimed.contentStart(), end).strip();
      st.here.remove(claimed);
      Polarity polarity = Lexicon.DENIAL_CUES.contains(claimed.cue()) ? claimed.polarity() : Assertion.polarityOf(content);
      st.here.add(new Attribution(claimed.speaker(), claimed.cue(), claimed.contentStart(), end, content, claimed.sentenceIndex(), polarity,
          claimed.modality(), claimed.direct(), claimed.relay(), claimed.challenged(), claimed.sieve()));
      st.add(new Attribution(denier, Lexicon.CUE_VERBS.get(t.get(v).lower()), claimed.contentStart(), end, content, st.sentence.index(),
          Polarity.DENIED, Modality.STATED, false, null, null), name());
      st.speakers().spoke(denier);
      break;
    }
  }
}
