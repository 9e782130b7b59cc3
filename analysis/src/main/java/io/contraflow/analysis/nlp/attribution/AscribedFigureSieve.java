package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Mention;
import java.util.List;
import java.util.Map;

/**
 * "At least 79 died, far exceeding the toll of 30 claimed by the state government, an inquiry found": a figure inside
 * one speaker's claim that a participle credits to another party is that party's figure, not the speaker's. The
 * speaker's claim keeps its own figure and the phrase without the number ("far exceeding the toll claimed by the
 * state government"); the other party claims "the toll of 30". Read as the speaker's, both figures were one source's,
 * and the dispute between the two was lost. Applied after the sieves that found the sentence's speaker.
 */
final class AscribedFigureSieve implements Sieve {
  /**
   * Participles that credit a figure to its source after it ("the toll of 30 claimed by the state government", "the
   * figures provided by the ministry": {@link AccordingToSieve} too), and the cue each stands for.
   */
  static final Map<String, String> CREDITING = Map.ofEntries(Map.entry("claimed", "claim"), Map.entry("given", "give"),
      Map.entry("reported", "report"), Map.entry("announced", "announce"), Map.entry("released", "release"),
      Map.entry("issued", "issue"), Map.entry("provided", "provide"), Map.entry("published", "publish"), Map.entry("cited", "cite"),
      Map.entry("acknowledged", "acknowledge"), Map.entry("confirmed", "confirm"), Map.entry("stated", "state"),
      Map.entry("compiled", "compile"), Map.entry("shared", "share"), Map.entry("supplied", "supply"));
  /** Longest span from the figure noun to its number: "toll of at least 30", "figure of some 1,200 people". */
  private static final int LONGEST_FIGURE = 6;

  @Override
  public void apply(SentenceState st) {
    var t = st.t;
    for (Attribution a : List.copyOf(st.here)) {
      if (a.speaker() == null) continue;
      for (int f = 0; f + 4 < t.size(); f++) {
        if (!Phrases.FIGURE_NOUNS.contains(t.get(f).lower()) || !t.get(f + 1).is("of") || st.quoted[f]) continue;
        if (t.get(f).start() < a.contentStart() || t.get(f).end() > a.contentEnd()) continue;
        int number = -1, k = f + 2;
        for (; k < t.size() && k <= f + LONGEST_FIGURE && !CREDITING.containsKey(t.get(k).lower()); k++) {
          if ("NUM".equals(t.get(k).tag())) number = k;
        }
        if (number < 0 || k + 2 >= t.size() || !CREDITING.containsKey(t.get(k).lower()) || !t.get(k + 1).is("by")) continue;
        int sourceEnd = Phrases.phraseEnd(t, k + 2);
        Mention source = st.speakers().resolve(t, k + 2, sourceEnd);
        if (source == null || source.key().equals(a.speaker().key())) continue;
        // The speaker's claim without the other's number: "far exceeding the toll claimed by the state government".
        String figure = st.body().substring(t.get(f + 1).start(), t.get(k - 1).end());
        int at = a.content().indexOf(figure);
        if (at < 0) continue;
        String rest = (a.content().substring(0, at).stripTrailing() + " " + a.content().substring(at + figure.length()).stripLeading()).strip();
        // ("the official toll of 30": its determiner and modifiers with it.)
        int from = f;
        while (from > 0 && f - from < 2 && ("DET".equals(t.get(from - 1).tag()) || "ADJ".equals(t.get(from - 1).tag()))) from--;
        String theirs = Phrases.slice(st.body(), t, from, k);
        st.here.set(st.here.indexOf(a), new Attribution(a.speaker(), a.cue(), a.contentStart(), a.contentEnd(), rest, a.sentenceIndex(),
            a.polarity(), a.modality(), a.direct(), a.relay(), a.challenged(), a.sieve()));
        String cue = CREDITING.get(t.get(k).lower());
        st.add(new Attribution(source, cue, t.get(from).start(), t.get(k - 1).end(), theirs, st.sentence.index(),
            Assertion.polarityOf(theirs), Assertion.modalityOf(theirs, cue, st.sentence.text()), false, null, null), name());
        st.speakers().spoke(source);
        break;
      }
    }
  }
}
