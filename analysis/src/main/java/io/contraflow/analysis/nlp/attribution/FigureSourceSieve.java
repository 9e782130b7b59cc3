package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.ClaimantType;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "The death toll reported by the health ministry rose to 44", "the toll given by state media stood at 31": a figure
 * whose source a participle names after it is that source's, though no verb of saying governs the sentence. "Reported
 * from" the seat of a government names that government; a town ("reported from Dalen") is where the news came from,
 * not who gave it. Applied only where no other sieve attributed the sentence.
 */
final class FigureSourceSieve implements Sieve {
  /** Participles that pass a figure from its source, and the cue each stands for. */
  private static final Map<String, String> GIVEN = Map.of("reported", "report", "given", "give", "released", "release",
      "announced", "announce", "issued", "issue", "provided", "provide", "published", "publish", "compiled", "compile",
      "confirmed", "confirm");

  @Override
  public void apply(SentenceState st) {
    if (!st.here.isEmpty()) return;
    List<Token> t = st.t;
    for (int f = 0; f + 3 < t.size(); f++) {
      if (!Phrases.FIGURE_NOUNS.contains(t.get(f).lower()) || st.quoted[f]) continue;
      // ("the number of dead reported by hospitals": what the figure counts comes between.)
      int i = f;
      if (t.get(f + 1).is("of")) while (i < f + 4 && i + 3 < t.size() && !GIVEN.containsKey(t.get(i + 1).lower())) i++;
      String cue = GIVEN.get(t.get(i + 1).lower());
      if (cue == null || i + 3 >= t.size()) continue;
      boolean from = t.get(i + 2).is("from");
      if (!from && !t.get(i + 2).is("by")) continue;
      List<Mention> sources = Conjuncts.of(st.speakers(), t, i + 3, sourceEnd(t, i + 3), true);
      if (sources.isEmpty()) return;
      Mention source = sources.get(0);
      if (from && source.type() != ClaimantType.GOVERNMENT && source.type() != ClaimantType.ORGANIZATION) return;
      int[] span = Phrases.trim(t, 0, t.size());
      if (span == null || span[1] - span[0] < 4) return;
      String content = Phrases.slice(st.body(), t, span[0], span[1]);
      st.add(new Attribution(source, cue, t.get(span[0]).start(), t.get(span[1] - 1).end(), content, st.sentence.index(),
          Assertion.polarityOf(content), Assertion.modalityOf(content, cue, st.sentence.text()), false, null, null), name());
      st.speakers().spoke(source);
      return;
    }
  }

  /** Verbs a toll takes, which the tagger may read as nouns ("rose", "stands"). */
  private static final Set<String> TOLL_VERBS = Set.of("rose", "risen", "rises", "stood", "stands", "reached", "climbed", "jumped", "hit");
  private static final Set<String> NOT_A_SOURCE = Set.of("VERB", "AUX", "PART", "NUM");

  /** Where the source's phrase ends: before the sentence's verb, a preposition or punctuation ("by the ministry | rose"). */
  private static int sourceEnd(List<Token> t, int from) {
    int k = from;
    while (k < t.size() && !NOT_A_SOURCE.contains(String.valueOf(t.get(k).tag())) && !TOLL_VERBS.contains(t.get(k).lower())
        && !Phrases.isPunct(t.get(k).lower()) && !(k > from && "ADP".equals(t.get(k).tag()) && !t.get(k).is("of"))) k++;
    return k;
  }
}
