package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Token;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "The group that had earlier put the death toll at 366 raised the figure to 631": a relative clause on a speaker that
 * tells the figure the speaker gave before is the speaker's own earlier figure, not the outlet's. Toll counts are
 * revised by the same source as bodies are found; read as the outlet's, the earlier figure became a dispute between
 * the outlet and the source. Applied after the sieves that found the speaker's main verb.
 */
final class EarlierFigureSieve implements Sieve {
  private static final Set<String> RELATIVE = Set.of("that", "which", "who");
  private static final Set<String> AUXILIARY = Set.of("had", "has", "have");
  private static final Set<String> EARLIER = Set.of("earlier", "previously", "first", "initially", "originally", "already");
  /** Verbs that give a figure, and the cue each stands for. */
  private static final Map<String, String> GAVE = Map.of("put", "put", "set", "put", "placed", "put", "gave", "give", "given", "give",
      "estimated", "estimate", "reported", "report", "counted", "count");

  @Override
  public void apply(SentenceState st) {
    List<Token> t = st.t;
    for (Attribution a : List.copyOf(st.here)) {
      if (a.speaker() == null || a.speaker().end() >= a.contentStart()) continue;
      int k = 0;
      while (k < t.size() && t.get(k).start() < a.speaker().end()) k++;
      // ("the Kalemeh website that": the mention may end before the last noun of its phrase.)
      for (int noun = 0; noun < 2 && k < t.size() && ("NOUN".equals(t.get(k).tag()) || "PROPN".equals(t.get(k).tag())); noun++) k++;
      if (k < t.size() && t.get(k).is(",")) k++;
      if (k + 3 >= t.size() || !RELATIVE.contains(t.get(k).lower())) continue;
      k++;
      if (AUXILIARY.contains(t.get(k).lower())) k++;
      if (k < t.size() && EARLIER.contains(t.get(k).lower())) k++;
      String cue = k < t.size() ? GAVE.get(t.get(k).lower()) : null;
      if (cue == null || st.quoted[k]) continue;
      int from = k + 1;
      if (from >= t.size()) continue;
      if (t.get(from).start() >= a.contentStart() && t.get(k).end() <= a.contentStart()) {
        splitAtMainVerb(st, a, from, cue);
        continue;
      }
      int end = from;
      boolean number = false;
      // The clause ends at a comma or at the main verb, the word before the speaker's content.
      while (end < t.size() && !t.get(end).is(",") && t.get(end).end() < a.contentStart()) {
        number |= Character.isDigit(t.get(end).text().charAt(0));
        end++;
      }
      if (!number || end - from < 2) continue;
      if (end < t.size() && !t.get(end).is(",")) end--;  // the main verb
      if (end <= from) continue;
      String content = Phrases.slice(st.body(), t, from, end);
      if (content.chars().noneMatch(Character::isDigit)) continue;
      st.add(new Attribution(a.speaker(), cue, t.get(from).start(), t.get(end - 1).end(), content, st.sentence.index(),
          Assertion.polarityOf(content), Modality.STATED, false, null, null), name());
    }
  }

  /**
   * The relative clause was itself read as the speaker's claim, running on into the main clause ("put the death toll at
   * 180 raised the figure to 212"): the earlier figure ends at the main verb, and what follows that verb is the main claim.
   */
  private static void splitAtMainVerb(SentenceState st, Attribution a, int from, String cue) {
    List<Token> t = st.t;
    boolean number = false;
    for (int v = from; v + 1 < t.size() && t.get(v).start() < a.contentEnd(); v++) {
      if (t.get(v).is(",")) return;
      number |= Character.isDigit(t.get(v).text().charAt(0));
      if (!"VERB".equals(t.get(v).tag()) && !"AUX".equals(t.get(v).tag())) continue;
      // The clause's first verb is the main one: it must follow the figure, say something, and have words after it.
      String lemma = Lexicon.CUE_VERBS.get(t.get(v).lower());
      if (!number || lemma == null || v - from < 2 || v + 2 >= t.size() || t.get(v + 2).start() >= a.contentEnd()) return;
      String earlier = Phrases.slice(st.body(), t, from, v);
      int mainStart = t.get(v + 1).start();
      String main = st.body().substring(mainStart, a.contentEnd());
      int at = st.here.indexOf(a);
      st.here.set(at, new Attribution(a.speaker(), cue, t.get(from).start(), t.get(v - 1).end(), earlier, a.sentenceIndex(),
          Assertion.polarityOf(earlier), Modality.STATED, false, null, null, "earlier-figure"));
      st.here.add(at + 1, new Attribution(a.speaker(), lemma, mainStart, a.contentEnd(), main, a.sentenceIndex(), Assertion.polarityOf(main),
          a.modality(), false, null, null, a.sieve()));
      return;
    }
  }
}
