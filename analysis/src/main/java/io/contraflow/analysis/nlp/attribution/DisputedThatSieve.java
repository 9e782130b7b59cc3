package io.contraflow.analysis.nlp.attribution;

import io.contraflow.analysis.nlp.Attribution;
import io.contraflow.analysis.nlp.Lexicon;
import io.contraflow.analysis.nlp.Mention;
import io.contraflow.analysis.nlp.Modality;
import io.contraflow.analysis.nlp.Polarity;
import io.contraflow.analysis.nlp.Token;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * "The operator insisted the tunnel was sound, but engineers disputed that": a clause joined after a comma whose
 * denying verb points back with "that", "this" or "it" denies the claim just before it, as "P, a claim X denied" does
 * ({@link TrailingDenialSieve}). The cue-verb reading took everything before the verb for what was disputed, the first
 * speaker and cue among it; here the dispute gets that speaker's content instead.
 */
final class DisputedThatSieve implements Sieve {
  private static final Set<String> JOINERS = Set.of("but", "though", "although", "yet", "while", "whereas");
  private static final Set<String> POINTERS = Set.of("that", "this", "it");
  /** Words the denier's phrase may hold: "but some engineers have since disputed that". */
  private static final int LONGEST_DENIER = 8;

  @Override
  public void apply(SentenceState st) {
    List<Token> t = st.t;
    int end = t.size();
    while (end > 0 && !Character.isLetterOrDigit(t.get(end - 1).text().charAt(0))) end--;
    if (end < 6 || !POINTERS.contains(t.get(end - 1).lower())) return;
    int v = end - 2;
    String lemma = Lexicon.CUE_VERBS.get(t.get(v).lower());
    if (lemma == null || !Lexicon.DENIAL_CUES.contains(lemma)) return;
    int joiner = v - 1;
    while (joiner > 1 && joiner > v - LONGEST_DENIER && !JOINERS.contains(t.get(joiner).lower())) joiner--;
    if (!JOINERS.contains(t.get(joiner).lower()) || !t.get(joiner - 1).text().equals(",")) return;
    List<Mention> deniers = Conjuncts.of(st.speakers(), t, joiner + 1, SpeakerCueGap.skipLeft(t, v - 1) + 1, false);
    if (deniers.isEmpty()) return;
    int comma = t.get(joiner - 1).start();
    Attribution claimed = st.here.stream()
        .filter(h -> h.contentStart() < comma && h.contentEnd() <= comma + 1 && !isDenier(h, deniers))
        .max(Comparator.comparingInt(Attribution::contentStart)).orElse(null);
    if (claimed == null) return;
    // The cue-verb reading's own claim for the denier: the whole clause before the verb, or the pointer alone, as what
    // was disputed.
    st.here.removeIf(h -> isDenier(h, deniers) && lemma.equals(h.cue()));
    // ("P was not so, but X disputed that": disputing a denial affirms what it denied.)
    Polarity polarity = !Lexicon.DENIAL_CUES.contains(claimed.cue()) && claimed.polarity() == Polarity.DENIED ? Polarity.AFFIRMED : Polarity.DENIED;
    for (Mention denier : deniers) {
      st.add(new Attribution(denier, lemma, claimed.contentStart(), claimed.contentEnd(), claimed.content(), st.sentence.index(), polarity,
          Modality.STATED, false, null, null), name());
    }
    st.speakers().spoke(deniers.get(deniers.size() - 1));
  }

  private static boolean isDenier(Attribution a, List<Mention> deniers) {
    return deniers.stream().anyMatch(d -> d.key().equals(a.speaker().key()));
  }
}
