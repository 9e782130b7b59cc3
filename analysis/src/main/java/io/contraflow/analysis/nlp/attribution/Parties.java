package io.contraflow.analysis.nlp.attribution;

import static io.contraflow.analysis.nlp.attribution.Phrases.LEXICON;

import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Token;
import java.util.List;

/** Finding a party among a sentence's words: the first one named, the subject of another cue, a relay. */
final class Parties {
  private Parties() {}

  /** The first named party (or group) in {@code t[from, to)}. */
  static Mention firstParty(List<Token> t, int from, int to, SpeakerResolver speakers) {
    for (int k = from; k < to; k++) {
      if (!t.get(k).capitalized() && !LEXICON.isGroup(t.get(k).text())) continue;
      int end = Phrases.npEnd(t, k);
      Mention m = speakers.resolve(t, k, Math.min(end, to));
      if (m != null && m.type() != ClaimantType.UNKNOWN || m != null && m.key() != null && Character.isUpperCase(m.canonical().charAt(0))) return m;
      k = Math.max(k, end - 1);
    }
    return null;
  }

  /** The subject of a cue verb other than the one at {@code except}. */
  static Mention partyOfOtherCue(List<Token> t, int except, SpeakerResolver speakers) {
    for (int i = 0; i < t.size(); i++) {
      if (i == except || Phrases.cueLemma(t, i) == null) continue;
      int subjEnd = Phrases.skipLeft(t, i - 1);
      if (subjEnd < 0) continue;
      Mention m = speakers.resolve(t, Phrases.npStart(t, subjEnd), subjEnd + 1);
      if (m != null) return m;
    }
    return null;
  }

  /** "..., he said, according to BelTA", "he was quoted as saying by Tass": the party that relayed the words. */
  static String relayAfter(List<Token> t, int from, SpeakerResolver speakers) {
    int i = Phrases.firstTokenFrom(t, from);
    if (i < 0) return null;
    for (int k = i; k + 2 < t.size(); k++) {
      if (t.get(k).is("according") && t.get(k + 1).is("to") || t.get(k).is("quoted") && t.get(k + 1).is("as")) {
        int byAt = t.get(k).is("according") ? k + 2 : Phrases.indexOfWord(t, k, t.size(), "by") + 1;
        if (byAt <= 0) return null;
        Mention m = firstParty(t, byAt, t.size(), speakers);
        if (m != null) return m.canonical();
        return SpeakerResolver.text(t, byAt, Phrases.npEnd(t, byAt));
      }
    }
    return null;
  }
}
